using Leasing.Kernel.Security;

namespace Leasing.Offers.Domain.Quotes;

/// <summary>How far a role may negotiate alone: the largest dealer discount and the lowest lessor margin coefficient.</summary>
public sealed record RoleLimit(string Role, decimal MaxDiscountPercent, decimal MinMarginCoefficient);

/// <summary>
/// Negotiation limits per role. A back-office user who goes beyond them needs a sales manager's approval
/// (an exception recorded as events); a sales manager's own limits are wider; Admin has the sales manager's.
/// </summary>
public sealed record NegotiationLimits(IReadOnlyList<RoleLimit> Limits)
{
    public static readonly NegotiationLimits Default = new(
    [
        new RoleLimit(Roles.BackOffice, MaxDiscountPercent: 8m, MinMarginCoefficient: 1.00m),
        new RoleLimit(Roles.SalesManager, MaxDiscountPercent: 15m, MinMarginCoefficient: 0.97m),
        new RoleLimit(Roles.Admin, MaxDiscountPercent: 15m, MinMarginCoefficient: 0.97m),
    ]);

    /// <summary>The widest limit among the user's roles, or null when no role may quote.</summary>
    public RoleLimit? For(IEnumerable<string> roles)
    {
        var mine = Limits.Where(l => roles.Contains(l.Role)).ToList();
        return mine.Count == 0 ? null : new RoleLimit(string.Join("+", mine.Select(l => l.Role)),
            mine.Max(l => l.MaxDiscountPercent), mine.Min(l => l.MinMarginCoefficient));
    }

    /// <summary>Which limits the terms exceed for that role limit (empty when within them).</summary>
    public static string[] Exceeded(QuoteTerms terms, RoleLimit limit)
    {
        var exceeded = new List<string>();
        if (terms.DiscountPercent > limit.MaxDiscountPercent)
            exceeded.Add($"discount {terms.DiscountPercent} % > {limit.MaxDiscountPercent} %");
        if (terms.LessorMarginCoefficient < limit.MinMarginCoefficient)
            exceeded.Add($"margin coefficient {terms.LessorMarginCoefficient} < {limit.MinMarginCoefficient}");
        return exceeded.ToArray();
    }
}
