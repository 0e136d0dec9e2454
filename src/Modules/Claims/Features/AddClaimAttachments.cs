using Leasing.Claims.Domain;
using Leasing.Kernel.EventSourcing;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Claims.Features;

public sealed record AddClaimAttachments(IReadOnlyList<AttachmentInput>? Attachments, long? ExpectedVersion);

/// <summary>Photos, the accident report, the police report, quotes, invoices added to a claim: checked one by one, all kept or none.</summary>
public static class AddClaimAttachmentsEndpoint
{
    [Authorize(Policy = Policies.ClaimsHandling)]
    [WolverinePost("/api/claims/{id}/attachments", Name = "AddClaimAttachments")]
    [Tags("Claims")]
    public static async Task<IResult> Post(Guid id, AddClaimAttachments command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var errors = new FieldErrors().ExpectedVersion(command.ExpectedVersion)
            .When(command.Attachments is null || command.Attachments.Count == 0, "attachments", "Send at least one file.");
        var files = AttachmentUploads.Check(command.Attachments, errors, clock.GetUtcNow());
        if (errors.Any) return Results.Problem(errors.ToProblem());
        return await VersionedStream.AppendAsync<Claim>(session, id, command.ExpectedVersion!.Value, "Claim", claim =>
        {
            if (!claim.IsOpen) return Decision.Refuse(ClaimProblems.NotAllowed(claim, ClaimAction.AddAttachment, "The claim is closed."));
            foreach (var file in files) AttachmentContent.Queue(session, file.Info.Id, id, file.Content);
            return Decision.Append(files.Select(f => (object)new AttachmentAdded(id, f.Info)).ToArray());
        }, cancellation);
    }
}

/// <summary>A photo or document of a claim, served with its checked type; fleet managers may download their company's.</summary>
public static class DownloadClaimAttachmentEndpoint
{
    [Authorize(Policy = Policies.ReadClaims)]
    [WolverineGet("/api/claims/{id}/attachments/{attachmentId}", Name = "DownloadClaimAttachment")]
    [Tags("Claims")]
    public static async Task<IResult> Get(Guid id, Guid attachmentId, System.Security.Claims.ClaimsPrincipal user, IQuerySession session,
        CancellationToken cancellation)
    {
        var claim = await session.LoadAsync<Claim>(id, cancellation);
        if (claim is null || !ClaimAccess.CanSee(user, claim) || claim.Attachments.FirstOrDefault(a => a.Id == attachmentId) is not { } info)
            return Results.Problem(Problems.NotFound("Attachment"));
        var content = await AttachmentContent.ReadAsync(session, id, attachmentId, cancellation);
        if (content is null) return Results.Problem(Problems.NotFound("Attachment"));
        // Photos open in the browser; the name is given for saving. Nothing is sniffed again by the browser.
        return Results.File(content, info.ContentType, info.FileName, enableRangeProcessing: false);
    }
}
