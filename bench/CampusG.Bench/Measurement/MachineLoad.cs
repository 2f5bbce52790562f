using System.Globalization;

namespace CampusG.Bench.Measurement;

/// <summary>
/// The whole machine's CPU use from <c>/proc/stat</c> (Linux), so a run can show how much of the CPU other
/// processes took while it ran: on a shared build machine that is the first thing to rule out.
/// </summary>
internal sealed record MachineLoad(double BusySeconds, string LoadAverage)
{
    private const double ClockTicksPerSecond = 100; // USER_HZ on Linux

    public static MachineLoad Take()
    {
        if (!File.Exists("/proc/stat"))
        {
            return new MachineLoad(double.NaN, "n/a");
        }

        // cpu  user nice system idle iowait irq softirq steal ...
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1).Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var busy = fields.Sum() - fields[3] - fields[4];
        var loadAverage = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        return new MachineLoad(busy / ClockTicksPerSecond, loadAverage);
    }
}
