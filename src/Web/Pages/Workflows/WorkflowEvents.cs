using System.Reflection;
using Leasing.Workflows.Features.Signals;

namespace Leasing.Web.Pages.Workflows;

/// <summary>
/// The integration events a trigger or a WaitForEvent may name: exactly those the runtime turns into signals (one
/// handler method each), so the designer offers no event that would never arrive.
/// </summary>
public static class WorkflowEvents
{
    public static readonly IReadOnlyList<string> Names = typeof(IntegrationEventSignalsHandler)
        .GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => m.Name == "Handle" && m.GetParameters().Length == 1)
        .Select(m => m.GetParameters()[0].ParameterType.Name)
        .Distinct().Order(StringComparer.Ordinal).ToList();
}
