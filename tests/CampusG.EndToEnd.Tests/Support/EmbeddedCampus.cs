using CampusG.Testing;

namespace CampusG.EndToEnd.Tests.Support;

/// <summary>One embedded CampusG (every module, SQLite, in-process bus) shared by a test class.</summary>
public sealed class EmbeddedCampus : IAsyncLifetime
{
    public CampusGHost Host { get; private set; } = null!;

    /// <summary>Settings every end-to-end host runs with: fast gateway retries so exhausted retries end in seconds.</summary>
    public static void ApplyTestSettings(CampusGHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Configuration["Payments:RetrySchedule"] = "00:00:00.050,00:00:00.100,00:00:00.150";
        options.Configuration["CampusG:AdminEmail"] = "ops@campus.test";
    }

    public async Task InitializeAsync()
    {
        var options = new CampusGHostOptions();
        ApplyTestSettings(options);
        Host = await CampusGHost.StartAsync(options);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
