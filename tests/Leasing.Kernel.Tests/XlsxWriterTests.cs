using System.IO.Compression;
using System.Xml.Linq;
using Leasing.Kernel.Reports;
using Xunit;

namespace Leasing.Kernel.Tests;

public sealed class XlsxWriterTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Fact]
    public void A_workbook_holds_the_headers_as_text_and_the_figures_as_numbers()
    {
        var bytes = XlsxWriter.Write("Leads par source", ["source", "leads", "coût"], [["La Centrale", 390, 25.50m], ["Bon & Coin <test>", 0, null]]);

        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.NotNull(zip.GetEntry("[Content_Types].xml"));
        Assert.NotNull(zip.GetEntry("xl/workbook.xml"));
        var sheet = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var rows = sheet.Descendants(Main + "row").ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal("source", rows[0].Descendants(Main + "t").First().Value);
        var figures = rows[1].Elements(Main + "c").ToList();
        Assert.Equal("B2", figures[1].Attribute("r")!.Value);
        Assert.Equal("390", figures[1].Element(Main + "v")!.Value);
        Assert.Equal("25.50", figures[2].Element(Main + "v")!.Value);
        Assert.Equal("Bon & Coin <test>", rows[2].Descendants(Main + "t").First().Value);
        Assert.Equal(2, rows[2].Elements(Main + "c").Count()); // the empty cell is left out
    }

    [Theory]
    [InlineData(0, "A")] [InlineData(25, "Z")] [InlineData(26, "AA")] [InlineData(701, "ZZ")] [InlineData(702, "AAA")]
    public void Columns_are_named_as_Excel_names_them(int index, string name) => Assert.Equal(name, XlsxWriter.ColumnName(index));
}
