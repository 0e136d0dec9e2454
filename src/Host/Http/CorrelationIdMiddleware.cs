using Leasing.Kernel.Time;
using Serilog.Context;

namespace Leasing.Host.Http;

/// <summary>
/// Every request has a correlation id: the caller's <c>X-Correlation-ID</c> or a new one. It is echoed back,
/// put on every log line of the request, and (through Wolverine) recorded on every event the request appends.
/// </summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var supplied = context.Request.Headers[Correlation.Header].ToString();
        var correlationId = IsUsable(supplied) ? supplied : Guid.NewGuid().ToString("N");
        context.Request.Headers[Correlation.Header] = correlationId;
        context.Response.Headers[Correlation.Header] = correlationId;
        Correlation.Current = correlationId;
        using (LogContext.PushProperty("CorrelationId", correlationId))
        {
            await next(context);
        }
    }

    private static bool IsUsable(string value) => value.Length is > 0 and <= 128 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
