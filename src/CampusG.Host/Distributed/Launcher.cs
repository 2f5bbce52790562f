using System.Net;
using System.Net.Sockets;
using CampusG.Hosting;
using CampusG.Web.Gateway;

namespace CampusG.Host.Distributed;

/// <summary>
/// Distributed mode with <c>CampusG:Modules=*</c> (the default) makes this process the launcher: it runs one
/// child process per module, restarts a child that dies, and is itself the gateway and web UI at the public
/// address. A child runs with this process's configuration plus its own module and address.
/// </summary>
internal static class Launcher
{
    public const string BasePortKey = "Launcher:BasePort";
    public const string ParentPidKey = "Launcher:ParentPid";

    /// <summary>Gives every module a loopback port, tells the gateway where they are, and starts the supervisor.</summary>
    public static void AddLauncher(WebApplicationBuilder builder, IReadOnlyList<IModule> modules)
    {
        var basePort = builder.Configuration.GetValue(BasePortKey, 5081);
        var ports = basePort == 0 ? FreePorts(modules.Count) : [.. Enumerable.Range(basePort, modules.Count)];
        var children = modules.Select((module, index) => new ChildModule(module.Name, ports[index])).ToArray();
        builder.Configuration.AddInMemoryCollection(children.Select(child =>
            new KeyValuePair<string, string?>($"{GatewayExtensions.ModulesSection}:{child.Name}", child.Address.ToString())));
        builder.Services.AddSingleton(new ModuleProcesses(children));
        builder.Services.AddHostedService<ModuleSupervisor>();
    }

    /// <summary>
    /// Distinct free loopback ports: every listener stays open until all are chosen, since the kernel may hand a
    /// port just released to the next bind (two modules on one port answer each other's routes).
    /// </summary>
    private static int[] FreePorts(int count)
    {
        var listeners = new List<TcpListener>(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listeners.Add(listener);
                listener.Start();
            }

            return [.. listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(listener => listener.Stop());
        }
    }
}

/// <summary>A module the launcher runs in a child process.</summary>
public sealed record ChildModule(string Name, int Port)
{
    public Uri Address { get; } = new($"http://127.0.0.1:{Port}");
}
