namespace Leasing.Contracts.Domain;

public enum ContestState { Pending, Maintained, Waived }

public sealed record ContestedLine(Guid LineId, string Reason, ContestState State, bool HeldOutOfFinalInvoice, Guid TaskId, string? DecisionNote);

public sealed partial record Contract
{
    public EarlyTerminationRecorded? Termination { get; init; }
    public ReturnInspected? Return { get; init; }
    public IReadOnlyList<ContestedLine> ContestedLines { get; init; } = [];
    public VehicleSold? Sale { get; init; }

    public bool HasPendingContest => ContestedLines.Any(c => c.State == ContestState.Pending);

    public Contract Apply(EarlyTerminationRecorded e) => this with { Termination = e, Status = ContractStatus.Terminated, UpdatedAt = e.At };

    public Contract Apply(ReturnInspected e) => this with { Return = e, Status = ContractStatus.Returned, UpdatedAt = e.At };

    public Contract Apply(ReturnLineContested e) => this with
    {
        ContestedLines = [.. ContestedLines.Where(c => c.LineId != e.LineId),
            new ContestedLine(e.LineId, e.Reason, ContestState.Pending, HeldOut(e.LineId), e.TaskId, null)],
        UpdatedAt = e.At,
    };

    public Contract Apply(ContestedLineDecided e) => this with
    {
        ContestedLines = ContestedLines.Select(c => c.LineId == e.LineId
            ? c with { State = e.Maintained ? ContestState.Maintained : ContestState.Waived, DecisionNote = e.Note }
            : c).ToList(),
        UpdatedAt = e.At,
    };

    public Contract Apply(VehicleSold e) => this with { Sale = e, Status = ContractStatus.Purchased, UpdatedAt = e.At };

    /// <summary>A line contested at the inspection was kept out of the final invoice; one contested later was already on it.</summary>
    private bool HeldOut(Guid lineId) => Return?.Assessment.Damages.FirstOrDefault(d => d.LineId == lineId)?.Finding.ContestedByCustomer == true;
}
