using Leasing.Prospecting.Domain.Duplicates;
using Xunit;

namespace Leasing.Prospecting.Tests.Duplicates;

public class ContactNormalisationTests
{
    [Theory]
    [InlineData("+33 6 12 34 56 78")]
    [InlineData("06.12.34.56.78")]
    [InlineData("0033612345678")]
    [InlineData("06 12 34 56 78")]
    [InlineData("06-12-34-56-78")]
    [InlineData("0612345678")]
    [InlineData("+33612345678")]
    [InlineData("+33 (0)6 12 34 56 78")]
    [InlineData("+33 06 12 34 56 78")]
    [InlineData("00 33 6 12 34 56 78")]
    [InlineData(" 06 12 34 56 78 ")]
    public void French_numbers_in_any_notation_become_one_e164_number(string written) =>
        Assert.Equal("+33612345678", PhoneNumbers.Normalise(written));

    [Theory]
    [InlineData("01 42 68 53 00", "+33142685300")]
    [InlineData("+44 20 7946 0958", "+442079460958")]
    [InlineData("0044 20 7946 0958", "+442079460958")]
    [InlineData("+262 262 12 34 56", "+262262123456")]
    public void Landlines_and_foreign_numbers(string written, string expected) =>
        Assert.Equal(expected, PhoneNumbers.Normalise(written));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("12345")]
    [InlineData("06 12 34 56")]
    [InlineData("06 12 34 56 78 9")]
    [InlineData("00 12 34 56 78")]
    [InlineData("06 12 AB 56 78")]
    [InlineData("+33 6 12 34 56")]
    [InlineData("6+12345678")]
    [InlineData("jean@exemple.fr")]
    public void Text_that_is_not_a_phone_number_is_rejected(string? written) =>
        Assert.Null(PhoneNumbers.Normalise(written));

    [Theory]
    [InlineData(" Jean.Dupont@Exemple.FR ", "jean.dupont@exemple.fr")]
    [InlineData("MARIE@ORANGE.FR", "marie@orange.fr")]
    [InlineData("a.b+lead@sub.domaine.fr", "a.b+lead@sub.domaine.fr")]
    public void Emails_are_trimmed_and_lower_cased(string written, string expected) =>
        Assert.Equal(expected, EmailAddresses.Normalise(written));

    [Theory]
    [InlineData("jean")]
    [InlineData("jean@")]
    [InlineData("@exemple.fr")]
    [InlineData("jean@exemple")]
    [InlineData("jean dupont@exemple.fr")]
    [InlineData("jean@@exemple.fr")]
    [InlineData("jean@exemple..fr")]
    public void Malformed_emails_are_rejected(string written) => Assert.Null(EmailAddresses.Normalise(written));
}
