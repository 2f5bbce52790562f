using MudBlazor;

namespace CampusG.Web.Layout;

/// <summary>CampusG's colours and a system font stack (no web fonts: the UI must work without the internet).</summary>
internal static class CampusTheme
{
    private static readonly string[] SystemFonts =
        ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Noto Sans", "Liberation Sans", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#00695c",
            Secondary = "#ff8f00",
            AppbarBackground = "#00695c",
            Background = "#f6f8f7",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = SystemFonts },
        },
    };
}
