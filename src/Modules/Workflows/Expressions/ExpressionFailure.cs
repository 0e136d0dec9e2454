namespace Leasing.Workflows.Expressions;

/// <summary>What went wrong with an expression, in words fit for an incident or a validation message.</summary>
public sealed record ExpressionFailure(ExpressionFailureKind Kind, string Reason)
{
    public override string ToString() => $"{Kind}: {Reason}";
}
