using System.Globalization;
using System.Text.Json.Serialization;
using Leasing.Accounts.Features;
using Leasing.Host.Health;
using Leasing.Host.Http;
using Leasing.Kernel.Modules;
using Leasing.Web;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Scalar.AspNetCore;
using Serilog;
using Serilog.Events;
using Wolverine.Http;

namespace Leasing.Host.Composition;

/// <summary>The composition root: what the Host registers and the order of its HTTP pipeline.</summary>
public static class LeasingHost
{
    public static async Task AddLeasingAsync(this WebApplicationBuilder builder)
    {
        builder.AddLeasingLogging();
        // Serve the admin's files (Radzen, Blazor, the Web project) from the build output in every environment,
        // not only Development: the README's run command starts the Host as it is built. A published Host has them in wwwroot.
        builder.WebHost.UseStaticWebAssets();
        var modules = LeasingModules.All;
        var database = await builder.ResolveDatabaseAsync();
        // One node (the embedded default, a test run) runs every durable agent itself; a shared server may have several Hosts.
        var solo = builder.Configuration.GetValue("Leasing:Solo", database.Embedded);

        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        foreach (var module in modules)
        {
            services.AddSingleton(module);
            module.AddServices(services, builder.Configuration);
        }
        services.AddLeasingMarten(database.ConnectionString, modules, solo);
        builder.AddLeasingWolverine(modules, solo);
        services.AddWolverineHttp();
        // Enums travel by name ("Unlock", "LOA"), never by number: clients and auditors read them.
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddLeasingAuth();
        services.AddLeasingRateLimits(builder.Configuration);
        services.AddProblemDetails();
        services.AddExceptionHandler<ConcurrencyConflictHandler>();
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
        services.AddLocalization();
        services.AddLeasingAdmin();

        var seedUsers = builder.Configuration.GetValue("Leasing:SeedUsers", database.Embedded);
        if (seedUsers) services.AddHostedService<SeedUsersOnFirstStart>();
    }

    public static void UseLeasing(this WebApplication app)
    {
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseSerilogRequestLogging();
        app.UseExceptionHandler();
        app.UseStatusCodePages(); // empty 401/403/404 answers get a ProblemDetails body
        app.UseRequestLocalization(options =>
        {
            options.SetDefaultCulture("fr-FR").AddSupportedCultures(AccountEndpoints.Cultures).AddSupportedUICultures(AccountEndpoints.Cultures);
            // The language is the user's choice (a cookie), not the browser's: the admin is French first.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/scalar").AllowAnonymous();

        app.MapWolverineEndpoints(options =>
        {
            options.ApplyCorrelationIdHeaderToAllEndpoints = true;
            options.MapConcurrencyFailuresToConflict();
        });
        foreach (var module in app.Services.GetServices<ILeasingModule>()) module.MapEndpoints(app);
        app.MapAccountEndpoints();
        app.MapLeasingAdmin();
    }

    private static void AddLeasingLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((_, logging) => logging
            .MinimumLevel.Information()
            // Wolverine logs every handled message at Information: too much for a normal day.
            .MinimumLevel.Override("Wolverine", LogEventLevel.Warning)
            .MinimumLevel.Override("Marten", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .ReadFrom.Configuration(builder.Configuration)
            .Filter.ByExcluding(IsQueryCancelledByItsCaller)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture,
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {Properties:j}{NewLine}{Exception}"));
        Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateLogger();
    }

    /// <summary>
    /// Marten logs a query cancelled through its own token as an error: the projection daemon's reads when a bulk job holds
    /// the projections (<c>ProjectionHold</c>) or the node stops. Whoever cancelled it meant to, so it is not one. A
    /// statement stopped by PostgreSQL (a timeout) is not an <see cref="OperationCanceledException"/> and is still logged.
    /// </summary>
    private static bool IsQueryCancelledByItsCaller(LogEvent logEvent) =>
        logEvent.Exception is OperationCanceledException
        && logEvent.Properties.TryGetValue("SourceContext", out var source)
        && source is ScalarValue { Value: string context } && context.StartsWith("Marten", StringComparison.Ordinal);

    private sealed class SeedUsersOnFirstStart(SeedUsers seed, IConfiguration configuration) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) =>
            seed.SeedIfEmptyAsync(configuration["LEASING_SEED_PASSWORD"], cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
