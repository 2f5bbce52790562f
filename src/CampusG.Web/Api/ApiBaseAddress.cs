using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;

namespace CampusG.Web.Api;

/// <summary>
/// Where the UI sends its API calls: <c>Web:ApiBaseAddress</c> when set, else this host's own listening address.
/// The address is read at first use, after the server has started (tests listen on port 0 and learn the real port
/// only then). Behind the distributed gateway this is the gateway itself, so the UI speaks only the public API.
/// </summary>
internal sealed class ApiBaseAddress(IConfiguration configuration, IServer server)
{
    public const string ConfigurationKey = "Web:ApiBaseAddress";

    private Uri? _value;

    public Uri Value => _value ??= Resolve();

    private Uri Resolve()
    {
        var configured = configuration[ConfigurationKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new Uri(configured, UriKind.Absolute);
        }

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException($"The server reports no listening address; set {ConfigurationKey}.");
        return Reachable(address);
    }

    /// <summary>A listening address as a client can call it: wildcard hosts (<c>0.0.0.0</c>, <c>[::]</c>, <c>+</c>, <c>*</c>) become 127.0.0.1.</summary>
    public static Uri Reachable(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var hostStart = address.IndexOf("://", StringComparison.Ordinal) + 3;
        var portStart = address.LastIndexOf(':');
        if (hostStart < 3 || portStart < hostStart)
        {
            return new Uri(address, UriKind.Absolute);
        }

        var host = address[hostStart..portStart];
        var reachable = host is "0.0.0.0" or "[::]" or "+" or "*" ? "127.0.0.1" : host;
        return new Uri($"{address[..hostStart]}{reachable}{address[portStart..].TrimEnd('/')}/", UriKind.Absolute);
    }
}
