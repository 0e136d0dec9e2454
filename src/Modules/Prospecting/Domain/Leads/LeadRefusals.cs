using Leasing.Kernel.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Leasing.Prospecting.Domain.Leads;

/// <summary>Why a lead refuses a command. The lead's state is a 409 (the request is fine, the lead is not ready); bad values are a 400.</summary>
public static class LeadRefusals
{
    private const string ConflictType = "https://tools.ietf.org/html/rfc9110#section-15.5.10";

    public static ProblemDetails WrongStatus(Lead lead, string action, params LeadStatus[] allowed) => new()
    {
        Status = StatusCodes.Status409Conflict,
        Title = $"A lead that is {Name(lead.Status)} cannot be {action}.",
        Detail = allowed.Length == 0
            ? "No lead can be; this action is never allowed."
            : $"Allowed when the lead is {string.Join(" or ", allowed.Select(Name))}.",
        Type = ConflictType,
    };

    public static ProblemDetails Erased(string action) => new()
    {
        Status = StatusCodes.Status409Conflict,
        Title = $"The lead's personal data was erased; it cannot be {action}.",
        Detail = "An erased lead is kept for statistics only; record a new lead if the person comes back.",
        Type = ConflictType,
    };

    public static ProblemDetails Invalid(FieldErrors errors) => Problems.Validation(errors.ToDictionary());

    public static ProblemDetails Field(string field, string message) => Problems.Field(field, message);

    private static string Name(LeadStatus status) => status switch
    {
        LeadStatus.AppointmentSet => "appointment set",
        LeadStatus.OfferMade => "offer made",
        _ => status.ToString().ToLowerInvariant(),
    };
}
