using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using AddedFont = UglyToad.PdfPig.Writer.PdfDocumentBuilder.AddedFont;

namespace Leasing.Contracts.Documents;

/// <summary>
/// A top-to-bottom A4 layout on PdfPig's builder: headings, label/value lines, tables with right-aligned amounts,
/// wrapped paragraphs; a new page opens when a block would not fit, and every page gets a numbered footer.
/// </summary>
internal sealed class PdfWriter : IDisposable
{
    private const double Margin = 42;
    private const double Top = 40;
    private const double Bottom = 790;
    private readonly PdfDocumentBuilder _builder = new();
    private readonly AddedFont _regular;
    private readonly AddedFont _bold;
    private readonly List<PdfPageBuilder> _pages = [];
    private readonly string _footer;
    private PdfPageBuilder _page = null!;
    private double _y;

    public PdfWriter(string title, string footer)
    {
        _builder.DocumentInformation.Title = title;
        _builder.DocumentInformation.Author = "Leasing";
        _regular = _builder.AddTrueTypeFont(PdfFonts.Regular);
        _bold = _builder.AddTrueTypeFont(PdfFonts.Bold);
        _footer = footer;
        NewPage();
    }

    private double Width => _page.PageSize.Width - 2 * Margin;

    public void Title(string text)
    {
        Write(text, 16, Margin, _bold);
        _y += 26;
        _page.DrawLine(Point(Margin, _y), Point(Margin + Width, _y), 1);
        _y += 12;
    }

    public void Heading(string text)
    {
        Ensure(40);
        _y += 6;
        Write(text, 11, Margin, _bold);
        _y += 18;
    }

    public void Field(string label, string value)
    {
        Ensure(14);
        Write(label, 9, Margin, _regular);
        Write(value, 9, Margin + 180, _bold);
        _y += 13;
    }

    public void Paragraph(string text, double size = 8.5)
    {
        foreach (var line in Wrap(text, size, Width))
        {
            Ensure(12);
            Write(line, size, Margin, _regular);
            _y += size + 3;
        }
        _y += 4;
    }

    /// <summary>A table: the first column left-aligned and wide, the others right-aligned (amounts).</summary>
    public void Table(string[] header, IEnumerable<string[]> rows, double firstColumn = 0.46)
    {
        var columns = header.Length;
        var first = Width * firstColumn;
        var other = (Width - first) / Math.Max(1, columns - 1);
        void Row(string[] cells, AddedFont font)
        {
            Ensure(14);
            Write(Fit(cells[0], 8.5, first - 6, font), 8.5, Margin, font);
            for (var c = 1; c < columns; c++)
            {
                var text = c < cells.Length ? cells[c] : "";
                var x = Margin + first + other * c - Measure(text, 8.5, font);
                Write(text, 8.5, x, font);
            }
            _y += 13;
        }
        Row(header, _bold);
        _page.DrawLine(Point(Margin, _y - 3), Point(Margin + Width, _y - 3), 0.5);
        foreach (var row in rows) Row(row, row.Length > 0 && row[0].StartsWith("Total", StringComparison.Ordinal) ? _bold : _regular);
        _y += 6;
    }

    public byte[] Build()
    {
        for (var i = 0; i < _pages.Count; i++)
        {
            _page = _pages[i];
            _y = 806;
            Write($"{_footer} — page {i + 1} / {_pages.Count}", 7, Margin, _regular);
        }
        return _builder.Build();
    }

    public void Dispose() => _builder.Dispose();

    private void NewPage()
    {
        _page = _builder.AddPage(PageSize.A4);
        _pages.Add(_page);
        _y = Top;
    }

    private void Ensure(double height)
    {
        if (_y + height > Bottom) NewPage();
    }

    private void Write(string text, double size, double x, AddedFont font)
    {
        if (text.Length == 0) return;
        _page.AddText(Printable(text), size, Point(x, _y + size * 0.92), font);
    }

    private PdfPoint Point(double x, double y) => new(x, _page.PageSize.Height - y);

    private double Measure(string text, double size, AddedFont font) =>
        text.Length == 0 ? 0 : _page.MeasureText(Printable(text), size, new PdfPoint(0, 0), font).Sum(l => l.Width);

    private string Fit(string text, double size, double width, AddedFont font)
    {
        if (Measure(text, size, font) <= width) return text;
        while (text.Length > 1 && Measure(text + "…", size, font) > width) text = text[..^1];
        return text + "…";
    }

    private IEnumerable<string> Wrap(string text, double size, double width)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Measure(candidate, size, _regular) > width)
            {
                yield return line;
                line = word;
            }
            else line = candidate;
        }
        if (line.Length > 0) yield return line;
    }

    /// <summary>fr-FR groups thousands with U+202F; the no-break space U+00A0 prints the same in every embedded face.</summary>
    private static string Printable(string text) => text.Replace('\u202F', '\u00A0');
}
