using System.Text.Json.Nodes;
using Leasing.Workflows.Runtime.Execution;
using Wolverine;

namespace Leasing.Workflows.Commands;

/// <summary>
/// A command a SendCommand activity may send: its name (what definitions write), the inputs it takes, and how the
/// inputs become the module's message (a type of the module's <c>IntegrationEvents</c>). <see cref="ToMessage"/>
/// throws <see cref="CommandInputException"/> when an input is missing or of the wrong kind.
/// </summary>
public sealed record WorkflowCommand(string Name, string Description, IReadOnlyList<string> Inputs, Func<Guid, JsonObject, object> ToMessage);

/// <summary>An input of a SendCommand that the command cannot take: the activity raises an incident naming it.</summary>
public sealed class CommandInputException(string input, string reason) : Exception($"input '{input}': {reason}")
{
    public string Input { get; } = input;
}

/// <summary>The commands modules accept from workflows; the validator refuses any other name at publication.</summary>
public sealed class WorkflowCommandCatalogue(IEnumerable<WorkflowCommand> commands)
{
    private readonly Dictionary<string, WorkflowCommand> _byName = commands.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public IReadOnlySet<string> Names => _byName.Keys.ToHashSet(StringComparer.Ordinal);

    public IReadOnlyCollection<WorkflowCommand> All => _byName.Values;

    /// <summary>
    /// Why these inputs cannot make the command (null when they can). The executor asks before it records the
    /// command as sent, so a bad mapping becomes an incident on the activity instead of a failing message.
    /// </summary>
    public string? Check(string command, JsonObject inputs)
    {
        if (!_byName.TryGetValue(command, out var known)) return $"'{command}' is not a command of the catalogue.";
        try
        {
            known.ToMessage(Guid.Empty, inputs);
            return null;
        }
        catch (CommandInputException e)
        {
            return e.Message;
        }
    }

    public async Task DispatchAsync(IMessageBus bus, DispatchCommand command, CancellationToken cancellation)
    {
        if (!_byName.TryGetValue(command.Command, out var known))
            throw new InvalidOperationException($"'{command.Command}' is not a command of the catalogue.");
        await bus.PublishAsync(known.ToMessage(command.InstanceId, command.Inputs));
    }
}
