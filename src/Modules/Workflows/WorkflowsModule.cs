using JasperFx;
using JasperFx.Events.Projections;
using Leasing.Kernel.Ids;
using Leasing.Kernel.Modules;
using Leasing.Kernel.Security;
using Leasing.Workflows.Commands;
using Leasing.Workflows.Definitions.Store;
using Leasing.Workflows.Expressions;
using Leasing.Workflows.ReadModels;
using Leasing.Workflows.Runtime.Execution;
using Leasing.Workflows.Runtime.Hosting;
using Leasing.Workflows.Runtime.Instances;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.ErrorHandling;

namespace Leasing.Workflows;

/// <summary>The workflow runtime: definitions and their versions, instances as streams, the task inbox, timers and signals.</summary>
public sealed class WorkflowsModule : ILeasingModule
{
    public const string Queue = "workflows";

    public string Name => "Workflows";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(ExpressionSandbox.Default);
        services.AddSingleton(sp => new WorkflowExecutor(sp.GetRequiredService<ExpressionSandbox>(), TypedIds.NewGuid,
            sp.GetRequiredService<WorkflowCommandCatalogue>().Check));
        services.AddSingleton<DefinitionCatalog>();
        services.AddSingleton<WorkflowRuntime>();
        services.AddSingleton<WorkflowCommandCatalogue>();
        foreach (var command in WorkflowCommands.All) services.AddSingleton(command);
        services.AddSingleton(new DefinitionFolder(configuration["Leasing:WorkflowsFolder"] ?? Path.Combine(AppContext.BaseDirectory, "workflows")));
        services.AddSingleton<DefinitionImporter>();
        if (configuration.GetValue("Leasing:ImportWorkflows", true)) services.AddHostedService<DefinitionImportAtStart>();
    }

    public void ConfigureMarten(StoreOptions options)
    {
        // Written by the runtime itself with each append (InstanceStore), from the state it computed: no projection re-reads it.
        options.Schema.For<WorkflowInstance>().DatabaseSchemaName(Schema)
            .Duplicate(i => i.DefinitionId).Duplicate(i => i.CorrelationKey).Duplicate(i => i.Ended).Duplicate(i => i.Status)
            .Duplicate(i => i.StartedAt);
        options.Projections.Snapshot<DefinitionHistory>(SnapshotLifecycle.Inline);
        options.Schema.For<DefinitionHistory>().DatabaseSchemaName(Schema);
        options.Projections.Add<HumanTaskProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<HumanTaskView>().DatabaseSchemaName(Schema)
            .Duplicate(t => t.Status).Duplicate(t => t.Role).Duplicate(t => t.Assignee).Duplicate(t => t.ClaimedBy).Duplicate(t => t.DueAt)
            .Duplicate(t => t.CorrelationKey);
        options.Schema.For<WorkflowNotification>().DatabaseSchemaName(Schema).Duplicate(n => n.User).Duplicate(n => n.Role).Duplicate(n => n.At);
        options.Schema.For<OutgoingEmail>().DatabaseSchemaName(Schema);
    }

    public void ConfigureWolverine(WolverineOptions options)
    {
        // Everything the runtime sends itself runs on one durable local queue: nothing is lost if the Host stops.
        options.PublishMessage<SignalWorkflows>().ToLocalQueue(Queue).UseDurableInbox();
        options.PublishMessage<SignalWorkflowsBatch>().ToLocalQueue(Queue).UseDurableInbox();
        options.PublishMessage<WorkflowTimerDue>().ToLocalQueue(Queue).UseDurableInbox();
        options.PublishMessage<TaskEscalationDue>().ToLocalQueue(Queue).UseDurableInbox();
        options.PublishMessage<StartChildWorkflow>().ToLocalQueue(Queue).UseDurableInbox();
        options.PublishMessage<ChildWorkflowEnded>().ToLocalQueue(Queue).UseDurableInbox();
        options.PublishMessage<NotificationEmailRequested>().ToLocalQueue(Queue).UseDurableInbox();
        // Two resumes of one instance at once: the loser's append fails the version check; it runs again on the new state.
        options.OnException<ConcurrencyException>().RetryWithCooldown(TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(100),
            TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1));
    }

    public IEnumerable<AuditedAggregate> AuditedAggregates =>
        [new(typeof(WorkflowInstance), "Workflow instance"), new(typeof(DefinitionHistory), "Workflow definition")];

    public IEnumerable<AdminNavItem> Navigation =>
    [
        new("Workflows", "Mes tâches", "My tasks", "workflows/tasks", "task_alt", Policies.Authenticated, 1),
        new("Workflows", "Tableau de bord", "Dashboard", "workflows", "account_tree", Policies.ProcessOwners, 2),
        new("Workflows", "Définitions", "Definitions", "workflows/definitions", "schema", Policies.ProcessOwners, 3),
        new("Workflows", "Instances", "Instances", "workflows/instances", "list_alt", Policies.ProcessOwners, 4),
    ];

    private string Schema => ((ILeasingModule)this).Schema;
}
