using Leasing.Prospecting.Domain.Calendar;
using Leasing.Prospecting.Domain.Routing;

namespace Leasing.Prospecting.Domain.PointsOfSale;

/// <summary>An advisor of a point of sale; <c>UserName</c> links to the signed-in account that works the leads.</summary>
public sealed record Advisor(Guid Id, string Name, string? UserName, bool Available = true);

/// <summary>
/// Opening hours as stored in events: day names and plain arrays, so the JSON is readable in the history and stable
/// whatever the serializer's dictionary and set handling.
/// </summary>
public sealed record OpeningHoursData(Dictionary<string, OpenInterval[]> Week, DateOnly[] ClosedDates)
{
    public OpeningHours ToOpeningHours() => OpeningHours.Weekly(
        Week.ToDictionary(d => Enum.Parse<DayOfWeek>(d.Key, ignoreCase: true), d => (IReadOnlyList<OpenInterval>)d.Value), ClosedDates);
}

public sealed record PointOfSaleOpened(Guid PointOfSaleId, string Code, string Name, OpeningHoursData Hours, Advisor[] Advisors,
    RoutingStrategy Routing, DateTimeOffset At);

public sealed record PointOfSaleChanged(Guid PointOfSaleId, string Name, OpeningHoursData Hours, Advisor[] Advisors,
    RoutingStrategy Routing, DateTimeOffset At);

/// <summary>A dealership: its weekly calendar (which the lead SLAs count in) and the advisors leads are routed to.</summary>
public sealed record PointOfSale
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public OpeningHoursData Hours { get; init; } = new([], []);
    public IReadOnlyList<Advisor> Advisors { get; init; } = [];
    public RoutingStrategy Routing { get; init; }
    public int Version { get; init; }

    public OpeningHours OpeningHours => Hours.ToOpeningHours();

    public static PointOfSale Create(PointOfSaleOpened e) => new()
    {
        Id = e.PointOfSaleId, Code = e.Code, Name = e.Name, Hours = e.Hours, Advisors = e.Advisors, Routing = e.Routing,
    };

    public PointOfSale Apply(PointOfSaleChanged e) => this with { Name = e.Name, Hours = e.Hours, Advisors = e.Advisors, Routing = e.Routing };
}
