using JasperFx;
using Leasing.Accounts.Domain;
using Leasing.Kernel.Time;
using Marten;

namespace Leasing.Accounts.Features;

public enum SignInFailure { None, InvalidCredentials, LockedOut, Disabled }

public sealed record SignInOutcome(UserAccount? Account, SignInFailure Failure, DateTimeOffset? LockedUntil = null)
{
    public bool Succeeded => Failure == SignInFailure.None && Account is not null;
}

/// <summary>
/// Checks a user name and password for both the admin's cookie sign-in and the API's token endpoint.
/// Each attempt on a known account is an event (who tried, when, the count in a row); the fifth failure in a
/// row locks the account for 15 minutes. An unknown user name answers exactly like a wrong password.
/// </summary>
public sealed class SignInService(IDocumentStore store, PasswordHashing hashing, TimeProvider clock)
{
    public async Task<SignInOutcome> SignInAsync(string userName, string password, CancellationToken cancellation)
    {
        // Two attempts racing on one account both append at the version they read; the loser re-reads.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await TryOnceAsync(UserNames.Normalize(userName), password, cancellation);
            }
            catch (ConcurrencyException) when (attempt < 3)
            {
            }
        }
    }

    private async Task<SignInOutcome> TryOnceAsync(string userName, string password, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        session.LastModifiedBy = userName;
        session.CorrelationId = Correlation.Current;
        var account = await session.Query<UserAccount>().SingleOrDefaultAsync(a => a.UserName == userName, cancellation);
        if (account is null) return new SignInOutcome(null, SignInFailure.InvalidCredentials);

        var now = clock.GetUtcNow();
        if (account.Disabled) return new SignInOutcome(null, SignInFailure.Disabled);
        if (account.IsLockedAt(now)) return new SignInOutcome(null, SignInFailure.LockedOut, account.LockedUntil);

        var credential = await session.LoadAsync<UserCredential>(account.Id, cancellation);
        var stream = await session.Events.FetchForWriting<UserAccount>(account.Id, account.Version, cancellation);
        if (credential is not null && hashing.Verify(credential.PasswordHash, password))
        {
            stream.AppendOne(new UserSignedIn(account.Id, now));
            await session.SaveChangesAsync(cancellation);
            return new SignInOutcome(account with { LastSignIn = now, FailuresInARow = 0, LockedUntil = null }, SignInFailure.None);
        }

        // A lockout that has run out starts a fresh count.
        var failures = (account.LockedUntil is null ? account.FailuresInARow : 0) + 1;
        stream.AppendOne(new UserSignInFailed(account.Id, failures, now));
        DateTimeOffset? lockedUntil = null;
        if (failures >= UserAccount.FailuresBeforeLockout)
        {
            lockedUntil = now + UserAccount.LockoutDuration;
            stream.AppendOne(new UserLockedOut(account.Id, lockedUntil.Value));
        }
        await session.SaveChangesAsync(cancellation);
        return lockedUntil is null
            ? new SignInOutcome(null, SignInFailure.InvalidCredentials)
            : new SignInOutcome(null, SignInFailure.LockedOut, lockedUntil);
    }
}
