using CampusG.Host.Distributed;

namespace CampusG.Host.Tests;

/// <summary>The runtime settings a module process gets from the launcher.</summary>
public sealed class ChildProcessTests
{
    [Fact]
    public void AChild_DoesNotSpinForWork_ByDefault()
    {
        var environment = new Dictionary<string, string?> { ["PATH"] = "/usr/bin" };

        ChildProcess.ApplyRuntimeDefaults(environment);

        Assert.Equal("0", environment[ChildProcess.ThreadPoolSpinLimit]);
        Assert.Equal("/usr/bin", environment["PATH"]);
    }

    [Fact]
    public void TheLaunchersOwnValue_IsKept()
    {
        var environment = new Dictionary<string, string?> { [ChildProcess.ThreadPoolSpinLimit] = "70" };

        ChildProcess.ApplyRuntimeDefaults(environment);

        Assert.Equal("70", environment[ChildProcess.ThreadPoolSpinLimit]);
    }
}
