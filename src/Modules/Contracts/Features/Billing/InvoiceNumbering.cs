using Leasing.Contracts.Domain.Billing;
using Marten;

namespace Leasing.Contracts.Features.Billing;

public static class InvoiceNumbering
{
    /// <summary>
    /// Takes the next <paramref name="count"/> numbers of the series for <paramref name="year"/>, to be used in this
    /// session's transaction only (see <see cref="InvoiceCounter"/>).
    /// </summary>
    public static async Task<IReadOnlyList<string>> ReserveAsync(IDocumentSession session, InvoiceKind kind, int year, int count,
        CancellationToken cancellation)
    {
        if (count == 0) return [];
        var id = InvoiceSeries.CounterId(kind, year);
        var counter = await session.LoadAsync<InvoiceCounter>(id, cancellation);
        var first = (counter?.Last ?? 0) + 1;
        var updated = new InvoiceCounter { Id = id, Last = first + count - 1 };
        // A first counter of the year is inserted: a concurrent first insert fails instead of overwriting it.
        if (counter is null) session.Insert(updated);
        else session.Update(updated);
        return Enumerable.Range(0, count).Select(i => InvoiceSeries.Format(kind, year, first + i)).ToList();
    }

    /// <summary>The next number the series would give now, read without reserving it (a billing run numbers a batch ahead with it).</summary>
    public static async Task<long> PeekNextAsync(IQuerySession session, InvoiceKind kind, int year, CancellationToken cancellation) =>
        ((await session.LoadAsync<InvoiceCounter>(InvoiceSeries.CounterId(kind, year), cancellation))?.Last ?? 0) + 1;

    public static IReadOnlyList<string> Range(InvoiceKind kind, int year, long first, int count) =>
        Enumerable.Range(0, count).Select(i => InvoiceSeries.Format(kind, year, first + i)).ToList();
}
