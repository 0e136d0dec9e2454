using JasperFx.Events.Projections;
using Leasing.Kernel.Modules;
using Leasing.Kernel.Security;
using Leasing.Offers.Domain.Quotes;
using Leasing.Offers.Domain.ResidualValues;
using Leasing.Offers.Features.Quotes;
using Leasing.Offers.Features.Pricing;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Weasel.Postgresql;

namespace Leasing.Offers;

/// <summary>Pricing (the LLD/LOA engine and the public simulator), quotes and their negotiation, offer documents.</summary>
public sealed class OffersModule : ILeasingModule
{
    public string Name => "Offers";

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, PricingJsonContext.Default));

    public void ConfigureMarten(StoreOptions options)
    {
        options.Projections.Snapshot<Quote>(SnapshotLifecycle.Inline);
        // The list sorts and filters on these: real columns (indexed) rather than JSON expressions.
        options.Schema.For<Quote>().DatabaseSchemaName(Schema)
            .Duplicate(q => q.Number).Duplicate(q => q.UpdatedAt).Duplicate(q => q.CustomerName).Duplicate(q => q.MonthlyTotal);
        options.Projections.Snapshot<ResidualValueTable>(SnapshotLifecycle.Inline);
        options.Schema.For<ResidualValueTable>().DatabaseSchemaName(Schema);
        options.Storage.ExtendedSchemaObjects.Add(new Sequence(new PostgresqlObjectName(QuoteNumbers.Schema, QuoteNumbers.Sequence)));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => SimulatePricingEndpoint.Map(endpoints);

    public IEnumerable<AuditedAggregate> AuditedAggregates =>
        [new(typeof(Quote), "Quote"), new(typeof(ResidualValueTable), "Residual-value table")];

    public IEnumerable<AdminNavItem> Navigation =>
    [
        new("Offres", "Simulateur", "Simulator", "offers/simulator", "calculate", Policies.Sales, 10),
        new("Offres", "Devis", "Quotes", "offers/quotes", "request_quote", Policies.Sales, 11),
        new("Offres", "Valeurs résiduelles", "Residual values", "offers/residual-values", "table_chart", Policies.Sales, 12),
    ];

    private string Schema => ((ILeasingModule)this).Schema;
}
