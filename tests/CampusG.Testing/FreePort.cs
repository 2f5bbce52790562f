using System.Net;
using System.Net.Sockets;

namespace CampusG.Testing;

/// <summary>A loopback port nothing listens on right now, for a process or server a test starts itself.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
