namespace Leasing.Kernel.Monetary;

/// <summary>
/// The product's single rounding rule for amounts. French invoices and offers round half away
/// from zero to the cent; banker's rounding (the .NET default) would disagree with the seeds.
/// </summary>
public static class MoneyRounding
{
    public const int Decimals = 2;

    public static decimal ToCent(decimal amount) => Math.Round(amount, Decimals, MidpointRounding.AwayFromZero);
}
