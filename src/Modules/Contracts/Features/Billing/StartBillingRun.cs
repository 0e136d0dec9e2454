using System.Globalization;
using System.Security.Claims;
using Leasing.Contracts.Domain.Billing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Time;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Leasing.Contracts.Features.Billing;

/// <summary>
/// Starts (or starts again) the monthly billing run of a month, e.g. "2026-12". It runs in the background in batches
/// (durable messages: a stopped Host resumes it) and reports its progress on the run; starting it again later adds no
/// invoice for a contract already billed for the month. A run already in progress is a 409.
/// </summary>
public sealed record StartBillingRun(string? Month);

public sealed record BillingRunAccepted(Guid RunId, string Month, int Attempt, int ContractsDue);

public static class StartBillingRunEndpoint
{
    public static ProblemDetails Validate(StartBillingRun command) => new FieldErrors()
        .When(!TryMonth(command.Month, out _), "month", "'month' is a month as yyyy-MM, e.g. 2026-12.").ToProblem();

    [Authorize(Policy = Policies.ContractManagement)]
    [WolverinePost("/api/billing-runs", Name = "StartBillingRun")]
    [Tags("Billing")]
    public static async Task<IResult> Post(StartBillingRun command, IDocumentSession session, IMessageBus bus, ClaimsPrincipal user, TimeProvider clock,
        CancellationToken cancellation)
    {
        TryMonth(command.Month, out var monthStart);
        if (monthStart > new DateOnly(clock.Today().Year, clock.Today().Month, 1).AddMonths(1))
            return Results.Problem(Problems.Field("month", "A month can be billed at the earliest during the month before it."));
        var month = monthStart.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var id = InvoiceIds.BillingRun(month);
        var stream = await session.Events.FetchForWriting<BillingRun>(id, cancellation);
        if (stream.Aggregate is { Status: BillingRunStatus.Running })
            return Results.Problem(Problems.Conflict($"The billing run of {month} is in progress (attempt {stream.Aggregate.Attempt})."));

        var attempt = (stream.Aggregate?.Attempt ?? 0) + 1;
        var due = await BillingRunner.CountDueAsync(session, monthStart.AddMonths(1).AddDays(-1), cancellation);
        var started = new BillingRunStarted(id, month, attempt, due, clock.Today(), clock.GetUtcNow());
        if (stream.Aggregate is null) session.Events.StartStream<BillingRun>(id, started);
        else stream.AppendOne(started);
        await bus.PublishAsync(new ProcessBillingBatch(id, attempt, Guid.Empty, user.NameOf()));
        return Results.Accepted($"/api/billing-runs/{month}", new BillingRunAccepted(id, month, attempt, due));
    }

    public static bool TryMonth(string? value, out DateOnly monthStart) =>
        DateOnly.TryParseExact((value ?? "") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out monthStart);
}
