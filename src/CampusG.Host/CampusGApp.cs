using CampusG.Auth;
using CampusG.Host.Admin;
using CampusG.Host.Distributed;
using CampusG.Host.Modules;
using CampusG.Hosting;
using CampusG.Messaging;
using CampusG.ServiceDefaults;
using CampusG.Web;
using CampusG.Web.Gateway;

namespace CampusG.Host;

/// <summary>Builds the CampusG web application; <c>Program</c> runs it, tests start it on a free port.</summary>
public static partial class CampusGApp
{
    private const string DefaultUrl = "http://127.0.0.1:5080";
    private const string TransportKey = "Messaging:Transport";

    /// <param name="args">Command-line arguments; <c>--Section:Key=value</c> overrides configuration.</param>
    /// <param name="configure">Runs after the defaults and the modules have registered their services, so it can replace them.</param>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(CampusGApp).Assembly.GetName().Name,
            // appsettings.json is copied next to the binaries, so it is found whatever the working directory is.
            ContentRootPath = AppContext.BaseDirectory,
        });
        UseDefaultUrl(builder);
        var role = HostRole.From(builder.Configuration);
        builder.Services.AddSingleton(role);
        var dataDirectory = HostPaths.ResolveDataDirectory(builder.Configuration);
        SharedSigningKey.Provide(builder.Configuration, role);
        builder.AddServiceDefaults();
        builder.AddCampusGAuth();
        AddMessagingInfrastructure(builder, role);

        var modules = SelectModules(builder, role);
        foreach (var module in modules)
        {
            module.AddServices(builder);
        }

        var gateway = role.Kind is HostKind.Launcher or HostKind.Gateway;
        if (gateway)
        {
            builder.AddCampusGGateway();
        }

        if (role.ServesWebUi)
        {
            builder.AddCampusGWebUi();
        }

        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapServiceDefaults();
        app.UseCampusGAuth();
        if (gateway)
        {
            app.MapCampusGGateway();
        }
        else
        {
            app.MapDeadLetterEndpoints();
        }

        if (role.ServesWebUi)
        {
            app.MapCampusGWebUi();
        }
        else
        {
            // A module process of a distributed CampusG has no UI of its own: its root opens the API reference.
            app.MapGet("/", () => TypedResults.Redirect("/docs")).ExcludeFromDescription();
        }

        foreach (var module in modules)
        {
            module.MapEndpoints(app);
        }

        LogStarting(app.Logger, role, modules.Count == 0 ? "(none)" : string.Join(", ", modules.Select(m => m.Name)), dataDirectory);
        return app;
    }

    /// <summary>
    /// The modules this process runs itself. A distributed launcher runs none: it starts one child process per
    /// module and fronts them as the gateway.
    /// </summary>
    private static IReadOnlyList<IModule> SelectModules(WebApplicationBuilder builder, HostRole role)
    {
        var modules = ModuleSelection.Select(ModuleCatalog.CreateAll(), builder.Configuration[ModuleSelection.ConfigurationKey]);
        if (role.Kind == HostKind.Launcher)
        {
            Launcher.AddLauncher(builder, modules);
            return [];
        }

        if (!role.RunsModules)
        {
            return [];
        }

        if (builder.Configuration[Launcher.ParentPidKey] is not null)
        {
            builder.Services.AddHostedService<ParentWatch>();
        }

        return modules;
    }

    private static void AddMessagingInfrastructure(WebApplicationBuilder builder, HostRole role)
    {
        // Module processes of a distributed CampusG talk through RabbitMQ, everything else in process, unless
        // Messaging:Transport names one (PostgreSQL tests run every module in one process on the in-process
        // transport). Modules add their databases and endpoints in AddServices.
        if (UsesRabbitMq(builder.Configuration, role))
        {
            builder.Services.AddRabbitMqTransport(builder.Configuration);
        }

        builder.Services.AddCampusGMessaging(builder.Configuration);
    }

    private static bool UsesRabbitMq(IConfiguration configuration, HostRole role) => configuration[TransportKey] switch
    {
        null or "" => role.Kind == HostKind.ModuleProcess,
        var name when name.Equals("RabbitMq", StringComparison.OrdinalIgnoreCase) => true,
        var name when name.Equals("InProcess", StringComparison.OrdinalIgnoreCase) => false,
        var name => throw new InvalidOperationException($"{TransportKey} is '{name}'; use RabbitMq or InProcess."),
    };

    private static void UseDefaultUrl(WebApplicationBuilder builder)
    {
        // --urls, ASPNETCORE_URLS and ASPNETCORE_HTTP_PORTS (set by container images) all win over the default.
        var configuration = builder.Configuration;
        if (configuration["urls"] is null && configuration["http_ports"] is null && configuration["https_ports"] is null)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "CampusG host ({Role}) running modules {Modules} with data directory {DataDirectory}")]
    private static partial void LogStarting(ILogger logger, HostRole role, string modules, string dataDirectory);
}
