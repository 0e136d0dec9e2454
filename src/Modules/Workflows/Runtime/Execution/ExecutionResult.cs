namespace Leasing.Workflows.Runtime.Execution;

/// <summary>
/// The events to append (in order), the effects to send, and the state they lead to; or why the stimulus was
/// refused (the wait it names is gone, the outcome does not exist...). A refusal appends nothing; one caused by a
/// bad input names the input (<see cref="RefusedField"/>) so the caller answers 400 rather than 409.
/// </summary>
public sealed record ExecutionResult(IReadOnlyList<object> Events, IReadOnlyList<RuntimeEffect> Effects, Instances.WorkflowInstance State, string? Refusal = null,
    string? RefusedField = null)
{
    public bool Refused => Refusal is not null;

    /// <summary>Nothing to do: the wait was already resumed (a redelivered message). Not an error.</summary>
    public bool Nothing => Refusal is null && Events.Count == 0;
}
