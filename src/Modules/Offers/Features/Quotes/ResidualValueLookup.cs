using Leasing.Offers.Domain.ResidualValues;
using Leasing.Offers.Features.ResidualValues;
using Marten;

namespace Leasing.Offers.Features.Quotes;

/// <summary>Reads the residual-value table only when a quote leaves the residual value to it.</summary>
internal static class ResidualValueLookup
{
    public static async Task<Func<int, int, decimal?>?> ForAsync(string? segment, decimal? givenResidualValue, IQuerySession session,
        CancellationToken cancellation) =>
        givenResidualValue is null && segment is not null
            ? From(await ResidualValueStream.LoadAsync(session, cancellation), segment)
            : null;

    public static Func<int, int, decimal?>? From(ResidualValueTable? table, string? segment) =>
        table is null || segment is null ? null : (term, km) => table.PercentFor(segment, term, km);
}
