namespace Leasing.Workflows.Definitions.Activities;

/// <summary>
/// The typed view of an activity's inputs. Each type says which outcome ports it offers, which of its inputs are
/// JavaScript (so the validator can parse them) and what else must hold for it to run.
/// </summary>
public abstract record ActivitySettings
{
    /// <summary>The outcome ports connections may leave from; most activities simply finish through Done.</summary>
    public virtual IReadOnlyList<string> Ports() => [OutcomePorts.Done];

    /// <summary>The inputs that are JavaScript expressions, by input name (e.g. "condition", "inputs.amount").</summary>
    public virtual IEnumerable<NamedExpression> Expressions() => [];

    /// <summary>What is wrong with the inputs besides expressions that do not parse; empty when they can run.</summary>
    public virtual IEnumerable<SettingsProblem> Problems(SettingsContext context) => [];
}

/// <summary>An input holding JavaScript, with the input's name for error messages.</summary>
public sealed record NamedExpression(string Field, string? Expression);

/// <summary>A problem with one input of an activity; the validator adds which activity.</summary>
public sealed record SettingsProblem(string Field, string Message);

/// <summary>What settings are checked against: the commands modules accept and the definition's variables.</summary>
public sealed record SettingsContext(IReadOnlySet<string> Commands, IReadOnlySet<string> Variables);
