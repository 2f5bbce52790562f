using CampusG.Hosting;
using Microsoft.Extensions.Configuration;

namespace CampusG.Host.Tests;

public sealed class HostRoleTests
{
    [Theory]
    [InlineData(null, null, null, HostKind.Embedded)]
    [InlineData("embedded", "Orders", null, HostKind.Embedded)]
    [InlineData("Distributed", null, null, HostKind.Launcher)]
    [InlineData("Distributed", "*", null, HostKind.Launcher)]
    [InlineData("Distributed", null, "http://127.0.0.1:5081", HostKind.Gateway)]
    [InlineData("distributed", "Orders,Sagas", null, HostKind.ModuleProcess)]
    public void TheRole_FollowsModeModulesAndGateway(string? mode, string? modules, string? gatewayOrders, HostKind expected)
    {
        var role = HostRole.From(Configuration(("CampusG:Mode", mode), ("CampusG:Modules", modules), ("Gateway:Modules:Orders", gatewayOrders)));

        Assert.Equal(expected, role.Kind);
        Assert.Equal(expected != HostKind.Embedded, role.IsDistributed);
        Assert.Equal(expected == HostKind.ModuleProcess, role.IsBehindGateway);
        Assert.Equal(expected != HostKind.ModuleProcess, role.ServesWebUi);
    }

    [Fact]
    public void AnUnknownMode_IsRefusedAtStart()
    {
        var error = Assert.Throws<InvalidOperationException>(() => HostRole.From(Configuration(("CampusG:Mode", "Clustered"))));

        Assert.Contains("'Clustered'", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Where(s => s.Value is not null).Select(s => KeyValuePair.Create(s.Key, s.Value))).Build();
}
