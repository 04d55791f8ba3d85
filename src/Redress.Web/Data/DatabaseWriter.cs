using System.Threading.Channels;

namespace Redress.Web.Data;

/// <summary>
/// Saves new records: the inserts waiting at the same moment are saved in one transaction (group commit) by
/// this hosted service, which reads them from a bounded queue, so one commit serves many requests. It pays on
/// both databases (docs/performance.md: on PostgreSQL an ordinary transaction per insert made half as many
/// complaints a second). When the queue is full the caller is told at once (<see cref="WriterBusyException"/>,
/// a 503), never left waiting. Changes to existing records are saved by their callers with
/// <c>SaveChangesAsync</c> on both databases (SQLite's busy timeout orders them).
/// </summary>
public sealed class DatabaseWriter(IServiceScopeFactory scopes, bool isSqlite, ILogger<DatabaseWriter> logger, int queueCapacity = DatabaseWriter.DefaultQueueCapacity)
    : BackgroundService
{
    /// <summary>How many inserts may wait before the next is refused with a 503 (setting <c>Database:WriterQueue</c>).</summary>
    public const int DefaultQueueCapacity = 2048;
    private const int MaxBatch = 64;

    private readonly Channel<IInsert> _queue = Channel.CreateBounded<IInsert>(new BoundedChannelOptions(queueCapacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    /// <summary>True on SQLite: the provider is known from configuration, never asked of EF per call (references are numbered differently).</summary>
    public bool IsSqlite { get; } = isSqlite;

    /// <summary>
    /// Inserts new records: <paramref name="stage"/> adds them to the context it is given (without saving)
    /// and returns the result; they are saved and committed in one transaction, with other inserts waiting
    /// at the same moment. When a shared transaction fails each insert is tried again alone, so one bad insert
    /// cannot take others down with it (so <paramref name="stage"/> may run more than once).
    /// </summary>
    public async Task<T> InsertAsync<T>(Func<RedressDbContext, CancellationToken, Task<T>> stage, CancellationToken ct)
    {
        var insert = new Insert<T>(stage, ct);
        if (!_queue.Writer.TryWrite(insert))
        {
            throw new WriterBusyException();
        }
        return await insert.Completion;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<IInsert>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
                {
                    batch.Add(next);
                }
                try
                {
                    await InsertTogetherAsync(batch, stoppingToken);
                }
                catch (Exception e)
                {
                    // Whatever failed (a scope, a rollback), the callers hear of it and the writer carries on.
                    logger.LogError(e, "A batch of {Count} inserts failed", batch.Count);
                    batch.ForEach(i => i.Fail(e));
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: inserts still waiting are cancelled below.
        }
        _queue.Writer.TryComplete();
        while (_queue.Reader.TryRead(out var left))
        {
            left.Fail(new OperationCanceledException("The server is stopping."));
        }
    }

    private async Task InsertTogetherAsync(List<IInsert> batch, CancellationToken ct)
    {
        var waiting = batch.Where(i => !i.TryCancel()).ToList();
        if (waiting.Count > 1 && await TryTogetherAsync(waiting, ct))
        {
            return;
        }
        foreach (var insert in waiting)
        {
            await using var scope = scopes.CreateAsyncScope();
            await insert.RunAloneAsync(scope.ServiceProvider.GetRequiredService<RedressDbContext>(), ct);
        }
    }

    /// <summary>One transaction for the whole batch; false (nothing saved) when any of it fails.</summary>
    private async Task<bool> TryTogetherAsync(List<IInsert> batch, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RedressDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            foreach (var insert in batch)
            {
                await insert.StageAsync(db, ct);
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogDebug(e, "A shared transaction of {Count} inserts failed: each is tried alone", batch.Count);
            return false;
        }
        batch.ForEach(i => i.Complete());
        return true;
    }

    private static async Task<T> SaveAloneAsync<T>(RedressDbContext db, Func<RedressDbContext, CancellationToken, Task<T>> stage, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var result = await stage(db, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return result;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private interface IInsert
    {
        /// <summary>True (and the caller told) when the caller has gone: nothing of it is saved.</summary>
        bool TryCancel();

        /// <summary>Adds the records to a shared context, for a batch.</summary>
        Task StageAsync(RedressDbContext db, CancellationToken ct);

        /// <summary>Saves this insert in a transaction of its own, and tells the caller how it went.</summary>
        Task RunAloneAsync(RedressDbContext db, CancellationToken ct);

        void Complete();

        void Fail(Exception e);
    }

    private sealed class Insert<T>(Func<RedressDbContext, CancellationToken, Task<T>> stage, CancellationToken callerToken) : IInsert
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Completion => _completion.Task;

        public bool TryCancel() => callerToken.IsCancellationRequested && _completion.TrySetCanceled(callerToken);

        public async Task StageAsync(RedressDbContext db, CancellationToken ct) => _result = await stage(db, ct);

        public async Task RunAloneAsync(RedressDbContext db, CancellationToken ct)
        {
            try
            {
                _completion.TrySetResult(await SaveAloneAsync(db, stage, ct));
            }
            catch (Exception e)
            {
                _completion.TrySetException(e);
            }
        }

        public void Complete() => _completion.TrySetResult(_result!);

        public void Fail(Exception e) => _completion.TrySetException(e);
    }
}

/// <summary>More inserts are waiting than the database can take now: the caller should try again in a moment (503).</summary>
public sealed class WriterBusyException() : Exception("The server is busy saving other records. Try again in a moment.");
