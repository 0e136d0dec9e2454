using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Mileage;
using Leasing.Contracts.Domain.Tasks;
using Leasing.Contracts.Features.Shared;
using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Ids;
using Leasing.Kernel.Security;
using Leasing.Kernel.Time;
using Leasing.Kernel.Validation;
using Leasing.Offers.IntegrationEvents;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Integration = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Contracts.Features.Mileage;

/// <summary>
/// An odometer reading from the driver, the fleet manager or a garage visit. A reading lower than the last one, dated
/// before it or in the future, or implying an implausible distance a day is refused (400 naming the field, nothing
/// stored). The contract then projects its end-of-term mileage; a deviation of more than 15 % from the allowance
/// (seed 001) alerts the account manager and the fleet manager with an amendment proposal re-priced by the Offers engine.
/// </summary>
public sealed record RecordMileageReading(DateOnly? ReadOn, int? OdometerKm, string? Source, string? ReportedBy, long? ExpectedVersion);

public static class RecordMileageReadingEndpoint
{
    public static ProblemDetails Validate(RecordMileageReading command)
    {
        var errors = new FieldErrors().Required(command.OdometerKm, "odometerKm").Required(command.ReadOn, "readOn");
        errors.Enum<ReadingSource>(command.Source, "source", required: true);
        return errors.ExpectedVersion(command.ExpectedVersion).ToProblem();
    }

    [Authorize(Policy = Policies.ContractManagement)]
    [WolverinePost("/api/contracts/{id}/readings", Name = "RecordMileageReading")]
    [Tags("Contracts")]
    public static Task<IResult> Post(Guid id, RecordMileageReading command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation) =>
        ContractStream.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, contract => Decide(command, contract, clock.Today(), clock.GetUtcNow()),
            cancellation);

    public static ContractChange Decide(RecordMileageReading command, Contract contract, DateOnly today, DateTimeOffset now)
    {
        if (contract.Status != ContractStatus.Active)
            return ContractChange.Refuse(ContractProblems.WrongStatus(contract, "given a mileage reading", ContractStatus.Active));
        var readOn = command.ReadOn!.Value;
        var km = command.OdometerKm!.Value;
        if (OdometerRules.Check(readOn, km, today, contract.LastReadOn!.Value, contract.LastOdometerKm!.Value) is { } refusal)
            return ContractChange.Refuse(Problems.Field(refusal.Field, refusal.Reason));

        var forecast = MileageForecast.Project(contract.StartsOn!.Value, contract.EndsOn!.Value, contract.DeliveryOdometerKm!.Value,
            contract.Terms.ContractMileageKm, readOn, km);
        var source = Enum.Parse<ReadingSource>(command.Source!, ignoreCase: true);
        var change = ContractChange.Append(new OdometerReadingRecorded(contract.Id, TypedIds.NewGuid(), readOn, km, source, command.ReportedBy?.Trim(),
            forecast, now));
        return forecast is { Deviates: true } && contract.PendingAmendment is null ? Propose(change, contract, forecast, readOn, km, today, now) : change;
    }

    /// <summary>The amendment proposal: the projected pace as the new yearly mileage, the term unchanged, priced from the first day of next month.</summary>
    private static ContractChange Propose(ContractChange change, Contract contract, MileageForecast forecast, DateOnly readOn, int km, DateOnly today,
        DateTimeOffset now)
    {
        var effectiveFrom = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        var monthsPaid = ContractTimes.WholeMonthsBetween(contract.StartsOn!.Value, effectiveFrom);
        var term = contract.Terms.TermMonths;
        if (monthsPaid >= term) return change;
        var annual = forecast.ProposedAnnualMileageKm(term);
        var price = ContractPricing.Amend(contract.Terms.ToPricing(), monthsPaid, term, annual);
        var proposalId = TypedIds.NewGuid();
        var figures = RentFigures.From(price.Price, contract.Terms.Basis);
        var proposed = new AmendmentProposed(contract.Id, proposalId, forecast, annual, term, (int)price.Price.ContractMileageKm, effectiveFrom, monthsPaid,
            figures, now);
        var title = $"Kilométrage projeté {forecast.ProjectedKm:N0} km pour {forecast.AllowanceKm:N0} km prévus ({forecast.DeviationPercent:+0.##;-0.##} %) : proposer l'avenant";
        var alert = TaskRoles.Open(TypedIds.NewGuid(), contract.Id, contract.Number, TaskKind.MileageAlert, title, today.AddDays(7), contract.CompanyId,
            contract.Id, now);
        change = change.With(proposed, alert).Publish(IntegrationMessages.TaskOpened(alert));
        if (contract.CompanyId is not null)
        {
            var fleet = TaskRoles.Open(TypedIds.NewGuid(), contract.Id, contract.Number, TaskKind.FleetMileageAlert, title, null, contract.CompanyId,
                contract.Id, now);
            change = change.With(fleet).Publish(IntegrationMessages.TaskOpened(fleet));
        }
        var current = contract.Figures.Total;
        return change.Publish(new Integration.MileageDeviationDetected(contract.Id, contract.Number, contract.QuoteId, contract.LeadId, contract.CompanyId,
            contract.AccountManager, forecast.AllowanceKm, forecast.ProjectedKm, forecast.DeviationPercent, km, readOn, proposalId, annual, term,
            current.ExcludingVat, figures.Total.ExcludingVat, current.IncludingVat, figures.Total.IncludingVat, now));
    }
}
