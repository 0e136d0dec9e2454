using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Prospecting.Domain.Leads;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Prospecting.Features;

/// <summary>The figures of a simulation (the Offers simulator's inputs and answer), in the customer's basis.</summary>
public sealed record AttachLeadSimulation(
    string? Product, string? CustomerType, string? Vehicle, decimal? VehiclePrice, decimal? FirstPayment, decimal? ResidualValue, int? TermMonths,
    int? AnnualMileageKm, decimal? AnnualRatePercent, decimal? MonthlyRent, decimal? MonthlyServiceCharge, decimal? MonthlyTotal, decimal? TotalCost,
    decimal? PurchaseOptionPrice, long? ExpectedVersion);

/// <summary>Attaches a simulation to an open lead: the advisor sees on the lead what the prospect was shown.</summary>
public static class AttachLeadSimulationEndpoint
{
    private static readonly string[] Products = ["LLD", "LOA"];
    private static readonly string[] CustomerTypes = ["Individual", "Business"];

    public static ProblemDetails Validate(AttachLeadSimulation c) => new FieldErrors().ExpectedVersion(c.ExpectedVersion)
        .Required(c.Product, "product").When(c.Product is not null && !Products.Contains(c.Product), "product", "LLD or LOA.")
        .Required(c.CustomerType, "customerType")
        .When(c.CustomerType is not null && !CustomerTypes.Contains(c.CustomerType), "customerType", "Individual or Business.")
        .Required(c.VehiclePrice, "vehiclePrice").When(c.VehiclePrice <= 0, "vehiclePrice", "A price above zero.")
        .When(c.FirstPayment < 0, "firstPayment", "Zero or more.")
        .Required(c.ResidualValue, "residualValue").When(c.ResidualValue < 0 || c.ResidualValue > c.VehiclePrice, "residualValue",
            "Between zero and the vehicle price.")
        .Required(c.TermMonths, "termMonths").When(c.TermMonths is < 12 or > 84, "termMonths", "Between 12 and 84 months.")
        .Required(c.AnnualMileageKm, "annualMileageKm").When(c.AnnualMileageKm is < 0 or > 200_000, "annualMileageKm", "Between 0 and 200 000 km.")
        .Required(c.AnnualRatePercent, "annualRatePercent").When(c.AnnualRatePercent is < 0 or > 30, "annualRatePercent", "Between 0 and 30 %.")
        .Required(c.MonthlyRent, "monthlyRent").When(c.MonthlyRent < 0, "monthlyRent", "Zero or more.")
        .When(c.MonthlyServiceCharge < 0, "monthlyServiceCharge", "Zero or more.")
        .Required(c.MonthlyTotal, "monthlyTotal").When(c.MonthlyTotal < 0, "monthlyTotal", "Zero or more.")
        .Required(c.TotalCost, "totalCost").When(c.TotalCost < 0, "totalCost", "Zero or more.")
        .When(c.PurchaseOptionPrice < 0, "purchaseOptionPrice", "Zero or more.")
        .ToProblem();

    [Authorize(Policy = Policies.Sales)]
    [WolverinePost("/api/leads/{id}/simulations", Name = "AttachLeadSimulation")]
    [Tags("Leads")]
    public static Task<IResult> Post(Guid id, AttachLeadSimulation c, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var simulation = new LeadSimulation(Guid.CreateVersion7(), c.Product!, c.CustomerType!, string.IsNullOrWhiteSpace(c.Vehicle) ? null : c.Vehicle.Trim(),
            c.VehiclePrice!.Value, c.FirstPayment ?? 0m, c.ResidualValue!.Value, c.TermMonths!.Value, c.AnnualMileageKm!.Value, c.AnnualRatePercent!.Value,
            c.MonthlyRent!.Value, c.MonthlyServiceCharge ?? 0m, c.MonthlyTotal!.Value, c.TotalCost!.Value, c.PurchaseOptionPrice);
        return VersionedStream.AppendAsync<Lead>(session, id, c.ExpectedVersion!.Value, "Lead",
            lead => LeadDecider.AttachSimulation(lead, simulation, clock.GetUtcNow()), cancellation);
    }
}
