using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace Leasing.Kernel.Reports;

/// <summary>
/// A one-sheet Excel workbook (Office Open XML: a zip of XML parts) for report exports. Numbers are written as numbers
/// so the spreadsheet can sum them; text as inline strings. Written here because no spreadsheet package is available
/// from the product's package sources; it covers what exports need and nothing more (no styles, one sheet).
/// </summary>
public static class XlsxWriter
{
    public static byte[] Write(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add(zip, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{Escape(SheetName(sheetName))}" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Add(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            Add(zip, "xl/worksheets/sheet1.xml", Sheet(headers, rows));
        }
        return output.ToArray();
    }

    private static string Sheet(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        var number = 1;
        AppendRow(xml, number++, headers.Cast<object?>().ToList());
        foreach (var row in rows) AppendRow(xml, number++, row);
        return xml.Append("</sheetData></worksheet>").ToString();
    }

    private static void AppendRow(StringBuilder xml, int number, IReadOnlyList<object?> cells)
    {
        xml.Append("<row r=\"").Append(number).Append("\">");
        for (var column = 0; column < cells.Count; column++)
        {
            var reference = ColumnName(column) + number;
            switch (cells[column])
            {
                case null:
                    break;
                case decimal or int or long or double:
                    xml.Append("<c r=\"").Append(reference).Append("\"><v>")
                        .Append(Convert.ToString(cells[column], CultureInfo.InvariantCulture)).Append("</v></c>");
                    break;
                default:
                    xml.Append("<c r=\"").Append(reference).Append("\" t=\"inlineStr\"><is><t>")
                        .Append(Escape(Convert.ToString(cells[column], CultureInfo.InvariantCulture) ?? "")).Append("</t></is></c>");
                    break;
            }
        }
        xml.Append("</row>");
    }

    /// <summary>A, B, … Z, AA, AB …</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26) name = (char)('A' + (index - 1) % 26) + name;
        return name;
    }

    // Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ]
    private static string SheetName(string name) => new string(name.Where(c => !":\\/?*[]".Contains(c)).Take(31).ToArray());

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";

    private static void Add(ZipArchive zip, string path, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(path, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
