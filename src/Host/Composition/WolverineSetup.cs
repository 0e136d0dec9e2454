using JasperFx.CodeGeneration;
using Leasing.Kernel.Modules;
using Wolverine;

namespace Leasing.Host.Composition;

public static class WolverineSetup
{
    public static void AddLeasingWolverine(this WebApplicationBuilder builder, IReadOnlyList<ILeasingModule> modules, bool solo)
    {
        builder.Host.UseWolverine(options =>
        {
            options.Durability.Mode = solo ? DurabilityMode.Solo : DurabilityMode.Balanced;
            options.Policies.AutoApplyTransactions();
            options.Policies.UseDurableLocalQueues();
            if (!builder.Configuration.GetValue("Leasing:RunDueTimers", true))
            {
                // Tests move a test clock: durable timers (SLA, validity) are due at test-clock instants that are hours
                // behind the wall clock, so Wolverine's poller would fire them at random moments. Tests fire them explicitly.
                options.Durability.ScheduledJobFirstExecution = TimeSpan.FromDays(1);
                options.Durability.ScheduledJobPollingTime = TimeSpan.FromDays(1);
            }
            options.Policies.UseDurableInboxOnAllListeners();
            options.Policies.UseDurableOutboxOnAllSendingEndpoints();
            // The signed-in user becomes the Marten session's LastModifiedBy: each event records who did it.
            options.EnableRelayOfUserName = true;
            options.Policies.AddMiddleware(typeof(Http.MessageCorrelationLogging));
            options.CodeGeneration.TypeLoadMode = builder.Configuration.GetValue("Leasing:PregeneratedCode", false)
                ? TypeLoadMode.Auto
                : TypeLoadMode.Dynamic;
            foreach (var module in modules)
            {
                options.Discovery.IncludeAssembly(module.Assembly);
                module.ConfigureWolverine(options);
            }
        });
    }
}
