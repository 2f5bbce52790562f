using Microsoft.EntityFrameworkCore;

namespace CampusG.Persistence;

/// <summary>
/// One write transaction at a time on a module's SQLite file, queued in process (decision 021). SQLite has one
/// writer; the others wait in its busy handler, which sleeps 1, 2, 5, 10 … up to 100 ms between tries, so a writer
/// often slept on after the lock was free. The busiest writers (a module's message batches and relay, placing an
/// order) take this async lock first and start the moment the one before them ends. On PostgreSQL, which runs
/// concurrent writers itself, it lets everyone through.
/// </summary>
public sealed class WriteGate<TDbContext>
    where TDbContext : DbContext
{
    private readonly SemaphoreSlim? _gate;

    internal WriteGate(bool serialize) => _gate = serialize ? new SemaphoreSlim(1, 1) : null;

    /// <summary>Waits for the module's previous writer to finish; dispose the result when the transaction has ended.</summary>
    public async ValueTask<Turn> EnterAsync(CancellationToken cancellationToken)
    {
        if (_gate is not null)
        {
            await _gate.WaitAsync(cancellationToken);
        }

        return new Turn(_gate);
    }

    /// <summary>A writer's turn; disposing it lets the next one in.</summary>
    public readonly struct Turn(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}
