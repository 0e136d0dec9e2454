using Leasing.Offers.Domain.Pricing;

namespace Leasing.Offers.Documents;

/// <summary>The vehicle as the offer names it: "Peugeot 308 — 1.2 PureTech 130 Allure".</summary>
public sealed record VehicleDescription(string Make, string Model, string Version)
{
    public override string ToString() => string.IsNullOrWhiteSpace(Version) ? $"{Make} {Model}" : $"{Make} {Model} {Version}";
}

/// <summary>
/// Everything an offer PDF shows. <see cref="Result"/> is <see cref="PricingEngine.Price"/> of <see cref="Request"/>;
/// <see cref="ConsumerInformation"/> is <see cref="LoaConsumerInformation.From"/> of both for an LOA, null for an LLD.
/// </summary>
public sealed record OfferDocumentModel(
    string QuoteNumber,
    string CustomerName,
    CustomerType CustomerType,
    VehicleDescription Vehicle,
    DateOnly IssueDate,
    DateOnly ValidUntil,
    string AdvisorName,
    PricingRequest Request,
    PricingResult Result,
    LoaConsumerInformation? ConsumerInformation)
{
    /// <summary>Prices the request and, for an LOA, derives the consumer information: the usual way to build a model.</summary>
    public static OfferDocumentModel Create(
        string quoteNumber, string customerName, VehicleDescription vehicle, DateOnly issueDate, DateOnly validUntil,
        string advisorName, PricingRequest request)
    {
        var result = PricingEngine.Price(request);
        var information = result.Product == LeaseProduct.Loa ? LoaConsumerInformation.From(request, result) : null;
        return new OfferDocumentModel(
            quoteNumber, customerName, request.CustomerType, vehicle, issueDate, validUntil, advisorName, request, result, information);
    }

    /// <exception cref="ArgumentException">The parts of the model do not describe the same offer.</exception>
    internal void ThrowIfInconsistent()
    {
        ArgumentNullException.ThrowIfNull(Request);
        ArgumentNullException.ThrowIfNull(Result);
        ArgumentNullException.ThrowIfNull(Vehicle);
        if (Result.Product != Request.Product || Result.CustomerType != Request.CustomerType)
            throw new ArgumentException("The pricing result was not computed from this request.", nameof(Result));
        if (CustomerType != Request.CustomerType)
            throw new ArgumentException("The customer type differs from the pricing request's.", nameof(CustomerType));
        if (Result.Schedule.Rows.Count != Request.TermMonths)
            throw new ArgumentException("The amortisation schedule does not cover the term.", nameof(Result));
        if (Request.Product == LeaseProduct.Loa && ConsumerInformation is null)
            throw new ArgumentException("An LOA offer must carry the consumer information (LoaConsumerInformation.From).", nameof(ConsumerInformation));
        if (Request.Product == LeaseProduct.Lld && ConsumerInformation is not null)
            throw new ArgumentException("An LLD offer has no purchase option, so no LOA consumer information.", nameof(ConsumerInformation));
        if (ValidUntil < IssueDate)
            throw new ArgumentException("The offer cannot expire before it is issued.", nameof(ValidUntil));
    }
}
