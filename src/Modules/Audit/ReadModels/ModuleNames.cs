namespace Leasing.Audit.ReadModels;

public static class ModuleNames
{
    /// <summary>
    /// The module an event belongs to, from its .NET type: <c>Leasing.Accounts.Domain.UserSignedIn</c> → Accounts.
    /// Event types live in their module's assembly, so the namespace is the module.
    /// </summary>
    public static string Of(string? dotNetTypeName)
    {
        if (string.IsNullOrEmpty(dotNetTypeName)) return "Other";
        var parts = dotNetTypeName.Split('.', 3);
        return parts.Length >= 3 && parts[0] == "Leasing" ? parts[1] : "Other";
    }

    public static string Of(Type type) => Of(type.FullName);
}
