using JasperFx;
using Leasing.Kernel.Validation;
using Microsoft.AspNetCore.Diagnostics;

namespace Leasing.Host.Http;

/// <summary>
/// Any optimistic-concurrency failure that reaches the pipeline (two writers on one stream or document) is a 409
/// ProblemDetails: the caller reloads and decides again; nothing is silently overwritten.
/// </summary>
public sealed class ConcurrencyConflictHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not ConcurrencyException) return false;
        context.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = Problems.Conflict(exception.Message),
        });
    }
}
