using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Validation;
using Leasing.Offers.Domain.ResidualValues;
using Marten;
using Microsoft.AspNetCore.Http;

namespace Leasing.Offers.Features.ResidualValues;

/// <summary>Writes to the one residual-value table at the version the editor saw (0 before the table exists).</summary>
internal static class ResidualValueStream
{
    public static async Task<IResult> AppendAsync(IDocumentSession session, long expectedVersion, object[] events, CancellationToken cancellation)
    {
        var state = await session.Events.FetchStreamStateAsync(ResidualValueTable.StreamId, cancellation);
        var current = state?.Version ?? 0;
        if (current != expectedVersion)
            return Results.Problem(Problems.Conflict($"The residual-value table is at version {current}; this change was made on version {expectedVersion}."));

        if (state is null) session.Events.StartStream<ResidualValueTable>(ResidualValueTable.StreamId, events);
        else session.Events.Append(ResidualValueTable.StreamId, expectedVersion + events.Length, events); // re-checked at commit
        return Results.Ok(new StreamWritten(ResidualValueTable.StreamId, expectedVersion + events.Length));
    }

    public static async Task<ResidualValueTable> LoadAsync(IQuerySession session, CancellationToken cancellation) =>
        await session.LoadAsync<ResidualValueTable>(ResidualValueTable.StreamId, cancellation) ?? new ResidualValueTable();
}
