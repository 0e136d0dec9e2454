using Leasing.Claims.Domain;

namespace Leasing.Claims.Tests.Domain;

public sealed class LiabilityAndDeductibleTests
{
    [Theory]
    [InlineData("RearEnd", "Striking", 100)]
    [InlineData("RearEnd", "Struck", 0)]
    [InlineData("Parked", "Parked", 0)]
    [InlineData("DoorOpening", "Opening", 100)]
    [InlineData("BothChangingLanes", "Both", 50)]
    [InlineData("Undetermined", "Both", 50)]
    public void The_accident_report_case_gives_the_driver_s_share_of_fault(string code, string role, int liability)
    {
        var @case = AccidentReportCases.Find(code)!;
        Assert.Equal(liability, DeductibleRule.Assess(ClaimKind.Collision, @case, @case.Role(role)).LiabilityPercent);
    }

    [Fact]
    public void Every_case_has_French_and_English_words_and_only_0_50_or_100_percent()
    {
        Assert.All(AccidentReportCases.All, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.French));
            Assert.False(string.IsNullOrWhiteSpace(c.English));
            Assert.All(c.Roles, r => Assert.Contains(r.LiabilityPercent, new[] { 0, 50, 100 }));
        });
        Assert.Equal(AccidentReportCases.All.Count, AccidentReportCases.All.Select(c => c.Code).Distinct().Count());
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(50, 150)]
    [InlineData(100, 300)]
    public void The_deductible_is_charged_in_proportion_to_the_fault(int percent, decimal charged) =>
        Assert.Equal(charged, DeductibleRule.Charged(Claims.Coverage(deductible: 300m), percent));

    [Fact]
    public void A_hit_and_run_carries_no_fault_but_the_whole_deductible()
    {
        var @case = AccidentReportCases.Find("UnidentifiedThirdParty")!;
        Assert.Equal(new LiabilityAssessment(0, 100), DeductibleRule.Assess(ClaimKind.Collision, @case, @case.Role("Victim")));
    }

    [Theory]
    [InlineData(ClaimKind.Theft, 0, 100)]
    [InlineData(ClaimKind.Weather, 0, 100)]
    [InlineData(ClaimKind.SingleVehicle, 100, 100)]
    public void An_event_without_a_third_party_charges_the_whole_deductible(ClaimKind kind, int liability, int deductible) =>
        Assert.Equal(new LiabilityAssessment(liability, deductible), DeductibleRule.Assess(kind, null, null));

    [Fact]
    public void Nothing_is_charged_when_the_contract_has_no_deductible_or_the_insurance_is_not_the_lessor_s()
    {
        Assert.Equal(0m, DeductibleRule.Charged(Claims.Coverage(deductible: null), 100));
        Assert.Equal(0m, DeductibleRule.Charged(Claims.Coverage(insurance: false), 100));
    }

    [Fact]
    public void The_deductible_share_is_rounded_to_the_cent_half_away_from_zero() =>
        Assert.Equal(166.68m, DeductibleRule.Charged(Claims.Coverage(deductible: 333.35m), 50));
}
