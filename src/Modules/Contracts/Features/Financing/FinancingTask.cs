using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Tasks;
using Leasing.Contracts.Features.Shared;
using Leasing.Kernel.Ids;

namespace Leasing.Contracts.Features.Financing;

/// <summary>
/// The decision task goes to the financing body once the file can be decided: every required document received and the
/// file scored. Opened once; a file that becomes incomplete again (a document rejected) keeps its task.
/// </summary>
public static class FinancingTask
{
    public static ContractChange OpenIfReady(ContractChange change, Contract contract, bool completeAfter, bool scoredAfter, DateTimeOffset now)
    {
        if (!completeAfter || !scoredAfter || contract.OpenTaskOf(TaskKind.FinancingDecision) is not null || contract.Decision is not null)
            return change;
        var task = TaskRoles.Open(TypedIds.NewGuid(), contract.Id, contract.Number, TaskKind.FinancingDecision,
            $"Décider le dossier de financement {contract.Number} ({contract.CustomerName})", DateOnly.FromDateTime(now.UtcDateTime).AddDays(2),
            contract.CompanyId, contract.Id, now);
        return change.With(task).Publish(IntegrationMessages.TaskOpened(task));
    }
}
