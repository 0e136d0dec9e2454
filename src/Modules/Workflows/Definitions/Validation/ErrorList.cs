namespace Leasing.Workflows.Definitions.Validation;

/// <summary>Collects errors with one phrasing for all rules: "Activity 'qualify': …".</summary>
internal sealed class ErrorList
{
    private readonly List<DefinitionError> _errors = [];

    public IReadOnlyList<DefinitionError> Errors => _errors;

    public void Activity(string activityId, string field, string message) =>
        _errors.Add(new DefinitionError(activityId, field, $"Activity '{activityId}': {message}"));

    public void Definition(string field, string message) => _errors.Add(new DefinitionError(null, field, message));
}
