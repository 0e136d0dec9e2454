using System.Globalization;

namespace Leasing.Kernel.Monetary;

/// <summary>
/// An amount in a currency. Arithmetic keeps full precision; <see cref="Rounded"/> applies the one
/// rounding rule of the product (half away from zero, to the cent) at the points the business rounds.
/// </summary>
public readonly record struct Money(decimal Amount, string Currency)
{
    public const string Euro = "EUR";

    public static Money Zero => new(0m, Euro);

    public static Money Eur(decimal amount) => new(amount, Euro);

    public Money Rounded() => this with { Amount = MoneyRounding.ToCent(Amount) };

    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount, SameCurrency(left, right));

    public static Money operator -(Money left, Money right) => new(left.Amount - right.Amount, SameCurrency(left, right));

    public static Money operator *(Money money, decimal factor) => money with { Amount = money.Amount * factor };

    public static Money operator /(Money money, decimal divisor) => money with { Amount = money.Amount / divisor };

    public bool IsNegative => Amount < 0m;

    /// <summary>Formats for a person in the given culture, e.g. <c>429,06 €</c> in fr-FR.</summary>
    public string Format(CultureInfo culture) => MoneyFormat.Format(Amount, Currency, culture);

    public override string ToString() => Format(CultureInfo.InvariantCulture);

    private static string SameCurrency(Money left, Money right) =>
        left.Currency == right.Currency
            ? left.Currency
            : throw new InvalidOperationException($"Cannot combine {left.Currency} with {right.Currency}.");
}
