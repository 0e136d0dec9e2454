using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Financing;
using Leasing.Contracts.Domain.Returns;
using Leasing.Contracts.Domain.Termination;
using Leasing.Contracts.Features.Shared;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Contracts.Features.Settings;

/// <summary>
/// The data the contract rules run on (scoring rules, damage grid, D.312-18 reference rates, fees): read by the back
/// office, replaced section by section. The scoring rules belong to the financing body (Credit permission). A change
/// applies to what is decided after it; events keep the figures of what was decided before.
/// </summary>
public static class ContractSettingsEndpoints
{
    [Authorize(Policy = Policies.ContractManagement)]
    [WolverineGet("/api/contract-settings", Name = "GetContractSettings")]
    [Tags("Contract settings")]
    public static async Task<ContractSettings> Get(IQuerySession session, CancellationToken cancellation) => await SettingsStore.LoadAsync(session, cancellation);

    [Authorize(Policy = Policies.CreditDecisions)]
    [WolverinePut("/api/contract-settings/scoring", Name = "ReplaceScoringRules")]
    [Tags("Contract settings")]
    public static Task<IResult> PutScoring(ScoringRuleSet rules, IDocumentSession session, TimeProvider clock, CancellationToken cancellation) =>
        SaveAsync(session, ScoringRuleSetValidator.Validate(rules), new ScoringRulesReplaced(rules, clock.GetUtcNow()), cancellation);

    [Authorize(Policy = Policies.ContractManagement)]
    [WolverinePut("/api/contract-settings/damage-grid", Name = "ReplaceDamageGrid")]
    [Tags("Contract settings")]
    public static Task<IResult> PutDamageGrid(DamageGrid grid, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var errors = new FieldErrors().Required(grid.Version, "version").When(grid.Entries is null || grid.Entries.Count == 0, "entries", "At least one entry.");
        for (var i = 0; i < (grid.Entries?.Count ?? 0); i++)
            errors.When(grid.Entries![i].PriceExcludingVat < 0m, $"entries[{i}].priceExcludingVat", "Must not be negative.")
                .When(grid.Entries[i].ThresholdMm < 0, $"entries[{i}].thresholdMm", "Must not be negative.");
        if (grid.Entries is { Count: > 0 } entries && entries.GroupBy(e => (e.Zone, e.Type)).Any(g => g.Count() > 1))
            errors.Add("entries", "One entry per zone and damage type.");
        return SaveAsync(session, errors, new DamageGridReplaced(grid, clock.GetUtcNow()), cancellation);
    }

    [Authorize(Policy = Policies.ContractManagement)]
    [WolverinePut("/api/contract-settings/reference-rates", Name = "ReplaceReferenceRates")]
    [Tags("Contract settings")]
    public static Task<IResult> PutReferenceRates(ReferenceRates rates, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var errors = new FieldErrors();
        for (var i = 0; i < (rates.Rates?.Count ?? 0); i++)
            errors.When(!System.Text.RegularExpressions.Regex.IsMatch(rates.Rates![i].Semester ?? "", "^[0-9]{4}-S[12]$"), $"rates[{i}].semester", "Like 2026-S1.")
                .When(rates.Rates[i].TmoPercent is < 0m or > 20m, $"rates[{i}].tmoPercent", "Between 0 and 20 %.");
        return SaveAsync(session, errors, new ReferenceRatesReplaced(rates, clock.GetUtcNow()), cancellation);
    }

    [Authorize(Policy = Policies.ContractManagement)]
    [WolverinePut("/api/contract-settings/fees", Name = "ReplaceFees")]
    [Tags("Contract settings")]
    public static Task<IResult> PutFees(FeeSchedule fees, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var errors = new FieldErrors().When(fees.DeliveryFeeExcludingVat < 0m, "deliveryFeeExcludingVat", "Must not be negative.")
            .When(fees.ReturnFeeExcludingVat < 0m, "returnFeeExcludingVat", "Must not be negative.")
            .When(fees.EarlyTerminationFeeExcludingVat < 0m, "earlyTerminationFeeExcludingVat", "Must not be negative.");
        return SaveAsync(session, errors, new FeesReplaced(fees, clock.GetUtcNow()), cancellation);
    }

    private static async Task<IResult> SaveAsync(IDocumentSession session, FieldErrors errors, object replaced, CancellationToken cancellation)
    {
        if (errors.Any) return Results.Problem(errors.ToProblem());
        var stream = await session.Events.FetchForWriting<ContractSettings>(ContractSettings.StreamId, cancellation);
        if (stream.Aggregate is null) session.Events.StartStream<ContractSettings>(ContractSettings.StreamId, replaced);
        else stream.AppendOne(replaced);
        return Results.Ok(new { Saved = replaced.GetType().Name });
    }
}
