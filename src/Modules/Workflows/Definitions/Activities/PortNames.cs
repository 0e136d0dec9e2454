namespace Leasing.Workflows.Definitions.Activities;

/// <summary>The rule all chosen port names share: present and distinct, since connections refer to them by name.</summary>
internal static class PortNames
{
    public static IEnumerable<SettingsProblem> Problems(string field, IEnumerable<string?> names)
    {
        var list = names.ToList();
        if (list.Any(string.IsNullOrWhiteSpace))
            yield return new(field, "every name must be given.");
        foreach (var duplicate in list.Where(n => !string.IsNullOrWhiteSpace(n)).GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1))
            yield return new(field, $"'{duplicate.Key}' is given more than once.");
    }
}
