using Leasing.Contracts.Domain;
using Marten;

namespace Leasing.Contracts.Features.Shared;

public static class SettingsStore
{
    public static async Task<ContractSettings> LoadAsync(IQuerySession session, CancellationToken cancellation) =>
        await session.LoadAsync<ContractSettings>(ContractSettings.StreamId, cancellation) ?? ContractSettings.Default;
}
