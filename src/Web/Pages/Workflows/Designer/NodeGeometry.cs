using System.Globalization;

namespace Leasing.Web.Pages.Workflows.Designer;

/// <summary>
/// Where things are drawn on the canvas: a box is a header (icon, title, type) above one row per outcome port, the
/// port's dot on the right edge; the input is the middle of the left edge. Arrows are curves from a port to an input.
/// </summary>
public static class NodeGeometry
{
    public const double Width = 190;
    public const double HeaderHeight = 44;
    public const double PortRow = 18;

    public static double Height(int ports) => HeaderHeight + Math.Max(1, ports) * PortRow + 6;

    public static (double X, double Y) Port(DesignerNode node, int index) => (node.X + Width, node.Y + HeaderHeight + index * PortRow + PortRow / 2);

    public static (double X, double Y) Input(DesignerNode node, int ports) => (node.X, node.Y + Height(ports) / 2);

    /// <summary>A curve leaving to the right and arriving from the left, bent more when the target lies behind the source (a loop).</summary>
    public static string Curve((double X, double Y) from, (double X, double Y) to)
    {
        var bend = Math.Max(50, Math.Abs(to.X - from.X) / 2);
        return FormattableString.Invariant($"M {from.X:0.#} {from.Y:0.#} C {from.X + bend:0.#} {from.Y:0.#}, {to.X - bend:0.#} {to.Y:0.#}, {to.X:0.#} {to.Y:0.#}");
    }

    /// <summary>The middle of <see cref="Curve"/> (its point at t = ½), where the arrow's label goes.</summary>
    public static (double X, double Y) Middle((double X, double Y) from, (double X, double Y) to)
    {
        var bend = Math.Max(50, Math.Abs(to.X - from.X) / 2);
        return ((from.X + 3 * (from.X + bend) + 3 * (to.X - bend) + to.X) / 8, (from.Y + 3 * from.Y + 3 * to.Y + to.Y) / 8);
    }

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Cut to fit the box; the full text is in the element's tooltip.</summary>
    public static string Fit(string? text, int length) =>
        string.IsNullOrEmpty(text) ? "" : text.Length <= length ? text : text[..(length - 1)] + "…";
}
