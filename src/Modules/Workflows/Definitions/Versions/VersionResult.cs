using System.Diagnostics.CodeAnalysis;
using Leasing.Workflows.Definitions.Validation;

namespace Leasing.Workflows.Definitions.Versions;

/// <summary>A lifecycle step's new state, or why it was refused (with the validation errors when publishing failed).</summary>
public sealed record VersionResult<T> where T : class
{
    private VersionResult(T? value, string? refusal, IReadOnlyList<DefinitionError> errors) =>
        (Value, Refusal, Errors) = (value, refusal, errors);

    public T? Value { get; }

    public string? Refusal { get; }

    public IReadOnlyList<DefinitionError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Succeeded => Refusal is null;

    public static VersionResult<T> Ok(T value) => new(value, null, []);

    public static VersionResult<T> Refuse(string reason, IReadOnlyList<DefinitionError>? errors = null) => new(null, reason, errors ?? []);
}
