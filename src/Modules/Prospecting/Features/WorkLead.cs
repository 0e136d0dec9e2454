using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Prospecting.Domain.Leads;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Leasing.Prospecting.Features;

public sealed record ReassignLead(Guid? AdvisorId, string? Reason, long? ExpectedVersion);

public sealed record LogLeadActivity(string? Kind, string? Note, DateTimeOffset? OccurredAt, long? ExpectedVersion);

public sealed record ScheduleLeadFollowUp(DateTimeOffset? DueAt, string? Note, long? ExpectedVersion);

public sealed record EraseLeadPersonalData(long? ExpectedVersion);

/// <summary>Rewrites the lead's stored events with the person's data masked, once the erasure itself is committed.</summary>
public sealed record MaskLeadEvents(Guid LeadId);

public static class ReassignLeadEndpoint
{
    public static ProblemDetails Validate(ReassignLead command) =>
        new FieldErrors().Required(command.AdvisorId, "advisorId").ExpectedVersion(command.ExpectedVersion).ToProblem();

    [Authorize(Policy = Policies.SalesManagement)]
    [WolverinePost("/api/leads/{id}/reassign", Name = "ReassignLead")]
    [Tags("Leads")]
    public static async Task<IResult> Post(Guid id, ReassignLead command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var advisors = (await session.Query<Domain.PointsOfSale.PointOfSale>().ToListAsync(cancellation)).SelectMany(p => p.Advisors);
        if (advisors.All(a => a.Id != command.AdvisorId))
            return Results.Problem(Problems.Field("advisorId", "No advisor with this id in any point of sale."));
        return await VersionedStream.AppendAsync<Lead>(session, id, command.ExpectedVersion!.Value, "Lead",
            lead => LeadDecider.Assign(lead, command.AdvisorId!.Value, null, command.Reason, clock.GetUtcNow()), cancellation);
    }
}

/// <summary>The advisor's activity log: calls, e-mails, notes, visits.</summary>
public static class LogLeadActivityEndpoint
{
    public static ProblemDetails Validate(LogLeadActivity command) =>
        new FieldErrors().ExpectedVersion(command.ExpectedVersion).Required(command.Kind, "kind")
            .When(command.Kind is not null && !Enum.TryParse<ActivityKind>(command.Kind, true, out _), "kind", "Call, Email, Note or Visit.")
            .ToProblem();

    [Authorize(Policy = Policies.Sales)]
    [WolverinePost("/api/leads/{id}/activities", Name = "LogLeadActivity")]
    [Tags("Leads")]
    public static Task<IResult> Post(Guid id, LogLeadActivity command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation) =>
        VersionedStream.AppendAsync<Lead>(session, id, command.ExpectedVersion!.Value, "Lead", lead => LeadDecider.LogActivity(lead,
            new LeadActivity(Guid.CreateVersion7(), Enum.Parse<ActivityKind>(command.Kind!, true), command.Note, command.OccurredAt ?? clock.GetUtcNow()),
            clock.GetUtcNow()), cancellation);
}

/// <summary>"Call back at …": a reminder on the lead, shown in the advisor's inbox when due.</summary>
public static class ScheduleLeadFollowUpEndpoint
{
    public static ProblemDetails Validate(ScheduleLeadFollowUp command) =>
        new FieldErrors().ExpectedVersion(command.ExpectedVersion).Required(command.DueAt, "dueAt").ToProblem();

    [Authorize(Policy = Policies.Sales)]
    [WolverinePost("/api/leads/{id}/follow-ups", Name = "ScheduleLeadFollowUp")]
    [Tags("Leads")]
    public static Task<IResult> Post(Guid id, ScheduleLeadFollowUp command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation) =>
        VersionedStream.AppendAsync<Lead>(session, id, command.ExpectedVersion!.Value, "Lead", lead => LeadDecider.ScheduleFollowUp(lead,
            new FollowUp(Guid.CreateVersion7(), command.DueAt!.Value, command.Note), clock.GetUtcNow()), cancellation);
}

/// <summary>
/// A person's erasure request (GDPR): the lead's current state and its stored events lose the person's data; the
/// source, dates and outcome stay, so the statistics keep their counts.
/// </summary>
public static class EraseLeadPersonalDataEndpoint
{
    public static ProblemDetails Validate(EraseLeadPersonalData command) => new FieldErrors().ExpectedVersion(command.ExpectedVersion).ToProblem();

    [Authorize(Policy = Policies.SalesManagement)]
    [WolverinePost("/api/leads/{id}/erasure", Name = "EraseLeadPersonalData")]
    [Tags("Leads")]
    public static async Task<IResult> Post(Guid id, EraseLeadPersonalData command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation)
    {
        var result = await VersionedStream.AppendAsync<Lead>(session, id, command.ExpectedVersion!.Value, "Lead",
            lead => LeadDecider.Erase(lead, clock.GetUtcNow()), cancellation);
        if (result is IStatusCodeHttpResult { StatusCode: 200 }) await bus.PublishAsync(new MaskLeadEvents(id));
        return result;
    }
}

public static class MaskLeadEventsHandler
{
    public static Task Handle(MaskLeadEvents command, IDocumentStore store, CancellationToken cancellation) =>
        store.Advanced.ApplyEventDataMasking(masking => masking.IncludeStream(command.LeadId), cancellation);
}
