namespace Leasing.Offers.Domain.Pricing;

/// <summary>
/// Math.Pow works on double (about 16 digits), which can move a rent by a cent after the
/// multiplications that follow. Rents are computed on decimal throughout, so the power is too.
/// </summary>
public static class DecimalMath
{
    /// <summary>Exact integer power by repeated squaring: about log2(n) decimal multiplications.</summary>
    public static decimal Pow(decimal value, int exponent)
    {
        if (exponent < 0)
            return 1m / Pow(value, -exponent);

        var result = 1m;
        var factor = value;
        while (exponent > 0)
        {
            if ((exponent & 1) == 1)
                result *= factor;
            exponent >>= 1;
            if (exponent > 0)
                factor *= factor;
        }
        return result;
    }

    /// <summary>
    /// The positive n-th root of a positive value, in decimal, by Newton's method started from the double estimate:
    /// the actuarial monthly rate (1 + i)^(1/12) − 1 needs more digits than double keeps.
    /// </summary>
    public static decimal Root(decimal value, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        if (n == 1) return value;
        var x = (decimal)Math.Pow((double)value, 1.0 / n);
        for (var i = 0; i < 20; i++)
        {
            var next = x - (Pow(x, n) - value) / (n * Pow(x, n - 1));
            if (next == x) break;
            x = next;
        }
        return x;
    }
}
