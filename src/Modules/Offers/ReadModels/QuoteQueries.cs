using Leasing.Kernel.Querying;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Offers.Domain.Pricing;
using Leasing.Offers.Domain.Quotes;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Offers.ReadModels;

public sealed record QuoteListItem(Guid Id, string Number, string CustomerName, string Vehicle, LeaseProduct Product, decimal MonthlyTotal,
    QuoteStatus Status, int Rounds, DateOnly? ValidUntil, string? Advisor, DateTimeOffset UpdatedAt, int Version);

public sealed record QuotePage(IReadOnlyList<QuoteListItem> Items, long Total, int Page, int PageSize);

public sealed record QuoteFilter(int Page = 1, int PageSize = 25, string? Sort = null, bool Descending = true,
    QuoteStatus? Status = null, LeaseProduct? Product = null, string? Search = null);

/// <summary>Quotes for lists (server-side paging, sorting, filters) and for the detail page.</summary>
public static class QuoteQueries
{
    public static readonly string[] SortableFields = ["updatedAt", "number", "customerName", "monthlyTotal", "status", "validUntil"];

    public static async Task<QuotePage> PageAsync(IQuerySession session, QuoteFilter filter, CancellationToken cancellation)
    {
        IQueryable<Quote> query = session.Query<Quote>();
        if (filter.Status is { } status) query = query.Where(q => q.Status == status);
        if (filter.Product is { } product) query = query.Where(q => q.Product == product);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = filter.Search.Trim();
            query = query.Where(q => q.CustomerName.Contains(search, StringComparison.OrdinalIgnoreCase) || q.Number.Contains(search, StringComparison.OrdinalIgnoreCase));
        }
        query = filter.Sort switch
        {
            "number" => query.SortedBy(q => q.Number, filter.Descending),
            "customerName" => query.SortedBy(q => q.CustomerName, filter.Descending),
            "monthlyTotal" => query.SortedBy(q => q.MonthlyTotal, filter.Descending),
            "status" => query.SortedBy(q => q.Status, filter.Descending),
            "validUntil" => query.SortedBy(q => q.ValidUntil, filter.Descending),
            _ => query.SortedBy(q => q.UpdatedAt, filter.Descending),
        };
        var page = await query.ToPagedListAsync(filter.Page, filter.PageSize, cancellation);
        return new QuotePage(page.Select(ToItem).ToList(), page.TotalItemCount, filter.Page, filter.PageSize);
    }

    private static QuoteListItem ToItem(Quote q) => new(q.Id, q.Number, q.CustomerName, q.Vehicle.Description, q.Product, q.MonthlyTotal,
        q.Status, q.Rounds.Count, q.ValidUntil, q.Advisor, q.UpdatedAt, q.Version);

    [Authorize(Policy = Policies.Sales)]
    [WolverineGet("/api/quotes", Name = "ListQuotes")]
    [Tags("Quotes")]
    public static async Task<IResult> List(IQuerySession session, CancellationToken cancellation,
        [FromQuery] int? page, [FromQuery] int? pageSize, [FromQuery] string? sort, [FromQuery] string? direction,
        [FromQuery] string? status, [FromQuery] string? product, [FromQuery] string? search)
    {
        var errors = new FieldErrors()
            .When(page < 1, "page", "'page' starts at 1.")
            .When(pageSize is < 1 or > 200, "pageSize", "'pageSize' must be between 1 and 200.")
            .When(sort is not null && !SortableFields.Contains(sort), "sort", $"'sort' must be one of: {string.Join(", ", SortableFields)}.")
            .When(direction is not null and not ("asc" or "desc"), "direction", "'direction' must be asc or desc.");
        var statusFilter = errors.Enum<QuoteStatus>(status, "status", required: false);
        var productFilter = errors.Enum<LeaseProduct>(product, "product", required: false);
        if (errors.Any) return Results.Problem(errors.ToProblem());

        var filter = new QuoteFilter(page ?? 1, pageSize ?? 25, sort, direction != "asc", statusFilter, productFilter, search);
        return Results.Ok(await PageAsync(session, filter, cancellation));
    }

    [Authorize(Policy = Policies.Sales)]
    [WolverineGet("/api/quotes/{id}", Name = "GetQuote")]
    [Tags("Quotes")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken cancellation) =>
        await session.LoadAsync<Quote>(id, cancellation) is { } quote ? Results.Ok(quote) : Results.Problem(Problems.NotFound("Quote"));
}
