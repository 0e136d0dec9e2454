using System.Security.Claims;
using Leasing.Contracts.Domain;
using Leasing.Contracts.Features.Shared;
using Leasing.Kernel.Querying;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Contracts.ReadModels;

public sealed record ContractListItem(Guid Id, string Number, string CustomerName, string? CompanyId, string Vehicle, string? Registration, Product Product,
    ContractStatus Status, bool Closed, DateOnly? StartsOn, DateOnly? EndsOn, decimal MonthlyTotal, VatBasis Basis, DateTimeOffset UpdatedAt, int Version);

public sealed record ContractPage(IReadOnlyList<ContractListItem> Items, long Total, int Page, int PageSize);

public sealed record ContractFilter(int Page = 1, int PageSize = 25, string? Sort = null, bool Descending = true, ContractStatus? Status = null,
    string? Customer = null, DateOnly? EndsFrom = null, DateOnly? EndsTo = null, Product? Product = null, string? CompanyScope = null);

/// <summary>Contracts for lists (paging, sorting and filters in the database) and for the contract page; fleet managers see their company's only.</summary>
public static class ContractQueries
{
    public static readonly string[] SortableFields = ["updatedAt", "number", "customerName", "endsOn", "status"];

    public static async Task<ContractPage> PageAsync(IQuerySession session, ContractFilter filter, CancellationToken cancellation)
    {
        IQueryable<Contract> query = session.Query<Contract>();
        if (filter.CompanyScope is { } company) query = query.Where(c => c.CompanyId == company);
        if (filter.Status is { } status) query = query.Where(c => c.Status == status);
        if (filter.Product is { } product) query = query.Where(c => c.Product == product);
        if (filter.EndsFrom is { } from) query = query.Where(c => c.EndsOn >= from);
        if (filter.EndsTo is { } to) query = query.Where(c => c.EndsOn <= to);
        if (!string.IsNullOrWhiteSpace(filter.Customer))
        {
            var search = filter.Customer.Trim();
            query = query.Where(c => c.CustomerName.Contains(search, StringComparison.OrdinalIgnoreCase)
                || c.Number.Contains(search, StringComparison.OrdinalIgnoreCase) || c.CompanyId == search);
        }
        query = filter.Sort switch
        {
            "number" => query.SortedBy(c => c.Number, filter.Descending),
            "customerName" => query.SortedBy(c => c.CustomerName, filter.Descending),
            "endsOn" => query.SortedBy(c => c.EndsOn, filter.Descending),
            "status" => query.SortedBy(c => c.Status, filter.Descending),
            _ => query.SortedBy(c => c.UpdatedAt, filter.Descending),
        };
        var page = await query.ToPagedListAsync(filter.Page, filter.PageSize, cancellation);
        return new ContractPage(page.Select(ToItem).ToList(), page.TotalItemCount, filter.Page, filter.PageSize);
    }

    private static ContractListItem ToItem(Contract c) => new(c.Id, c.Number, c.CustomerName, c.CompanyId, c.Vehicle.Description, c.Registration,
        c.Product, c.Status, c.IsClosed, c.StartsOn, c.EndsOn, c.Figures.Total.In(c.Terms.Basis), c.Terms.Basis, c.UpdatedAt, c.Version);

    /// <summary>The contract if the reader may see it: another company's contract is "not found" for a fleet manager.</summary>
    public static async Task<Contract?> ReadableAsync(IQuerySession session, Guid id, ClaimsPrincipal user, CancellationToken cancellation) =>
        await session.LoadAsync<Contract>(id, cancellation) is { } contract && ContractAccess.CanRead(user, contract.CompanyId) ? contract : null;

    [Authorize(Policy = Policies.ContractReading)]
    [WolverineGet("/api/contracts", Name = "ListContracts")]
    [Tags("Contracts")]
    public static async Task<IResult> List(IQuerySession session, ClaimsPrincipal user, CancellationToken cancellation,
        [FromQuery] int? page, [FromQuery] int? pageSize, [FromQuery] string? sort, [FromQuery] string? direction, [FromQuery] string? status,
        [FromQuery] string? product, [FromQuery] string? customer, [FromQuery] DateOnly? endsFrom, [FromQuery] DateOnly? endsTo)
    {
        var errors = new FieldErrors()
            .When(page < 1, "page", "'page' starts at 1.")
            .When(pageSize is < 1 or > 200, "pageSize", "'pageSize' must be between 1 and 200.")
            .When(sort is not null && !SortableFields.Contains(sort), "sort", $"'sort' must be one of: {string.Join(", ", SortableFields)}.")
            .When(direction is not null and not ("asc" or "desc"), "direction", "'direction' must be asc or desc.")
            .When(endsFrom > endsTo, "endsFrom", "'endsFrom' must not be after 'endsTo'.");
        var statusFilter = errors.Enum<ContractStatus>(status, "status", required: false);
        var productFilter = errors.Enum<Product>(product, "product", required: false);
        if (errors.Any) return Results.Problem(errors.ToProblem());
        var filter = new ContractFilter(page ?? 1, pageSize ?? 25, sort, direction != "asc", statusFilter, customer, endsFrom, endsTo, productFilter,
            ContractAccess.CompanyScope(user));
        return Results.Ok(await PageAsync(session, filter, cancellation));
    }

    [Authorize(Policy = Policies.ContractReading)]
    [WolverineGet("/api/contracts/{id}", Name = "GetContract")]
    [Tags("Contracts")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, ClaimsPrincipal user, CancellationToken cancellation) =>
        await ReadableAsync(session, id, user, cancellation) is { } contract ? Results.Ok(contract) : Results.Problem(Problems.NotFound("Contract"));
}
