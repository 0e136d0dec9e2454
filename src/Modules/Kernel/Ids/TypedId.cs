namespace Leasing.Kernel.Ids;

/// <summary>
/// Aggregate ids are GUIDs, version 7: time-ordered, so new rows land at the end of their indexes and ids sort by
/// creation (routing uses this to order assignments made in the same instant).
/// </summary>
public static class TypedIds
{
    public static Guid NewGuid() => Guid.CreateVersion7();
}
