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
        var dataDirectory = HostPaths.ResolveDataDirectory(builder.Configuration);
        SharedSigningKey.Provide(builder.Configuration, IsDistributed(builder.Configuration));
        builder.AddServiceDefaults();
        AddMessagingInfrastructure(builder);

        var modules = SelectModules(builder);
        foreach (var module in modules)
        {
            module.AddServices(builder);
        }

        var gateway = GatewayExtensions.IsGateway(builder.Configuration);
        if (gateway)
        {
            builder.AddCampusGGateway();
        }

        var webUi = ServesWebUi(builder.Configuration);
        if (webUi)
        {
            builder.AddCampusGWebUi();
        }

        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapServiceDefaults();
        if (gateway)
        {
            app.MapCampusGGateway();
        }
        else
        {
            app.MapDeadLetterEndpoints();
        }

        if (webUi)
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

        LogStarting(app.Logger, modules.Count == 0 ? "(none)" : string.Join(", ", modules.Select(m => m.Name)), dataDirectory);
        return app;
    }

    /// <summary>
    /// The modules this process runs itself. A distributed launcher runs none: it starts one child process per
    /// module and fronts them as the gateway.
    /// </summary>
    private static IReadOnlyList<IModule> SelectModules(WebApplicationBuilder builder)
    {
        var modules = ModuleSelection.Select(ModuleCatalog.CreateAll(), builder.Configuration[ModuleSelection.ConfigurationKey]);
        if (Launcher.IsLauncher(builder.Configuration))
        {
            Launcher.AddLauncher(builder, modules);
            return [];
        }

        if (builder.Configuration[Launcher.ParentPidKey] is not null)
        {
            builder.Services.AddHostedService<ParentWatch>();
        }

        return modules;
    }

    private static void AddMessagingInfrastructure(WebApplicationBuilder builder)
    {
        // Module processes of a distributed CampusG talk through RabbitMQ, everything else in process, unless
        // Messaging:Transport names one (PostgreSQL tests run every module in one process on the in-process
        // transport). Modules add their databases and endpoints in AddServices.
        if (UsesRabbitMq(builder.Configuration))
        {
            builder.Services.AddRabbitMqTransport(builder.Configuration);
        }

        builder.Services.AddCampusGMessaging(builder.Configuration);
    }

    private static bool UsesRabbitMq(IConfiguration configuration) => configuration[TransportKey] switch
    {
        null or "" => IsDistributed(configuration) && !Launcher.IsLauncher(configuration),
        var name when name.Equals("RabbitMq", StringComparison.OrdinalIgnoreCase) => true,
        var name when name.Equals("InProcess", StringComparison.OrdinalIgnoreCase) => false,
        var name => throw new InvalidOperationException($"{TransportKey} is '{name}'; use RabbitMq or InProcess."),
    };

    /// <summary>
    /// The web UI is served where the public address is: the embedded host, or a distributed launcher (the gateway).
    /// A distributed module process serves only its own API.
    /// </summary>
    private static bool ServesWebUi(IConfiguration configuration) => !IsDistributed(configuration) || Launcher.IsLauncher(configuration);

    private static bool IsDistributed(IConfiguration configuration) =>
        string.Equals(configuration["CampusG:Mode"], "Distributed", StringComparison.OrdinalIgnoreCase);

    private static void UseDefaultUrl(WebApplicationBuilder builder)
    {
        // --urls, ASPNETCORE_URLS and ASPNETCORE_HTTP_PORTS (set by container images) all win over the default.
        var configuration = builder.Configuration;
        if (configuration["urls"] is null && configuration["http_ports"] is null && configuration["https_ports"] is null)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "CampusG host running modules {Modules} with data directory {DataDirectory}")]
    private static partial void LogStarting(ILogger logger, string modules, string dataDirectory);
}
