using JasperFx.Events;
using Leasing.Contracts.Domain.Tasks;
using Marten.Events.Projections;

namespace Leasing.Contracts.ReadModels;

public enum ContractTaskStatus { Open, Done }

/// <summary>A contract task as the task lists show it: by role (and company for fleet managers), status and due date.</summary>
public sealed record ContractTask
{
    public Guid Id { get; init; }
    public Guid ContractId { get; init; }
    public string ContractNumber { get; init; } = "";
    public Guid StreamId { get; init; }
    public TaskKind Kind { get; init; }
    public string Role { get; init; } = "";
    public string? Permission { get; init; }
    public string Title { get; init; } = "";
    public string? CompanyId { get; init; }
    public DateOnly? DueOn { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public ContractTaskStatus Status { get; init; }
    public string? Outcome { get; init; }
    public string? ClosedBy { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
}

/// <summary>Inline: a task closes in the transaction of the decision that closes it.</summary>
public sealed partial class ContractTaskProjection : MultiStreamProjection<ContractTask, Guid>
{
    public ContractTaskProjection()
    {
        Identity<TaskRaised>(e => e.TaskId);
        Identity<TaskResolved>(e => e.TaskId);
        Identity<Domain.Billing.DunningStepRecorded>(e => e.TaskId);
        Identity<Domain.Billing.DunningTaskClosed>(e => e.TaskId);
    }

    public static ContractTask Create(TaskRaised e) => new()
    {
        Id = e.TaskId, ContractId = e.ContractId, ContractNumber = e.ContractNumber, StreamId = e.StreamId, Kind = e.Kind, Role = e.Role,
        Permission = e.Permission, Title = e.Title, CompanyId = e.CompanyId, DueOn = e.DueOn, OpenedAt = e.At, Status = ContractTaskStatus.Open,
    };

    public static ContractTask Create(Domain.Billing.DunningStepRecorded e) => new()
    {
        Id = e.TaskId, ContractId = e.ContractId, ContractNumber = e.ContractNumber, StreamId = e.InvoiceId, Kind = TaskKind.Dunning,
        Role = TaskRoles.For(TaskKind.Dunning).Role, Title = e.TaskTitle, CompanyId = e.CompanyId, DueOn = e.TaskDueOn, OpenedAt = e.At,
        Status = ContractTaskStatus.Open,
    };

    public static ContractTask Apply(IEvent<Domain.Billing.DunningTaskClosed> e, ContractTask task) => task with
    {
        Status = ContractTaskStatus.Done, Outcome = e.Data.Outcome, ClosedBy = e.UserName, ClosedAt = e.Data.At,
    };

    public static ContractTask Apply(IEvent<TaskResolved> e, ContractTask task) => task with
    {
        Status = ContractTaskStatus.Done, Outcome = e.Data.Outcome, ClosedBy = e.UserName, ClosedAt = e.Data.At,
    };
}
