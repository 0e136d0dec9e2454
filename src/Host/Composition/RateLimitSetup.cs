using System.Net;
using System.Threading.RateLimiting;
using Leasing.Kernel.Security;
using Microsoft.AspNetCore.Mvc;

namespace Leasing.Host.Composition;

public static class RateLimitSetup
{
    /// <summary>
    /// Anonymous public endpoints (the online simulator, later the lead form) are limited per client IP so that one
    /// caller cannot starve the others; a refusal is a 429 ProblemDetails with Retry-After.
    /// </summary>
    public static void AddLeasingRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("Leasing:RateLimits:PublicPerMinute", 120);
        services.AddRateLimiter(options =>
        {
            // Partitioned by the address itself (compared by value): formatting it as text cost a string on every call.
            options.AddPolicy(RateLimits.PublicPerClient, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress ?? IPAddress.None,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (rejected, cancellation) =>
            {
                var response = rejected.HttpContext.Response;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
                await response.WriteAsJsonAsync(new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many requests.",
                    Detail = $"At most {perMinute} requests a minute from one client. Try again shortly.",
                    Type = "https://tools.ietf.org/html/rfc6585#section-4",
                }, options: null, contentType: "application/problem+json", cancellationToken: cancellation);
            };
        });
    }
}
