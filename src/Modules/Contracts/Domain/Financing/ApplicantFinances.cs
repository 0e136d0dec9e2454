namespace Leasing.Contracts.Domain.Financing;

/// <summary>
/// What the applicant declared and the documents support. An individual gives a monthly net income and the monthly
/// charges of their existing credits and rent; a business gives its annual revenue (HT) and its age.
/// </summary>
public sealed record ApplicantFinances(decimal? MonthlyNetIncome, decimal? MonthlyCharges, decimal? AnnualRevenue, int? YearsInBusiness);
