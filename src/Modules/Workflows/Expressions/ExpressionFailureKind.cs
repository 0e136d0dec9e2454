namespace Leasing.Workflows.Expressions;

/// <summary>Why an expression gave no usable value. Limits are told apart so an incident says what to fix.</summary>
public enum ExpressionFailureKind
{
    /// <summary>The text is not JavaScript (or is empty).</summary>
    Syntax,
    /// <summary>It ran longer than the sandbox's time limit (e.g. an endless loop).</summary>
    Timeout,
    /// <summary>It allocated more than the sandbox's memory limit.</summary>
    Memory,
    /// <summary>It called functions deeper than the sandbox's recursion limit.</summary>
    Recursion,
    /// <summary>It executed more statements than the sandbox allows.</summary>
    StatementLimit,
    /// <summary>It threw: a ReferenceError, a TypeError, an explicit <c>throw</c>.</summary>
    Runtime,
    /// <summary>It ran, but its value is not of the kind the caller needs (a condition that is not a boolean).</summary>
    WrongType,
}
