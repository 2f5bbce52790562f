using System.Diagnostics;

namespace CampusG.Bench.Measurement;

/// <summary>
/// One relay's passes as the transport sees them: batch sizes, how long each publish took (in process:
/// until every subscriber committed the batch), and the gap from one publish's end to the next one's start
/// (the relay marking the batch published, then reading the next).
/// </summary>
internal sealed class RelayTrace
{
    private long _lastPublishedAt;

    public SampleLog BatchSizes { get; } = new();

    public SampleLog PublishDurations { get; } = new();

    public SampleLog Gaps { get; } = new();

    /// <summary>Called by the relay's single loop, so passes never overlap.</summary>
    public void Started(int count, long startedAt)
    {
        BatchSizes.Add(count);
        if (_lastPublishedAt != 0)
        {
            Gaps.Add(Stopwatch.GetElapsedTime(_lastPublishedAt, startedAt));
        }
    }

    public void Finished(long startedAt, long finishedAt)
    {
        PublishDurations.Add(Stopwatch.GetElapsedTime(startedAt, finishedAt));
        _lastPublishedAt = finishedAt;
    }
}
