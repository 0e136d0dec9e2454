using System.Text.Json.Nodes;

namespace Leasing.Web.Pages.Workflows.Tasks;

/// <summary>The outcome a person clicked and the form's values, as the completion endpoint takes them.</summary>
public sealed record TaskCompletion(string Outcome, JsonObject Fields);
