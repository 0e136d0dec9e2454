using Leasing.Audit.ReadModels;
using Leasing.Kernel.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Audit.Features;

public static class ReadPlatformStatusEndpoint
{
    [Authorize(Policy = Policies.Staff)]
    [WolverineGet("/api/platform/status", Name = "PlatformStatus")]
    [Tags("Platform")]
    public static Task<PlatformStatusView> Get(PlatformStatus status, CancellationToken cancellation) => status.ReadAsync(cancellation);
}
