using Microsoft.Extensions.Configuration;

namespace CampusG.Hosting;

/// <summary>What a CampusG process is (decision 017).</summary>
public enum HostKind
{
    /// <summary><c>CampusG:Mode=Embedded</c> (the default): every selected module in this process, SQLite, the web UI.</summary>
    Embedded,

    /// <summary>Distributed, <c>CampusG:Modules=*</c>: starts a child process per module and fronts them as the gateway and web UI.</summary>
    Launcher,

    /// <summary>Distributed, modules run elsewhere and named in <c>Gateway:Modules</c>: only the gateway and web UI (a container deployment).</summary>
    Gateway,

    /// <summary>Distributed, <c>CampusG:Modules</c> names modules: they run here on PostgreSQL, behind a gateway.</summary>
    ModuleProcess,
}

/// <summary>
/// The process's role, read once from configuration (<c>CampusG:Mode</c>, <c>CampusG:Modules</c>, <c>Gateway:Modules</c>):
/// the one place that parses them. The host logs it at start and registers it; code that registers services reads it
/// with <see cref="From"/>.
/// </summary>
public sealed record HostRole(HostKind Kind)
{
    public const string ModeKey = "CampusG:Mode";
    public const string ModulesKey = "CampusG:Modules";
    public const string GatewayModulesSection = "Gateway:Modules";

    /// <summary>On PostgreSQL, RabbitMQ and Redis rather than SQLite in one process.</summary>
    public bool IsDistributed => Kind != HostKind.Embedded;

    /// <summary>Runs modules itself (an embedded host or a module process).</summary>
    public bool RunsModules => Kind is HostKind.Embedded or HostKind.ModuleProcess;

    /// <summary>Serves the public address: the web UI, and in distributed mode the gateway.</summary>
    public bool ServesWebUi => Kind != HostKind.ModuleProcess;

    /// <summary>Reached only through a gateway, which names the client in <c>X-Forwarded-For</c>.</summary>
    public bool IsBehindGateway => Kind == HostKind.ModuleProcess;

    public static HostRole From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var mode = configuration[ModeKey];
        if (string.IsNullOrWhiteSpace(mode) || mode.Equals("Embedded", StringComparison.OrdinalIgnoreCase))
        {
            return new HostRole(HostKind.Embedded);
        }

        if (!mode.Equals("Distributed", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{ModeKey} must be 'Embedded' or 'Distributed', not '{mode}'.");
        }

        return (configuration[ModulesKey] ?? "*").Trim() is "*" or ""
            ? new HostRole(HasGatewayModules(configuration) ? HostKind.Gateway : HostKind.Launcher)
            : new HostRole(HostKind.ModuleProcess);
    }

    public override string ToString() => Kind.ToString();

    private static bool HasGatewayModules(IConfiguration configuration) =>
        configuration.GetSection(GatewayModulesSection).GetChildren().Any(module => !string.IsNullOrEmpty(module.Value));
}
