using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Prospecting.Domain.Intake;
using Leasing.Prospecting.Domain.Leads;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Leasing.Prospecting.Features;

public sealed record AcknowledgeLead(long? ExpectedVersion);

public sealed record QualifyLead(string? Condition, string? Financing, decimal? Budget, string? Make, string? Model, string? Timeframe, long? ExpectedVersion);

public sealed record LoseLead(string? Reason, string? Note, long? ExpectedVersion);

/// <summary>Reception or the advisor takes the lead: the 20-minute clock stops.</summary>
public static class AcknowledgeLeadEndpoint
{
    public static ProblemDetails Validate(AcknowledgeLead command) => new FieldErrors().ExpectedVersion(command.ExpectedVersion).ToProblem();

    [Authorize(Policy = Policies.Sales)]
    [WolverinePost("/api/leads/{id}/acknowledge", Name = "AcknowledgeLead")]
    [Tags("Leads")]
    public static Task<IResult> Post(Guid id, AcknowledgeLead command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation) =>
        VersionedStream.AppendAsync<Lead>(session, id, command.ExpectedVersion!.Value, "Lead",
            lead => LeadDecider.Acknowledge(lead, clock.GetUtcNow()), cancellation);
}

/// <summary>The need is known (new or used, LLD/LOA/purchase, budget, vehicle, timeframe): the 4-hour clock stops.</summary>
public static class QualifyLeadEndpoint
{
    public static ProblemDetails Validate(QualifyLead command)
    {
        var errors = new FieldErrors().ExpectedVersion(command.ExpectedVersion).Required(command.Condition, "condition").Required(command.Financing, "financing")
            .When(command.Budget <= 0m, "budget", "A positive amount.");
        errors.When(command.Condition is not null && IntakeValues.Condition(command.Condition) is null, "condition", "New or Used (neuf / occasion).");
        errors.When(command.Financing is not null && IntakeValues.Financing(command.Financing) is null, "financing", "LLD, LOA or Purchase (achat).");
        errors.When(command.Timeframe is not null && IntakeValues.Timeframe(command.Timeframe) is null, "timeframe", "Immediate, WithinThreeMonths, WithinSixMonths or MoreThanSixMonths.");
        return errors.ToProblem();
    }

    [Authorize(Policy = Policies.Sales)]
    [WolverinePost("/api/leads/{id}/qualify", Name = "QualifyLead")]
    [Tags("Leads")]
    public static async Task<IResult> Post(Guid id, QualifyLead command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation)
    {
        var financing = IntakeValues.Financing(command.Financing!);
        var need = new LeadNeed(IntakeValues.Condition(command.Condition!), financing,
            command.Budget is { } budget ? LeadBudget.For(financing, budget) : null,
            command.Make is null && command.Model is null ? null : new VehicleOfInterest(command.Make, command.Model, null),
            command.Timeframe is null ? null : IntakeValues.Timeframe(command.Timeframe));
        object? integration = null;
        var result = await VersionedStream.AppendAsync<Lead>(session, id, command.ExpectedVersion!.Value, "Lead", lead =>
        {
            var decision = LeadDecider.Qualify(lead, need, clock.GetUtcNow());
            var after = decision.Events.Aggregate(lead, (state, e) => e switch
            {
                LeadAcknowledged a => state.Apply(a),
                LeadQualified q => state.Apply(q),
                _ => state,
            });
            integration = decision.Events.OfType<LeadQualified>().Select(q => LeadIntegrationEvents.For(q, after)).FirstOrDefault();
            return decision;
        }, cancellation);
        if (integration is not null && result is IStatusCodeHttpResult { StatusCode: 200 }) await bus.PublishAsync(integration);
        return result;
    }
}

public static class LoseLeadEndpoint
{
    public static ProblemDetails Validate(LoseLead command) =>
        new FieldErrors().ExpectedVersion(command.ExpectedVersion).Required(command.Reason, "reason")
            .When(command.Reason is not null && !Enum.TryParse<LossReason>(command.Reason, true, out _), "reason",
                $"One of: {string.Join(", ", Enum.GetNames<LossReason>())}.")
            .ToProblem();

    [Authorize(Policy = Policies.Sales)]
    [WolverinePost("/api/leads/{id}/lose", Name = "LoseLead")]
    [Tags("Leads")]
    public static Task<IResult> Post(Guid id, LoseLead command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation) =>
        VersionedStream.AppendAsync<Lead>(session, id, command.ExpectedVersion!.Value, "Lead",
            lead => LeadDecider.Lose(lead, Enum.Parse<LossReason>(command.Reason!, true), command.Note, clock.GetUtcNow()), cancellation);
}
