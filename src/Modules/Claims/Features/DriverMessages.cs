using Leasing.Claims.Domain;
using Leasing.Claims.ReadModels;
using Marten;

namespace Leasing.Claims.Features;

internal static class DriverMessages
{
    /// <summary>By SMS when the driver has a phone number (it reaches them at the roadside), else by e-mail; false when neither is known.</summary>
    public static bool Queue(IDocumentOperations session, DriverContact driver, string body, string purpose, Guid? claimId, DateTimeOffset now) =>
        Queue(session, driver.Phone, driver.Email, body, purpose, claimId, now, preferred: null);

    public static bool Queue(IDocumentOperations session, string? phone, string? email, string body, string purpose, Guid? claimId, DateTimeOffset now,
        DriverMessageChannel? preferred)
    {
        var channel = preferred switch
        {
            DriverMessageChannel.Email when !string.IsNullOrWhiteSpace(email) => DriverMessageChannel.Email,
            DriverMessageChannel.Sms when !string.IsNullOrWhiteSpace(phone) => DriverMessageChannel.Sms,
            _ when !string.IsNullOrWhiteSpace(phone) => DriverMessageChannel.Sms,
            _ when !string.IsNullOrWhiteSpace(email) => DriverMessageChannel.Email,
            _ => (DriverMessageChannel?)null,
        };
        if (channel is null) return false;
        session.Store(new DriverMessage(Guid.CreateVersion7(), channel.Value, channel == DriverMessageChannel.Sms ? phone! : email!, body, purpose, claimId, now));
        return true;
    }
}
