namespace Leasing.Offers.Domain.Pricing;

/// <summary>
/// LLD (location longue durée): the car goes back at the end. LOA (location avec option d'achat):
/// the same rents, plus the right to buy the car for the residual value at the end.
/// </summary>
public enum LeaseProduct
{
    Lld,
    Loa,
}
