using Marten;

namespace Leasing.Contracts.Features.Shared;

/// <summary>Contract numbers read out on the phone: CT-2026-000042, from a PostgreSQL sequence (unique under concurrency; gaps do not matter here).</summary>
public static class ContractNumbers
{
    public const string Schema = "contracts";
    public const string Sequence = "contract_number";

    public static async Task<string> NextAsync(IQuerySession session, DateOnly today, CancellationToken cancellation)
    {
        var next = (await session.QueryAsync<long>($"select nextval('{Schema}.{Sequence}')", cancellation)).Single();
        return $"CT-{today.Year}-{next:000000}";
    }
}
