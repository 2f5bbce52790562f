using MudBlazor;

namespace CampusG.Web.Layout;

/// <summary>CampusG's colours and a system font stack (no web fonts: the UI must work without the internet).</summary>
/// <remarks>
/// Every colour that carries white text (filled buttons, chips, badges) reaches 4.5:1 against it (WCAG AA):
/// MudBlazor's defaults do not (its success green is 2.2:1, info blue 3.1:1), nor did the orange secondary (2.3:1).
/// </remarks>
internal static class CampusTheme
{
    private static readonly string[] SystemFonts =
        ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Noto Sans", "Liberation Sans", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#00695c",
            Secondary = "#b45309",
            Tertiary = "#6a1b9a",
            Info = "#1565c0",
            Success = "#2e7d32",
            Warning = "#a84300",
            Error = "#c62828",
            AppbarBackground = "#00695c",
            Background = "#f6f8f7",
            TextSecondary = "rgba(0,0,0,0.66)",
            ActionDefault = "rgba(0,0,0,0.66)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = SystemFonts },
        },
    };
}
