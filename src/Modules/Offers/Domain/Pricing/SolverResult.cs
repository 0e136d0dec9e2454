using Leasing.Kernel.Validation;

namespace Leasing.Offers.Domain.Pricing;

/// <summary>
/// The answer to an inverse question. A target no input in range can reach is a normal outcome
/// (a user typing a rent that is too low), so it is a value naming the field to blame, not an exception.
/// </summary>
public sealed record SolverResult
{
    private SolverResult(decimal? value, string? field, string? error) => (Value, Field, Error) = (value, field, error);

    public decimal? Value { get; }

    /// <summary>The <see cref="PricingFields"/> name of the input that cannot be met.</summary>
    public string? Field { get; }

    public string? Error { get; }

    public bool Succeeded => Value is not null;

    public static SolverResult Ok(decimal value) => new(value, null, null);

    public static SolverResult Fail(string field, string error) => new(null, field, error);

    /// <summary>For a 400 answer: the failure keyed by its field; empty on success.</summary>
    public FieldErrors ToFieldErrors() => Succeeded ? new FieldErrors() : new FieldErrors().Add(Field!, Error!);
}
