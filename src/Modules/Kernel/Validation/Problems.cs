using System.Collections.ObjectModel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Leasing.Kernel.Validation;

/// <summary>
/// Collects field errors for a 400 ProblemDetails. Field names are the JSON names the caller sent,
/// so a client can put each message beside the right input. An empty collector means "go on".
/// </summary>
public sealed class FieldErrors
{
    // Made on the first error: most requests have none, and public endpoints check several collectors per call.
    private Dictionary<string, List<string>>? _errors;

    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = ReadOnlyDictionary<string, string[]>.Empty;

    public bool Any => _errors is { Count: > 0 };

    public FieldErrors Add(string field, string message)
    {
        _errors ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (!_errors.TryGetValue(field, out var messages))
            _errors[field] = messages = [];
        messages.Add(message);
        return this;
    }

    public FieldErrors When(bool condition, string field, string message) => condition ? Add(field, message) : this;

    public FieldErrors Required(string? value, string field) =>
        When(string.IsNullOrWhiteSpace(value), field, $"'{field}' is required.");

    public FieldErrors Required<T>(T? value, string field) where T : struct =>
        When(value is null, field, $"'{field}' is required.");

    /// <summary>
    /// An enum given by name at the wire (any case, never a number): the value, or null with the field named and the
    /// accepted names listed.
    /// </summary>
    public T? Enum<T>(string? value, string field, bool required) where T : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(field, $"'{field}' is required.");
            return null;
        }
        if (System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !int.TryParse(value, out _)) return parsed;
        Add(field, $"'{field}' must be one of: {string.Join(", ", System.Enum.GetNames<T>())}.");
        return null;
    }

    /// <summary>Adds another collector's errors, so separate parts of a request are each checked in full.</summary>
    public FieldErrors AddRange(FieldErrors other)
    {
        foreach (var (field, messages) in other._errors ?? [])
            foreach (var message in messages) Add(field, message);
        return this;
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors is null ? NoErrors : _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    /// <summary>The Wolverine HTTP "Validate" answer: continue when there is nothing to report.</summary>
    public ProblemDetails ToProblem() => Any ? Problems.Validation(ToDictionary()) : WolverineContinue.NoProblems;
}

public static class Problems
{
    public static ProblemDetails Validation(IReadOnlyDictionary<string, string[]> errors) =>
        new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are invalid.",
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            Detail = "Invalid fields: " + string.Join(", ", errors.Keys) + ".",
        };

    public static ProblemDetails Field(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemDetails NotFound(string what) => new()
    {
        Status = StatusCodes.Status404NotFound,
        Title = $"{what} was not found.",
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
    };

    public static ProblemDetails Conflict(string detail) => new()
    {
        Status = StatusCodes.Status409Conflict,
        Title = "The object was changed by someone else.",
        Detail = detail,
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.10",
    };
}
