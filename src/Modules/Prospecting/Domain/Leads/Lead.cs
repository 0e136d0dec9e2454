using Leasing.Prospecting.Domain.Privacy;

namespace Leasing.Prospecting.Domain.Leads;

/// <summary>
/// A lead rebuilt from its stream. Immutable: every event gives a new value, so a fetched lead is never changed
/// in place (Marten keeps an identity map).
/// </summary>
public sealed record Lead
{
    public Guid Id { get; init; }
    public string SourceId { get; init; } = "";
    public IntakeRoute Route { get; init; }
    public Guid PointOfSaleId { get; init; }
    public LeadContact Contact { get; init; } = null!;
    public LeadNeed Need { get; init; } = LeadNeed.Unknown;
    public LeadConsent Consent { get; init; } = LeadConsent.None;
    public string? Message { get; init; }
    public string? ExternalReference { get; init; }
    public LeadStatus Status { get; init; }
    public DateTimeOffset CapturedAt { get; init; }
    public DateTimeOffset? AcknowledgedAt { get; init; }
    public DateTimeOffset? QualifiedAt { get; init; }
    public DateTimeOffset? VisitAt { get; init; }
    public IReadOnlyList<Guid> QuoteIds { get; init; } = [];
    public Guid? ContractId { get; init; }
    public LossReason? LossReason { get; init; }
    public string? LossNote { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public Guid? AdvisorId { get; init; }
    public DateTimeOffset? AssignedAt { get; init; }
    public IReadOnlyList<LeadMerged> Merges { get; init; } = [];
    public IReadOnlyList<LeadActivity> Activities { get; init; } = [];
    public IReadOnlyList<FollowUp> FollowUps { get; init; } = [];
    public IReadOnlyList<LeadSimulation> Simulations { get; init; } = [];
    public IReadOnlyList<SlaKind> SlaBreaches { get; init; } = [];
    public DateTimeOffset? ErasedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Version { get; init; }

    public bool IsOpen => Status.IsOpen();

    public bool IsErased => ErasedAt is not null;

    /// <summary>Every e-mail and phone the person used, including those of merged duplicates.</summary>
    public IReadOnlyCollection<string> KnownEmails => Known(c => c.Email);

    public IReadOnlyCollection<string> KnownPhones => Known(c => c.Phone);

    public static Lead Create(LeadCaptured e) => new()
    {
        Id = e.LeadId, SourceId = e.Intake.SourceId, Route = e.Intake.Route, PointOfSaleId = e.Intake.PointOfSaleId,
        Contact = e.Intake.Contact, Need = e.Intake.Need, Consent = e.Intake.Consent, Message = e.Intake.Message,
        ExternalReference = e.Intake.ExternalReference, Status = LeadStatus.New, CapturedAt = e.At, UpdatedAt = e.At,
    };

    public Lead Apply(LeadAcknowledged e) => this with { Status = LeadStatus.Acknowledged, AcknowledgedAt = e.At, UpdatedAt = e.At };

    public Lead Apply(LeadQualified e) => this with { Status = LeadStatus.Qualified, Need = e.Need, QualifiedAt = e.At, UpdatedAt = e.At };

    public Lead Apply(AppointmentSet e) => this with { Status = LeadStatus.AppointmentSet, VisitAt = e.VisitAt, UpdatedAt = e.At };

    public Lead Apply(OfferMade e) => this with { Status = LeadStatus.OfferMade, QuoteIds = [.. QuoteIds, e.QuoteId], UpdatedAt = e.At };

    public Lead Apply(LeadWon e) => this with { Status = LeadStatus.Won, ContractId = e.ContractId, ClosedAt = e.At, UpdatedAt = e.At };

    public Lead Apply(LeadLost e) => this with { Status = LeadStatus.Lost, LossReason = e.Reason, LossNote = e.Note, ClosedAt = e.At, UpdatedAt = e.At };

    public Lead Apply(SimulationAttached e) => this with { Simulations = [.. Simulations, e.Simulation], UpdatedAt = e.At };

    public Lead Apply(LeadExpired e) => this with { Status = LeadStatus.Expired, ClosedAt = e.At, UpdatedAt = e.At };

    public Lead Apply(LeadAssigned e) => this with { AdvisorId = e.AdvisorId, AssignedAt = e.At, UpdatedAt = e.At };

    public Lead Apply(LeadReassigned e) => this with { AdvisorId = e.ToAdvisorId, AssignedAt = e.At, UpdatedAt = e.At };

    // The duplicate fills in what the lead did not know yet (a phone when only an e-mail was given, and so on),
    // and its own contact details are kept so a third contact with either of them still finds this lead.
    public Lead Apply(LeadMerged e) => this with
    {
        Merges = [.. Merges, e],
        Contact = Contact with
        {
            Email = Contact.Email ?? e.Duplicate.Contact.Email,
            Phone = Contact.Phone ?? e.Duplicate.Contact.Phone,
            FirstName = Contact.FirstName ?? e.Duplicate.Contact.FirstName,
            LastName = Contact.LastName ?? e.Duplicate.Contact.LastName,
            CompanyName = Contact.CompanyName ?? e.Duplicate.Contact.CompanyName,
        },
        Consent = Consent.Given ? Consent : e.Duplicate.Consent,
        UpdatedAt = e.At,
    };

    public Lead Apply(ActivityLogged e) => this with { Activities = [.. Activities, e.Activity], UpdatedAt = e.At };

    public Lead Apply(FollowUpScheduled e) => this with { FollowUps = [.. FollowUps, e.FollowUp], UpdatedAt = e.At };

    public Lead Apply(SlaBreached e) => this with { SlaBreaches = [.. SlaBreaches, e.Kind], UpdatedAt = e.At };

    public Lead Apply(PersonalDataErased e) => PersonalDataErasure.Mask(this, e.At);

    private IReadOnlyCollection<string> Known(Func<LeadContact, string?> detail) =>
        new[] { detail(Contact) }.Concat(Merges.Select(m => detail(m.Duplicate.Contact)))
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}
