using System.Security.Cryptography;
using System.Text;
using Leasing.Workflows.Definitions.Versions;

namespace Leasing.Workflows.Definitions.Store;

/// <summary>
/// All versions of one definition, as its stream makes them. The stream id is derived from the definition id, so
/// "customer-journey" always has the same stream and two imports of it cannot create two.
/// </summary>
public sealed record DefinitionHistory
{
    public Guid Id { get; init; }
    public string DefinitionId { get; init; } = "";
    public string Name { get; init; } = "";
    public WorkflowVersions Versions { get; init; } = WorkflowVersions.Of("");

    /// <summary>Stored beside the versions so a signal reads which versions exist without loading any definition.</summary>
    public int? PublishedVersion => Versions.Published?.Number;

    /// <summary>The versions instances may run on (published or retired); drafts never run.</summary>
    public IReadOnlyList<int> RunnableVersions => Versions.Versions.Where(v => v.Status != VersionStatus.Draft).Select(v => v.Number).ToList();

    public static Guid StreamIdOf(string definitionId)
    {
        // A name-based id (RFC 4122 version 3 layout): the same definition id gives the same stream id everywhere.
        var hash = MD5.HashData(Encoding.UTF8.GetBytes("leasing-workflow:" + definitionId));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x30);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true);
    }

    public static DefinitionHistory Create(DefinitionDraftSaved e) => new DefinitionHistory
    {
        Id = StreamIdOf(e.DefinitionId), DefinitionId = e.DefinitionId, Versions = WorkflowVersions.Of(e.DefinitionId),
    }.Apply(e);

    public DefinitionHistory Apply(DefinitionDraftSaved e)
    {
        var definition = WorkflowJson.Read(e.Json);
        var draft = DefinitionVersion.Draft(e.Number, definition, e.At);
        var others = Versions.Versions.Where(v => v.Number != e.Number);
        return this with { Name = definition.Name, Versions = Versions with { Versions = [.. others, draft] } };
    }

    public DefinitionHistory Apply(DefinitionPublished e) => Change(v => v.Number == e.Number ? v.Publish(e.At).Value ?? v
        : v.Number == e.Retired ? v.Retire(e.At).Value ?? v : v);

    public DefinitionHistory Apply(DefinitionRetired e) => Change(v => v.Number == e.Number ? v.Retire(e.At).Value ?? v : v);

    private DefinitionHistory Change(Func<DefinitionVersion, DefinitionVersion> change) =>
        this with { Versions = Versions with { Versions = Versions.Versions.Select(change).OrderBy(v => v.Number).ToList() } };
}
