using Leasing.Contracts.Domain;
using Leasing.Contracts.Features.Shared;
using Leasing.Contracts.Features.Signature;
using Leasing.Testing;
using Wolverine.Tracking;
using static Leasing.Integration.Tests.Contracts.ContractDriver;
using ContractEvents = Leasing.Contracts.IntegrationEvents;

namespace Leasing.Integration.Tests.Contracts;

public sealed class SignatureTests(LeasingApp app) : IntegrationTest(app)
{
    private readonly ContractDriver _contracts = new(app);

    private async Task<Guid> ApprovedAsync(OfferSpec? spec = null)
    {
        var id = await _contracts.OpenAsync(spec);
        await _contracts.CompleteFileAsync(id);
        await _contracts.ApproveAsync(id);
        return id;
    }

    private Task<ITrackedSession> SignAsync(Guid id, string channel = "InPerson") =>
        _contracts.TrackAsync(() => _contracts.CommandAsync(id, "signature", Body(("signerName", "Claire Martin"), ("channel", channel))));

    [Fact]
    public async Task A_consumer_LOA_signature_stores_the_contract_PDF_and_starts_a_14_day_withdrawal_timer()
    {
        var id = await ApprovedAsync();
        var tracked = await SignAsync(id);

        // Signed on Monday 23/11/2026: the customer may withdraw until Monday 07/12 inclusive; the timer is due at midnight.
        var timer = tracked.Scheduled.SingleMessage<EndWithdrawalPeriod>();
        Assert.Equal(new DateOnly(2026, 12, 7), timer.LastDay);
        var signed = tracked.FindSingleTrackedMessageOfType<ContractEvents.ContractSigned>();
        Assert.True(signed.WithdrawalPeriodApplies);
        Assert.Equal(new DateOnly(2026, 12, 7), signed.WithdrawalEndsOn);
        var contract = await _contracts.LoadAsync(id);
        Assert.Equal(ContractStatus.Signed, contract.Status);
        Assert.Equal("Claire Martin", contract.SignerName);

        var token = await _contracts.TokenAsync("backoffice");
        var result = await Host.Scenario(s => { s.Get.Url($"/api/contracts/{id}/files/{id}"); s.WithBearerToken(token); s.StatusCodeShouldBeOk(); });
        Assert.Equal("application/pdf", result.Context.Response.ContentType);
        using var stream = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(stream);
        var bytes = stream.ToArray();
        Assert.Equal(contract.DocumentSha256, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)).ToLowerInvariant());
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text)).Replace('\u00A0', ' ').Replace('\u202F', ' ');
        Assert.Contains(contract.Number, text);
        Assert.Contains("429,06 €", text);
        Assert.Contains("07/12/2026", text);
        Assert.Contains("Claire Martin", text);
    }

    [Fact]
    public async Task A_withdrawal_within_the_14_days_cancels_the_contract_with_nothing_billed()
    {
        var id = await ApprovedAsync();
        await SignAsync(id);
        _contracts.SetDay(new DateOnly(2026, 12, 7), hourUtc: 20); // the last day, 21:00 in Paris

        var tracked = await _contracts.TrackAsync(() => _contracts.CommandAsync(id, "withdrawal", Body(("reason", "Changement de projet"))));

        Assert.Equal(new DateOnly(2026, 12, 7), tracked.FindSingleTrackedMessageOfType<ContractEvents.ContractWithdrawn>().WithdrawnOn);
        Assert.Equal("Withdrawn", tracked.FindSingleTrackedMessageOfType<ContractEvents.ContractClosed>().Outcome);
        var contract = await _contracts.LoadAsync(id);
        Assert.Equal(ContractStatus.Withdrawn, contract.Status);
        Assert.True(contract.IsClosed);
        Assert.Empty(await _contracts.InvoicesAsync(id));

        // The timer that fires afterwards finds the contract moved on.
        _contracts.SetDay(new DateOnly(2026, 12, 8));
        await Host.InvokeMessageAndWaitAsync(new EndWithdrawalPeriod(id, new DateOnly(2026, 12, 7)), 60_000);
        Assert.Equal(ContractStatus.Withdrawn, (await _contracts.LoadAsync(id)).Status);
        await _contracts.CommandAsync(id, "order", Body(("supplier", "X"), ("orderReference", "Y"), ("expectedDeliveryOn", "2026-12-20")), 409);
    }

    [Fact]
    public async Task After_the_14_days_a_withdrawal_is_refused_and_the_timer_makes_the_contract_firm()
    {
        var id = await ApprovedAsync();
        var timer = (await SignAsync(id)).Scheduled.SingleMessage<EndWithdrawalPeriod>();
        await _contracts.CommandAsync(id, "order", Body(("supplier", "X"), ("orderReference", "Y"), ("expectedDeliveryOn", "2026-12-20")), 409);

        // Fired too early (the last day itself): nothing happens.
        _contracts.SetDay(new DateOnly(2026, 12, 7));
        await Host.InvokeMessageAndWaitAsync(timer, 60_000);
        Assert.Equal(ContractStatus.Signed, (await _contracts.LoadAsync(id)).Status);

        App.Clock.Set(ContractTimes.After(timer.LastDay).AddMinutes(1));
        var problem = await _contracts.CommandAsync(id, "withdrawal", Body(("reason", "Trop tard")), 409);
        Assert.Contains("2026-12-07", problem);

        var tracked = await Host.TrackActivity().Timeout(ContractDriver.TrackingTimeout).ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(context => context.InvokeAsync(timer)));
        Assert.Equal(new DateOnly(2026, 12, 7), tracked.FindSingleTrackedMessageOfType<ContractEvents.WithdrawalPeriodEnded>().EndedOn);
        Assert.Equal(ContractStatus.ReadyToOrder, (await _contracts.LoadAsync(id)).Status);

        var version = (await _contracts.LoadAsync(id)).Version;
        await Host.InvokeMessageAndWaitAsync(timer, 60_000); // redelivered
        Assert.Equal(version, (await _contracts.LoadAsync(id)).Version);
        await _contracts.CommandAsync(id, "order", Body(("supplier", "Peugeot Lyon"), ("orderReference", "CMD-1"), ("expectedDeliveryOn", "2026-12-20")));
    }

    [Fact]
    public async Task A_business_LLD_has_no_withdrawal_period_and_a_consumer_LLD_has_one_only_when_signed_at_a_distance()
    {
        var business = await ApprovedAsync(new OfferSpec(Product: "LLD", CustomerType: "Business", CompanyId: "SIREN-552100554", CustomerName: "Transports Rhône"));
        var businessSigned = await SignAsync(business, "Distance");
        Assert.Empty(businessSigned.Scheduled.MessagesOf<EndWithdrawalPeriod>());
        Assert.Equal(ContractStatus.ReadyToOrder, (await _contracts.LoadAsync(business)).Status);
        await _contracts.CommandAsync(business, "withdrawal", Body(("reason", "?")), 409);

        var inPerson = await ApprovedAsync(new OfferSpec(Product: "LLD"));
        Assert.Empty((await SignAsync(inPerson)).Scheduled.MessagesOf<EndWithdrawalPeriod>());
        Assert.Null((await _contracts.LoadAsync(inPerson)).WithdrawalEndsOn);

        var distance = await ApprovedAsync(new OfferSpec(Product: "LLD"));
        Assert.Equal(new DateOnly(2026, 12, 7), (await SignAsync(distance, "Distance")).Scheduled.SingleMessage<EndWithdrawalPeriod>().LastDay);
    }

    [Fact]
    public async Task A_consumer_LOA_offer_is_held_15_days_and_a_signature_after_them_is_refused()
    {
        var id = await ApprovedAsync();
        _contracts.SetDay(new DateOnly(2026, 12, 9)); // opened on 23/11: held until 08/12
        var problem = await _contracts.CommandAsync(id, "signature", Body(("signerName", "Claire Martin"), ("channel", "InPerson")), 409);
        Assert.Contains("2026-12-08", problem);
        Assert.Equal(ContractStatus.AwaitingSignature, (await _contracts.LoadAsync(id)).Status);
    }
}
