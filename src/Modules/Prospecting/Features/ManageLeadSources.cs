using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Prospecting.Domain.Sources;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Prospecting.Features;

public sealed record SaveLeadSource(string? Name, decimal? CostPerLead, bool? ConsentRequired, bool? Active, string[]? Aliases, long? ExpectedVersion);

public static class LeadSources
{
    public static async Task<ManagedSourceCatalogue> LoadAsync(IQuerySession session, CancellationToken cancellation) =>
        await session.LoadAsync<ManagedSourceCatalogue>(ManagedSourceCatalogue.StreamId, cancellation) ?? new ManagedSourceCatalogue();

    [Authorize(Policy = Policies.Sales)]
    [WolverineGet("/api/lead-sources", Name = "ListLeadSources")]
    [Tags("Leads")]
    public static Task<ManagedSourceCatalogue> Get(IQuerySession session, CancellationToken cancellation) => LoadAsync(session, cancellation);
}

/// <summary>Adds or changes a source: its cost per lead is what the ROI statistics divide by.</summary>
public static class SaveLeadSourceEndpoint
{
    public static ProblemDetails Validate(SaveLeadSource command) =>
        new FieldErrors().Required(command.Name, "name").Required(command.CostPerLead, "costPerLead")
            .When(command.CostPerLead < 0m, "costPerLead", "Must not be negative.")
            .Required(command.ExpectedVersion, "expectedVersion").When(command.ExpectedVersion < 0, "expectedVersion", "0 before the first change.")
            .ToProblem();

    [Authorize(Policy = Policies.SalesManagement)]
    [WolverinePut("/api/lead-sources/{id}", Name = "SaveLeadSource")]
    [Tags("Leads")]
    public static async Task<IResult> Put(string id, SaveLeadSource command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(id, "^[a-z0-9-]{2,40}$"))
            return Results.Problem(Problems.Field("id", "2 to 40 lower-case letters, digits or dashes."));
        var state = await session.Events.FetchStreamStateAsync(ManagedSourceCatalogue.StreamId, cancellation);
        var current = state?.Version ?? 0;
        if (current != command.ExpectedVersion)
            return Results.Problem(Problems.Conflict($"The source catalogue is at version {current}; this change was made on version {command.ExpectedVersion}."));

        var saved = new LeadSourceSaved(new LeadSource(id, command.Name!.Trim(), command.CostPerLead!.Value, command.ConsentRequired ?? false,
            command.Active ?? true, command.Aliases), clock.GetUtcNow());
        if (state is null) session.Events.StartStream<ManagedSourceCatalogue>(ManagedSourceCatalogue.StreamId, saved);
        else session.Events.Append(ManagedSourceCatalogue.StreamId, current + 1, saved);
        return Results.Ok(new StreamWritten(ManagedSourceCatalogue.StreamId, current + 1));
    }
}
