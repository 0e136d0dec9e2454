using System.Security.Claims;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Workflows.Definitions.Store;
using Leasing.Workflows.Runtime.Hosting;
using Leasing.Workflows.Runtime.Instances;
using Leasing.Workflows.Runtime.Migration;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Workflows.Features.Instances;

/// <param name="DryRun">True: say what would happen and change nothing.</param>
public sealed record MigrateInstances(string? DefinitionId, int? ToVersion, IReadOnlyList<Guid>? InstanceIds, bool DryRun);

/// <summary>
/// Moves chosen running instances to another version of their definition, each only where its current activities
/// exist in the target. The dry run answers the same report without appending anything.
/// </summary>
public static class MigrateInstancesEndpoint
{
    public static ProblemDetails Validate(MigrateInstances command) => new FieldErrors()
        .Required(command.DefinitionId, "definitionId").Required(command.ToVersion, "toVersion")
        .When(command.InstanceIds is null || command.InstanceIds.Count == 0, "instanceIds", "Choose at least one instance.")
        .When(command.InstanceIds?.Count > 500, "instanceIds", "At most 500 instances per migration.")
        .ToProblem();

    [Authorize(Policy = Policies.ProcessOwners)]
    [WolverinePost("/api/workflows/migrations", Name = "MigrateWorkflowInstances")]
    [Tags("Workflow instances")]
    public static async Task<IResult> Post(MigrateInstances command, ClaimsPrincipal user, IDocumentSession session, DefinitionCatalog catalog,
        TimeProvider clock, CancellationToken cancellation)
    {
        var history = await session.LoadAsync<DefinitionHistory>(DefinitionHistory.StreamIdOf(command.DefinitionId!), cancellation);
        if (history?.Versions.Find(command.ToVersion!.Value) is not { } target)
            return Results.Problem(Problems.Field("toVersion", $"'{command.DefinitionId}' has no version {command.ToVersion}."));
        if (target.Status == Leasing.Workflows.Definitions.Versions.VersionStatus.Draft)
            return Results.Problem(Problems.Field("toVersion", $"Version {target.Number} is a draft: publish it first."));

        var checks = new List<MigrationCheck>();
        foreach (var id in command.InstanceIds!.Distinct())
        {
            if (await InstanceStore.LoadAsync(session, id, cancellation) is not { } instance)
            {
                checks.Add(new MigrationCheck(id, 0, target.Number, false, ["No such instance."]));
                continue;
            }
            var current = await catalog.GetAsync(session, instance.DefinitionId, instance.DefinitionVersion, cancellation);
            var check = InstanceMigration.Check(instance, current, target.Definition);
            checks.Add(check);
            if (check.CanMigrate && !command.DryRun)
                InstanceStore.Append(session, instance, new InstanceMigrated(instance.DefinitionVersion, target.Number, user.NameOf(), clock.GetUtcNow()));
        }
        return Results.Ok(new { dryRun = command.DryRun, migrated = command.DryRun ? 0 : checks.Count(c => c.CanMigrate), checks });
    }
}
