namespace Leasing.Workflows.Definitions.Diff;

/// <summary>An activity present in both versions whose type or inputs differ; inputs are named, not dumped.</summary>
public sealed record ActivityChange(string ActivityId, string TypeBefore, string TypeAfter, IReadOnlyList<string> ChangedInputs)
{
    public bool TypeChanged => TypeBefore != TypeAfter;

    public override string ToString() => TypeChanged
        ? $"~ activity '{ActivityId}': type {TypeBefore} → {TypeAfter}" + (ChangedInputs.Count > 0 ? $"; inputs {string.Join(", ", ChangedInputs)}" : "")
        : $"~ activity '{ActivityId}' ({TypeAfter}): inputs {string.Join(", ", ChangedInputs)}";
}
