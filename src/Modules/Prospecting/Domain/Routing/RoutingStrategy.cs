namespace Leasing.Prospecting.Domain.Routing;

/// <summary>How a point of sale hands new leads to its advisors.</summary>
public enum RoutingStrategy { RoundRobin, LowestOpenLoad }
