using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;
using Leasing.Contracts.Domain.Tasks;
using Leasing.Contracts.Features.Shared;
using Leasing.Kernel.Ids;
using Leasing.Kernel.Security;
using Leasing.Kernel.Time;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;
using Integration = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Contracts.Features.Payments;

/// <summary>
/// The daily dunning sweep of <see cref="On"/>: every unpaid invoice that reached a step (+5, +15, +30 days after its due
/// date) gets the step as an event and a task for the account manager (the previous step's task is closed), and
/// <c>DunningStepReached</c> goes out. One durable message a day rather than a timer per invoice: a month's run issues
/// an invoice per contract. A step is recorded once, so a repeated sweep changes nothing.
/// </summary>
public sealed record RunDunning(DateOnly On, bool Daily = false)
{
    /// <summary>The daily sweep runs at 06:00 Paris time, before the account managers start their day.</summary>
    public static DateTimeOffset DueAt(DateOnly day) => ContractTimes.StartOf(day).AddHours(6);
}

/// <summary>The next day the daily sweep is scheduled for; a restarted Host schedules it only when it is missing.</summary>
public sealed record DunningSchedule
{
    public const string DocumentId = "daily";
    public string Id { get; init; } = DocumentId;
    public DateOnly NextOn { get; init; }
}

public static class RunDunningHandler
{
    public static async Task Handle(RunDunning sweep, IDocumentSession session, IMessageBus bus, TimeProvider clock, CancellationToken cancellation)
    {
        var firstStep = PaymentTerms.Steps[0].DaysAfterDue;
        var latestDue = sweep.On.AddDays(-firstStep);
        var candidates = await session.Query<Invoice>()
            .Where(i => (i.Status == InvoiceStatus.Open || i.Status == InvoiceStatus.PartiallyPaid) && i.DueOn <= latestDue
                        && i.DunningStep != DunningStep.FormalNotice)
            .OrderBy(i => i.DueOn).Take(5_000).ToListAsync(cancellation);
        if (sweep.Daily) await ScheduleNextAsync(sweep.On.AddDays(1), session, bus);
        if (candidates.Count == 0) return;
        var contracts = (await session.LoadManyAsync<Contract>(cancellation, candidates.Select(i => i.ContractId).Distinct()))
            .ToDictionary(c => c.Id);
        session.LastModifiedBy = "system:dunning";
        var now = clock.GetUtcNow();
        foreach (var candidate in candidates)
        {
            var stream = await session.Events.FetchForWriting<Invoice>(candidate.Id, cancellation);
            if (stream.Aggregate is not { } invoice || invoice.Balance <= 0m) continue;
            if (PaymentTerms.StepDue(invoice.DueOn, sweep.On, invoice.DunningStep) is not { } step) continue;
            contracts.TryGetValue(invoice.ContractId, out var contract);
            var events = new List<object>();
            if (invoice.OpenDunningTaskId is { } previous)
            {
                events.Add(new DunningTaskClosed(invoice.Id, invoice.ContractId, previous, "NextStep", now));
                await bus.PublishAsync(new Integration.ContractTaskClosed(previous, invoice.ContractId, nameof(TaskKind.Dunning), "NextStep", "system:dunning", now));
            }
            var days = sweep.On.DayNumber - invoice.DueOn.DayNumber;
            var recorded = new DunningStepRecorded(invoice.Id, invoice.ContractId, invoice.ContractNumber, step, days, invoice.Balance, TypedIds.NewGuid(),
                Title(step, invoice), sweep.On.AddDays(3), invoice.CompanyId, now);
            events.Add(recorded);
            stream.AppendMany(events.ToArray());
            await bus.PublishAsync(new Integration.DunningStepReached(invoice.ContractId, invoice.ContractNumber, contract?.QuoteId ?? Guid.Empty,
                contract?.LeadId, invoice.CompanyId, invoice.Id, invoice.Number, step.ToString(), days, invoice.DueOn, invoice.Balance, recorded.TaskId, now));
            var (role, permission) = TaskRoles.For(TaskKind.Dunning);
            await bus.PublishAsync(new Integration.ContractTaskOpened(recorded.TaskId, invoice.ContractId, invoice.ContractNumber, nameof(TaskKind.Dunning),
                role, permission, recorded.TaskTitle, recorded.TaskDueOn, now));
        }
    }

    public static async Task ScheduleNextAsync(DateOnly day, IDocumentSession session, IMessageBus bus)
    {
        session.Store(new DunningSchedule { NextOn = day });
        await bus.ScheduleAsync(new RunDunning(day, Daily: true), RunDunning.DueAt(day));
    }

    private static string Title(DunningStep step, Invoice invoice) => step switch
    {
        DunningStep.FirstReminder => $"1re relance : facture {invoice.Number} impayée ({invoice.Balance:0.00} €)",
        DunningStep.SecondReminder => $"2e relance : facture {invoice.Number} impayée ({invoice.Balance:0.00} €)",
        _ => $"Mise en demeure : facture {invoice.Number} impayée ({invoice.Balance:0.00} €)",
    };
}

/// <summary>Runs the dunning sweep of a day now (the daily schedule runs it by itself; this is for a back-office user or a catch-up).</summary>
public sealed record StartDunning(DateOnly? On);

public static class StartDunningEndpoint
{
    [Authorize(Policy = Policies.ContractManagement)]
    [WolverinePost("/api/dunning-runs", Name = "StartDunning")]
    [Tags("Billing")]
    public static async Task<IResult> Post(StartDunning command, IMessageBus bus, TimeProvider clock)
    {
        var on = command.On ?? clock.Today();
        if (on > clock.Today()) return Results.Problem(Problems.Field("on", "A sweep cannot run for a day in the future."));
        await bus.PublishAsync(new RunDunning(on));
        return Results.Accepted(value: new { on });
    }
}
