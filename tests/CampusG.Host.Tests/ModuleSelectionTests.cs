using CampusG.Host.Modules;
using CampusG.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace CampusG.Host.Tests;

public sealed class ModuleSelectionTests
{
    private static readonly IModule[] Catalog = [new FakeModule("Users"), new FakeModule("Orders"), new FakeModule("Payments")];

    [Theory]
    [InlineData(null)]
    [InlineData("*")]
    [InlineData(" ")]
    public void Select_StarOrNothing_ReturnsAllModulesInCatalogOrder(string? setting)
    {
        var selected = ModuleSelection.Select(Catalog, setting);

        Assert.Equal(["Users", "Orders", "Payments"], selected.Select(m => m.Name));
    }

    [Fact]
    public void Select_CommaList_MatchesCaseInsensitivelyAndKeepsCatalogOrder()
    {
        var selected = ModuleSelection.Select(Catalog, " payments, USERS ,users");

        Assert.Equal(["Users", "Payments"], selected.Select(m => m.Name));
    }

    [Fact]
    public void LauncherGroups_PutTheNamedModulesTogether_AndEveryOtherAlone()
    {
        var groups = Distributed.Launcher.Groups(Catalog, "payments, users");

        Assert.Equal([["Users", "Payments"], ["Orders"]], groups);
        Assert.Equal([["Users"], ["Orders"], ["Payments"]], Distributed.Launcher.Groups(Catalog, null));
    }

    [Theory]
    [InlineData("Users;Users,Orders")]
    [InlineData("*")]
    [InlineData("Users;Shipping")]
    public void LauncherGroups_ARepeatedModuleAStarOrAnUnknownName_IsAStartupError(string setting) =>
        Assert.Throws<InvalidOperationException>(() => Distributed.Launcher.Groups(Catalog, setting));

    [Fact]
    public void Select_UnknownName_ThrowsNamingItAndTheKnownModules()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ModuleSelection.Select(Catalog, "Orders,Shipping"));

        Assert.Contains("'Shipping'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Users, Orders, Payments", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_TwoModulesWithTheSameName_Throws()
    {
        IModule[] catalog = [new FakeModule("Orders"), new FakeModule("orders")];

        Assert.Throws<InvalidOperationException>(() => ModuleSelection.Select(catalog, "*"));
    }

    private sealed class FakeModule(string name) : IModule
    {
        public string Name => name;

        public void AddServices(IHostApplicationBuilder builder) => throw new NotSupportedException();

        public void MapEndpoints(IEndpointRouteBuilder endpoints) => throw new NotSupportedException();
    }
}
