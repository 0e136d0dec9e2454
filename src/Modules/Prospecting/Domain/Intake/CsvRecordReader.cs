using System.Text;

namespace Leasing.Prospecting.Domain.Intake;

/// <summary>
/// Reads CSV records one at a time from a <see cref="TextReader"/>, so a large import never sits in memory whole.
/// RFC 4180 quoting: a quoted cell may hold separators, line breaks and doubled quotes (<c>""</c>). Line ends may be
/// CRLF, LF or CR. Lenient where spreadsheets are sloppy: a quote inside an unquoted cell is kept as text.
/// </summary>
public sealed class CsvRecordReader(TextReader reader, char separator)
{
    private readonly char[] _buffer = new char[8192];
    private int _position;
    private int _length;

    /// <summary>The cells of the next record, or null at the end of the text.</summary>
    public async ValueTask<IReadOnlyList<string>?> ReadAsync(CancellationToken cancellation = default)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;      // inside a quoted section
        var started = false;     // anything read for this record
        var atCellStart = true;

        while (await NextAsync(cancellation) is { } c)
        {
            started = true;
            if (quoted)
            {
                if (c != '"') { cell.Append(c); continue; }
                if (await PeekAsync(cancellation) == '"') { await NextAsync(cancellation); cell.Append('"'); }
                else quoted = false;
                continue;
            }
            if (c == '"' && atCellStart) { quoted = true; atCellStart = false; continue; }
            if (c == separator) { cells.Add(cell.ToString()); cell.Clear(); atCellStart = true; continue; }
            if (c is '\r' or '\n')
            {
                if (c == '\r' && await PeekAsync(cancellation) == '\n') await NextAsync(cancellation);
                cells.Add(cell.ToString());
                return cells;
            }
            cell.Append(c);
            atCellStart = false;
        }
        if (!started) return null;
        cells.Add(cell.ToString());
        return cells;
    }

    /// <summary>
    /// The separator of a header line: whichever of <c>;</c> (French spreadsheets) and <c>,</c> appears more often
    /// outside quotes; <c>;</c> when neither does (a one-column file) or on a tie.
    /// </summary>
    public static char DetectSeparator(string headerLine)
    {
        var (semicolons, commas, quoted) = (0, 0, false);
        foreach (var c in headerLine)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == ';') semicolons++;
            else if (!quoted && c == ',') commas++;
        }
        return commas > semicolons ? ',' : ';';
    }

    private async ValueTask<char?> NextAsync(CancellationToken cancellation)
    {
        if (!await FillAsync(cancellation)) return null;
        return _buffer[_position++];
    }

    private async ValueTask<char?> PeekAsync(CancellationToken cancellation) =>
        await FillAsync(cancellation) ? _buffer[_position] : null;

    private async ValueTask<bool> FillAsync(CancellationToken cancellation)
    {
        if (_position < _length) return true;
        _length = await reader.ReadAsync(_buffer.AsMemory(), cancellation);
        _position = 0;
        return _length > 0;
    }
}
