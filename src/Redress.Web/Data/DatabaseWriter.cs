using System.Collections.Concurrent;

namespace Redress.Web.Data;

/// <summary>
/// Runs the changes to complaints. New records go through one thread of their own and those waiting
/// together are inserted in one transaction (group commit), on both databases: one commit, and one
/// round of statements, serves many requests. SQLite has one writer at a time, so there every other
/// change runs on that thread too, in turn, with its own context; no writer waits behind request work
/// in the thread pool for its turn at the database. On PostgreSQL other changes run at once, on the
/// caller's context, alongside each other.
/// </summary>
public sealed class DatabaseWriter : IDisposable
{
    private readonly IServiceScopeFactory _scopes;
    private readonly BlockingCollection<Job> _queue;
    private readonly Thread _thread;

    public DatabaseWriter(IServiceScopeFactory scopes, bool isSqlite)
    {
        _scopes = scopes;
        IsSqlite = isSqlite;
        _queue = [];
        _thread = new Thread(Run) { IsBackground = true, Name = "Redress database writer" };
        _thread.Start();
    }

    /// <summary>True on SQLite: the provider is known from configuration, never asked of EF per call.</summary>
    public bool IsSqlite { get; }

    /// <summary>Runs <paramref name="work"/> with a context to write through, and returns what it returns.</summary>
    public Task<T> WriteAsync<T>(RedressDbContext caller, Func<RedressDbContext, CancellationToken, Task<T>> work, CancellationToken ct)
    {
        if (!IsSqlite)
        {
            return work(caller, ct);
        }
        var job = new Job<T>(work, ct);
        _queue.Add(job, ct);
        return job.Completion;
    }

    /// <summary>
    /// Inserts new records: <paramref name="stage"/> adds them to the context it is given (without
    /// saving) and returns the result; they are saved and committed in one transaction together with
    /// other inserts waiting at the same moment. When a shared transaction fails, each insert is tried
    /// again alone, so one bad insert cannot take others down with it. <paramref name="stage"/> runs on
    /// the writer's thread and must be synchronous.
    /// </summary>
    public Task<T> InsertAsync<T>(Func<RedressDbContext, T> stage, CancellationToken ct)
    {
        var job = new Insert<T>(stage, ct);
        _queue.Add(job, ct);
        return job.Completion;
    }

    private const int MaxBatch = 64;

    private void Run()
    {
        var batch = new List<IInsert>(MaxBatch);
        foreach (var job in _queue.GetConsumingEnumerable())
        {
            if (job is not IInsert first)
            {
                using var scope = _scopes.CreateScope();
                job.Execute(scope.ServiceProvider.GetRequiredService<RedressDbContext>());
                continue;
            }
            batch.Clear();
            batch.Add(first);
            // Take the inserts already waiting; stop at anything else, which runs in its turn after.
            while (batch.Count < MaxBatch && _queue.TryTake(out var next))
            {
                if (next is IInsert insert)
                {
                    batch.Add(insert);
                    continue;
                }
                InsertTogether(batch);
                batch.Clear();
                using var scope = _scopes.CreateScope();
                next.Execute(scope.ServiceProvider.GetRequiredService<RedressDbContext>());
                break;
            }
            if (batch.Count > 0)
            {
                InsertTogether(batch);
            }
        }
    }

    private void InsertTogether(List<IInsert> batch)
    {
        if (batch.Count > 1)
        {
            using var scope = _scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<RedressDbContext>();
            using var transaction = db.Database.BeginTransaction();
            try
            {
                var staged = batch.Where(i => i.Stage(db)).ToList();
                db.SaveChanges();
                transaction.Commit();
                staged.ForEach(i => i.Complete());
                return;
            }
            catch (Exception)
            {
                transaction.Rollback();
            }
        }
        foreach (var insert in batch)
        {
            using var scope = _scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<RedressDbContext>();
            try
            {
                using var transaction = db.Database.BeginTransaction();
                if (insert.Stage(db))
                {
                    db.SaveChanges();
                    transaction.Commit();
                    insert.Complete();
                }
            }
            catch (Exception e)
            {
                insert.Fail(e);
            }
        }
    }

    public void Dispose()
    {
        _queue.CompleteAdding();
        _thread.Join(TimeSpan.FromSeconds(10));
        _queue.Dispose();
    }

    private abstract class Job
    {
        public abstract void Execute(RedressDbContext db);
    }

    private interface IInsert
    {
        /// <summary>Adds the records to the context; false when the caller has gone (nothing added).</summary>
        bool Stage(RedressDbContext db);

        void Complete();

        void Fail(Exception e);
    }

    private sealed class Insert<T>(Func<RedressDbContext, T> stage, CancellationToken ct) : Job, IInsert
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Completion => _completion.Task;

        public override void Execute(RedressDbContext db) => throw new InvalidOperationException("Inserts run in batches.");

        public bool Stage(RedressDbContext db)
        {
            if (ct.IsCancellationRequested)
            {
                _completion.TrySetCanceled(ct);
                return false;
            }
            _result = stage(db);
            return true;
        }

        public void Complete() => _completion.TrySetResult(_result!);

        public void Fail(Exception e) => _completion.TrySetException(e);
    }

    private sealed class Job<T>(Func<RedressDbContext, CancellationToken, Task<T>> work, CancellationToken ct) : Job
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<T> Completion => _completion.Task;

        public override void Execute(RedressDbContext db)
        {
            if (ct.IsCancellationRequested)
            {
                _completion.TrySetCanceled(ct);
                return;
            }
            try
            {
                // SQLite's provider completes its async calls synchronously, so this does not block on I/O.
                _completion.TrySetResult(work(db, ct).GetAwaiter().GetResult());
            }
            catch (Exception e)
            {
                _completion.TrySetException(e);
            }
        }
    }
}
