namespace Leasing.Workflows.Definitions;

/// <summary>An arrow: when <see cref="Source"/> ends through its port (an outcome), <see cref="Target"/> runs next.</summary>
public sealed record Connection(ConnectionEndpoint Source, ConnectionEndpoint Target)
{
    /// <summary>A connection written the way people say it: <c>qualify.Qualified → visit</c>.</summary>
    public override string ToString() => $"{Source.Activity}.{Source.Port ?? OutcomePorts.Done} → {Target.Activity}";
}

/// <summary>
/// One end of an arrow. On the source side the port is the outcome; on the target side it is the input port,
/// which is always <see cref="OutcomePorts.In"/> (kept, and allowed to be omitted, for Elsa's shape).
/// </summary>
public sealed record ConnectionEndpoint(string Activity, string? Port = null);
