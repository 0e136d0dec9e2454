using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Leasing.Web.Pages.Workflows.Designer;

/// <summary>
/// An SVG &lt;text&gt; element. Razor reserves the &lt;text&gt; tag for its own use (a markup block without an element),
/// so the diagram writes its labels through this component.
/// </summary>
public sealed class SvgText : ComponentBase
{
    [Parameter] public double X { get; set; }
    [Parameter] public double Y { get; set; }
    [Parameter] public string? Class { get; set; }
    [Parameter] public string? Anchor { get; set; }
    [Parameter] public string? Text { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "text");
        builder.AddAttribute(1, "x", NodeGeometry.N(X));
        builder.AddAttribute(2, "y", NodeGeometry.N(Y));
        builder.AddAttribute(3, "class", Class);
        builder.AddAttribute(4, "text-anchor", Anchor);
        builder.AddContent(5, Text);
        builder.CloseElement();
    }
}
