namespace Leasing.Workflows.Definitions.Activities;

/// <summary>One input of a human task's form; its value lands in the task's result under <see cref="Name"/>.</summary>
/// <param name="Options">The choices of a <see cref="FormFieldTypes.Choice"/> field.</param>
public sealed record FormField(string Name, string Type, bool Required = false, IReadOnlyList<string>? Options = null, string? Label = null);

/// <summary>The kinds of input the task inbox knows how to draw.</summary>
public static class FormFieldTypes
{
    public const string Text = "text";
    public const string Multiline = "multiline";
    public const string Number = "number";
    public const string Boolean = "boolean";
    public const string Date = "date";
    public const string Choice = "choice";

    public static readonly IReadOnlyList<string> All = [Text, Multiline, Number, Boolean, Date, Choice];
}
