namespace Leasing.Web.Pages.Claims;

/// <summary>A drop-down entry: Radzen reads Text and Value by name, so they live on a named type (not an anonymous one).</summary>
public sealed record Choice<T>(string Text, T Value);
