using System.Text.Json;

namespace Leasing.Workflows.Definitions;

/// <summary>A named value an instance keeps between activities; <see cref="Type"/> is one of <see cref="VariableTypes"/>.</summary>
public sealed record VariableDefinition(string Name, string Type, JsonElement? Default = null);
