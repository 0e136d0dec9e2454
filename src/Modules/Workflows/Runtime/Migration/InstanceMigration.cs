using Leasing.Workflows.Definitions;
using Leasing.Workflows.Runtime.Instances;

namespace Leasing.Workflows.Runtime.Migration;

/// <summary>What moving one instance to another version would do: possible or not, and why, in words a process owner reads.</summary>
public sealed record MigrationCheck(Guid InstanceId, int FromVersion, int ToVersion, bool CanMigrate, IReadOnlyList<string> Notes);

/// <summary>
/// An instance can move to another version when every place it stands (waits, incidents, half-joined Joins) exists
/// in the target with the same type: it then resumes there, on the target's arrows. Its waits keep their ids, so
/// pending timers and open tasks still find them.
/// </summary>
public static class InstanceMigration
{
    public static MigrationCheck Check(WorkflowInstance instance, WorkflowDefinition current, WorkflowDefinition target)
    {
        var notes = new List<string>();
        var ok = true;
        if (instance.Ended) return new(instance.Id, instance.DefinitionVersion, target.Version, false, ["The instance has ended."]);
        if (instance.DefinitionId != target.DefinitionId)
            return new(instance.Id, instance.DefinitionVersion, target.Version, false, [$"The instance runs '{instance.DefinitionId}', not '{target.DefinitionId}'."]);
        if (instance.DefinitionVersion == target.Version)
            return new(instance.Id, instance.DefinitionVersion, target.Version, false, [$"The instance is already on version {target.Version}."]);

        var standing = instance.Bookmarks.Select(b => b.ActivityId)
            .Concat(instance.Incidents.Select(i => i.ActivityId))
            .Concat(instance.JoinArrivals.Keys)
            .Distinct(StringComparer.Ordinal);
        foreach (var activityId in standing)
        {
            var before = current.FindActivity(activityId);
            var after = target.FindActivity(activityId);
            if (after is null)
            {
                ok = false;
                notes.Add($"'{activityId}' does not exist in version {target.Version}.");
            }
            else if (before is not null && before.Type != after.Type)
            {
                ok = false;
                notes.Add($"'{activityId}' is a {before.Type} in version {current.Version} but a {after.Type} in version {target.Version}.");
            }
            else notes.Add($"'{activityId}' exists in version {target.Version}: the instance goes on from there.");
        }
        foreach (var variable in target.Variables.Where(v => !instance.Variables.ContainsKey(v.Name)))
            notes.Add($"The variable '{variable.Name}' is new: it starts with its default value.");
        return new(instance.Id, instance.DefinitionVersion, target.Version, ok, notes);
    }
}
