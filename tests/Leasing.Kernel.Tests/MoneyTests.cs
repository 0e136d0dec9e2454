using System.Globalization;
using Leasing.Kernel.Monetary;
using Xunit;

namespace Leasing.Kernel.Tests;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("429.065", "429.07")] // half away from zero, not banker's rounding (which gives 429.06)
    [InlineData("429.075", "429.08")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("12.344999", "12.34")]
    public void Amounts_round_half_away_from_zero_to_the_cent(string amount, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), MoneyRounding.ToCent(decimal.Parse(amount, CultureInfo.InvariantCulture)));

    [Fact]
    public void Arithmetic_keeps_full_precision_until_rounded()
    {
        var third = Money.Eur(100m) / 3m;
        Assert.Equal(100m / 3m, third.Amount);
        Assert.Equal(33.33m, third.Rounded().Amount);
        Assert.Equal(Money.Eur(469.06m), Money.Eur(429.06m) + Money.Eur(40m));
        Assert.Equal(Money.Eur(12000m), Money.Eur(24800m) - Money.Eur(12800m));
    }

    [Fact]
    public void Amounts_in_different_currencies_do_not_mix()
    {
        Assert.Throws<InvalidOperationException>(() => Money.Eur(1m) + new Money(1m, "CHF"));
    }

    [Fact]
    public void French_format_puts_the_euro_after_the_amount_with_a_comma()
    {
        var text = Money.Eur(429.06m).Format(CultureInfo.GetCultureInfo("fr-FR"));
        Assert.Equal("429,06 €", Normalise(text));
        Assert.Equal("24 800,00 €", Normalise(Money.Eur(24800m).Format(CultureInfo.GetCultureInfo("fr-FR"))));
        Assert.Equal("€429.06", Money.Eur(429.06m).Format(CultureInfo.GetCultureInfo("en-US")));
    }

    [Fact]
    public void Formatting_rounds_with_the_product_rule()
    {
        Assert.Equal("0,01 €", Normalise(Money.Eur(0.005m).Format(CultureInfo.GetCultureInfo("fr-FR"))));
    }

    // fr-FR separates thousands and the symbol with no-break spaces; compare as plain spaces.
    private static string Normalise(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ');
}
