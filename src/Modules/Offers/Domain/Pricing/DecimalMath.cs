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
}
