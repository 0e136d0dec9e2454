using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Leasing.Offers.Tests.Documents;

/// <summary>
/// Reads a rendered PDF back with PdfPig (an independent PDF reader): the text of each page, and its lines,
/// rebuilt from the letters' positions. No-break spaces (U+00A0, and U+202F that fr-FR puts between
/// thousands) are normalised to plain spaces so expectations can be written as "12 000,00 €".
/// </summary>
internal sealed class PdfText
{
    public IReadOnlyList<IReadOnlyList<string>> PageLines { get; }

    /// <summary>Width and height of each page, in points.</summary>
    public IReadOnlyList<(double Width, double Height)> PageSizes { get; }

    private PdfText(IReadOnlyList<IReadOnlyList<string>> pageLines, IReadOnlyList<(double, double)> pageSizes)
    {
        PageLines = pageLines;
        PageSizes = pageSizes;
    }

    public IEnumerable<string> Lines => PageLines.SelectMany(lines => lines);

    /// <summary>The cells of each line whose first cell is <paramref name="label"/> (cells are separated by wide gaps).</summary>
    public IReadOnlyList<string[]> RowsLabelled(string label) =>
        Lines.Select(line => line.Split('\t')).Where(cells => cells[0] == label).ToList();

    public int PageCount => PageLines.Count;

    public string All => string.Join("\n", PageLines.Select(lines => string.Join("\n", lines)));

    public string PageText(int index) => string.Join("\n", PageLines[index]);

    public static PdfText Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = new List<IReadOnlyList<string>>();
        var sizes = new List<(double, double)>();
        foreach (var page in document.GetPages())
        {
            pages.Add(ReadLines(page));
            sizes.Add((page.Width, page.Height));
        }
        return new PdfText(pages, sizes);
    }

    public static string Normalise(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ');

    private static List<string> ReadLines(Page page)
    {
        // Group letters by baseline (PDF y grows upwards), then read each line left to right.
        var lines = page.Letters
            .GroupBy(letter => Math.Round(letter.StartBaseLine.Y))
            .OrderByDescending(group => group.Key);
        var result = new List<string>();
        foreach (var line in lines)
        {
            var text = new System.Text.StringBuilder();
            Letter? previous = null;
            foreach (var letter in line.OrderBy(l => l.StartBaseLine.X))
            {
                // A gap wider than a space between two cells of a table row reads as a tab.
                if (previous is not null && letter.StartBaseLine.X - previous.EndBaseLine.X > Math.Max(4, previous.PointSize))
                    text.Append('\t');
                text.Append(letter.Value);
                previous = letter;
            }
            result.Add(Normalise(text.ToString()));
        }
        return result;
    }
}
