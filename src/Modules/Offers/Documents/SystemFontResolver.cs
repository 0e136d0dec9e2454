using System.Collections.Concurrent;

namespace Leasing.Offers.Documents;

/// <summary>
/// Finds the TrueType font the offer PDF embeds (PdfPig subsets it into each document). It uses the first
/// family it finds installed on the machine, DejaVu Sans (Debian's <c>fonts-dejavu-core</c>) or else
/// Liberation Sans (<c>fonts-liberation</c>). No font file is shipped with the product.
/// </summary>
/// <remarks>
/// Why not PDF's built-in Helvetica: PdfPig 0.1.16 writes its standard-14 fonts with StandardEncoding, which
/// has no accented letters nor €, and refuses "à", "ç", "ô", "É", "€" or U+00A0; French text needs a real font.
/// </remarks>
public sealed class SystemFontResolver
{
    /// <summary>The Debian package to install when no usable font is found.</summary>
    public const string DebianPackage = "fonts-dejavu-core";

    public static readonly IReadOnlyList<string> DefaultDirectories =
    [
        "/usr/share/fonts",
        "/usr/local/share/fonts",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "fonts"),
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"),
        Environment.GetFolderPath(Environment.SpecialFolder.Fonts),
    ];

    private sealed record Family(string Name, string Regular, string Bold, bool HasNarrowNoBreakSpace);

    // In order of preference. Liberation Sans has no U+202F (French group separator) glyph.
    private static readonly Family[] Candidates =
    [
        new("DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", true),
        new("Liberation Sans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", false),
    ];

    private readonly IReadOnlyList<string> _directories;
    private readonly Lazy<(Family Family, IReadOnlyDictionary<string, string> Files)> _found;
    private readonly ConcurrentDictionary<string, byte[]> _bytes = new();

    public SystemFontResolver() : this(DefaultDirectories) { }

    /// <param name="directories">Folders searched recursively for the font files.</param>
    public SystemFontResolver(IEnumerable<string> directories)
    {
        _directories = directories.Where(d => !string.IsNullOrEmpty(d)).ToArray();
        _found = new Lazy<(Family, IReadOnlyDictionary<string, string>)>(Find, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The family the offer is drawn with, e.g. "DejaVu Sans".</summary>
    /// <exception cref="InvalidOperationException">No usable font is installed; the message names the package to install.</exception>
    public string FamilyName => _found.Value.Family.Name;

    /// <summary>Whether the family draws U+202F, the narrow no-break space fr-FR puts between thousands.</summary>
    public bool HasNarrowNoBreakSpace => _found.Value.Family.HasNarrowNoBreakSpace;

    /// <summary>Whether the family's bold face is installed; without it, bold text is drawn in the regular face.</summary>
    public bool HasBold => _found.Value.Files.ContainsKey(_found.Value.Family.Bold);

    /// <summary>The TrueType file of the regular or bold face (the regular one when bold is not installed).</summary>
    /// <exception cref="InvalidOperationException">No usable font is installed.</exception>
    public byte[] GetFont(bool bold)
    {
        var (family, files) = _found.Value;
        var face = bold && files.ContainsKey(family.Bold) ? family.Bold : family.Regular;
        return _bytes.GetOrAdd(face, name => File.ReadAllBytes(files[name]));
    }

    private (Family, IReadOnlyDictionary<string, string>) Find()
    {
        var installed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var directory in _directories.Where(Directory.Exists))
        {
            IEnumerable<string> paths;
            try
            {
                paths = Directory.EnumerateFiles(directory, "*.ttf", new EnumerationOptions
                {
                    RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive,
                }).ToList();
            }
            catch (IOException) { continue; }
            catch (UnauthorizedAccessException) { continue; }
            foreach (var path in paths)
                installed.TryAdd(Path.GetFileName(path), path);
        }

        foreach (var family in Candidates)
        {
            if (!installed.ContainsKey(family.Regular))
                continue;
            var files = new[] { family.Regular, family.Bold }
                .Where(installed.ContainsKey)
                .ToDictionary(name => name, name => installed[name], StringComparer.OrdinalIgnoreCase);
            return (family, files);
        }

        throw new InvalidOperationException(
            "No font to draw offer PDFs: looked for " +
            string.Join(" or ", Candidates.Select(c => $"{c.Name} ({c.Regular})")) +
            " under " + (_directories.Count == 0 ? "no folder" : string.Join(", ", _directories)) +
            $". On Debian or Ubuntu install it with: apt-get install {DebianPackage}");
    }
}

/// <summary>The process-wide <see cref="SystemFontResolver"/> offers are rendered with.</summary>
public static class OfferFonts
{
    private static readonly object Gate = new();
    private static SystemFontResolver? _resolver;

    /// <summary>
    /// Idempotent and thread-safe. Finds the font first, so a machine without one fails here with a message
    /// naming the package to install (and tries again on the next call).
    /// </summary>
    public static SystemFontResolver Resolve()
    {
        if (Volatile.Read(ref _resolver) is { } resolved)
            return resolved;
        lock (Gate)
        {
            if (_resolver is not null)
                return _resolver;
            var resolver = new SystemFontResolver();
            _ = resolver.FamilyName; // throws, with the package to install, when no font is found
            Volatile.Write(ref _resolver, resolver);
            return resolver;
        }
    }
}
