using Microsoft.Extensions.Configuration;

namespace CampusG.Messaging;

/// <summary>
/// Makes a participant step fail on purpose, for failure drills and the tests of compensations:
/// <c>Faults:escrow.holdFunds=true</c> makes escrow refuse every hold. Off unless configured;
/// read at each call, so it can be switched on a running process.
/// </summary>
public sealed class FaultInjection(IConfiguration configuration)
{
    public bool ShouldFail(string step) => configuration.GetValue<bool>($"Faults:{step}");
}
