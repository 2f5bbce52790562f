using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace CampusG.Hosting;

/// <summary>
/// A bounded context the host can run. The host picks modules by <see cref="Name"/>
/// (configuration key <c>CampusG:Modules</c>), lets each register its services, then maps its endpoints.
/// </summary>
public interface IModule
{
    /// <summary>The module's name as used in <c>CampusG:Modules</c>, e.g. <c>Orders</c>.</summary>
    string Name { get; }

    /// <summary>Registers the module's services, options, handlers and health checks.</summary>
    void AddServices(IHostApplicationBuilder builder);

    /// <summary>Maps the module's HTTP endpoints.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
