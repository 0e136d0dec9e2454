namespace Leasing.Workflows.Definitions;

/// <summary>The top-left corner of an activity on the designer's canvas, in canvas pixels.</summary>
public sealed record DesignerPosition(double X, double Y);
