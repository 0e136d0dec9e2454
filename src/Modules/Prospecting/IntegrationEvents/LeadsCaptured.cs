namespace Leasing.Prospecting.IntegrationEvents;

/// <summary>
/// The leads of one chunk of an import, announced in one message with the chunk's commit instead of one message per
/// lead: the same <see cref="LeadCaptured"/> events, which a subscriber handles as if each had come alone.
/// </summary>
public sealed record LeadsCaptured(IReadOnlyList<LeadCaptured> Leads);
