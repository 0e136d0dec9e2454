using System.Reflection;
using Leasing.Kernel.EventSourcing;
using Leasing.Prospecting.Domain.Calendar;
using Leasing.Prospecting.Domain.Intake;
using Leasing.Prospecting.Domain.Leads;
using Leasing.Prospecting.Domain.Sources;
using Xunit;

namespace Leasing.Prospecting.Tests;

/// <summary>Shared test values. Instants are written with their explicit offset (+01:00 winter, +02:00 summer in Paris).</summary>
public static class TestData
{
    public static readonly Guid PointOfSale = Guid.Parse("00000000-0000-0000-0000-00000000a001");
    public static readonly Guid OtherPointOfSale = Guid.Parse("00000000-0000-0000-0000-00000000a002");

    public static DateTimeOffset Winter(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.FromHours(1));

    public static DateTimeOffset Summer(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.FromHours(2));

    /// <summary>A typical dealership: Monday to Saturday 9:00–12:00 and 14:00–19:00, closed on Sunday.</summary>
    public static OpeningHours Dealership(params DateOnly[] closedDates)
    {
        IReadOnlyList<OpenInterval> day = [OpenInterval.Of(9, 0, 12, 0), OpenInterval.Of(14, 0, 19, 0)];
        var week = new Dictionary<DayOfWeek, IReadOnlyList<OpenInterval>>
        {
            [DayOfWeek.Monday] = day, [DayOfWeek.Tuesday] = day, [DayOfWeek.Wednesday] = day,
            [DayOfWeek.Thursday] = day, [DayOfWeek.Friday] = day, [DayOfWeek.Saturday] = day,
        };
        return OpeningHours.Weekly(week, closedDates);
    }

    public static LeadIntake SampleIntake(string? email = "jean.dupont@exemple.fr", string? phone = "+33612345678", string sourceId = SourceCatalogue.LaCentrale) =>
        new(sourceId, IntakeRoute.Api, PointOfSale,
            new LeadContact(PartyKind.Person, "Jean", "Dupont", null, email, phone, ContactChannel.Phone),
            new LeadNeed(VehicleCondition.Used, null, null, new VehicleOfInterest("Peugeot", "3008", 2021)),
            new LeadConsent(true, Winter(2026, 3, 13, 18, 50), "J'accepte d'être recontacté."),
            "Le véhicule est-il disponible ?");

    public static Lead Captured(DateTimeOffset at, LeadIntake? intake = null, Guid? id = null) =>
        Lead.Create(new LeadCaptured(id ?? Guid.NewGuid(), intake ?? SampleIntake(), at));

    public static readonly LeadNeed QualifiedNeed = new(VehicleCondition.Used, FinancingKind.Lld, new LeadBudget(350m, BudgetBasis.Monthly));

    /// <summary>Applies events the way Marten does: the <c>Apply</c> overload for the event's type.</summary>
    public static Lead Apply(Lead lead, IEnumerable<object> events)
    {
        foreach (var e in events)
        {
            var apply = typeof(Lead).GetMethod(nameof(Lead.Apply), BindingFlags.Public | BindingFlags.Instance, [e.GetType()])
                ?? throw new InvalidOperationException($"Lead has no Apply for {e.GetType().Name}.");
            lead = (Lead)apply.Invoke(lead, [e])!;
        }
        return lead;
    }

    /// <summary>Asserts the decision was accepted and applies its events.</summary>
    public static Lead Accepted(Lead lead, Decision decision)
    {
        Assert.Null(decision.Refusal);
        return Apply(lead, decision.Events);
    }

    public static LeadImportContext ImportContext(string? defaultSource = null, Guid? defaultPointOfSale = null) =>
        new(SourceCatalogue.Seed,
            new Dictionary<string, Guid> { ["Garage du Centre"] = PointOfSale, ["LYON-01"] = OtherPointOfSale },
            defaultSource, defaultPointOfSale, "J'accepte d'être recontacté.");
}
