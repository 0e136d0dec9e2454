using Leasing.Workflows.Runtime.Instances;

namespace Leasing.Workflows.ReadModels;

/// <summary>One place an instance stands, said in plain words in both languages (the admin picks one).</summary>
public sealed record CaseStep(string ActivityId, string Kind, string French, string English, DateTimeOffset? DueAt);

/// <summary>"Where is my case": for a lead, a contract or a claim, which workflow runs and what it waits for now.</summary>
public sealed record CaseProgress(Guid InstanceId, string DefinitionId, string DefinitionName, int Version, InstanceStatus Status,
    DateTimeOffset StartedAt, DateTimeOffset? EndedAt, IReadOnlyList<CaseStep> Steps, int StepsDone)
{
    public static CaseProgress Of(WorkflowInstance instance) => new(instance.Id, instance.DefinitionId, instance.DefinitionName, instance.DefinitionVersion,
        instance.Status, instance.StartedAt, instance.EndedAt, StepsOf(instance), instance.Path.Count);

    public static IReadOnlyList<CaseStep> StepsOf(WorkflowInstance instance)
    {
        if (instance.WasCancelled) return [new("", "Cancelled", "Dossier annulé.", "The case was cancelled.", instance.EndedAt)];
        if (instance.Ended) return [new("", "Completed", "Parcours terminé.", "The journey is complete.", instance.EndedAt)];
        var steps = instance.Bookmarks.Select(b => b.Kind switch
        {
            BookmarkKind.Task => new CaseStep(b.ActivityId, "Task",
                $"En attente de la tâche « {b.Task!.Title} »{Who(b.Task, fr: true)}.", $"Waiting for the task \"{b.Task.Title}\"{Who(b.Task, fr: false)}.", b.DueAt),
            BookmarkKind.Event => new CaseStep(b.ActivityId, "Event",
                $"En attente de l'événement {b.EventType}.", $"Waiting for the event {b.EventType}.", null),
            BookmarkKind.Timer => new CaseStep(b.ActivityId, "Timer",
                "En attente d'une échéance.", "Waiting until a set time.", b.DueAt),
            _ => new CaseStep(b.ActivityId, "SubWorkflow", "Un sous-processus est en cours.", "A sub-workflow is running.", null),
        });
        var incidents = instance.Incidents.Select(i => new CaseStep(i.ActivityId, "Incident",
            $"Bloqué à « {i.ActivityId} » : {i.Reason}", $"Stopped at \"{i.ActivityId}\": {i.Reason}", null));
        return incidents.Concat(steps).ToList();
    }

    private static string Who(HumanTaskState task, bool fr) => task.ClaimedBy is { } holder ? (fr ? $", prise par {holder}" : $", taken by {holder}")
        : task.Assignee is { } user ? (fr ? $", confiée à {user}" : $", given to {user}")
        : task.Role is { } role ? (fr ? $" (rôle {role})" : $" (role {role})") : "";
}
