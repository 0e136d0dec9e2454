using Leasing.Web.Pages.Claims;
using Leasing.Workflows.ReadModels;
using Marten;
using Marten.Linq;
using Npgsql;

namespace Leasing.Bench.Claims;

/// <summary>--explain: PostgreSQL's plan of the inbox's two statements (the page and the tasks counted ahead), and the indexes of the task table.</summary>
internal static class Explain
{
    public static async Task PrintAsync(IDocumentStore store)
    {
        await using var session = store.QuerySession();
        var filter = ClaimsInboxQuery.Filter(ClaimsInboxQuery.ActorOf(Users.Handler("explain")), "available");
        var page = session.Query<HumanTaskView>().WhereAll(filter).OrderBy(t => t.DueAt).ThenBy(t => t.OpenedAt).Take(25).ToCommand(FetchType.FetchMany);
        var count = session.Query<HumanTaskView>().WhereAll(filter).Take((1 + ClaimsInboxQuery.PagesCountedAhead) * 25 + 1).Select(t => t.Id).ToCommand(FetchType.FetchMany);
        var connection = (NpgsqlConnection)session.Connection!;
        foreach (var (what, command) in new[] { ("page", page), ("counted ahead", count) })
        {
            Console.WriteLine($"--- {what}: {command.CommandText}");
            command.CommandText = "explain (analyze, buffers) " + command.CommandText;
            command.Connection = connection;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) Console.WriteLine(reader.GetString(0));
        }
        await using var indexes = new NpgsqlCommand("select indexdef from pg_indexes where tablename = 'mt_doc_humantaskview'", connection);
        await using var rows = await indexes.ExecuteReaderAsync();
        while (await rows.ReadAsync()) Console.WriteLine(rows.GetString(0));
    }
}
