using Leasing.Web.Shared;
using Leasing.Workflows.Definitions.Versions;
using Leasing.Workflows.ReadModels;
using Leasing.Workflows.Runtime.Instances;
using Radzen;

namespace Leasing.Web.Pages.Workflows;

/// <summary>The words and badge colours of workflow states, in both languages.</summary>
public static class WorkflowTexts
{
    public static string Status(VersionStatus status) => status switch
    {
        VersionStatus.Draft => L.T("brouillon", "draft"),
        VersionStatus.Published => L.T("publiée", "published"),
        _ => L.T("retirée", "retired"),
    };

    public static BadgeStyle Badge(VersionStatus status) => status switch
    {
        VersionStatus.Draft => BadgeStyle.Warning,
        VersionStatus.Published => BadgeStyle.Success,
        _ => BadgeStyle.Light,
    };

    public static string Status(InstanceStatus status) => status switch
    {
        InstanceStatus.Running => L.T("en cours", "running"),
        InstanceStatus.Waiting => L.T("en attente", "waiting"),
        InstanceStatus.Faulted => L.T("en incident", "faulted"),
        InstanceStatus.Completed => L.T("terminée", "completed"),
        _ => L.T("annulée", "cancelled"),
    };

    public static BadgeStyle Badge(InstanceStatus status) => status switch
    {
        InstanceStatus.Running => BadgeStyle.Info,
        InstanceStatus.Waiting => BadgeStyle.Primary,
        InstanceStatus.Faulted => BadgeStyle.Danger,
        InstanceStatus.Completed => BadgeStyle.Success,
        _ => BadgeStyle.Light,
    };

    public static string Status(HumanTaskStatus status) => status switch
    {
        HumanTaskStatus.Open => L.T("ouverte", "open"),
        HumanTaskStatus.Completed => L.T("terminée", "completed"),
        _ => L.T("annulée", "cancelled"),
    };

    /// <summary>"2 h 05", "35 min", "3 j 4 h": how long until, or since, a due time.</summary>
    public static string Span(TimeSpan span)
    {
        span = span.Duration();
        if (span.TotalDays >= 1) return L.T($"{(int)span.TotalDays} j {span.Hours} h", $"{(int)span.TotalDays} d {span.Hours} h");
        if (span.TotalHours >= 1) return $"{(int)span.TotalHours} h {span.Minutes:00}";
        return $"{Math.Max(0, (int)span.TotalMinutes)} min";
    }
}
