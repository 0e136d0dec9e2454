using Leasing.Workflows.Commands;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Leasing.Workflows.Definitions.Store;

/// <summary>Where the definitions shipped with the product are (the repository's <c>workflows/</c>, copied next to the Host).</summary>
public sealed record DefinitionFolder(string Path);

/// <summary>
/// Imports each file of the definitions folder as published version 1 when that definition does not exist yet.
/// An existing definition is never touched: once imported, process owners own it.
/// </summary>
public sealed class DefinitionImporter(IDocumentStore store, DefinitionFolder folder, WorkflowCommandCatalogue commands, TimeProvider clock,
    ILogger<DefinitionImporter> logger)
{
    public async Task<IReadOnlyList<string>> ImportAsync(CancellationToken cancellation)
    {
        var imported = new List<string>();
        if (!Directory.Exists(folder.Path))
        {
            logger.LogWarning("No workflow definitions folder at {Folder}.", folder.Path);
            return imported;
        }
        foreach (var file in Directory.GetFiles(folder.Path, "*.json").Order(StringComparer.Ordinal))
        {
            var definition = WorkflowJson.Read(await File.ReadAllTextAsync(file, cancellation));
            await using var session = store.LightweightSession();
            var id = DefinitionHistory.StreamIdOf(definition.DefinitionId);
            if (await session.Events.FetchStreamStateAsync(id, cancellation) is not null) continue;

            var errors = Validation.DefinitionValidator.Validate(definition, commands.Names);
            if (errors.Count > 0)
            {
                logger.LogError("{File} was not imported: {Errors}", file, string.Join("; ", errors));
                continue;
            }
            var now = clock.GetUtcNow();
            session.LastModifiedBy = "system:import";
            session.Events.StartStream<DefinitionHistory>(id,
                new DefinitionDraftSaved(definition.DefinitionId, 1, WorkflowJson.Write(definition with { Version = 1 }), "system:import", now),
                new DefinitionPublished(definition.DefinitionId, 1, null, "system:import", now));
            await session.SaveChangesAsync(cancellation);
            imported.Add(definition.DefinitionId);
            logger.LogInformation("Imported workflow {DefinitionId} from {File} as published version 1.", definition.DefinitionId, file);
        }
        return imported;
    }
}

public sealed class DefinitionImportAtStart(DefinitionImporter importer) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => importer.ImportAsync(stoppingToken);
}
