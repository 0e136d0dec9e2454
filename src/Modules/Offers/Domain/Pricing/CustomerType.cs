namespace Leasing.Offers.Domain.Pricing;

/// <summary>
/// Decides the VAT basis of every amount in a quote: individuals are quoted including VAT (TTC),
/// businesses, who recover VAT, excluding it (HT). See <see cref="Vat"/>.
/// </summary>
public enum CustomerType
{
    Individual,
    Business,
}
