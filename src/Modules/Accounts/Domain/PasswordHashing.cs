using Microsoft.AspNetCore.Identity;

namespace Leasing.Accounts.Domain;

/// <summary>ASP.NET Core's password hasher (PBKDF2, salted, versioned format) without the rest of Identity.</summary>
public sealed class PasswordHashing
{
    private readonly PasswordHasher<string> _hasher = new();

    public string Hash(string password) => _hasher.HashPassword("", password);

    public bool Verify(string hash, string password) =>
        _hasher.VerifyHashedPassword("", hash, password) != PasswordVerificationResult.Failed;
}
