using Leasing.Contracts.Domain;
using Leasing.Contracts.Features.Shared;
using Leasing.Kernel.Time;
using Marten;
using Wolverine;

namespace Leasing.Contracts.Features.Returns;

/// <summary>The end of the 14 days the customer has to contest return lines.</summary>
public sealed record CloseReturnedFile(Guid ContractId);

public static class CloseReturnedFileHandler
{
    /// <summary>Closes the file unless a contested line still waits (its decision closes it then) or it is closed already.</summary>
    public static async Task Handle(CloseReturnedFile timer, IDocumentSession session, IMessageBus bus, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<Contract>(timer.ContractId, cancellation);
        if (stream.Aggregate is not { Status: ContractStatus.Returned, IsClosed: false } contract || contract.HasPendingContest) return;
        if (clock.Today() <= contract.Return!.ReturnedOn.AddDays(RecordReturnInspectionEndpoint.ContestDays)) return;
        var now = clock.GetUtcNow();
        session.LastModifiedBy = "system:return";
        stream.AppendOne(new ContractFileClosed(contract.Id, ClosingOutcome.Returned, clock.Today(), now));
        await bus.PublishAsync(IntegrationMessages.Closed(contract, ClosingOutcome.Returned, clock.Today(), now));
    }
}
