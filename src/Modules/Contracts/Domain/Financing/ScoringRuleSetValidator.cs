using Leasing.Kernel.Validation;

namespace Leasing.Contracts.Domain.Financing;

/// <summary>A rule set replaced by a credit officer must be usable: named rules, ordered bounds and thresholds.</summary>
public static class ScoringRuleSetValidator
{
    public static FieldErrors Validate(ScoringRuleSet? rules)
    {
        var errors = new FieldErrors();
        if (rules is null) return errors.Add("rules", "'rules' is required.");
        errors.Required(rules.Version, "version")
            .When(rules.Rules is null || rules.Rules.Count == 0, "rules", "At least one rule is required.")
            .When(rules.ConditionsFrom > rules.ApproveFrom, "conditionsFrom", "'conditionsFrom' must not exceed 'approveFrom'.")
            .When(rules.FirstPaymentPercent is < 0m or > 100m, "firstPaymentPercent", "Between 0 and 100.");
        for (var i = 0; i < (rules.Rules?.Count ?? 0); i++)
        {
            var rule = rules.Rules![i];
            errors.When(string.IsNullOrWhiteSpace(rule.Id), $"rules[{i}].id", "Every rule needs an id.")
                .When(string.IsNullOrWhiteSpace(rule.Label), $"rules[{i}].label", "Every rule needs a label.")
                .When(rule.Min is { } min && rule.Max is { } max && min > max, $"rules[{i}].min", "'min' must not exceed 'max'.")
                .When(!Enum.IsDefined(rule.Metric), $"rules[{i}].metric", "Unknown metric.");
        }
        if (rules.Rules is { Count: > 0 } list && list.Select(r => r.Id).Distinct().Count() != list.Count)
            errors.Add("rules", "Rule ids must be unique.");
        return errors;
    }
}
