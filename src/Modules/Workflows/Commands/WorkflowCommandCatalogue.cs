using System.Text.Json.Nodes;
using Leasing.Workflows.Runtime.Execution;
using Wolverine;

namespace Leasing.Workflows.Commands;

/// <summary>
/// A command a SendCommand activity may send: its name (what definitions write), the inputs it takes, and how the
/// inputs become the module's message. The message leaves through the outbox with the instance's events.
/// </summary>
public sealed record WorkflowCommand(string Name, string Description, IReadOnlyList<string> Inputs, Func<Guid, JsonObject, object> ToMessage);

/// <summary>The commands modules accept from workflows; the validator refuses any other name at publication.</summary>
public sealed class WorkflowCommandCatalogue(IEnumerable<WorkflowCommand> commands)
{
    private readonly Dictionary<string, WorkflowCommand> _byName = commands.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public IReadOnlySet<string> Names => _byName.Keys.ToHashSet(StringComparer.Ordinal);

    public IReadOnlyCollection<WorkflowCommand> All => _byName.Values;

    public async Task DispatchAsync(IMessageBus bus, DispatchCommand command, CancellationToken cancellation)
    {
        if (!_byName.TryGetValue(command.Command, out var known))
            throw new InvalidOperationException($"'{command.Command}' is not a command of the catalogue.");
        await bus.PublishAsync(known.ToMessage(command.InstanceId, command.Inputs));
    }
}
