using System.Globalization;

namespace CampusG.Bench.Saga;

/// <summary>Reads processes from <c>/proc</c> (Linux): CPU time, parent, name and peak memory.</summary>
internal static class ProcFs
{
    private const double ClockTicksPerSecond = 100; // USER_HZ

    /// <param name="ReapedChildrenCpuSeconds">What its children that exited and were waited for used (cutime + cstime).</param>
    public sealed record ProcessInfo(int Pid, int ParentPid, string Name, double CpuSeconds, double ReapedChildrenCpuSeconds = 0);

    public static IReadOnlyList<ProcessInfo> All()
    {
        var list = new List<ProcessInfo>();
        if (!Directory.Exists("/proc"))
        {
            return list;
        }

        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && Read(pid) is { } info)
            {
                list.Add(info);
            }
        }

        return list;
    }

    public static ProcessInfo? Read(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var open = stat.IndexOf('(', StringComparison.Ordinal);
            var close = stat.LastIndexOf(')');
            var fields = stat[(close + 2)..].Split(' ');
            // fields[0] is state (field 3); ppid is field 4, utime 14, stime 15, cutime 16, cstime 17
            var cpu = (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / ClockTicksPerSecond;
            var reaped = (double.Parse(fields[13], CultureInfo.InvariantCulture) + double.Parse(fields[14], CultureInfo.InvariantCulture)) / ClockTicksPerSecond;
            return new ProcessInfo(pid, int.Parse(fields[1], CultureInfo.InvariantCulture), stat[(open + 1)..close], cpu, reaped);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null; // exited meanwhile
        }
    }

    /// <summary>VmHWM (peak resident set) in bytes, or 0.</summary>
    public static long PeakResidentBytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary><paramref name="root"/> and all its descendants.</summary>
    public static IReadOnlyList<ProcessInfo> Tree(IReadOnlyList<ProcessInfo> all, int root)
    {
        var children = all.ToLookup(p => p.ParentPid);
        var result = new List<ProcessInfo>();
        var pending = new Stack<int>([root]);
        while (pending.TryPop(out var pid))
        {
            if (all.FirstOrDefault(p => p.Pid == pid) is { } self)
            {
                result.Add(self);
            }

            foreach (var child in children[pid])
            {
                pending.Push(child.Pid);
            }
        }

        return result;
    }
}

/// <summary>CPU seconds per process, so a delta counts processes that started during the run from zero.</summary>
internal sealed record CpuSnapshot(IReadOnlyDictionary<int, double> Seconds, bool CountsReaped = false)
{
    public static CpuSnapshot Of(IEnumerable<ProcFs.ProcessInfo> processes) => new(processes.ToDictionary(p => p.Pid, p => p.CpuSeconds));

    /// <summary>
    /// A server that forks a process per connection (PostgreSQL): each process counts with the children it has
    /// reaped, so a connection closed during the run is not lost from the delta (<see cref="Since"/>).
    /// </summary>
    public static CpuSnapshot OfServer(IEnumerable<ProcFs.ProcessInfo> processes) =>
        new(processes.ToDictionary(p => p.Pid, p => p.CpuSeconds + p.ReapedChildrenCpuSeconds), CountsReaped: true);

    /// <summary>
    /// What the processes used since <paramref name="earlier"/>. A process gone since then is counted in its parent's
    /// reaped time (<see cref="OfServer"/>), whole lifetime included, so what it had used before is taken off.
    /// </summary>
    public double Since(CpuSnapshot earlier) =>
        Seconds.Sum(p => p.Value - earlier.Seconds.GetValueOrDefault(p.Key))
        - (CountsReaped ? earlier.Seconds.Where(p => !Seconds.ContainsKey(p.Key)).Sum(p => p.Value) : 0);
}
