using System.Diagnostics.CodeAnalysis;

namespace Leasing.Workflows.Expressions;

/// <summary>
/// The value an expression produced, or why it produced none. Expressions are written by process owners, so a
/// failure is an ordinary answer (it becomes an incident), never an exception thrown at the runtime.
/// </summary>
public sealed record ExpressionResult<T>
{
    private ExpressionResult(T? value, ExpressionFailure? failure) => (Value, Failure) = (value, failure);

    public T? Value { get; }

    public ExpressionFailure? Failure { get; }

    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Failure is null;

    public static ExpressionResult<T> Ok(T? value) => new(value, null);

    public static ExpressionResult<T> Fail(ExpressionFailure failure) => new(default, failure);

    public static ExpressionResult<T> Fail(ExpressionFailureKind kind, string reason) => Fail(new ExpressionFailure(kind, reason));

    public override string ToString() => Succeeded ? $"Ok({Value})" : $"Failed({Failure})";
}
