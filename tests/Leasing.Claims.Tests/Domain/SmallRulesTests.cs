using Leasing.Claims.Domain;

namespace Leasing.Claims.Tests.Domain;

public sealed class SmallRulesTests
{
    [Theory]
    [InlineData("ab-123-cd", "AB123CD", "AB-123-CD")]
    [InlineData("AB 123 CD", "AB123CD", "AB-123-CD")]
    [InlineData("1234 ZX 75", "1234ZX75", "1234ZX75")]
    public void Registrations_match_however_typed_and_show_in_the_SIV_format(string typed, string key, string display) =>
        Assert.Equal((key, display), (Registrations.Key(typed), Registrations.Display(typed)));

    [Fact]
    public void Attachments_are_known_by_their_first_bytes_not_their_name()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE1, 1, 2];
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0];
        var pdf = "%PDF-1.4 ..."u8.ToArray();
        Assert.Equal([AttachmentType.Jpeg, AttachmentType.Png, AttachmentType.Pdf], new[] { jpeg, png, pdf }.Select(b => AttachmentRules.Sniff(b)!.Value));
        Assert.Null(AttachmentRules.Problem("photo.JPG", jpeg));
        Assert.Null(AttachmentRules.Problem("scan", pdf)); // no extension: the content decides
        Assert.NotNull(AttachmentRules.Problem("photo.png", jpeg));
        Assert.NotNull(AttachmentRules.Problem("virus.jpg", "MZ\x90\0"u8.ToArray()));
        Assert.NotNull(AttachmentRules.Problem("vide.pdf", []));
        var big = new byte[AttachmentRules.MaxBytes + 1];
        pdf.CopyTo(big, 0);
        Assert.Contains("at most 5 MB", AttachmentRules.Problem("gros.pdf", big));
    }

    [Fact]
    public void Replacement_days_count_per_contract_year_from_the_delivery_date()
    {
        var delivered = new DateOnly(2026, 1, 15);
        Assert.Equal((new DateOnly(2026, 1, 15), new DateOnly(2027, 1, 14)), ReplacementAllowance.ContractYearOf(delivered, new DateOnly(2026, 11, 23)));
        Assert.Equal((new DateOnly(2027, 1, 15), new DateOnly(2028, 1, 14)), ReplacementAllowance.ContractYearOf(delivered, new DateOnly(2027, 1, 15)));
        ReplacementVehicleLoan[] loans =
        [
            new("B", 5, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 6), null, new DateOnly(2026, 6, 4), 3, 0), // returned: days used
            new("B", 4, new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 24), null),                             // still out: days granted
            new("B", 9, new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 10), null, new DateOnly(2025, 12, 10), 9, 0), // last contract year
        ];
        Assert.Equal(3, ReplacementAllowance.DaysLeft(10, delivered, new DateOnly(2026, 11, 23), loans));
        Assert.Equal(1, ReplacementAllowance.DaysUsed(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 23)));
        Assert.Equal(2, ReplacementAllowance.DaysUsed(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 25)));
    }
}
