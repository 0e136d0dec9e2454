using JasperFx.Events.Projections;
using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;
using Leasing.Contracts.Features.Billing;
using Leasing.Contracts.Features.EndOfTerm;
using Leasing.Contracts.Features.Payments;
using Leasing.Contracts.Features.Returns;
using Leasing.Contracts.Features.Shared;
using Leasing.Contracts.Features.Signature;
using Leasing.Contracts.ReadModels;
using Leasing.Kernel.Modules;
using Leasing.Kernel.Security;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Weasel.Postgresql;
using Wolverine;
using Integration = Leasing.Contracts.IntegrationEvents;
using OffersEvents = Leasing.Offers.IntegrationEvents;

namespace Leasing.Contracts;

/// <summary>
/// The contract lifecycle: from the accepted offer to the financing decision, signature, delivery, monthly billing,
/// payments and dunning, mileage follow-up and amendments, early termination, and the end of the contract.
/// </summary>
public sealed class ContractsModule : ILeasingModule
{
    /// <summary>Other modules' messages and the module's own timers: one durable local queue.</summary>
    public const string Queue = "contracts";

    /// <summary>Billing batches run one after another on their own queue, so a long run never delays a timer or a decision.</summary>
    public const string BillingQueue = "contracts-billing";

    public string Name => "Contracts";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<BillingRunner>();
        if (configuration.GetValue("Leasing:RunDueTimers", true)) services.AddHostedService<DailyDunningSchedule>();
    }

    public void ConfigureMarten(StoreOptions options)
    {
        // The list filters and sorts on these: real columns (indexed) rather than JSON expressions.
        options.Projections.Snapshot<Contract>(SnapshotLifecycle.Inline);
        options.Schema.For<Contract>().DatabaseSchemaName(Schema)
            .Duplicate(c => c.Number).Duplicate(c => c.Status).Duplicate(c => c.CustomerName).Duplicate(c => c.CompanyId).Duplicate(c => c.EndsOn)
            .Duplicate(c => c.UpdatedAt);
        // Inline: the billing run copies its invoices' first documents in bulk itself (InvoiceStreamCopy); every later
        // event of an invoice (payments, dunning) and every other invoice goes through the projection.
        options.Projections.Snapshot<Invoice>(SnapshotLifecycle.Inline);
        options.Schema.For<Invoice>().DatabaseSchemaName(Schema)
            .Duplicate(i => i.ContractId).Duplicate(i => i.DueOn);
        options.Projections.Add<BillingAccountProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<BillingAccount>().DatabaseSchemaName(Schema);
        options.Schema.For<BillingCursor>().DatabaseSchemaName(Schema).Duplicate(c => c.NextPeriodStart);
        options.Schema.For<InvoiceCounter>().DatabaseSchemaName(Schema).UseOptimisticConcurrency(true);
        options.Projections.Snapshot<BillingRun>(SnapshotLifecycle.Inline);
        options.Schema.For<BillingRun>().DatabaseSchemaName(Schema).Duplicate(r => r.Month);
        options.Projections.Add<ContractTaskProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ContractTask>().DatabaseSchemaName(Schema)
            .Duplicate(t => t.ContractId).Duplicate(t => t.Role).Duplicate(t => t.CompanyId).Duplicate(t => t.DueOn);
        options.Projections.Snapshot<ContractSettings>(SnapshotLifecycle.Inline);
        options.Schema.For<ContractSettings>().DatabaseSchemaName(Schema);
        options.Schema.For<StoredFile>().DatabaseSchemaName(Schema).Duplicate(f => f.ContractId);
        options.Schema.For<DunningSchedule>().DatabaseSchemaName(Schema);
        options.Storage.ExtendedSchemaObjects.Add(new Sequence(new PostgresqlObjectName(ContractNumbers.Schema, ContractNumbers.Sequence)));
    }

    public void ConfigureWolverine(WolverineOptions options)
    {
        options.PublishMessage<OffersEvents.QuoteAccepted>().ToLocalQueue(Queue).UseDurableInbox();
        options.PublishMessage<Integration.TerminateContractForTotalLoss>().ToLocalQueue(Queue).UseDurableInbox();
        options.PublishMessage<EndWithdrawalPeriod>().ToLocalQueue(Queue).UseDurableInbox();
        options.PublishMessage<AnnounceEndOfTerm>().ToLocalQueue(Queue).UseDurableInbox();
        options.PublishMessage<CloseReturnedFile>().ToLocalQueue(Queue).UseDurableInbox();
        options.PublishMessage<RunDunning>().ToLocalQueue(Queue).UseDurableInbox();
        options.PublishMessage<ProcessBillingBatch>().ToLocalQueue(BillingQueue).UseDurableInbox().Sequential();
    }

    public IEnumerable<AuditedAggregate> AuditedAggregates =>
    [
        new(typeof(Contract), "Contract"), new(typeof(Invoice), "Invoice"), new(typeof(BillingRun), "Billing run"),
        new(typeof(ContractSettings), "Contract settings"),
    ];

    public IEnumerable<AdminNavItem> Navigation =>
    [
        new("Contrats", "Contrats", "Contracts", "contracts", "description", Policies.ContractReading, 20),
        new("Contrats", "Tâches contrats", "Contract tasks", "contracts/tasks", "checklist", Policies.ContractReading, 21),
        new("Contrats", "Facturation", "Billing run", "contracts/billing", "receipt_long", Policies.ContractManagement, 22),
        new("Contrats", "Paramètres contrats", "Contract settings", "contracts/settings", "tune", Policies.ContractManagement, 23),
    ];

    private string Schema => ((ILeasingModule)this).Schema;
}
