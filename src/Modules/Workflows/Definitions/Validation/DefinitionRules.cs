using Leasing.Workflows.Expressions;

namespace Leasing.Workflows.Definitions.Validation;

/// <summary>Rules about the definition as a whole: its identity, its variables and its triggers.</summary>
internal static class DefinitionRules
{
    public static void Check(WorkflowDefinition definition, ExpressionSandbox sandbox, ErrorList errors)
    {
        if (string.IsNullOrWhiteSpace(definition.DefinitionId)) errors.Definition("definitionId", "The definition has no definitionId.");
        if (string.IsNullOrWhiteSpace(definition.Name)) errors.Definition("name", "The definition has no name.");

        for (var i = 0; i < definition.Variables.Count; i++)
        {
            var variable = definition.Variables[i];
            var at = $"variables[{i}]";
            if (string.IsNullOrWhiteSpace(variable.Name)) errors.Definition($"{at}.name", $"Variable {i} has no name.");
            if (!VariableTypes.IsKnown(variable.Type))
                errors.Definition($"{at}.type", $"Variable '{variable.Name}' has the unknown type '{variable.Type}' (known: {string.Join(", ", VariableTypes.All)}).");
            else if (variable.Default is { } value && !VariableTypes.Accepts(variable.Type, value))
                errors.Definition($"{at}.default", $"The default of variable '{variable.Name}' is not a {variable.Type.ToLowerInvariant()}.");
        }
        foreach (var duplicate in definition.Variables.Where(v => !string.IsNullOrWhiteSpace(v.Name))
                     .GroupBy(v => v.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            errors.Definition("variables", $"Variable '{duplicate.Key}' is declared more than once.");

        for (var i = 0; i < definition.Triggers.Count; i++)
        {
            var trigger = definition.Triggers[i];
            if (string.IsNullOrWhiteSpace(trigger.EventType)) errors.Definition($"triggers[{i}].eventType", $"Trigger {i} names no event type.");
            if (sandbox.Check(trigger.Correlation) is { } failure)
                errors.Definition($"triggers[{i}].correlation", $"The correlation of trigger '{trigger.EventType}' is not valid JavaScript: {failure.Reason}");
        }
    }
}
