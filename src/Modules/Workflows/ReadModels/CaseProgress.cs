using Leasing.Workflows.Definitions;
using Leasing.Workflows.Runtime.Instances;

namespace Leasing.Workflows.ReadModels;

/// <summary>One place an instance stands, said in plain words in both languages (the admin picks one).</summary>
/// <param name="Step">The activity's name in the definition ("2. Visite en concession"), when it has one.</param>
public sealed record CaseStep(string ActivityId, string? Step, string Kind, string French, string English, DateTimeOffset? DueAt);

/// <summary>"Where is my case": for a lead, a contract or a claim, which workflow runs and what it waits for now.</summary>
public sealed record CaseProgress(Guid InstanceId, string DefinitionId, string DefinitionName, int Version, InstanceStatus Status,
    DateTimeOffset StartedAt, DateTimeOffset? EndedAt, IReadOnlyList<CaseStep> Steps, int StepsDone)
{
    public static CaseProgress Of(WorkflowInstance instance, WorkflowDefinition? definition) => new(instance.Id, instance.DefinitionId,
        instance.DefinitionName, instance.DefinitionVersion, instance.Status, instance.StartedAt, instance.EndedAt, StepsOf(instance, definition),
        instance.Path.Count);

    /// <summary>Failures first, then the people's tasks, the awaited events and the timers: what someone must act on comes first.</summary>
    public static IReadOnlyList<CaseStep> StepsOf(WorkflowInstance instance, WorkflowDefinition? definition)
    {
        if (instance.WasCancelled) return [new("", null, "Cancelled", "Dossier annulé.", "The case was cancelled.", instance.EndedAt)];
        if (instance.Ended) return [new("", null, "Completed", "Parcours terminé.", "The journey is complete.", instance.EndedAt)];
        string? NameOf(string activityId) => definition?.FindActivity(activityId)?.Name;
        var incidents = instance.Incidents.Select(i => Prefixed(new CaseStep(i.ActivityId, NameOf(i.ActivityId), "Incident",
            $"Bloqué à « {i.ActivityId} » : {i.Reason}", $"Stopped at \"{i.ActivityId}\": {i.Reason}", null)));
        var waits = instance.Bookmarks.OrderBy(b => b.Kind switch { BookmarkKind.Task => 0, BookmarkKind.Event => 1, BookmarkKind.SubWorkflow => 2, _ => 3 })
            .Select(b => Prefixed(b.Kind switch
            {
                BookmarkKind.Task => new CaseStep(b.ActivityId, NameOf(b.ActivityId), "Task",
                    $"En attente de la tâche « {b.Task!.Title} »{Who(b.Task, fr: true)}.", $"Waiting for the task \"{b.Task.Title}\"{Who(b.Task, fr: false)}.", b.DueAt),
                BookmarkKind.Event => new CaseStep(b.ActivityId, NameOf(b.ActivityId), "Event",
                    $"En attente de {AwaitedEvents.French(b.EventType!)}.", $"Waiting for {AwaitedEvents.English(b.EventType!)}.", null),
                BookmarkKind.Timer => new CaseStep(b.ActivityId, NameOf(b.ActivityId), "Timer",
                    "En attente d'une échéance.", "Waiting until a set time.", b.DueAt),
                _ => new CaseStep(b.ActivityId, NameOf(b.ActivityId), "SubWorkflow", "Un sous-processus est en cours.", "A sub-workflow is running.", null),
            }));
        return incidents.Concat(waits).ToList();
    }

    /// <summary>A named step reads "2. Visite en concession — en attente de …".</summary>
    private static CaseStep Prefixed(CaseStep step) => step.Step is not { } name ? step
        : step with { French = $"{name} — {Lower(step.French)}", English = $"{name} — {Lower(step.English)}" };

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static string Who(HumanTaskState task, bool fr) => task.ClaimedBy is { } holder ? (fr ? $", prise par {holder}" : $", taken by {holder}")
        : task.Assignee is { } user ? (fr ? $", confiée à {user}" : $", given to {user}")
        : task.Role is { } role ? (fr ? $" (rôle {role})" : $" (role {role})") : "";
}
