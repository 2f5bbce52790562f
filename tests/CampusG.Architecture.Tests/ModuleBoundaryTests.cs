using System.Reflection;

namespace CampusG.Architecture.Tests;

public sealed class ModuleBoundaryTests
{
    private static readonly List<Assembly> HostAssemblies = ModuleRules.ClosureOf(typeof(Program).Assembly);

    [Fact]
    public void HostAndEveryModuleItLoads_KeepTheModuleBoundaries()
    {
        var violations = ModuleRules.Check(HostAssemblies);

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        Assert.Contains(HostAssemblies, a => a.GetName().Name == "CampusG.Messaging");
    }

    [Fact]
    public void ModuleReferencingAnotherModulesInternals_IsCaught()
    {
        var violations = ModuleRules.Check([Assembly.Load("CampusG.Intruder")]);

        Assert.Contains("CampusG.Intruder references CampusG.Victim: a module may use only building blocks and other modules' .Contracts", violations);
    }

    [Fact]
    public void ModuleExposingMoreThanItsModuleClass_IsCaught()
    {
        var violations = ModuleRules.Check([Assembly.Load("CampusG.Victim")]);

        Assert.Equal(["CampusG.Victim exposes CampusG.Victim.VictimLedger: a module's only public type is its module class"], violations);
    }

    [Fact]
    public void ContractsThatOnlyDependOnAbstractions_PassTheRules()
    {
        Assert.Empty(ModuleRules.Check([Assembly.Load("CampusG.Victim.Contracts")]));
    }

    [Theory]
    [InlineData("CampusG.Orders", ModuleRules.Kind.Module)]
    [InlineData("CampusG.Orders.Contracts", ModuleRules.Kind.Contracts)]
    [InlineData("CampusG.Messaging", ModuleRules.Kind.BuildingBlock)]
    [InlineData("CampusG.Host", ModuleRules.Kind.Host)]
    [InlineData("Microsoft.EntityFrameworkCore", ModuleRules.Kind.External)]
    public void AssembliesAreClassifiedByName(string name, ModuleRules.Kind expected)
    {
        Assert.Equal(expected, ModuleRules.KindOf(name));
    }
}
