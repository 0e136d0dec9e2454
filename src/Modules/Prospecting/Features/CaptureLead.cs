using System.Text.Json;
using Leasing.Kernel.Security;
using Leasing.Kernel.Validation;
using Leasing.Prospecting.Domain.Intake;
using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.Domain.PointsOfSale;
using Leasing.Prospecting.Domain.Sources;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace Leasing.Prospecting.Features;

/// <summary>The answer kept for an idempotency key: a retried submission gets the same lead, never a second one.</summary>
public sealed record LeadIntakeReceipt(string Id, Guid LeadId, bool Merged, DateTimeOffset At);

/// <summary>
/// Lead intake through the HTTP API (reception, partner systems). The body uses the intake field names
/// (firstName, lastName, companyName, email, phone, source, pointOfSale, condition, financing, budget, make, model,
/// timeframe, consent, message ...). An <c>Idempotency-Key</c> header makes retries safe.
/// </summary>
public static class CaptureLeadEndpoint
{
    public const string IdempotencyHeader = "Idempotency-Key";

    [Authorize(Policy = Policies.Sales)]
    [WolverinePost("/api/leads", Name = "CaptureLead")]
    [Tags("Leads")]
    public static Task<IResult> Post(Dictionary<string, JsonElement> body, HttpContext http, IDocumentSession session, IMessageBus bus,
        TimeProvider clock, CancellationToken cancellation) =>
        LeadIntakeFlow.RunAsync(body, IntakeRoute.Api, http.Request.Headers[IdempotencyHeader].ToString(), session, bus, clock, cancellation);
}

/// <summary>The public web form in French: anonymous, rate-limited per client, consent to be contacted mandatory.</summary>
public static class SubmitWebLeadEndpoint
{
    public const string WebsiteSource = SourceCatalogue.OwnWebsite;

    [AllowAnonymous]
    [Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.PublicPerClient)]
    [WolverinePost("/api/public/leads", Name = "SubmitWebLead")]
    [Tags("Leads")]
    public static Task<IResult> Post(Dictionary<string, JsonElement> body, HttpContext http, IDocumentSession session, IMessageBus bus,
        TimeProvider clock, CancellationToken cancellation)
    {
        session.LastModifiedBy = "public-web-form";
        // A person on the website can only give the website as source, and must consent to be called back.
        body[IntakeFields.Source] = JsonSerializer.SerializeToElement(WebsiteSource);
        if (!body.TryGetValue(IntakeFields.Consent, out var consent) || consent.ValueKind != JsonValueKind.True)
            return Task.FromResult(Results.Problem(Problems.Field(IntakeFields.Consent, "Cochez la case pour accepter d'être recontacté (consent: true).")));
        return LeadIntakeFlow.RunAsync(body, IntakeRoute.WebForm, http.Request.Headers[CaptureLeadEndpoint.IdempotencyHeader].ToString(),
            session, bus, clock, cancellation);
    }
}

internal static class LeadIntakeFlow
{
    public static async Task<IResult> RunAsync(Dictionary<string, JsonElement> body, IntakeRoute route, string? idempotencyKey,
        IDocumentSession session, IMessageBus bus, TimeProvider clock, CancellationToken cancellation)
    {
        if (!string.IsNullOrEmpty(idempotencyKey))
        {
            if (idempotencyKey.Length > 200) return Results.Problem(Problems.Field(CaptureLeadEndpoint.IdempotencyHeader, "At most 200 characters."));
            if (await session.LoadAsync<LeadIntakeReceipt>(idempotencyKey, cancellation) is { } receipt)
                return Results.Ok(new { leadId = receipt.LeadId, merged = receipt.Merged, replayed = true });
        }

        var pointsOfSale = await session.Query<PointOfSale>().ToListAsync(cancellation);
        var context = new LeadImportContext((await LeadSources.LoadAsync(session, cancellation)).Catalogue, pointsOfSale.ToDictionary(p => p.Code, p => p.Id));
        var values = body.ToDictionary(p => p.Key, p => Text(p.Value), StringComparer.Ordinal);
        switch (LeadIntakeReader.Read(1, values, route, context))
        {
            case RejectedRow rejected:
                return Results.Problem(Problems.Validation(rejected.Reasons));
            case AcceptedRow accepted:
                var pointOfSale = pointsOfSale.Single(p => p.Id == accepted.Intake.PointOfSaleId);
                var captured = await LeadCapturing.CaptureAsync(accepted.Intake, pointOfSale, session, bus, clock, cancellation);
                // Inserted, not stored: two concurrent retries of one key cannot both create a lead (the second fails to commit).
                if (!string.IsNullOrEmpty(idempotencyKey))
                    session.Insert(new LeadIntakeReceipt(idempotencyKey, captured.LeadId, captured.Merged, clock.GetUtcNow()));
                return captured.Merged
                    ? Results.Ok(new { leadId = captured.LeadId, merged = true, replayed = false })
                    : Results.Created($"/api/leads/{captured.LeadId}", new { leadId = captured.LeadId, merged = false, replayed = false,
                        captured.AdvisorId, captured.AcknowledgeBy, captured.QualifyBy });
            default:
                throw new InvalidOperationException("An intake row is accepted or rejected.");
        }
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "oui",
        JsonValueKind.False => "non",
        _ => null,
    };
}
