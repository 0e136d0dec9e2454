using Leasing.Contracts.Domain;
using Leasing.Contracts.Features.Shared;
using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Time;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Leasing.Contracts.Features.Returns;

/// <summary>The customer contests a charged line of the return report within 14 days; it waits for a decision.</summary>
public sealed record ContestReturnLine(Guid? LineId, string? Reason, long? ExpectedVersion);

public static class ContestReturnLineEndpoint
{
    public static ProblemDetails Validate(ContestReturnLine command) => new FieldErrors().Required(command.LineId, "lineId").Required(command.Reason, "reason")
        .ExpectedVersion(command.ExpectedVersion).ToProblem();

    [Authorize(Policy = Policies.ContractManagement)]
    [WolverinePost("/api/contracts/{id}/return/contests", Name = "ContestReturnLine")]
    [Tags("Contracts")]
    public static Task<IResult> Post(Guid id, ContestReturnLine command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation) =>
        ContractStream.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, contract =>
        {
            if (contract.Status != ContractStatus.Returned || contract.IsClosed)
                return ContractChange.Refuse(ContractProblems.WrongStatus(contract, "contested", ContractStatus.Returned));
            if (clock.Today() > contract.Return!.ReturnedOn.AddDays(RecordReturnInspectionEndpoint.ContestDays))
                return ContractChange.Refuse(ContractProblems.State("The 14 days to contest the return report are over."));
            var damage = contract.Return.Assessment.Damages.FirstOrDefault(d => d.LineId == command.LineId);
            if (damage is not { Chargeable: true })
                return ContractChange.Refuse(Problems.Field("lineId", "No charged line of the report has this id."));
            if (contract.ContestedLines.Any(c => c.LineId == damage.LineId))
                return ContractChange.Refuse(Problems.Field("lineId", "This line is contested already."));
            return RecordReturnInspectionEndpoint.Contest(ContractChange.Append(), contract, damage, command.Reason!.Trim(), clock.GetUtcNow());
        }, cancellation);
}
