namespace Leasing.Workflows.Definitions.Validation;

/// <summary>
/// One reason a definition cannot be published. <see cref="ActivityId"/> lets the designer highlight the box
/// (null for definition-wide problems: variables, triggers, no Start); <see cref="Field"/> is the JSON path of the
/// input or connection at fault; <see cref="Message"/> names the activity so it reads on its own.
/// </summary>
public sealed record DefinitionError(string? ActivityId, string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
