using Leasing.Kernel.Validation;
using F = Leasing.Offers.Domain.Pricing.PricingFields;

namespace Leasing.Offers.Domain.Pricing;

/// <summary>
/// Rules a quote must meet before the annuity is computed. The engine refuses what fails here, so
/// the HTTP layer answers a 400 naming each bad field instead of quoting nonsense.
/// </summary>
public static class PricingRequestValidator
{
    /// <summary>Contracts shorter than a year or longer than 7 years are not offered.</summary>
    public const int MinTermMonths = 12;
    public const int MaxTermMonths = 84;

    /// <summary>Beyond 30 % a typed rate is a typo (e.g. 60 for 6.0), not a financing rate.</summary>
    public const decimal MaxAnnualRatePercent = 30m;

    /// <param name="solvingFor">
    /// A <see cref="PricingFields"/> name the caller asks a solver to find (firstPayment, residualValue,
    /// vehiclePrice): its placeholder value is not checked, nor the rule tying it to the others.
    /// </param>
    public static FieldErrors Validate(PricingRequest request, string? solvingFor = null)
    {
        var errors = new FieldErrors();
        bool Checked(string field) => field != solvingFor;

        errors.When(!Enum.IsDefined(request.Product), F.Product, "'product' must be Lld or Loa.");
        errors.When(!Enum.IsDefined(request.CustomerType), F.CustomerType, "'customerType' must be Individual or Business.");
        errors.When(!Enum.IsDefined(request.PaymentTiming), F.PaymentTiming, "'paymentTiming' must be Arrears or Advance.");

        if (Checked(F.VehiclePrice))
            errors.When(request.VehiclePrice <= 0m, F.VehiclePrice, "'vehiclePrice' must be greater than zero.");
        if (Checked(F.FirstPayment))
            errors.When(request.FirstPayment < 0m, F.FirstPayment, "'firstPayment' must not be negative.");
        if (Checked(F.ResidualValue))
            errors.When(request.ResidualValue < 0m, F.ResidualValue, "'residualValue' must not be negative.");

        var allThree = Checked(F.VehiclePrice) && Checked(F.FirstPayment) && Checked(F.ResidualValue);
        if (allThree && request.VehiclePrice > 0m && request.FirstPayment >= 0m)
        {
            if (request.FirstPayment > request.VehiclePrice)
                errors.Add(F.FirstPayment, "'firstPayment' must not exceed the vehicle price.");
            else if (request.ResidualValue > request.CapitalisedValueAfterFirstPayment)
                errors.Add(F.ResidualValue, "'residualValue' must not exceed the capitalised value (vehicle price − first payment).");
        }

        AddTermErrors(errors, request.TermMonths);
        errors.When(request.AnnualRatePercent is < 0m or > MaxAnnualRatePercent, F.AnnualRatePercent,
            $"'annualRatePercent' must be between 0 and {MaxAnnualRatePercent} %.");
        errors.When(request.AnnualMileageKm < 0, F.AnnualMileageKm, "'annualMileageKm' must not be negative.");
        errors.When(request.LessorMarginCoefficient <= 0m, F.LessorMarginCoefficient, "'lessorMarginCoefficient' must be greater than zero.");
        errors.When(request.ExcessKmPrice < 0m, F.ExcessKmPrice, "'excessKmPrice' must not be negative.");

        foreach (var service in request.Services ?? [])
        {
            if (service.Basis == ServiceBasis.PerKm)
                errors.When(service.Rate < 0m, F.ServiceRatePerKm, $"'serviceRatePerKm' of '{service.Name}' must not be negative.");
            else
                errors.When(service.Rate < 0m, F.ServiceRatePerMonth, $"'serviceRatePerMonth' of '{service.Name}' must not be negative.");
        }

        return errors;
    }

    /// <summary>Inputs of the implied-rate question: same amount rules, plus a positive quoted rent.</summary>
    public static FieldErrors Validate(ImpliedRateRequest request)
    {
        var errors = new FieldErrors();
        errors.When(request.VehiclePrice <= 0m, F.VehiclePrice, "'vehiclePrice' must be greater than zero.");
        errors.When(request.FirstPayment < 0m, F.FirstPayment, "'firstPayment' must not be negative.");
        errors.When(request.ResidualValue < 0m, F.ResidualValue, "'residualValue' must not be negative.");
        if (request.VehiclePrice > 0m && request.FirstPayment >= 0m)
        {
            if (request.FirstPayment > request.VehiclePrice)
                errors.Add(F.FirstPayment, "'firstPayment' must not exceed the vehicle price.");
            else if (request.ResidualValue > request.VehiclePrice - request.FirstPayment)
                errors.Add(F.ResidualValue, "'residualValue' must not exceed the capitalised value (vehicle price − first payment).");
        }
        AddTermErrors(errors, request.TermMonths);
        errors.When(request.MonthlyRent <= 0m, F.MonthlyRent, "'monthlyRent' must be greater than zero.");
        errors.When(!Enum.IsDefined(request.PaymentTiming), F.PaymentTiming, "'paymentTiming' must be Arrears or Advance.");
        return errors;
    }

    private static void AddTermErrors(FieldErrors errors, int termMonths) =>
        errors.When(termMonths is < MinTermMonths or > MaxTermMonths, F.TermMonths,
            $"'termMonths' must be between {MinTermMonths} and {MaxTermMonths}.");
}
