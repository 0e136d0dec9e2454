using System.Text.Json;
using Leasing.Contracts.Domain;
using Leasing.Contracts.Domain.Billing;
using Leasing.Contracts.Features.Opening;
using Leasing.Contracts.Features.Signature;
using Leasing.Offers.IntegrationEvents;
using Leasing.Testing;
using Marten;
using Marten.Events;
using Wolverine.Tracking;
using OffersEvents = Leasing.Offers.IntegrationEvents;

namespace Leasing.Integration.Tests.Contracts;

/// <summary>The offer a contract is opened from: the seed's car unless said otherwise, priced by the Offers engine.</summary>
public sealed record OfferSpec(string Product = "LOA", string CustomerType = "Individual", string? CompanyId = null, decimal VehiclePrice = 24_800m,
    decimal FirstPayment = 0m, int TermMonths = 36, int AnnualMileageKm = 12_000, decimal ResidualValue = 12_800m, decimal RatePercent = 6m,
    decimal ServiceRatePerKm = 0.04m, decimal ExcessKmPrice = 0.06m, string CustomerName = "Claire Martin")
{
    public ContractPricingTerms Terms => new(Product, CustomerType, VehiclePrice, FirstPayment, TermMonths, AnnualMileageKm, ResidualValue, RatePercent, 1m,
        "Arrears", ServiceRatePerKm, 0m, ExcessKmPrice);

    public OffersEvents.QuoteAccepted Accepted(Guid quoteId, DateTimeOffset at)
    {
        var price = ContractPricing.Price(Terms);
        var quoted = price.QuotedBasis;
        return new OffersEvents.QuoteAccepted(quoteId, $"DEV-2026-{Math.Abs(quoteId.GetHashCode()) % 1_000_000:000000}", Guid.CreateVersion7(),
            new AcceptedCustomer(CustomerName, CustomerType, "client@example.fr", "06 12 34 56 78", CompanyId),
            new AcceptedVehicle("Peugeot", "308", "1.2 PureTech 130", "Essence", 125),
            new AcceptedTerms(Product, TermMonths, AnnualMileageKm, VehiclePrice, FirstPayment, ResidualValue, RatePercent, 1m, "Arrears", ServiceRatePerKm, 0m,
                ExcessKmPrice),
            new AcceptedAmounts(quoted, price.MonthlyRentExcludingVat, price.MonthlyServicesExcludingVat, price.MonthlyTotalExcludingVat,
                price.MonthlyRentIncludingVat, price.MonthlyServicesIncludingVat, price.MonthlyTotalIncludingVat, price.AmountFinanced, TermMonths,
                quoted == "IncludingVat" ? price.PurchaseOptionPriceIncludingVat : price.PurchaseOptionPriceExcludingVat),
            "backoffice", at);
    }
}

/// <summary>
/// Drives contracts through the HTTP API as the back office would, on the test clock, with a fresh token whenever the
/// clock moved (tokens expire with it). Each step reads the contract's current version first, as a page would.
/// </summary>
public sealed class ContractDriver(LeasingApp app)
{
    /// <summary>Generous: a shared 2-core machine under load can take seconds to render a PDF or run a batch.</summary>
    public static readonly TimeSpan TrackingTimeout = TimeSpan.FromSeconds(60);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
    private readonly Dictionary<string, (string Token, DateTimeOffset At)> _tokens = [];

    public IAlbaHost Host => app.Host;

    public async Task<string> TokenAsync(string user)
    {
        var now = app.Clock.GetUtcNow();
        if (_tokens.TryGetValue(user, out var cached) && now - cached.At < TimeSpan.FromHours(4) && now >= cached.At) return cached.Token;
        var token = await app.TokenForAsync(user);
        _tokens[user] = (token, now);
        return token;
    }

    public async Task<Guid> OpenAsync(OfferSpec? spec = null)
    {
        var accepted = (spec ?? new OfferSpec()).Accepted(Guid.CreateVersion7(), app.Clock.GetUtcNow());
        await Host.InvokeMessageAndWaitAsync(accepted, 60_000);
        return QuoteAcceptedHandler.ContractIdFor(accepted.QuoteId);
    }

    public async Task<Contract> LoadAsync(Guid id)
    {
        await using var session = app.Store.QuerySession();
        return (await session.LoadAsync<Contract>(id))!;
    }

    public async Task<string> PostAsync(string url, object body, int status = 200, string user = "backoffice")
    {
        var token = await TokenAsync(user);
        var result = await Host.Scenario(s => { s.Post.Json(body).ToUrl(url); s.WithBearerToken(token); s.StatusCodeShouldBe(status); });
        return await result.ReadAsTextAsync();
    }

    public async Task<string> PutAsync(string url, object body, int status = 200, string user = "backoffice")
    {
        var token = await TokenAsync(user);
        var result = await Host.Scenario(s => { s.Put.Json(body).ToUrl(url); s.WithBearerToken(token); s.StatusCodeShouldBe(status); });
        return await result.ReadAsTextAsync();
    }

    public async Task<T> GetAsync<T>(string url, string user = "backoffice")
    {
        var token = await TokenAsync(user);
        var result = await Host.Scenario(s => { s.Get.Url(url); s.WithBearerToken(token); s.StatusCodeShouldBeOk(); });
        return JsonSerializer.Deserialize<T>(await result.ReadAsTextAsync(), Json)!;
    }

    public async Task GetStatusAsync(string url, int status, string user)
    {
        var token = await TokenAsync(user);
        await Host.Scenario(s => { s.Get.Url(url); s.WithBearerToken(token); s.StatusCodeShouldBe(status); });
    }

    /// <summary>A command on a contract at its current version.</summary>
    public async Task<string> CommandAsync(Guid id, string path, Dictionary<string, object?> body, int status = 200, string user = "backoffice")
    {
        body["expectedVersion"] = (await LoadAsync(id)).Version;
        return await PostAsync($"/api/contracts/{id}/{path}", body, status, user);
    }

    public Task<ITrackedSession> TrackAsync(Func<Task> action) =>
        Host.TrackActivity().Timeout(ContractDriver.TrackingTimeout).ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ => await action()));

    public static Dictionary<string, object?> Body(params (string Key, object? Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value);

    // ---- the steps of a contract's life -------------------------------------------------------------------------------

    public async Task CompleteFileAsync(Guid id, decimal monthlyIncome = 3_000m, decimal monthlyCharges = 400m)
    {
        var contract = await LoadAsync(id);
        var kinds = new List<string> { "Identity", "ProofOfAddress", "ProofOfIncome", "BankDetails" };
        if (contract.Customer.Type == CustomerType.Business) kinds.Add("CompanyRegistration");
        foreach (var kind in kinds)
            await CommandAsync(id, "documents", Body(("kind", kind), ("reference", $"{kind}.pdf")));
        await CommandAsync(id, "finances", contract.Customer.Type == CustomerType.Business
            ? Body(("annualRevenue", 600_000m), ("yearsInBusiness", 8))
            : Body(("monthlyNetIncome", monthlyIncome), ("monthlyCharges", monthlyCharges)));
        await PutAsync($"/api/contracts/{id}/billing-details", Body(("expectedVersion", (await LoadAsync(id)).Version), ("addressLine", "12 rue de la République"), ("postalCode", "69002"), ("city", "Lyon"),
            ("iban", "FR76 3000 6000 0112 3456 7890 189"), ("mandateReference", $"RUM-{contract.Number}"), ("mandateSignedOn", "2026-11-20")));
    }

    public async Task ApproveAsync(Guid id) =>
        await CommandAsync(id, "financing-decision", Body(("decision", "Approved")), user: "credit");

    /// <summary>Signs; a consumer LOA's withdrawal timer is fired at its instant so the contract is firm.</summary>
    public async Task SignAsync(Guid id, string channel = "InPerson")
    {
        var tracked = await TrackAsync(() => CommandAsync(id, "signature", Body(("signerName", "Claire Martin"), ("channel", channel))));
        var timers = tracked.Scheduled.MessagesOf<EndWithdrawalPeriod>().ToList();
        if (timers.Count == 0) return;
        var timer = timers.Single();
        app.Clock.Set(Leasing.Contracts.Features.Shared.ContractTimes.After(timer.LastDay).AddHours(8));
        await Host.InvokeMessageAndWaitAsync(timer, 60_000);
    }

    /// <summary>Order, preparation and delivery on <paramref name="deliveredOn"/> (the clock is set to that day, 10:00 Paris).</summary>
    public async Task<ITrackedSession> DeliverAsync(Guid id, DateOnly deliveredOn, int odometerKm = 12)
    {
        SetDay(deliveredOn);
        await CommandAsync(id, "order", Body(("supplier", "Peugeot Lyon Gerland"), ("orderReference", "CMD-4411"), ("expectedDeliveryOn", deliveredOn)));
        await CommandAsync(id, "preparation", Body(("registration", "GH-123-JK"), ("vin", "VF3M45GFRKS123456")));
        return await TrackAsync(() => CommandAsync(id, "delivery", Body(("odometerKm", odometerKm),
            ("checklist", new { hotlineCardHandedOver = true, userGuideHandedOver = true, keysHandedOver = 2, registrationCertificateHandedOver = true }),
            ("photos", new[] { Photo("avant.jpg") }), ("driver", new { name = "Claire Martin", phone = "06 12 34 56 78", email = "claire@example.fr" }))));
    }

    public async Task<Guid> ActiveContractAsync(OfferSpec? spec = null, DateOnly? deliveredOn = null, string channel = "InPerson")
    {
        var id = await OpenAsync(spec);
        await CompleteFileAsync(id);
        await ApproveAsync(id);
        await SignAsync(id, channel);
        await DeliverAsync(id, deliveredOn ?? new DateOnly(2026, 12, 10));
        return id;
    }

    public void SetDay(DateOnly day, int hourUtc = 9) => app.Clock.Set(new DateTimeOffset(day.ToDateTime(new TimeOnly(hourUtc, 0)), TimeSpan.Zero));

    public static object Photo(string name) => new { fileName = name, contentType = "image/jpeg", contentBase64 = Convert.ToBase64String([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]) };

    /// <summary>Runs the billing run of a month to its end (its batches are durable messages) and waits for the invoice projection.</summary>
    public async Task<BillingRun> BillAsync(string month)
    {
        await Host.TrackActivity().Timeout(TimeSpan.FromSeconds(120)).ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
            await PostAsync("/api/billing-runs", new { month }, 202)));
        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        await using var session = app.Store.QuerySession();
        return (await session.LoadAsync<BillingRun>(InvoiceIds.BillingRun(month)))!;
    }

    public async Task<IReadOnlyList<Invoice>> InvoicesAsync(Guid contractId)
    {
        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        await using var session = app.Store.QuerySession();
        return await session.Query<Invoice>().Where(i => i.ContractId == contractId).OrderBy(i => i.Number).ToListAsync();
    }

    /// <summary>The dunning sweep of a day, on the invoices as projected (the daemon is waited for first).</summary>
    public async Task<ITrackedSession> DunAsync(DateOnly day)
    {
        SetDay(day, hourUtc: 5);
        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        var tracked = await Host.TrackActivity().Timeout(ContractDriver.TrackingTimeout).ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(context =>
            context.InvokeAsync(new Leasing.Contracts.Features.Payments.RunDunning(day))));
        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        return tracked;
    }

    /// <summary>An invoice as its stream says now (its version is what a payment expects).</summary>
    public Task<Invoice> InvoiceAsync(Guid id) => GetAsync<Invoice>($"/api/invoices/{id}");

    public async Task<long> EventCountAsync()
    {
        await using var session = app.Store.QuerySession();
        return (await session.QueryAsync<long>("select count(*) from events.mt_events")).Single();
    }

    public static string[] ErrorFields(string problem)
    {
        using var json = JsonDocument.Parse(problem);
        return json.RootElement.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(p => p.Name).ToArray() : [];
    }
}

public static class TrackedMessages
{
    /// <summary>Every message of a type the session saw (published, sent, or with no subscriber yet), once each.</summary>
    public static IReadOnlyList<T> Published<T>(this ITrackedSession tracked) =>
        tracked.AllRecordsInOrder().Select(r => r.Envelope?.Message).OfType<T>().Distinct().ToList();
}
