using Leasing.Offers.Documents;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace Leasing.Offers.Tests.Documents;

public class SystemFontResolverTests
{
    [Fact]
    public void Finds_an_installed_truetype_family_that_pdfpig_can_embed()
    {
        var resolver = new SystemFontResolver();

        Assert.Contains(resolver.FamilyName, new[] { "DejaVu Sans", "Liberation Sans" });
        foreach (var bold in new[] { false, true })
        {
            var font = resolver.GetFont(bold);
            Assert.Equal(new byte[] { 0, 1, 0, 0 }, font.Take(4)); // TrueType sfnt version 1.0
            using var builder = new PdfDocumentBuilder();
            Assert.True(builder.CanUseTrueTypeFont(font, out var reasons), string.Join("; ", reasons));
        }
    }

    [Fact]
    public void Without_a_font_says_which_debian_package_to_install()
    {
        var empty = Directory.CreateTempSubdirectory("no-fonts-");
        try
        {
            var resolver = new SystemFontResolver([empty.FullName]);

            var error = Assert.Throws<InvalidOperationException>(() => resolver.FamilyName);
            Assert.Contains("apt-get install fonts-dejavu-core", error.Message);
            Assert.Contains(empty.FullName, error.Message);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void Resolving_twice_keeps_one_resolver()
    {
        var first = OfferFonts.Resolve();
        var again = Enumerable.Range(0, 8).AsParallel().Select(_ => OfferFonts.Resolve()).ToList();

        Assert.All(again, resolver => Assert.Same(first, resolver));
    }
}
