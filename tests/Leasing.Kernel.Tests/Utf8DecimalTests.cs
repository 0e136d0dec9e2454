using System.Text;
using System.Text.Json;
using Leasing.Kernel.Json;
using Xunit;

namespace Leasing.Kernel.Tests;

/// <summary>Amounts written from a decimal's digits read exactly as System.Text.Json writes them.</summary>
public sealed class Utf8DecimalTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("0.00")]
    [InlineData("-0.00")]
    [InlineData("12000.00")]
    [InlineData("429.06")]
    [InlineData("-429.06")]
    [InlineData("0.040")]
    [InlineData("0.5")]
    [InlineData("5")]
    [InlineData("10")]
    [InlineData("99.99")]
    [InlineData("100.00")]
    [InlineData("1.05")]
    [InlineData("9999999999999999999")]
    [InlineData("10000000000000000000")]
    [InlineData("0.10000000000000000000")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("-0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("18446744073709551615")]
    [InlineData("18446744073709551616")]
    [InlineData("1844674407370955.1615")]
    [InlineData("7.9228162514264337593543950335")]
    public void A_decimal_is_written_as_the_serialiser_writes_it(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Serialised(value), Formatted(value));
    }

    [Fact]
    public void Random_decimals_of_every_scale_and_size_are_written_as_the_serialiser_writes_them()
    {
        var random = new Random(20261201);
        for (var i = 0; i < 20_000; i++)
        {
            var high = random.Next(4) == 0 ? random.Next() : 0; // mostly below 2^64, as amounts are
            var value = new decimal(random.Next(), random.Next(4) == 0 ? 0 : random.Next(), high, random.Next(2) == 0, (byte)random.Next(29));
            Assert.Equal(Serialised(value), Formatted(value));
        }
    }

    private static string Formatted(decimal value)
    {
        Span<byte> buffer = stackalloc byte[Utf8Decimal.MaxLength];
        var written = Utf8Decimal.Format(value, buffer);
        return Encoding.UTF8.GetString(buffer[..written]);
    }

    private static string Serialised(decimal value) => JsonSerializer.Serialize(value);
}
