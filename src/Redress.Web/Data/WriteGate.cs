namespace Redress.Web.Data;

/// <summary>
/// SQLite takes one writer at a time; queueing writers here, in order, beats letting them collide
/// on the database lock and back off. On PostgreSQL the gate is open.
/// </summary>
public sealed class WriteGate(bool serialise)
{
    /// <summary>True on SQLite: the provider is known from configuration, never asked of EF per call.</summary>
    public bool IsSqlite => serialise;

    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public async ValueTask<IDisposable> EnterAsync(CancellationToken ct)
    {
        if (!serialise)
        {
            return NoLock.Instance;
        }
        await _semaphore.WaitAsync(ct);
        return new Release(_semaphore);
    }

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }

    private sealed class NoLock : IDisposable
    {
        public static readonly NoLock Instance = new();

        public void Dispose()
        {
        }
    }
}
