using Leasing.Kernel.Security;

namespace Leasing.Contracts.Domain.Tasks;

/// <summary>Who each kind of task goes to.</summary>
public static class TaskRoles
{
    public static (string Role, string? Permission) For(TaskKind kind) => kind switch
    {
        TaskKind.FinancingDecision => (Roles.BackOffice, Permissions.Credit),
        TaskKind.FleetMileageAlert => (Roles.FleetManager, null),
        _ => (Roles.BackOffice, null),
    };

    public static TaskRaised Open(Guid taskId, Guid contractId, string contractNumber, TaskKind kind, string title, DateOnly? dueOn,
        string? companyId, Guid streamId, DateTimeOffset at)
    {
        var (role, permission) = For(kind);
        return new TaskRaised(taskId, contractId, contractNumber, kind, role, permission, title, dueOn, companyId, streamId, at);
    }
}
