using Microsoft.AspNetCore.Mvc;

namespace Leasing.Kernel.EventSourcing;

/// <summary>What a command decides given the current state: the events to append, or a refusal to answer.</summary>
public sealed record Decision(IReadOnlyList<object> Events, ProblemDetails? Refusal)
{
    public static Decision Append(params object[] events) => new(events, null);

    public static Decision Refuse(ProblemDetails problem) => new([], problem);
}
