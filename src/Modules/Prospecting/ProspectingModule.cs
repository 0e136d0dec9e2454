using JasperFx.Events.Projections;
using Leasing.Kernel.Modules;
using Leasing.Kernel.Security;
using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.Domain.PointsOfSale;
using Leasing.Prospecting.Domain.Privacy;
using Leasing.Prospecting.Domain.Sources;
using Leasing.Prospecting.Features;
using Marten;
using Wolverine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Leasing.Prospecting;

/// <summary>Leads from every channel, qualified within their SLA, routed to advisors, measured by source.</summary>
public sealed class ProspectingModule : ILeasingModule
{
    public string Name => "Prospecting";

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddSingleton<LeadImporter>();

    public void ConfigureMarten(StoreOptions options)
    {
        options.Projections.Snapshot<Lead>(SnapshotLifecycle.Inline);
        // The inbox and duplicate detection filter on these: real columns rather than JSON expressions. The team and
        // "mine" views page open leads newest first: their indexes hold only open leads, in that order.
        options.Schema.For<Lead>().DatabaseSchemaName(Schema)
            .Duplicate(l => l.PointOfSaleId, configure: OpenLeadsNewestFirst("point_of_sale_id")).Duplicate(l => l.CapturedAt)
            .Duplicate(l => l.AdvisorId, configure: OpenLeadsNewestFirst("advisor_id")).Duplicate(l => l.AssignedAt)
            .Duplicate(l => l.ClosedAt).Index(l => l.Contact.Email).Index(l => l.Contact.Phone);
        options.Projections.Add<ReadModels.LeadStatisticsProjection>(ProjectionLifecycle.Async);
        options.Schema.For<ReadModels.LeadStatisticsRow>().DatabaseSchemaName(Schema).Duplicate(r => r.CapturedAt);
        options.Projections.Snapshot<PointOfSale>(SnapshotLifecycle.Inline);
        options.Schema.For<PointOfSale>().DatabaseSchemaName(Schema).UniqueIndex(p => p.Code);
        options.Schema.For<LeadIntakeReceipt>().DatabaseSchemaName(Schema);
        options.Projections.Snapshot<ManagedSourceCatalogue>(SnapshotLifecycle.Inline);
        options.Schema.For<ManagedSourceCatalogue>().DatabaseSchemaName(Schema);
        // Erasure requests rewrite these events with the person's data masked (ApplyEventDataMasking).
        options.Events.AddMaskingRuleForProtectedInformation<LeadCaptured>(PersonalDataErasure.Mask);
        options.Events.AddMaskingRuleForProtectedInformation<LeadMerged>(PersonalDataErasure.Mask);
        options.Events.AddMaskingRuleForProtectedInformation<ActivityLogged>(PersonalDataErasure.Mask);
        options.Events.AddMaskingRuleForProtectedInformation<FollowUpScheduled>(PersonalDataErasure.Mask);
        options.Events.AddMaskingRuleForProtectedInformation<LeadLost>(PersonalDataErasure.Mask);
    }

    private static Action<Marten.Schema.DocumentIndex> OpenLeadsNewestFirst(string column) => index =>
    {
        index.Columns = [column, "captured_at"];
        index.Predicate = "closed_at is null";
    };

    /// <summary>Other modules' integration events arrive on a durable local queue: none is lost if the Host stops.</summary>
    public void ConfigureWolverine(WolverineOptions options)
    {
        options.PublishMessage<Offers.IntegrationEvents.QuoteSent>().ToLocalQueue("prospecting").UseDurableInbox();
        options.PublishMessage<IntegrationEvents.RequestLeadFollowUp>().ToLocalQueue("prospecting").UseDurableInbox();
        options.PublishMessage<Contracts.IntegrationEvents.ContractSigned>().ToLocalQueue("prospecting").UseDurableInbox();
    }

    public IEnumerable<AuditedAggregate> AuditedAggregates =>
        [new(typeof(Lead), "Lead"), new(typeof(PointOfSale), "Point of sale"), new(typeof(ManagedSourceCatalogue), "Lead sources")];

    public IEnumerable<AdminNavItem> Navigation =>
    [
        new("Prospection", "Leads", "Leads", "prospecting/leads", "inbox", Policies.Sales, 1),
        new("Prospection", "Pilotage", "Dashboard", "prospecting/dashboard", "insights", Policies.SalesManagement, 2),
        new("Prospection", "Import", "Import", "prospecting/import", "upload_file", Policies.Sales, 3),
        new("Prospection", "Sources et points de vente", "Sources and points of sale", "prospecting/settings", "tune", Policies.SalesManagement, 4),
    ];

    private string Schema => ((ILeasingModule)this).Schema;
}
