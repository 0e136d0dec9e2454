using JasperFx.Events.Projections;
using Leasing.Claims.Domain;
using Leasing.Claims.Features;
using Leasing.Claims.ReadModels;
using Leasing.Kernel.Modules;
using Leasing.Kernel.Security;
using Marten;
using Weasel.Postgresql;
using Wolverine;
using ContractEvents = Leasing.Contracts.IntegrationEvents;
using Integration = Leasing.Claims.IntegrationEvents;

namespace Leasing.Claims;

/// <summary>
/// Claims: declaration (hotline, driver, fleet manager), assistance, replacement vehicle, expert, repair, insurer and
/// settlement, total loss through Contracts; the work is orchestrated by the claim-handling workflow.
/// </summary>
public sealed class ClaimsModule : ILeasingModule
{
    public const string Queue = "claims";

    public string Name => "Claims";

    public void ConfigureMarten(StoreOptions options)
    {
        options.Projections.Snapshot<Claim>(SnapshotLifecycle.Inline);
        // Lists, inboxes and dashboards filter and sort on these: real columns rather than JSON expressions.
        options.Schema.For<Claim>().DatabaseSchemaName(Schema)
            .Duplicate(c => c.Number).Duplicate(c => c.ContractId).Duplicate(c => c.CompanyId).Duplicate(c => c.Registration)
            .Duplicate(c => c.Stage).Duplicate(c => c.DeclaredAt).Duplicate(c => c.ClosedAt);
        options.Schema.For<InsuredVehicle>().DatabaseSchemaName(Schema).Duplicate(v => v.RegistrationKey).Duplicate(v => v.CompanyId);
        options.Schema.For<DeclarationCode>().DatabaseSchemaName(Schema).Duplicate(c => c.RegistrationKey).Duplicate(c => c.CreatedAt);
        options.Schema.For<DriverMessage>().DatabaseSchemaName(Schema).Duplicate(m => m.At);
        options.Storage.ExtendedSchemaObjects.Add(new Sequence(new PostgresqlObjectName(AttachmentContent.Schema, ClaimDeclaration.NumberSequence)));
        options.Storage.ExtendedSchemaObjects.Add(AttachmentContent.Table());
    }

    /// <summary>Contracts' events and the workflows' commands arrive on the claims' durable local queue: none is lost if the Host stops.</summary>
    public void ConfigureWolverine(WolverineOptions options)
    {
        options.PublishMessage<ContractEvents.VehicleDelivered>().ToLocalQueue(Queue).UseDurableInbox();
        options.PublishMessage<ContractEvents.ContractTerminated>().ToLocalQueue(Queue).UseDurableInbox();
        options.PublishMessage<ContractEvents.VehicleReturned>().ToLocalQueue(Queue).UseDurableInbox();
        options.PublishMessage<ContractEvents.ContractClosed>().ToLocalQueue(Queue).UseDurableInbox();
        options.PublishMessage<ContractEvents.PurchaseOptionExercised>().ToLocalQueue(Queue).UseDurableInbox();
        options.PublishMessage<Integration.TriageClaim>().ToLocalQueue(Queue).UseDurableInbox();
        options.PublishMessage<Integration.DecideRepairApproval>().ToLocalQueue(Queue).UseDurableInbox();
        options.PublishMessage<Integration.CloseClaim>().ToLocalQueue(Queue).UseDurableInbox();
    }

    public IEnumerable<AuditedAggregate> AuditedAggregates => [new(typeof(Claim), "Claim")];

    public IEnumerable<AdminNavItem> Navigation =>
    [
        new("Sinistres", "Corbeille sinistres", "Claims inbox", "claims/inbox", "inbox", Policies.ClaimsHandling, 30),
        new("Sinistres", "Sinistres", "Claims", "claims", "car_crash", Policies.ReadClaims, 31),
        new("Sinistres", "Déclarer un sinistre", "Declare a claim", "claims/new", "add_alert", Policies.DeclareClaims, 32),
        new("Sinistres", "Pilotage sinistres", "Claims dashboard", "claims/dashboard", "monitoring", Policies.ClaimsHandling, 33),
    ];

    private string Schema => ((ILeasingModule)this).Schema;
}
