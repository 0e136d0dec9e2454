using System.Text.Json.Nodes;
using Leasing.Workflows.Definitions;
using Leasing.Workflows.Expressions;
using Leasing.Workflows.Runtime.Execution;
using Leasing.Workflows.Runtime.Instances;

namespace Leasing.Workflows.Tests.Runtime;

/// <summary>Drives one instance through the executor the way the runtime does: each result's state is the next call's instance.</summary>
internal sealed class Executor(WorkflowDefinition definition)
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private int _ids;
    private readonly WorkflowExecutor _executor = null!;

    public Executor(WorkflowDefinition definition, SandboxLimits? limits) : this(definition) =>
        _executor = new WorkflowExecutor(new ExpressionSandbox(limits), NextId);

    public WorkflowExecutor Engine => _executor ?? throw new InvalidOperationException();

    public WorkflowInstance State { get; private set; } = new();

    public List<object> Journal { get; } = [];

    public List<RuntimeEffect> Effects { get; } = [];

    public static Executor For(WorkflowDefinition definition, SandboxLimits? limits = null) => new(definition, limits ?? SandboxLimits.Default);

    public ExecutionResult Start(object? input = null, Dictionary<string, JsonNode?>? variables = null) =>
        Keep(Engine.Start(definition, new StartRequest(Guid.CreateVersion7(), "LEAD-1", "LeadCaptured",
            input is null ? null : System.Text.Json.JsonSerializer.SerializeToNode(input), "test", variables), Now));

    public ExecutionResult Resume(Stimulus stimulus, WorkflowDefinition? on = null) => Keep(Engine.Resume(on ?? definition, State, stimulus, Now.AddMinutes(5)));

    public Bookmark Task(string activityId) => State.Bookmarks.Single(b => b.ActivityId == activityId && b.Kind == BookmarkKind.Task);

    public ExecutionResult Complete(string activityId, string outcome, JsonObject? fields = null) =>
        Resume(new CompleteTask(Task(activityId).Id, outcome, fields ?? [], "alice"));

    public IEnumerable<T> Events<T>() => Journal.OfType<T>();

    private ExecutionResult Keep(ExecutionResult result)
    {
        if (!result.Refused) State = result.State;
        Journal.AddRange(result.Events);
        Effects.AddRange(result.Effects);
        return result;
    }

    private Guid NextId() => new(++_ids, 0, 0, new byte[8]);
}
