using System.Diagnostics;

namespace CampusG.Bench.Measurement;

/// <summary>
/// Per-chain <see cref="Stopwatch"/> timestamps in flat arrays, written lock-free (first write wins, so a
/// redelivery does not move a stamp). Nothing here touches a database.
/// </summary>
internal sealed class ChainRecorder
{
    private readonly long[][] _stamps;
    private readonly int[] _terminalSeen;
    private readonly long[] _completions;
    private readonly TaskCompletionSource _allCompleted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _committed;
    private int _completed;
    private int _expected;

    public ChainRecorder(int chains)
    {
        Chains = chains;
        _stamps = new long[Enum.GetValues<Stage>().Length][];
        for (var stage = 0; stage < _stamps.Length; stage++)
        {
            _stamps[stage] = new long[chains];
        }

        _terminalSeen = new int[chains];
        _completions = new long[chains];
        _expected = chains;
    }

    public int Chains { get; }

    public int Committed => Volatile.Read(ref _committed);

    public int Completed => Volatile.Read(ref _completed);

    /// <summary>Completes when every chain that was not abandoned has completed.</summary>
    public Task AllCompleted => _allCompleted.Task;

    /// <summary>Chains whose producer commit failed: they will never complete.</summary>
    public int Abandoned => Chains - Volatile.Read(ref _expected);

    public void Abandon()
    {
        Interlocked.Decrement(ref _expected);
        CheckAllCompleted();
    }

    public void Mark(int chain, Stage stage) => Mark(chain, stage, Stopwatch.GetTimestamp());

    public void Mark(int chain, Stage stage, long timestamp)
    {
        if ((uint)chain >= (uint)Chains || Interlocked.CompareExchange(ref _stamps[(int)stage][chain], timestamp, 0) != 0)
        {
            return;
        }

        if (stage == Stage.OrderCommitted)
        {
            Interlocked.Increment(ref _committed);
        }

        if (stage.IsTerminal() && Interlocked.Increment(ref _terminalSeen[chain]) == StageExtensions.TerminalCount)
        {
            _completions[Interlocked.Increment(ref _completed) - 1] = timestamp;
            CheckAllCompleted();
        }
    }

    private void CheckAllCompleted()
    {
        if (Completed >= Volatile.Read(ref _expected))
        {
            _allCompleted.TrySetResult();
        }
    }

    /// <summary>The stamp, or 0 when the stage was never reached.</summary>
    public long Stamp(int chain, Stage stage) => _stamps[(int)stage][chain];

    /// <summary>The latest handler commit of the chain, or 0 when it is incomplete.</summary>
    public long LastHandlerCommit(int chain) =>
        _terminalSeen[chain] < StageExtensions.TerminalCount
            ? 0
            : Math.Max(Stamp(chain, Stage.PaymentsCommitted),
                Math.Max(Stamp(chain, Stage.TrackingOrderCommitted), Stamp(chain, Stage.TrackingCaptureCommitted)));

    /// <summary>Completion timestamps so far, ascending.</summary>
    public long[] CompletionTimes()
    {
        var copy = _completions[..Completed];
        Array.Sort(copy);
        return copy;
    }
}
