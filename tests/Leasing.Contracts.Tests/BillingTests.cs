using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;

namespace Leasing.Contracts.Tests;

public class BillingPeriodTests
{
    [Fact]
    public void A_contract_delivered_mid_month_is_billed_from_its_first_day_to_the_month_end_then_whole_months_then_to_its_last_day()
    {
        var periods = BillingPeriod.Between(new DateOnly(2026, 12, 10), new DateOnly(2029, 12, 9)).ToList();

        Assert.Equal(37, periods.Count);
        Assert.Equal(new BillingPeriod(new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 31)), periods[0]);
        Assert.Equal(22, periods[0].Days);
        Assert.True(periods[1].IsWholeMonth);
        Assert.Equal(new BillingPeriod(new DateOnly(2029, 12, 1), new DateOnly(2029, 12, 9)), periods[^1]);
        Assert.All(periods.Zip(periods.Skip(1)), pair => Assert.Equal(pair.First.End.AddDays(1), pair.Second.Start));
    }

    [Theory]
    [InlineData(2026, 12, 10, 31, 429.06, 304.49)] // 22/31
    [InlineData(2027, 2, 15, 28, 429.06, 214.53)] // 14/28
    [InlineData(2028, 2, 15, 29, 429.06, 221.93)] // 15/29 in a leap year
    [InlineData(2027, 1, 1, 31, 429.06, 429.06)] // a whole month is never recomputed
    public void Prorating_is_to_the_day_on_the_months_actual_length_rounded_once(int year, int month, int day, int daysInMonth, double rent, double expected)
    {
        var start = new DateOnly(year, month, day);
        var period = new BillingPeriod(start, new DateOnly(year, month, daysInMonth));

        Assert.Equal((decimal)expected, period.Prorate((decimal)rent));
    }

    [Fact]
    public void The_first_invoice_carries_the_first_payment_and_the_delivery_fee_and_later_ones_do_not()
    {
        var account = Seed.Account(new DateOnly(2026, 12, 10), firstPayment: 2_000m);
        var first = RentInvoicing.LinesFor(account, new BillingPeriod(new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 31)));
        var second = RentInvoicing.LinesFor(account, new BillingPeriod(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31)));

        Assert.Equal([InvoiceLineKind.Rent, InvoiceLineKind.Services, InvoiceLineKind.FirstPayment, InvoiceLineKind.DeliveryFee], first.Select(l => l.Kind).ToArray());
        Assert.Equal(new VatAmounts(1_666.67m, 333.33m, 2_000m), first.Single(l => l.Kind == InvoiceLineKind.FirstPayment).Amounts);
        Assert.Equal(new VatAmounts(250m, 50m, 300m), first.Single(l => l.Kind == InvoiceLineKind.DeliveryFee).Amounts);
        Assert.Equal([InvoiceLineKind.Rent, InvoiceLineKind.Services], second.Select(l => l.Kind).ToArray());
    }

    [Fact]
    public void Days_billed_beyond_a_mid_month_return_are_credited_with_the_same_prorating()
    {
        var account = Seed.Account(new DateOnly(2026, 12, 1));
        var credit = RentInvoicing.CreditFor(account, new DateOnly(2029, 11, 20), new DateOnly(2029, 11, 30));

        Assert.Equal(-143.02m, credit.Single(l => l.Label.Contains("Loyer")).Amounts.IncludingVat); // 429,06 × 10/30
        Assert.Equal(-13.33m, credit.Single(l => l.Label.Contains("Prestations")).Amounts.IncludingVat);
        Assert.All(credit, l => Assert.Equal(InvoiceLineKind.RentCredit, l.Kind));
        Assert.Empty(RentInvoicing.CreditFor(account, new DateOnly(2029, 11, 30), new DateOnly(2029, 11, 30)));
    }

    [Fact]
    public void The_rent_in_force_is_the_latest_version_effective_on_the_period_start()
    {
        var account = Seed.Account(new DateOnly(2026, 12, 10)) with
        {
            Rents = [new RentVersion(new DateOnly(2026, 12, 10), 429.06m, 40m), new RentVersion(new DateOnly(2027, 5, 1), 429.06m, 53.33m)],
        };

        Assert.Equal(40m, account.RentOn(new DateOnly(2027, 4, 1)).ServicesQuoted);
        Assert.Equal(53.33m, account.RentOn(new DateOnly(2027, 5, 1)).ServicesQuoted);
    }

    [Fact]
    public void An_account_without_mandate_address_or_a_business_SIREN_is_not_invoiced()
    {
        var missing = (Seed.Account(new DateOnly(2026, 12, 10), VatBasis.ExcludingVat) with { MandateReference = null, BillingAddress = " ", CompanyId = null })
            .MissingData();

        Assert.Equal(3, missing.Count);
        Assert.Contains(missing, m => m.Contains("SEPA"));
        Assert.Contains(missing, m => m.Contains("SIREN"));
        Assert.Empty(Seed.Account(new DateOnly(2026, 12, 10)).MissingData());
    }
}

public class VatAmountsTests
{
    [Theory]
    [InlineData(429.06, 357.55, 71.51)]
    [InlineData(0.03, 0.03, 0.00)] // 0,025 rounds up to 0,03 HT: VAT is the difference, so the line still adds up
    [InlineData(40.00, 33.33, 6.67)]
    public void An_amount_quoted_TTC_keeps_its_TTC_and_derives_HT_and_VAT_that_add_up(double ttc, double ht, double vat)
    {
        var amounts = VatAmounts.FromQuoted((decimal)ttc, VatBasis.IncludingVat);

        Assert.Equal((decimal)ttc, amounts.IncludingVat);
        Assert.Equal((decimal)ht, amounts.ExcludingVat);
        Assert.Equal((decimal)vat, amounts.Vat);
        Assert.Equal(amounts.IncludingVat, amounts.ExcludingVat + amounts.Vat);
    }

    [Fact]
    public void An_amount_quoted_HT_adds_20_percent_VAT_rounded_half_away_from_zero()
    {
        Assert.Equal(new VatAmounts(429.06m, 85.81m, 514.87m), VatAmounts.FromQuoted(429.06m, VatBasis.ExcludingVat));
        Assert.Equal(new VatAmounts(0.13m, 0.03m, 0.16m), VatAmounts.FromQuoted(0.125m, VatBasis.ExcludingVat)); // 0,125 → 0,13
    }
}

public class InvoiceIdsAndPaymentTermsTests
{
    [Fact]
    public void An_invoice_id_is_the_same_for_the_same_contract_and_month_and_different_otherwise()
    {
        var contract = Guid.Parse("0193a1b2-0000-7000-8000-000000000001");

        Assert.Equal(InvoiceIds.RentInvoice(contract, "2026-12"), InvoiceIds.RentInvoice(contract, "2026-12"));
        Assert.NotEqual(InvoiceIds.RentInvoice(contract, "2026-12"), InvoiceIds.RentInvoice(contract, "2027-01"));
        Assert.NotEqual(InvoiceIds.RentInvoice(contract, "2026-12"), InvoiceIds.RentInvoice(Guid.CreateVersion7(), "2026-12"));
        Assert.Equal(5, InvoiceIds.RentInvoice(contract, "2026-12").Version);
    }

    [Theory]
    [InlineData(4, null)]
    [InlineData(5, DunningStep.FirstReminder)]
    [InlineData(14, DunningStep.FirstReminder)]
    [InlineData(15, DunningStep.SecondReminder)]
    [InlineData(30, DunningStep.FormalNotice)]
    [InlineData(90, DunningStep.FormalNotice)]
    public void Dunning_steps_fall_at_5_15_and_30_days_after_the_due_date(int daysLate, DunningStep? expected)
    {
        var due = new DateOnly(2026, 12, 20);
        Assert.Equal(expected, PaymentTerms.StepDue(due, due.AddDays(daysLate), DunningStep.None));
    }

    [Fact]
    public void A_step_already_recorded_is_not_due_again_and_a_late_sweep_sends_only_the_highest()
    {
        var due = new DateOnly(2026, 12, 20);
        Assert.Null(PaymentTerms.StepDue(due, due.AddDays(10), DunningStep.FirstReminder));
        Assert.Equal(DunningStep.FormalNotice, PaymentTerms.StepDue(due, due.AddDays(40), DunningStep.FirstReminder));
        Assert.Equal("FA-2026-000042", InvoiceSeries.Format(InvoiceKind.Final, 2026, 42));
        Assert.Equal("AV-2027-000001", InvoiceSeries.Format(InvoiceKind.CreditNote, 2027, 1));
    }
}
