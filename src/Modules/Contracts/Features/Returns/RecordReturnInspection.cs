using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;
using Leasing.Contracts.Domain.Mileage;
using Leasing.Contracts.Domain.Returns;
using Leasing.Contracts.Domain.Tasks;
using Leasing.Contracts.Features.Billing;
using Leasing.Contracts.Features.Shared;
using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Ids;
using Leasing.Kernel.Security;
using Leasing.Kernel.Time;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Integration = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Contracts.Features.Returns;

/// <summary>
/// The vehicle comes back at the end of the contract: the inspection report with its damage lines priced by the grid
/// (kept as data), photos, both parties' acknowledgement (the customer may contest lines: they wait for a decision and
/// stay off the invoice), excess kilometres at the contract's price. The final invoice carries the rent days not billed
/// yet, the return fee, the excess km and the uncontested damages; days billed beyond the return are credited (avoir).
/// The customer has 14 days to contest more lines; the file then closes.
/// </summary>
public sealed record RecordReturnInspection(DateOnly? ReturnedOn, int? OdometerKm, IReadOnlyList<DamageInput>? Damages, IReadOnlyList<PhotoInput>? Photos,
    string? Inspector, string? CustomerSignatory, bool CustomerAcknowledged, long? ExpectedVersion);

public static class RecordReturnInspectionEndpoint
{
    public const int ContestDays = 14;

    public static ProblemDetails Validate(RecordReturnInspection command)
    {
        var errors = new FieldErrors().Required(command.OdometerKm, "odometerKm").Required(command.Inspector, "inspector")
            .Required(command.CustomerSignatory, "customerSignatory")
            .When(!command.CustomerAcknowledged, "customerAcknowledged", "Both parties acknowledge the report (the customer with reservations on contested lines).");
        ReturnInputs.ToFindings(command.Damages, errors);
        return errors.ExpectedVersion(command.ExpectedVersion).ToProblem();
    }

    [Authorize(Policy = Policies.ContractManagement)]
    [WolverinePost("/api/contracts/{id}/return", Name = "RecordReturnInspection")]
    [Tags("Contracts")]
    public static async Task<IResult> Post(Guid id, RecordReturnInspection command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation)
    {
        var account = await session.LoadAsync<BillingAccount>(id, cancellation);
        var cursor = await session.LoadAsync<BillingCursor>(id, cancellation);
        var settings = await SettingsStore.LoadAsync(session, cancellation);
        return await ContractStream.AppendAsync(session, bus, id, command.ExpectedVersion!.Value,
            contract => account is null || cursor is null
                ? ContractChange.Refuse(ContractProblems.WrongStatus(contract, "returned", ContractStatus.Active))
                : Decide(command, contract, account, cursor, settings.DamageGrid, clock.Today(), clock.GetUtcNow()), cancellation);
    }

    public static ContractChange Decide(RecordReturnInspection command, Contract contract, BillingAccount account, BillingCursor cursor, DamageGrid grid,
        DateOnly today, DateTimeOffset now)
    {
        if (contract.Status != ContractStatus.Active)
            return ContractChange.Refuse(ContractProblems.WrongStatus(contract, "returned", ContractStatus.Active));
        var returnedOn = command.ReturnedOn ?? today;
        var endsOn = contract.EndsOn!.Value;
        if (returnedOn < endsOn.AddMonths(-1))
            return ContractChange.Refuse(ContractProblems.State("A return more than a month before the end is an early termination.",
                $"The contract ends on {endsOn:yyyy-MM-dd}: quote and record the termination first."));
        var errors = new FieldErrors();
        var findings = ReturnInputs.ToFindings(command.Damages, errors);
        if (OdometerRules.Check(returnedOn, command.OdometerKm!.Value, today, contract.LastReadOn!.Value, contract.LastOdometerKm!.Value) is { } bad)
            errors.Add(bad.Field == "readOn" ? "returnedOn" : bad.Field, bad.Reason);
        var photos = PhotoInputs.ToFiles(command.Photos, contract.Id, "return-photo", now, errors, required: false);
        if (errors.Any) return ContractChange.Refuse(errors.ToProblem());

        var assessment = ReturnAssessor.Assess(grid, findings!, command.OdometerKm.Value - contract.DeliveryOdometerKm!.Value,
            contract.Terms.ContractMileageKm, contract.Terms.ExcessKmPrice, contract.Terms.Basis, chargeExcessKm: true, _ => TypedIds.NewGuid());
        var finalId = TypedIds.NewGuid();
        var lines = FinalLines(contract, account, cursor, assessment, returnedOn);
        var credit = CreditNote(contract, account, cursor, returnedOn);
        var inspected = new ReturnInspected(contract.Id, returnedOn, command.OdometerKm.Value, assessment, photos!.Select(p => p.ToReference()).ToList(),
            command.Inspector!.Trim(), command.CustomerSignatory!.Trim(), command.CustomerAcknowledged, finalId, credit?.InvoiceId, now);

        var change = ContractChange.Append(inspected)
            .Store([.. photos!, cursor with { NextPeriodStart = BillingCursor.Done }])
            .Issue(account, today, now, credit is null ? [new InvoiceDraft(finalId, InvoiceKind.Final, lines)] : [new InvoiceDraft(finalId, InvoiceKind.Final, lines), credit])
            .Schedule(new CloseReturnedFile(contract.Id), ContractTimes.After(returnedOn.AddDays(ContestDays)));
        foreach (var damage in assessment.Damages.Where(d => d.Finding.ContestedByCustomer))
            change = Contest(change, contract, damage, damage.Finding.ContestReason!, now);
        return change.Publish(new Integration.VehicleReturned(contract.Id, contract.Number, contract.QuoteId, contract.LeadId, contract.CompanyId,
            contract.Registration ?? "", returnedOn, command.OdometerKm.Value, contract.Terms.ContractMileageKm, assessment.ExcessKm,
            assessment.ExcessKmCharge.ExcludingVat, assessment.DamageCharge.ExcludingVat, assessment.Damages.Count(d => d.Finding.ContestedByCustomer), now));
    }

    /// <summary>A contested line opens a decision task; the decision later maintains it (invoiced) or waives it.</summary>
    public static ContractChange Contest(ContractChange change, Contract contract, AssessedDamage damage, string reason, DateTimeOffset now)
    {
        var task = TaskRoles.Open(TypedIds.NewGuid(), contract.Id, contract.Number, TaskKind.ContestedLine,
            $"Ligne contestée : {ReturnInputs.Describe(damage)} — {reason}", DateOnly.FromDateTime(now.UtcDateTime).AddDays(10), contract.CompanyId,
            contract.Id, now);
        return change.With(new ReturnLineContested(contract.Id, damage.LineId, reason, task.TaskId, now), task).Publish(IntegrationMessages.TaskOpened(task));
    }

    private static IReadOnlyList<InvoiceLine> FinalLines(Contract contract, BillingAccount account, BillingCursor cursor, ReturnAssessment assessment,
        DateOnly returnedOn)
    {
        var lines = new List<InvoiceLine>();
        if (cursor.NextPeriodStart <= returnedOn) lines.AddRange(RentInvoicing.RemainingDays(account, cursor.NextPeriodStart, returnedOn));
        if (contract.Terms.ReturnFeeExcludingVat > 0m)
            lines.Add(new InvoiceLine(InvoiceLineKind.ReturnFee, "Frais de restitution", VatAmounts.FromExcludingVat(contract.Terms.ReturnFeeExcludingVat)));
        if (assessment.ExcessKm > 0)
            lines.Add(new InvoiceLine(InvoiceLineKind.ExcessKm,
                $"Kilomètres supplémentaires : {assessment.DrivenKm} km parcourus pour {assessment.AllowanceKm} km prévus",
                assessment.ExcessKmCharge, Quantity: assessment.ExcessKm, UnitPrice: assessment.ExcessKmPriceQuoted));
        lines.AddRange(assessment.Damages.Where(d => d.Chargeable && !d.Finding.ContestedByCustomer)
            .Select(d => new InvoiceLine(InvoiceLineKind.Damage, ReturnInputs.Describe(d), VatAmounts.FromExcludingVat(d.PriceExcludingVat),
                Reference: d.LineId.ToString())));
        return lines;
    }

    /// <summary>Days already billed after the return (an invoice for a whole month the vehicle left mid-way) are credited.</summary>
    private static InvoiceDraft? CreditNote(Contract contract, BillingAccount account, BillingCursor cursor, DateOnly returnedOn)
    {
        var billedThrough = cursor.NextPeriodStart == BillingCursor.Done ? contract.EndsOn!.Value : cursor.NextPeriodStart.AddDays(-1);
        var lines = RentInvoicing.CreditFor(account, returnedOn, billedThrough);
        if (lines.Count == 0) return null;
        var month = BillingPeriod.Containing(billedThrough, contract.StartsOn!.Value, contract.EndsOn!.Value).MonthKey;
        return new InvoiceDraft(TypedIds.NewGuid(), InvoiceKind.CreditNote, lines, returnedOn.AddDays(1), billedThrough,
            InvoiceIds.RentInvoice(contract.Id, month));
    }
}
