using System.Buffers.Text;
using System.Numerics;

namespace Leasing.Kernel.Json;

/// <summary>
/// Writes a decimal in UTF-8 the way System.Text.Json does (the general format: every digit of the value's scale, no
/// exponent), straight from the decimal's integer digits and scale. The serialiser goes through the culture-aware number
/// formatter, which costs several times more; on an answer of a few hundred amounts that was most of its writing time.
/// </summary>
public static class Utf8Decimal
{
    /// <summary>29 digits, a sign, a point and up to 28 leading zeros after it ("-0.0000…1").</summary>
    public const int MaxLength = 60;

    private static ReadOnlySpan<byte> DigitPairs =>
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"u8 +
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"u8 +
        "8081828384858687888990919293949596979899"u8;

    /// <returns>The number of bytes written; <paramref name="destination"/> holds at least <see cref="MaxLength"/>.</returns>
    public static int Format(decimal value, Span<byte> destination)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var negative = bits[3] < 0;
        var scale = (bits[3] >> 16) & 0xFF;
        var mantissa = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
        // Above 2^64 (no amount of this product) and the negative zero keep the serialiser's own formatting.
        if (bits[2] != 0 || (negative && mantissa == 0))
        {
            Utf8Formatter.TryFormat(value, destination, out var formatted);
            return formatted;
        }

        var position = negative ? 1 : 0;
        if (negative) destination[0] = (byte)'-';
        var digits = CountDigits(mantissa);
        if (digits <= scale)
        {
            // "0.0…": the point, then as many zeros as the scale holds beyond the digits.
            destination[position++] = (byte)'0';
            destination[position++] = (byte)'.';
            destination.Slice(position, scale - digits).Fill((byte)'0');
            position += scale - digits;
            WriteDigits(mantissa, destination.Slice(position, digits));
            return position + digits;
        }
        if (scale == 0)
        {
            WriteDigits(mantissa, destination.Slice(position, digits));
            return position + digits;
        }
        var integralDigits = digits - scale;
        if (scale == 2)
        {
            // Cents, nearly every amount of this product: the split at the point by a constant, which compiles to a multiplication.
            WriteDigits(mantissa / 100, destination.Slice(position, integralDigits));
            position += integralDigits;
            destination[position] = (byte)'.';
            var cents = (int)(mantissa % 100) * 2;
            destination[position + 1] = DigitPairs[cents];
            destination[position + 2] = DigitPairs[cents + 1];
            return position + 3;
        }
        var fractionUnit = Pow10(scale);
        WriteDigits(mantissa / fractionUnit, destination.Slice(position, integralDigits));
        position += integralDigits;
        destination[position++] = (byte)'.';
        WriteDigits(mantissa % fractionUnit, destination.Slice(position, scale));
        return position + scale;
    }

    /// <summary>Writes <paramref name="value"/> right-aligned over the whole of <paramref name="digits"/>, zero-padded.</summary>
    private static void WriteDigits(ulong value, Span<byte> digits)
    {
        var end = digits.Length;
        while (end >= 2)
        {
            var pair = (int)(value % 100) * 2;
            value /= 100;
            digits[end - 1] = DigitPairs[pair + 1];
            digits[end - 2] = DigitPairs[pair];
            end -= 2;
        }
        if (end == 1) digits[0] = (byte)('0' + (int)(value % 10));
    }

    private static int CountDigits(ulong value)
    {
        if (value == 0) return 1;
        // log10 from log2, then one correction: 1233/4096 ≈ log10(2).
        var estimate = ((BitOperations.Log2(value) + 1) * 1233) >> 12;
        return estimate + (value >= Pow10(estimate) ? 1 : 0);
    }

    private static ulong Pow10(int exponent) => PowersOfTen[exponent];

    private static readonly ulong[] PowersOfTen =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000, 10_000_000_000_000_000_000,
    ];
}
