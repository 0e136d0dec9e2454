namespace Leasing.Kernel.Ids;

/// <summary>
/// Ids are typed per aggregate (<c>UserId</c>, <c>QuoteId</c> ...) so that one cannot be passed for another.
/// On the wire and in Marten streams they are plain GUIDs (version 7, time-ordered for index locality).
/// </summary>
public interface ITypedId
{
    Guid Value { get; }
}

public static class TypedIds
{
    public static Guid NewGuid() => Guid.CreateVersion7();
}
