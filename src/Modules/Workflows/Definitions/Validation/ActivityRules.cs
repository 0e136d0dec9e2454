using Leasing.Workflows.Definitions.Activities;
using Leasing.Workflows.Expressions;

namespace Leasing.Workflows.Definitions.Validation;

/// <summary>Rules about each activity on its own: its id, its type, its inputs and the JavaScript in them.</summary>
internal static class ActivityRules
{
    /// <returns>The settings of the activities whose inputs could be read, by id (the first of a duplicated id).</returns>
    public static Dictionary<string, ActivitySettings> Check(WorkflowDefinition definition, SettingsContext context,
        ExpressionSandbox sandbox, ErrorList errors)
    {
        var settings = new Dictionary<string, ActivitySettings>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Root.Activities.Count; i++)
        {
            var activity = definition.Root.Activities[i];
            if (string.IsNullOrWhiteSpace(activity.Id))
            {
                errors.Definition($"activities[{i}].id", $"The {activity.Type} activity at position {i} has no id.");
                continue;
            }
            if (!seen.Add(activity.Id))
            {
                errors.Activity(activity.Id, "id", "another activity has the same id; connections could not tell them apart.");
                continue;
            }
            if (!ActivityTypes.IsKnown(activity.Type))
            {
                errors.Activity(activity.Id, "type", $"'{activity.Type}' is not an activity type (known: {string.Join(", ", ActivityTypes.All)}).");
                continue;
            }

            var read = ActivitySettingsReader.Read(activity);
            if (read.Settings is null)
            {
                errors.Activity(activity.Id, "inputs", read.Error!);
                continue;
            }
            settings[activity.Id] = read.Settings;

            foreach (var problem in read.Settings.Problems(context))
                errors.Activity(activity.Id, $"inputs.{problem.Field}", problem.Message);
            foreach (var expression in read.Settings.Expressions())
                if (sandbox.Check(expression.Expression) is { } failure)
                    errors.Activity(activity.Id, $"inputs.{expression.Field}", $"'{expression.Field}' is not valid JavaScript: {failure.Reason}");
        }
        return settings;
    }
}
