using Leasing.Kernel.Time;
using Serilog.Context;
using Wolverine;

namespace Leasing.Host.Http;

/// <summary>
/// Wolverine middleware on every handled message: its correlation id goes on each log line of the handler, and to
/// code that opens its own Marten session, as it does for HTTP requests.
/// </summary>
public static class MessageCorrelationLogging
{
    public static IDisposable Before(Envelope envelope)
    {
        Correlation.Current = envelope.CorrelationId;
        return LogContext.PushProperty("CorrelationId", envelope.CorrelationId);
    }

    public static void Finally(IDisposable logScope) => logScope.Dispose();
}
