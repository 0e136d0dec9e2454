namespace Leasing.Offers.Domain.Pricing;

/// <summary>
/// When each rent falls in its month. Arrears (end of month) is the dealer's "pavé financier" default;
/// in advance (start of month) every rent is one month less discounted, hence rent / (1 + r).
/// </summary>
public enum PaymentTiming
{
    Arrears,
    Advance,
}
