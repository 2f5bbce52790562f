using Microsoft.AspNetCore.Builder;

namespace CampusG.Testing;

/// <summary>How a <see cref="CampusGHost"/> differs from the production host.</summary>
public sealed class CampusGHostOptions
{
    /// <summary>Configuration overrides, e.g. <c>["CampusG:Modules"] = "Orders"</c>; passed as command-line arguments, so they win.</summary>
    public IDictionary<string, string> Configuration { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A data directory to use and keep (to stop a host and start another on the same data);
    /// by default each host gets a fresh one, deleted on dispose.
    /// </summary>
    public string? DataDirectory { get; set; }

    /// <summary>Runs after the host registered its services: replace or add services here (a fake clock, a failing check).</summary>
    public Action<WebApplicationBuilder>? ConfigureServices { get; set; }

    /// <summary>Wait after start until <c>/health/ready</c> answers 200 (a distributed launcher's modules take a while).</summary>
    public bool WaitUntilReady { get; set; }

    /// <summary>Runs after the host stopped (e.g. to drop the databases a distributed test host created).</summary>
    public Func<Task>? AfterStop { get; set; }

    /// <summary>Runs after the host mapped its endpoints, before it starts: map test-only endpoints here.</summary>
    public Action<WebApplication>? ConfigureApp { get; set; }
}
