using System.Text.Json;
using Leasing.Kernel.Validation;
using Leasing.Workflows.Definitions;
using Leasing.Workflows.Definitions.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Leasing.Workflows.Features.Definitions;

/// <summary>Reading a definition from a request body (the designer's JSON tab, an exported file) and naming what is wrong with it.</summary>
internal static class DefinitionRequests
{
    public static async Task<(WorkflowDefinition? Definition, ProblemDetails? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellation)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellation);
        if (string.IsNullOrWhiteSpace(text)) return (null, Problems.Field("definition", "The body must be a workflow definition's JSON."));
        try
        {
            var definition = WorkflowJson.Read(text);
            var errors = new FieldErrors()
                .When(string.IsNullOrWhiteSpace(definition.DefinitionId), "definitionId", "A definition needs an id (letters, digits and dashes).")
                .When(!string.IsNullOrWhiteSpace(definition.DefinitionId) && !definition.DefinitionId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'),
                    "definitionId", "Letters, digits, dashes and underscores only.")
                .When(string.IsNullOrWhiteSpace(definition.Name), "name", "A definition needs a name.");
            return errors.Any ? (null, errors.ToProblem()) : (definition, null);
        }
        catch (JsonException e)
        {
            return (null, Problems.Field("definition", $"Not a definition's JSON: {e.Message}"));
        }
    }

    /// <summary>Validation errors as a 400: each keyed by the activity it concerns, e.g. <c>activities.qualify-lead.dueIn</c>.</summary>
    public static ProblemDetails ToProblem(IReadOnlyList<DefinitionError> errors) => Problems.Validation(errors
        .GroupBy(e => e.ActivityId is null ? e.Field : $"activities.{e.ActivityId}.{e.Field}")
        .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
}
