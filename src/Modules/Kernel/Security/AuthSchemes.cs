namespace Leasing.Kernel.Security;

/// <summary>Cookie sign-in for the admin, bearer tokens for the HTTP API; both accepted on every endpoint.</summary>
public static class AuthSchemes
{
    public const string Cookie = "LeasingCookie";
    public const string Bearer = "LeasingBearer";
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(8);
}
