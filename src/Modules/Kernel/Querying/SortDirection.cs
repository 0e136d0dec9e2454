using System.Linq.Expressions;

namespace Leasing.Kernel.Querying;

/// <summary>A list's sort column in either direction, so a list maps each column to its key once, not once per direction.</summary>
public static class SortDirection
{
    public static IQueryable<T> SortedBy<T, TKey>(this IQueryable<T> query, Expression<Func<T, TKey>> key, bool descending) =>
        descending ? query.OrderByDescending(key) : query.OrderBy(key);
}
