using System.Security.Claims;
using Leasing.Contracts.Domain;
using Leasing.Contracts.Features.Shared;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Contracts.Features.Signature;

/// <summary>The signed contract PDF and the delivery and return photos, as stored (their hashes are in the events).</summary>
public static class DownloadContractFileEndpoint
{
    [Authorize(Policy = Policies.ContractReading)]
    [WolverineGet("/api/contracts/{id}/files/{fileId}", Name = "DownloadContractFile")]
    [Tags("Contracts")]
    public static async Task<IResult> Get(Guid id, Guid fileId, IQuerySession session, ClaimsPrincipal user, CancellationToken cancellation)
    {
        var contract = await session.LoadAsync<Contract>(id, cancellation);
        if (contract is null || !ContractAccess.CanRead(user, contract.CompanyId)) return Results.Problem(Problems.NotFound("Contract"));
        var file = await session.LoadAsync<StoredFile>(fileId, cancellation);
        return file is null || file.ContractId != id
            ? Results.Problem(Problems.NotFound("File"))
            : Results.File(file.Content, file.ContentType, file.FileName);
    }
}
