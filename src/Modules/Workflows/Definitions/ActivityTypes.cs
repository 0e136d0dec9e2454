using Leasing.Workflows.Definitions.Activities;

namespace Leasing.Workflows.Definitions;

/// <summary>
/// The activity types a definition may use, each with the record its inputs are read into. A type missing
/// here is refused by the validator, so a definition never publishes what the runtime cannot run.
/// </summary>
public static class ActivityTypes
{
    public const string Start = nameof(Start);
    public const string End = nameof(End);
    public const string Decision = nameof(Decision);
    public const string Switch = nameof(Switch);
    public const string Fork = nameof(Fork);
    public const string Join = nameof(Join);
    public const string HumanTask = nameof(HumanTask);
    public const string WaitForEvent = nameof(WaitForEvent);
    public const string Delay = nameof(Delay);
    public const string SendCommand = nameof(SendCommand);
    public const string Notify = nameof(Notify);
    public const string SetVariable = nameof(SetVariable);
    public const string SubWorkflow = nameof(SubWorkflow);

    private static readonly Dictionary<string, Type> SettingsTypes = new(StringComparer.Ordinal)
    {
        [Start] = typeof(StartSettings),
        [End] = typeof(EndSettings),
        [Decision] = typeof(DecisionSettings),
        [Switch] = typeof(SwitchSettings),
        [Fork] = typeof(ForkSettings),
        [Join] = typeof(JoinSettings),
        [HumanTask] = typeof(HumanTaskSettings),
        [WaitForEvent] = typeof(WaitForEventSettings),
        [Delay] = typeof(DelaySettings),
        [SendCommand] = typeof(SendCommandSettings),
        [Notify] = typeof(NotifySettings),
        [SetVariable] = typeof(SetVariableSettings),
        [SubWorkflow] = typeof(SubWorkflowSettings),
    };

    public static IReadOnlyCollection<string> All => SettingsTypes.Keys;

    /// <summary>Type names are exact ("HumanTask"): they are identifiers, like C# type names.</summary>
    public static bool IsKnown(string? type) => type is not null && SettingsTypes.ContainsKey(type);

    internal static Type SettingsTypeOf(string type) => SettingsTypes[type];
}
