using System.Text.RegularExpressions;

namespace Leasing.Accounts.Domain;

public static partial class UserNames
{
    /// <summary>User names are compared case-insensitively: stored and looked up in lower case.</summary>
    public static string Normalize(string userName) => userName.Trim().ToLowerInvariant();

    public static bool IsValid(string userName) => ValidUserName().IsMatch(userName);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,63}$")]
    private static partial Regex ValidUserName();
}
