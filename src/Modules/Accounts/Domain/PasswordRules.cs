using Leasing.Kernel.Validation;

namespace Leasing.Accounts.Domain;

public static class PasswordRules
{
    public const int MinimumLength = 10;

    public static FieldErrors CheckPassword(this FieldErrors errors, string? password, string field) =>
        string.IsNullOrEmpty(password)
            ? errors.Add(field, $"'{field}' is required.")
            : errors.When(password.Length < MinimumLength, field, $"'{field}' must have at least {MinimumLength} characters.");

    public static FieldErrors CheckPermissions(this FieldErrors errors, string[]? permissions)
    {
        foreach (var unknown in (permissions ?? []).Where(p => !Kernel.Security.Permissions.IsKnown(p)))
            errors.Add("permissions", $"Unknown permission '{unknown}'. Known permissions: {string.Join(", ", Kernel.Security.Permissions.All)}.");
        return errors;
    }

    public static FieldErrors CheckRoles(this FieldErrors errors, string[]? roles, string? companyId)
    {
        if (roles is null || roles.Length == 0) return errors.Add("roles", "At least one role is required.");
        foreach (var unknown in roles.Where(r => !Kernel.Security.Roles.IsKnown(r)))
            errors.Add("roles", $"Unknown role '{unknown}'. Known roles: {string.Join(", ", Kernel.Security.Roles.All)}.");
        // A fleet manager sees one customer company's data only, so the company is part of the account.
        return errors.When(roles.Contains(Kernel.Security.Roles.FleetManager) && string.IsNullOrWhiteSpace(companyId),
            "companyId", "A FleetManager must be bound to a customer company.");
    }
}
