namespace Leasing.Claims.Tests;

/// <summary>Files of the repository the tests run from (the shipped workflow definitions).</summary>
internal static class Repository
{
    public static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Leasing.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Leasing.sln not found above the test folder.");
    }
}
