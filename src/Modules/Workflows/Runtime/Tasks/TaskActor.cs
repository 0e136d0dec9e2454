using Leasing.Kernel.Security;

namespace Leasing.Workflows.Runtime.Tasks;

/// <summary>Who acts on a task: their user name and roles, as the signed-in principal carries them.</summary>
public sealed record TaskActor(string UserName, IReadOnlySet<string> Roles)
{
    /// <summary>Admins and sales managers supervise the inbox: they may take, give or release anyone's task.</summary>
    public bool Supervises => Roles.Contains(Kernel.Security.Roles.Admin) || Roles.Contains(Kernel.Security.Roles.SalesManager);

    public static TaskActor System { get; } = new("system", new HashSet<string> { Kernel.Security.Roles.Admin });
}
