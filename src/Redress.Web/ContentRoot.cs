namespace Redress.Web;

/// <summary>
/// Where Redress finds appsettings.json and keeps data/. `dotnet run --project src/Redress.Web` runs
/// from the project folder; the built DLL started from anywhere else falls back to its own folder,
/// so its settings (port, logging) never silently go missing.
/// </summary>
internal static class ContentRoot
{
    public static string? Choose(string[] args)
    {
        var given = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
        if (given || File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")))
        {
            return null;
        }
        return File.Exists(Path.Combine(AppContext.BaseDirectory, "appsettings.json")) ? AppContext.BaseDirectory : null;
    }
}
