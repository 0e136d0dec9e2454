using System.Runtime.CompilerServices;
using Leasing.Prospecting.Domain.Leads;

namespace Leasing.Prospecting.Domain.Intake;

/// <summary>
/// Reads a lead import file row by row: a header row naming the columns (camelCase field names or their French
/// aliases, in any order, unknown columns ignored), then one lead per row. Each row comes back accepted or rejected
/// with its reasons, so one bad row never stops the import and the user gets a per-row error report.
/// </summary>
public static class LeadCsvParser
{
    public static async IAsyncEnumerable<ImportRowResult> ParseAsync(TextReader reader, LeadImportContext context,
        [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        var headerLine = await reader.ReadLineAsync(cancellation);
        if (string.IsNullOrWhiteSpace(headerLine?.TrimStart('\uFEFF')))
        {
            yield return Rejected(1, "header", "The file is empty: the first row must name the columns.");
            yield break;
        }

        var separator = CsvRecordReader.DetectSeparator(headerLine);
        var header = await new CsvRecordReader(new StringReader(headerLine.TrimStart('\uFEFF')), separator).ReadAsync(cancellation) ?? [];
        var fields = header.Select(h => IntakeFields.ForHeader(h)).ToList();
        if (MissingColumns(fields) is { } missing)
        {
            yield return Rejected(1, "header", missing);
            yield break;
        }

        var records = new CsvRecordReader(reader, separator);
        var row = 1;
        while (await records.ReadAsync(cancellation) is { } cells)
        {
            row++;
            if (cells.All(string.IsNullOrWhiteSpace)) continue; // a blank row keeps its number but is not a lead
            if (cells.Count > fields.Count && cells.Skip(fields.Count).Any(c => !string.IsNullOrWhiteSpace(c)))
            {
                yield return Rejected(row, "row", $"The row has {cells.Count} cells but the header names {fields.Count} columns.");
                continue;
            }

            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < Math.Min(cells.Count, fields.Count); i++)
                if (fields[i] is { } field && !values.ContainsKey(field)) values[field] = cells[i];
            yield return LeadIntakeReader.Read(row, values, IntakeRoute.CsvImport, context);
        }
    }

    /// <summary>Without a name column and a way to reach the person, no row could be a lead: say so once, not per row.</summary>
    private static string? MissingColumns(IReadOnlyList<string?> fields)
    {
        var named = fields.Contains(IntakeFields.LastName) || fields.Contains(IntakeFields.CompanyName);
        var reachable = fields.Contains(IntakeFields.Email) || fields.Contains(IntakeFields.Phone);
        if (named && reachable) return null;
        return "The header must name a last name (nom) or company (société) column and an e-mail or phone (téléphone) column.";
    }

    private static RejectedRow Rejected(int row, string field, string message) =>
        new(row, new Dictionary<string, string[]> { [field] = [message] });
}
