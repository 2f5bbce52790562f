using System.Net;
using System.Net.Sockets;
using CampusG.Host.Modules;
using CampusG.Hosting;
using CampusG.Web.Gateway;

namespace CampusG.Host.Distributed;

/// <summary>
/// Distributed mode with <c>CampusG:Modules=*</c> (the default) makes this process the launcher: it runs one
/// child process per module, restarts a child that dies, and is itself the gateway and web UI at the public
/// address. A child runs with this process's configuration plus its own module and address. <c>Launcher:Groups</c>
/// puts several modules in one child (<c>Orders,Sagas;Users,Notifications</c>: semicolons between processes, commas
/// between a process's modules); a module it does not name runs alone, as by default.
/// </summary>
internal static class Launcher
{
    public const string BasePortKey = "Launcher:BasePort";
    public const string ParentPidKey = "Launcher:ParentPid";
    public const string GroupsKey = "Launcher:Groups";

    /// <summary>Gives every module a loopback port, tells the gateway where they are, and starts the supervisor.</summary>
    public static void AddLauncher(WebApplicationBuilder builder, IReadOnlyList<IModule> modules)
    {
        var groups = Groups(modules, builder.Configuration[GroupsKey]);
        var basePort = builder.Configuration.GetValue(BasePortKey, 5081);
        var ports = basePort == 0 ? FreePorts(groups.Count) : [.. Enumerable.Range(basePort, groups.Count)];
        var children = groups.Select((group, index) => new ChildModule(group, ports[index])).ToArray();
        builder.Configuration.AddInMemoryCollection(children.SelectMany(child => child.Modules.Select(module =>
            new KeyValuePair<string, string?>($"{GatewayExtensions.ModulesSection}:{module}", child.Address.ToString()))));
        builder.Services.AddSingleton(new ModuleProcesses(children));
        builder.Services.AddHostedService<ModuleSupervisor>();
    }

    /// <summary>The modules of each child process, in catalog order: the groups <paramref name="setting"/> names, then one per other module.</summary>
    internal static IReadOnlyList<IReadOnlyList<string>> Groups(IReadOnlyList<IModule> modules, string? setting)
    {
        if (setting?.Contains('*', StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"{GroupsKey} names modules, not '*': '{setting}'.");
        }

        var groups = (setting ?? "")
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(group => (IReadOnlyList<string>)[.. ModuleSelection.Select(modules, group).Select(m => m.Name)])
            .ToList();
        var repeated = groups.SelectMany(g => g).GroupBy(m => m, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new InvalidOperationException($"{GroupsKey} names '{repeated.Key}' in more than one process: '{setting}'.");
        }

        var grouped = groups.SelectMany(g => g).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. groups, .. modules.Where(m => !grouped.Contains(m.Name)).Select(m => (IReadOnlyList<string>)[m.Name])];
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

/// <summary>A child process of the launcher and the module(s) it runs.</summary>
public sealed record ChildModule(IReadOnlyList<string> Modules, int Port)
{
    /// <summary>The process's name in logs and file names: its modules joined with <c>+</c>.</summary>
    public string Name { get; } = string.Join('+', Modules);

    public Uri Address { get; } = new($"http://127.0.0.1:{Port}");
}
