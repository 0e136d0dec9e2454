using Leasing.Kernel.Time;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wolverine;

namespace Leasing.Contracts.Features.Payments;

/// <summary>
/// Once the Host has started (Wolverine with it), makes sure the daily dunning sweep is scheduled: a durable message
/// that schedules the next day's when it runs. Nothing is added when a sweep is already scheduled for today or later.
/// Not used where due timers do not run (tests fire the sweep themselves at test-clock days).
/// </summary>
public sealed class DailyDunningSchedule(IServiceScopeFactory scopes, IDocumentStore store, TimeProvider clock) : IHostedLifecycleService
{
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        session.LastModifiedBy = "system:dunning";
        var today = clock.Today();
        if (await session.LoadAsync<DunningSchedule>(DunningSchedule.DocumentId, cancellationToken) is { } schedule && schedule.NextOn >= today) return;
        await using var scope = scopes.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        session.Store(new DunningSchedule { NextOn = today });
        await session.SaveChangesAsync(cancellationToken);
        await bus.ScheduleAsync(new RunDunning(today, Daily: true), RunDunning.DueAt(today));
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
