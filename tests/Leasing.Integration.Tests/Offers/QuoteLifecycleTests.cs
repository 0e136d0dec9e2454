using System.Text.Json;
using Leasing.Offers.Domain.Quotes;
using Leasing.Offers.Features.Quotes;
using Leasing.Offers.ReadModels;
using Leasing.Testing;
using Marten;
using Wolverine.Tracking;
using OffersEvents = Leasing.Offers.IntegrationEvents;

namespace Leasing.Integration.Tests.Offers;

public sealed class QuoteLifecycleTests(LeasingApp app) : IntegrationTest(app)
{
    /// <summary>The seed's car: catalogue 24 000 + fees 800 = 24 800 capitalised, LOA 36 months at 6 %.</summary>
    private static object Terms(decimal discount = 0m, decimal margin = 1m, int months = 36) => new
    {
        product = "LOA", cataloguePrice = 24000m, registrationAndDeliveryFees = 800m + discount, dealerDiscount = discount,
        termMonths = months, annualMileageKm = 12000, residualValue = 12800m, annualRatePercent = 6m, lessorMarginCoefficient = margin,
        serviceRatePerKm = 0.04m,
    };

    private static object NewQuote(object? terms = null, bool requestException = false) => new
    {
        customer = new { name = "Claire Martin", type = "Individual", email = "claire.martin@example.fr" },
        vehicle = new { make = "Peugeot", model = "308", version = "1.2 PureTech 130", energy = "Essence", co2GramsPerKm = 125 },
        terms = terms ?? Terms(),
        requestException,
        exceptionReason = requestException ? "Fidèle client, troisième contrat" : null,
    };

    [Fact]
    public async Task A_quote_is_drafted_sent_with_a_15_day_hold_and_accepted_which_publishes_QuoteAccepted()
    {
        var advisor = await App.TokenForAsync("backoffice");
        var created = await DraftAsync(advisor, NewQuote());
        Assert.StartsWith("DEV-2026-", created.Number);

        var sent = await Host.TrackActivity().ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
            await PostAsync(advisor, $"/api/quotes/{created.Id}/send", new { expectedVersion = 1 }, 200)));
        var timer = sent.Scheduled.SingleMessage<ExpireQuote>();
        Assert.Equal(new DateOnly(2026, 12, 8), timer.ValidUntil); // sent on 23/11/2026, consumer LOA held 15 days

        var accepted = await Host.TrackActivity().ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
            await PostAsync(advisor, $"/api/quotes/{created.Id}/accept", new { expectedVersion = 2 }, 200)));
        var message = accepted.FindSingleTrackedMessageOfType<OffersEvents.QuoteAccepted>();
        Assert.Equal(created.Id, message.QuoteId);
        Assert.Equal(429.06m, message.Amounts.MonthlyRentIncludingVat);
        Assert.Equal(469.06m, message.Amounts.MonthlyTotalIncludingVat);
        Assert.Equal(12800m, message.Amounts.PurchaseOptionPrice);
        Assert.Equal("Claire Martin", message.Customer.Name);
        Assert.Equal("backoffice", message.AcceptedBy);

        var quote = await LoadAsync(created.Id);
        Assert.Equal(QuoteStatus.Accepted, quote.Status);
        await using var session = App.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(created.Id);
        Assert.Equal(["quote_drafted", "quote_sent", "quote_accepted"], events.Select(e => e.EventTypeName).ToArray());
        Assert.All(events, e => Assert.Equal("backoffice", e.UserName));
    }

    [Fact]
    public async Task Every_round_keeps_its_terms_and_figures_and_a_stale_round_is_a_409()
    {
        var advisor = await App.TokenForAsync("backoffice");
        var created = await DraftAsync(advisor, NewQuote());
        await PostAsync(advisor, $"/api/quotes/{created.Id}/rounds", new { terms = Terms(months: 48), expectedVersion = 1 }, 200);
        var before = await EventCountAsync();
        await PostAsync(advisor, $"/api/quotes/{created.Id}/rounds", new { terms = Terms(months: 24), expectedVersion = 1 }, 409);
        Assert.Equal(before, await EventCountAsync());

        var quote = await LoadAsync(created.Id);
        Assert.Equal(2, quote.Rounds.Count);
        Assert.Equal(36, quote.Rounds[0].Terms.TermMonths);
        Assert.Equal(429.06m, quote.Rounds[0].Outcome.MonthlyRent);
        Assert.Equal(48, quote.Rounds[1].Terms.TermMonths);
        Assert.True(quote.Rounds[1].Outcome.MonthlyRent < quote.Rounds[0].Outcome.MonthlyRent);
        Assert.Equal(quote.Rounds[1].Outcome.MonthlyTotal, quote.MonthlyTotal);
    }

    [Fact]
    public async Task Beyond_the_back_office_discount_limit_is_403_unless_a_sales_manager_approves_an_exception()
    {
        var advisor = await App.TokenForAsync("backoffice");
        var before = await EventCountAsync();
        var refused = await PostAsync(advisor, "/api/quotes", NewQuote(Terms(discount: 2400m)), 403); // 10 % > 8 %
        Assert.Contains("discount", refused);
        Assert.Equal(before, await EventCountAsync());

        var pending = await DraftAsync(advisor, NewQuote(Terms(discount: 2400m), requestException: true));
        Assert.Equal(QuoteStatus.AwaitingApproval, pending.Status);
        await PostAsync(advisor, $"/api/quotes/{pending.Id}/send", new { expectedVersion = 2 }, 409);
        await PostAsync(advisor, $"/api/quotes/{pending.Id}/exception-decision", new { approve = true, expectedVersion = 2 }, 403);

        var manager = await App.TokenForAsync("salesmanager");
        await PostAsync(manager, $"/api/quotes/{pending.Id}/exception-decision", new { approve = true, note = "OK", expectedVersion = 2 }, 200);
        await PostAsync(advisor, $"/api/quotes/{pending.Id}/send", new { expectedVersion = 3 }, 200);

        var quote = await LoadAsync(pending.Id);
        Assert.Equal(ApprovalState.Approved, quote.CurrentRound.Approval);
        Assert.Equal(QuoteStatus.Sent, quote.Status);

        // The sales manager's own, wider limit lets the same discount through without an exception.
        var direct = await DraftAsync(manager, NewQuote(Terms(discount: 2400m)));
        Assert.Equal(QuoteStatus.Draft, direct.Status);
    }

    [Fact]
    public async Task A_lower_margin_than_the_floor_needs_an_exception_too()
    {
        var advisor = await App.TokenForAsync("backoffice");
        var refused = await PostAsync(advisor, "/api/quotes", NewQuote(Terms(margin: 0.98m)), 403);
        Assert.Contains("margin", refused);
    }

    [Fact]
    public async Task The_validity_timer_expires_a_sent_quote_after_its_last_day_and_does_nothing_once_it_moved_on()
    {
        var advisor = await App.TokenForAsync("backoffice");
        var expiring = await DraftAsync(advisor, NewQuote());
        var accepted = await DraftAsync(advisor, NewQuote());
        foreach (var id in new[] { expiring.Id, accepted.Id })
            await PostAsync(advisor, $"/api/quotes/{id}/send", new { expectedVersion = 1 }, 200);
        await PostAsync(advisor, $"/api/quotes/{accepted.Id}/accept", new { expectedVersion = 2 }, 200);

        App.Clock.Advance(TimeSpan.FromDays(15)); // 08/12: still the last valid day
        await Host.InvokeMessageAndWaitAsync(new ExpireQuote(expiring.Id, new DateOnly(2026, 12, 8)));
        Assert.Equal(QuoteStatus.Sent, (await LoadAsync(expiring.Id)).Status);

        App.Clock.Advance(TimeSpan.FromDays(1));
        advisor = await App.TokenForAsync("backoffice"); // a day later: a new token
        await PostAsync(advisor, $"/api/quotes/{expiring.Id}/accept", new { expectedVersion = 2 }, 400);
        await Host.InvokeMessageAndWaitAsync(new ExpireQuote(expiring.Id, new DateOnly(2026, 12, 8)));
        await Host.InvokeMessageAndWaitAsync(new ExpireQuote(accepted.Id, new DateOnly(2026, 12, 8)));

        Assert.Equal(QuoteStatus.Expired, (await LoadAsync(expiring.Id)).Status);
        Assert.Equal(QuoteStatus.Accepted, (await LoadAsync(accepted.Id)).Status);
    }

    [Fact]
    public async Task A_declined_quote_keeps_its_reason_and_cannot_be_accepted_and_a_new_quote_supersedes_an_open_one()
    {
        var advisor = await App.TokenForAsync("backoffice");
        var declined = await DraftAsync(advisor, NewQuote());
        await PostAsync(advisor, $"/api/quotes/{declined.Id}/send", new { expectedVersion = 1 }, 200);
        var missingReason = await PostAsync(advisor, $"/api/quotes/{declined.Id}/decline", new { expectedVersion = 2 }, 400);
        Assert.Contains("reason", missingReason);
        await PostAsync(advisor, $"/api/quotes/{declined.Id}/decline", new { reason = "Offre concurrente moins chère", expectedVersion = 2 }, 200);
        await PostAsync(advisor, $"/api/quotes/{declined.Id}/accept", new { expectedVersion = 3 }, 409);
        Assert.Equal("Offre concurrente moins chère", (await LoadAsync(declined.Id)).DeclineReason);

        var first = await DraftAsync(advisor, NewQuote());
        var replacement = await DraftAsync(advisor, new
        {
            customer = new { name = "Claire Martin", type = "Individual" }, vehicle = new { make = "Peugeot", model = "3008" },
            terms = Terms(), supersedes = first.Id,
        });
        var old = await LoadAsync(first.Id);
        Assert.Equal(QuoteStatus.Superseded, old.Status);
        Assert.Equal(replacement.Id, old.SupersededBy);
    }

    [Fact]
    public async Task Bad_draft_input_names_each_nested_field_and_stores_nothing()
    {
        var advisor = await App.TokenForAsync("backoffice");
        var before = await EventCountAsync();
        var problem = await PostAsync(advisor, "/api/quotes", new
        {
            customer = new { type = "Business" },
            vehicle = new { make = "Renault" },
            terms = new { product = "LOA", cataloguePrice = 20000, termMonths = 120, annualMileageKm = 10000, residualValue = 9000, annualRatePercent = 5 },
        }, 400);
        using var json = JsonDocument.Parse(problem);
        var fields = json.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("customer.name", fields);
        Assert.Contains("customer.companyId", fields);
        Assert.Contains("vehicle.model", fields);
        Assert.Contains("terms.termMonths", fields);
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task The_quote_list_pages_sorts_and_filters_in_the_database()
    {
        var advisor = await App.TokenForAsync("backoffice");
        for (var i = 0; i < 7; i++)
            await DraftAsync(advisor, NewQuote(Terms(months: 24 + i * 6)));
        var sent = await DraftAsync(advisor, NewQuote());
        await PostAsync(advisor, $"/api/quotes/{sent.Id}/send", new { expectedVersion = 1 }, 200);

        var page = await GetAsync<QuotePage>(advisor, "/api/quotes?page=2&pageSize=3&sort=monthlyTotal&direction=asc");
        Assert.Equal(8, page.Total);
        Assert.Equal(3, page.Items.Count);
        var all = await GetAsync<QuotePage>(advisor, "/api/quotes?pageSize=50&sort=monthlyTotal&direction=asc");
        Assert.Equal(all.Items.Skip(3).Take(3).Select(i => i.Id), page.Items.Select(i => i.Id));
        Assert.True(all.Items.Zip(all.Items.Skip(1)).All(p => p.First.MonthlyTotal <= p.Second.MonthlyTotal));

        var onlySent = await GetAsync<QuotePage>(advisor, "/api/quotes?status=Sent");
        Assert.Equal(sent.Id, Assert.Single(onlySent.Items).Id);

        var bad = await Host.Scenario(s => { s.Get.Url("/api/quotes?sort=colour&pageSize=0"); s.WithBearerToken(advisor); s.StatusCodeShouldBe(400); });
        var errors = (await bad.ReadAsJsonAsync<AuthenticationTests.ValidationProblem>())!.Errors.Keys;
        Assert.Contains("sort", errors);
        Assert.Contains("pageSize", errors);
    }

    [Fact]
    public async Task The_offer_PDF_carries_the_quotes_current_figures()
    {
        var advisor = await App.TokenForAsync("backoffice");
        var created = await DraftAsync(advisor, NewQuote());
        var result = await Host.Scenario(s => { s.Get.Url($"/api/quotes/{created.Id}/document"); s.WithBearerToken(advisor); s.StatusCodeShouldBeOk(); });
        Assert.Equal("application/pdf", result.Context.Response.ContentType);

        using var stream = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(stream);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(stream.ToArray());
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text)).Replace('\u202F', ' ').Replace('\u00A0', ' ');
        Assert.Contains(created.Number, text);
        Assert.Contains("429,06 €", text);
        Assert.Contains("469,06 €", text);
        Assert.Contains("Claire Martin", text);

        await Host.Scenario(s => { s.Get.Url($"/api/quotes/{Guid.NewGuid()}/document"); s.WithBearerToken(advisor); s.StatusCodeShouldBe(404); });
    }

    [Fact]
    public async Task A_fleet_manager_or_claims_handler_cannot_quote()
    {
        foreach (var user in new[] { "fleetmanager", "claims" })
        {
            var token = await App.TokenForAsync(user);
            await PostAsync(token, "/api/quotes", NewQuote(), 403);
        }
    }

    private async Task<QuoteWritten> DraftAsync(string token, object body)
    {
        var result = await Host.Scenario(s => { s.Post.Json(body).ToUrl("/api/quotes"); s.WithBearerToken(token); s.StatusCodeShouldBe(201); });
        return (await result.ReadAsJsonAsync<QuoteWritten>())!;
    }

    private async Task<string> PostAsync(string token, string url, object body, int status)
    {
        var result = await Host.Scenario(s => { s.Post.Json(body).ToUrl(url); s.WithBearerToken(token); s.StatusCodeShouldBe(status); });
        return await result.ReadAsTextAsync();
    }

    private async Task<T> GetAsync<T>(string token, string url)
    {
        var result = await Host.Scenario(s => { s.Get.Url(url); s.WithBearerToken(token); s.StatusCodeShouldBeOk(); });
        return (await result.ReadAsJsonAsync<T>())!;
    }

    private async Task<Quote> LoadAsync(Guid id)
    {
        await using var session = App.Store.QuerySession();
        return (await session.LoadAsync<Quote>(id))!;
    }
}
