using Leasing.Claims.Domain;
using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Leasing.Claims.Features;

public sealed record AddClaimNote(string? Text, long? ExpectedVersion);

/// <summary>A note on the claim's timeline: a call with the driver, the garage, the expert.</summary>
public static class AddClaimNoteEndpoint
{
    public static ProblemDetails Validate(AddClaimNote command) => new FieldErrors().ExpectedVersion(command.ExpectedVersion)
        .Required(command.Text, "text").When(command.Text?.Length > 4000, "text", "At most 4 000 characters.").ToProblem();

    [Authorize(Policy = Policies.ClaimsHandling)]
    [WolverinePost("/api/claims/{id}/notes", Name = "AddClaimNote")]
    [Tags("Claims")]
    public static Task<IResult> Post(Guid id, AddClaimNote command, IDocumentSession session, IMessageBus bus, TimeProvider clock,
        CancellationToken cancellation) =>
        ClaimWrites.AppendAsync(session, bus, id, command.ExpectedVersion!.Value, claim => claim.IsOpen
            ? ClaimDecision.Append(new ClaimNoteAdded(id, command.Text!.Trim(), clock.GetUtcNow()))
            : ClaimProblems.NotAllowed(claim, ClaimAction.AddNote, "The claim is closed."), cancellation);
}
