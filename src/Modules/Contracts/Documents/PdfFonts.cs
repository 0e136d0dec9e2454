namespace Leasing.Contracts.Documents;

/// <summary>
/// The TrueType faces the contract and invoice PDFs embed: DejaVu Sans (Debian's fonts-dejavu-core) or else Liberation
/// Sans, found in the system font folders. PdfPig's built-in fonts have no "é" nor "€", so French text needs one.
/// </summary>
public static class PdfFonts
{
    private static readonly string[] Folders = ["/usr/share/fonts", "/usr/local/share/fonts"];
    private static readonly (string Regular, string Bold)[] Families =
        [("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"), ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf")];

    private static readonly Lazy<(byte[] Regular, byte[] Bold)> Found = new(Find);

    public static byte[] Regular => Found.Value.Regular;

    public static byte[] Bold => Found.Value.Bold;

    private static (byte[], byte[]) Find()
    {
        var files = Folders.Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.ttf", SearchOption.AllDirectories))
            .GroupBy(Path.GetFileName).ToDictionary(g => g.Key!, g => g.First());
        foreach (var (regular, bold) in Families)
            if (files.TryGetValue(regular, out var regularPath))
                return (File.ReadAllBytes(regularPath), File.ReadAllBytes(files.GetValueOrDefault(bold) ?? regularPath));
        throw new InvalidOperationException("No TrueType font for the PDF documents: install fonts-dejavu-core (apt-get install -y fonts-dejavu-core).");
    }
}
