using Leasing.Workflows.Definitions.Activities;
using Leasing.Workflows.Expressions;

namespace Leasing.Workflows.Definitions.Validation;

/// <summary>
/// Everything a definition must satisfy before it is published, so that a published version never stops an
/// instance for a reason visible at design time. Every error is reported at once (the designer shows them all),
/// each naming its activity.
/// </summary>
public static class DefinitionValidator
{
    /// <param name="commands">The commands modules registered for SendCommand (e.g. "QualifyLead").</param>
    /// <param name="sandbox">Parses the JavaScript; the default sandbox when not given.</param>
    /// <returns>Empty when the definition may be published.</returns>
    public static IReadOnlyList<DefinitionError> Validate(WorkflowDefinition definition, IReadOnlySet<string> commands,
        ExpressionSandbox? sandbox = null)
    {
        sandbox ??= ExpressionSandbox.Default;
        var errors = new ErrorList();
        var variables = definition.Variables.Select(v => v.Name).Where(n => n is not null).ToHashSet(StringComparer.Ordinal);

        DefinitionRules.Check(definition, sandbox, errors);
        var settings = ActivityRules.Check(definition, new SettingsContext(commands, variables), sandbox, errors);
        StructureRules.Check(definition, settings, errors);
        return errors.Errors;
    }
}
