using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;
using Leasing.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using static Leasing.Integration.Tests.Contracts.ContractDriver;

namespace Leasing.Integration.Tests.Contracts;

public sealed class BillingTests(LeasingApp app) : IntegrationTest(app)
{
    private readonly ContractDriver _contracts = new(app);

    [Fact]
    public async Task A_billing_run_run_twice_issues_the_same_invoices_and_adds_nothing_the_second_time()
    {
        var first = await _contracts.ActiveContractAsync(deliveredOn: new DateOnly(2026, 12, 10));
        var second = await _contracts.ActiveContractAsync(new OfferSpec(Product: "LLD", CustomerType: "Business", CompanyId: "SIREN-552100554",
            CustomerName: "Transports Rhône"), deliveredOn: new DateOnly(2026, 12, 10));

        var run = await _contracts.BillAsync("2026-12");
        Assert.Equal((BillingRunStatus.Completed, 2, 2, 2), (run.Status, run.ContractsDue, run.Processed, run.Issued));
        var invoices = (await _contracts.InvoicesAsync(first)).Concat(await _contracts.InvoicesAsync(second)).ToList();
        Assert.Equal(["FA-2026-000001", "FA-2026-000002"], invoices.Select(i => i.Number).Order().ToArray());
        var events = await _contracts.EventCountAsync();

        var again = await _contracts.BillAsync("2026-12");

        Assert.Equal((BillingRunStatus.Completed, 2, 0, 0), (again.Status, again.Attempt, again.ContractsDue, again.Issued));
        var after = (await _contracts.InvoicesAsync(first)).Concat(await _contracts.InvoicesAsync(second)).ToList();
        Assert.Equal(invoices.Select(i => (i.Id, i.Number, i.Total)).Order(), after.Select(i => (i.Id, i.Number, i.Total)).Order());
        Assert.Equal(events + 2, await _contracts.EventCountAsync()); // the second attempt's start and completion, nothing else
    }

    [Fact]
    public async Task The_first_and_last_invoices_are_prorated_to_the_day_with_the_delivery_fee_on_the_first_only_and_numbers_run_without_gaps_per_year()
    {
        var id = await _contracts.ActiveContractAsync(deliveredOn: new DateOnly(2026, 12, 10)); // runs 10/12/2026 – 09/12/2029

        for (var month = new DateOnly(2026, 12, 1); month <= new DateOnly(2029, 12, 1); month = month.AddMonths(1))
        {
            _contracts.SetDay(month < new DateOnly(2026, 12, 10) ? new DateOnly(2026, 12, 10) : month);
            await _contracts.BillAsync(month.ToString("yyyy-MM"));
        }
        var invoices = await _contracts.InvoicesAsync(id);

        Assert.Equal(37, invoices.Count);
        var first = invoices.Single(i => i.PeriodStart == new DateOnly(2026, 12, 10));
        Assert.Equal(new DateOnly(2026, 12, 31), first.PeriodEnd);
        // 22 days of a 31-day month: 429,06 × 22/31 = 304,49 € rent and 40 × 22/31 = 28,39 € services, TTC; plus 250 € HT of delivery.
        Assert.Equal(304.49m, Line(first, InvoiceLineKind.Rent).IncludingVat);
        Assert.Equal(28.39m, Line(first, InvoiceLineKind.Services).IncludingVat);
        Assert.Equal(new VatAmounts(250m, 50m, 300m), Line(first, InvoiceLineKind.DeliveryFee));
        Assert.Equal(632.88m, first.Total.IncludingVat);
        Assert.Equal(first.Total.ExcludingVat + first.Total.Vat, first.Total.IncludingVat);

        var january = invoices.Single(i => i.PeriodStart == new DateOnly(2027, 1, 1));
        Assert.Equal(469.06m, january.Total.IncludingVat);
        Assert.Equal(390.88m, january.Total.ExcludingVat); // 357,55 + 33,33 HT
        Assert.DoesNotContain(january.Lines, l => l.Kind == InvoiceLineKind.DeliveryFee);

        var last = invoices.Single(i => i.PeriodEnd == new DateOnly(2029, 12, 9));
        Assert.Equal(new DateOnly(2029, 12, 1), last.PeriodStart);
        Assert.Equal(124.57m, Line(last, InvoiceLineKind.Rent).IncludingVat); // 429,06 × 9/31
        Assert.Equal(11.61m, Line(last, InvoiceLineKind.Services).IncludingVat); // 40 × 9/31
        Assert.Equal(invoices.Count(i => i.Lines.Any(l => l.Kind == InvoiceLineKind.DeliveryFee)), 1);

        // 22 + 9 days make the 36th month: the rents add up to 36 monthly rents within a cent or two of rounding.
        Assert.InRange(invoices.Sum(i => Line(i, InvoiceLineKind.Rent).IncludingVat), 36 * 429.06m - 0.02m, 36 * 429.06m + 0.02m);
        foreach (var year in invoices.GroupBy(i => i.IssuedOn.Year))
            Assert.Equal(Enumerable.Range(1, year.Count()).Select(n => $"FA-{year.Key}-{n:000000}"), year.Select(i => i.Number).Order());
    }

    [Fact]
    public async Task A_contract_with_incomplete_billing_data_is_held_back_with_the_reason_and_caught_up_once_completed()
    {
        var id = await _contracts.OpenAsync();
        foreach (var kind in new[] { "Identity", "ProofOfAddress", "ProofOfIncome", "BankDetails" })
            await _contracts.CommandAsync(id, "documents", Body(("kind", kind), ("reference", $"{kind}.pdf")));
        await _contracts.CommandAsync(id, "finances", Body(("monthlyNetIncome", 3_000m), ("monthlyCharges", 400m)));
        await _contracts.ApproveAsync(id);
        await _contracts.SignAsync(id);
        await _contracts.DeliverAsync(id, new DateOnly(2026, 12, 10));

        var held = await _contracts.BillAsync("2026-12");
        Assert.Equal(0, held.Issued);
        var reason = Assert.Single(held.HeldBack);
        Assert.Equal(id, reason.ContractId);
        Assert.Contains(reason.Reasons, r => r.Contains("SEPA"));
        Assert.Contains(reason.Reasons, r => r.Contains("adresse"));
        Assert.Empty(await _contracts.InvoicesAsync(id));

        await _contracts.PutAsync($"/api/contracts/{id}/billing-details", new
        {
            addressLine = "12 rue de la République", postalCode = "69002", city = "Lyon", iban = "FR7630006000011234567890189",
            mandateReference = "RUM-0001", mandateSignedOn = "2026-12-10", expectedVersion = (await _contracts.LoadAsync(id)).Version,
        });
        _contracts.SetDay(new DateOnly(2027, 1, 2));
        var january = await _contracts.BillAsync("2027-01");

        Assert.Equal(2, january.Issued); // December's prorated days and January
        Assert.Empty(january.HeldBack);
        var invoices = await _contracts.InvoicesAsync(id);
        Assert.Equal([new DateOnly(2026, 12, 10), new DateOnly(2027, 1, 1)], invoices.Select(i => i.PeriodStart!.Value).Order().ToArray());
        Assert.All(invoices, i => Assert.Equal("FA-2027", i.Number[..7])); // numbered in the year they are issued
    }

    [Fact]
    public async Task A_business_is_invoiced_excluding_VAT_and_an_individual_including_it_and_both_bases_are_shown()
    {
        var business = await _contracts.ActiveContractAsync(new OfferSpec(Product: "LLD", CustomerType: "Business", CompanyId: "SIREN-552100554",
            CustomerName: "Transports Rhône"), deliveredOn: new DateOnly(2026, 12, 1));
        _contracts.SetDay(new DateOnly(2027, 1, 1));
        await _contracts.BillAsync("2027-01");
        var invoice = (await _contracts.InvoicesAsync(business)).Single(i => i.PeriodStart == new DateOnly(2027, 1, 1));

        Assert.Equal(VatBasis.ExcludingVat, invoice.Basis);
        // Quoted HT: 429,06 € of rent HT and 40 € of services HT; VAT 20 % on each line.
        Assert.Equal(new VatAmounts(429.06m, 85.81m, 514.87m), Line(invoice, InvoiceLineKind.Rent));
        Assert.Equal(new VatAmounts(469.06m, 93.81m, 562.87m), invoice.Total);
        Assert.Equal(PaymentTermsDue(invoice), invoice.DueOn);

        var token = await _contracts.TokenAsync("backoffice");
        var result = await Host.Scenario(s => { s.Get.Url($"/api/invoices/{invoice.Id}/document"); s.WithBearerToken(token); s.StatusCodeShouldBeOk(); });
        using var stream = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(stream);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(stream.ToArray());
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text)).Replace('\u00A0', ' ').Replace('\u202F', ' ');
        Assert.Contains(invoice.Number, text);
        Assert.Contains("514,87 €", text); // the rent line TTC
        Assert.Contains("562,87 €", text); // the total TTC
        Assert.Contains("RUM", text);
    }

    [Fact]
    public async Task The_bulk_copy_of_the_billing_run_writes_the_same_streams_events_and_documents_as_Martens_append_API()
    {
        var runner = Host.Services.GetRequiredService<Leasing.Contracts.Features.Billing.BillingRunner>();
        Assert.True(await runner.BulkCopyAvailableAsync());
        var id = await _contracts.ActiveContractAsync(deliveredOn: new DateOnly(2026, 12, 10));
        try
        {
            runner.UseBulkCopy = false;
            await _contracts.BillAsync("2026-12");
        }
        finally
        {
            runner.UseBulkCopy = true;
        }
        _contracts.SetDay(new DateOnly(2027, 1, 1));
        await _contracts.BillAsync("2027-01");

        var december = InvoiceIds.RentInvoice(id, "2026-12");
        var january = InvoiceIds.RentInvoice(id, "2027-01");
        await using var session = App.Store.QuerySession();
        var rows = await session.QueryAsync<string>(
            "select concat_ws('|', s.type, s.version, s.tenant_id, e.version, e.type, e.mt_dotnet_type, e.user_name, e.tenant_id, d.mt_dotnet_type, d.mt_version) " +
            "from events.mt_streams s join events.mt_events e on e.stream_id = s.id join contracts.mt_doc_invoice d on d.id = s.id " +
            "where s.id = any(?) order by e.seq_id", new[] { december, january });
        Assert.Equal(2, rows.Count);
        Assert.Equal(rows[0], rows[1]);

        // Read back by Marten like any stream: fetched, aggregated, projected, and payable.
        var copied = (await session.Events.FetchStreamAsync(january)).Single().Data;
        Assert.Equal(january, Assert.IsType<InvoiceIssued>(copied).InvoiceId);
        var projected = await session.LoadAsync<Invoice>(january);
        var live = await session.Events.AggregateStreamAsync<Invoice>(january);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(live), System.Text.Json.JsonSerializer.Serialize(projected));
        await _contracts.PostAsync($"/api/invoices/{january}/payments", new { amount = 469.06m, method = "SepaDirectDebit", reference = "E2E-1", expectedVersion = 1 });
        Assert.Equal(InvoiceStatus.Paid, (await session.LoadAsync<Invoice>(january))!.Status);
    }

    [Fact]
    public async Task A_batch_numbered_ahead_is_numbered_again_when_another_invoice_took_the_numbers_meanwhile()
    {
        var first = await _contracts.ActiveContractAsync(deliveredOn: new DateOnly(2026, 12, 10));
        var second = await _contracts.ActiveContractAsync(deliveredOn: new DateOnly(2026, 12, 10));
        var runner = Host.Services.GetRequiredService<Leasing.Contracts.Features.Billing.BillingRunner>();
        var runId = InvoiceIds.BillingRun("2026-12");
        await using (var write = App.Store.LightweightSession())
        {
            write.Events.StartStream<BillingRun>(runId, new BillingRunStarted(runId, "2026-12", 1, 2, new DateOnly(2026, 12, 10), App.Clock.GetUtcNow()));
            await write.SaveChangesAsync();
        }
        await using var session = App.Store.QuerySession();
        var run = (await session.LoadAsync<BillingRun>(runId))!;

        // Numbered ahead from 41 as if 40 invoices existed: the writer finds the series at 0 and numbers the batch 1 and 2.
        var result = await runner.ProcessBatchesAsync(run, Guid.Empty, 5, "backoffice", App.Clock.GetUtcNow(), CancellationToken.None, firstNumberHint: 41);

        Assert.Equal(2, result.Issued);
        var numbers = (await _contracts.InvoicesAsync(first)).Concat(await _contracts.InvoicesAsync(second)).Select(i => i.Number).Order();
        Assert.Equal(["FA-2026-000001", "FA-2026-000002"], numbers);
        var events = await session.Events.QueryRawEventDataOnly<InvoiceIssued>().Select(e => e.Number).ToListAsync();
        Assert.Equal(["FA-2026-000001", "FA-2026-000002"], events.Order());
    }

    private static DateOnly PaymentTermsDue(Invoice invoice) => invoice.IssuedOn.AddDays(PaymentTerms.DaysToPay);

    private static VatAmounts Line(Invoice invoice, InvoiceLineKind kind) => invoice.Lines.Single(l => l.Kind == kind).Amounts;
}
