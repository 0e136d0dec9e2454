namespace Leasing.Workflows.Definitions;

/// <summary>
/// An integration event that starts an instance, e.g. <c>LeadCaptured</c>. <see cref="Correlation"/> is a
/// JavaScript expression evaluated with the event as <c>input</c> (e.g. <c>input.leadId</c>); its value becomes
/// the instance's correlation key, which later events use to find the instance again.
/// </summary>
public sealed record WorkflowTrigger(string EventType, string Correlation);
