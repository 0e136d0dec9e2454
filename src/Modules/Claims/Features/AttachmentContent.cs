using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Leasing.Claims.Features;

/// <summary>
/// Photos and documents are kept as PostgreSQL bytea in the claims schema, written in the same transaction as the
/// event that records them (no file without its event, no event without its file). Their description (name, type,
/// size, SHA-256) lives on the claim; the bytes are read only when someone downloads them.
/// </summary>
public static class AttachmentContent
{
    public const string Schema = "claims";
    public const string TableName = "claim_attachment_content";

    public static Table Table()
    {
        var table = new Table(new PostgresqlObjectName(Schema, TableName));
        table.AddColumn<Guid>("id").AsPrimaryKey();
        table.AddColumn<Guid>("claim_id").NotNull();
        table.AddColumn("content", "bytea").NotNull();
        return table;
    }

    public static void Queue(IDocumentOperations session, Guid attachmentId, Guid claimId, byte[] content) =>
        session.QueueSqlCommand($"insert into {Schema}.{TableName} (id, claim_id, content) values (?, ?, ?)", attachmentId, claimId, content);

    public static async Task<byte[]?> ReadAsync(IQuerySession session, Guid claimId, Guid attachmentId, CancellationToken cancellation) =>
        (await session.AdvancedSql.QueryAsync<byte[]>($"select content from {Schema}.{TableName} where id = ? and claim_id = ?", cancellation,
            attachmentId, claimId)).SingleOrDefault();
}
