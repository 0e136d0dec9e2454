namespace Leasing.Accounts.Domain;

/// <summary>The password hash of an account (ASP.NET Core's PBKDF2 format); one document per user, same id.</summary>
public sealed record UserCredential(Guid Id, string PasswordHash);
