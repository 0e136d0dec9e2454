using Marten;

namespace Leasing.Offers.Features.Quotes;

/// <summary>Quote numbers people can read out on the phone: DEV-2026-000042, from a PostgreSQL sequence (unique under concurrency).</summary>
public static class QuoteNumbers
{
    public const string Schema = "offers";
    public const string Sequence = "quote_number";

    public static async Task<string> NextAsync(IQuerySession session, DateOnly today, CancellationToken cancellation)
    {
        var next = (await session.QueryAsync<long>($"select nextval('{Schema}.{Sequence}')", cancellation)).Single();
        return $"DEV-{today.Year}-{next:000000}";
    }
}
