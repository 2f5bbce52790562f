using System.Diagnostics;
using System.Globalization;

namespace CampusG.Bench.Saga;

/// <summary>
/// Submits the orders: C clients in a closed loop (each waits for its saga to end before placing the next), or a fixed arrival rate in an open loop (each order is due at
/// start + i / R and is sent then, whatever the earlier ones are doing). Prints a progress line every second and
/// waits until every accepted saga completed or was cancelled, or nothing completed for the stall timeout.
/// </summary>
internal sealed class SagaLoad(SagaOptions options, SagaTracker tracker, IOrderDriver driver, IReadOnlyList<Customer> customers, ISagaDeployment deployment)
{
    private int _next = -1;

    public long StartedAt { get; private set; }

    public long SubmissionsEndedAt { get; private set; }

    public int PeakThreadPoolThreads { get; private set; }

    /// <summary>True when every saga finished; false on a stall.</summary>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        StartedAt = Stopwatch.GetTimestamp();
        var submitting = Task.Run(() => options.OpenLoop ? OpenLoopAsync(cancellationToken) : ClosedLoopAsync(cancellationToken), cancellationToken);
        var (lastTick, lastCompleted, lastChange, lastSample) = (StartedAt, 0, StartedAt, deployment.Sample());
        while (!tracker.AllDone.IsCompleted)
        {
            await Task.WhenAny(tracker.AllDone, Task.Delay(TimeSpan.FromSeconds(1), cancellationToken));
            if (submitting.IsFaulted)
            {
                await submitting;
            }

            var (now, sample) = (Stopwatch.GetTimestamp(), deployment.Sample());
            var completed = tracker.Completed;
            var seconds = Stopwatch.GetElapsedTime(lastTick, now).TotalSeconds;
            PeakThreadPoolThreads = Math.Max(PeakThreadPoolThreads, ThreadPool.ThreadCount);
            var cores = sample.Since(lastSample).Values.Sum() / seconds;
            var others = (sample.Machine.BusySeconds - lastSample.Machine.BusySeconds) / seconds - cores;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{Stopwatch.GetElapsedTime(StartedAt, now).TotalSeconds,6:F1}s] submitted {tracker.Submitted,7:N0}  answered {tracker.Accepted,7:N0}" +
                $"  completed {completed,7:N0} {(completed - lastCompleted) / seconds,6:N0}/s  in flight {tracker.Accepted - completed - tracker.CancelledCount,6:N0}" +
                $"  cancelled {tracker.CancelledCount}  failed {tracker.Rejected - tracker.Shed}  shed {tracker.Shed}  repeats {tracker.Repeated}" +
                $"  cpu {cores:F2} cores, others {others:F2}  load {sample.Machine.LoadAverage.Split(' ')[0]}"));
            if (completed != lastCompleted)
            {
                lastChange = now;
            }
            else if (Stopwatch.GetElapsedTime(lastChange, now) > options.StallTimeout && tracker.Submitted > 0)
            {
                return false;
            }

            (lastTick, lastCompleted, lastSample) = (now, completed, sample);
        }

        await submitting;
        return true;
    }

    private async Task ClosedLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(() => ClientAsync(cancellationToken), cancellationToken)));
        }
        finally
        {
            EndSubmissions();
        }
    }

    private async Task ClientAsync(CancellationToken cancellationToken)
    {
        int sequence;
        while ((sequence = Interlocked.Increment(ref _next)) < options.Orders)
        {
            // A client waits for its order to be CREATED (or cancelled) before it places the next, as a customer
            // watching the order would: at most C sagas are in flight, so latency is the pipeline's, not a backlog's.
            // A shed order (503 OVERLOADED) is not retried: the client waits as Retry-After asks, then places the next.
            switch (await SubmitAsync(sequence, Stopwatch.GetTimestamp(), cancellationToken))
            {
                case (Guid orderId, _):
                    await tracker.Ended(orderId).WaitAsync(cancellationToken);
                    break;
                case (null, TimeSpan retryAfter):
                    await Task.Delay(retryAfter, cancellationToken);
                    break;
            }
        }
    }

    private async Task OpenLoopAsync(CancellationToken cancellationToken)
    {
        var pending = new List<Task>(options.Orders);
        var interval = Stopwatch.Frequency / options.Rate!.Value;
        var start = Stopwatch.GetTimestamp();
        try
        {
            var sequence = 0;
            while (sequence < options.Orders)
            {
                var now = Stopwatch.GetTimestamp();
                for (var due = start + (long)(sequence * interval); sequence < options.Orders && due <= now; due = start + (long)(sequence * interval))
                {
                    pending.Add(SubmitAsync(sequence++, due, cancellationToken));
                }

                await Task.Delay(1, cancellationToken);
            }

            await Task.WhenAll(pending);
        }
        finally
        {
            EndSubmissions();
        }
    }

    private void EndSubmissions()
    {
        SubmissionsEndedAt = Stopwatch.GetTimestamp();
        tracker.SubmissionsEnded();
    }

    /// <summary>Places one order; its id, or null when the API refused it (with the wait it asked for when it shed it).</summary>
    private async Task<(Guid? OrderId, TimeSpan? RetryAfter)> SubmitAsync(int sequence, long dueAt, CancellationToken cancellationToken)
    {
        tracker.Submitting();
        var submittedAt = Stopwatch.GetTimestamp();
        try
        {
            var orderId = await driver.PlaceAsync(customers[sequence % customers.Count], cancellationToken);
            tracker.Accept(orderId, sequence, dueAt, submittedAt, Stopwatch.GetTimestamp());
            return (orderId, null);
        }
        catch (OverloadedException ex)
        {
            tracker.Shed503();
            return (null, ex.RetryAfter);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            tracker.Reject(ex.Message);
            return (null, null);
        }
    }
}
