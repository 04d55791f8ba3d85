using Microsoft.EntityFrameworkCore;

namespace Redress.Web.Data;

/// <summary>
/// Reference numbers on PostgreSQL: drawn from a sequence a block at a time, so that many new complaints
/// cost one round trip, not one each. Numbers never repeat; a restart leaves a gap. Safe for concurrent
/// callers: two that find the block empty at once each draw one.
/// </summary>
public sealed class ReferenceNumbers
{
    private const int Block = 64;
    private readonly Queue<long> _drawn = new(Block);
    private readonly Lock _lock = new();

    public async Task<long> NextAsync(RedressDbContext db, CancellationToken ct)
    {
        lock (_lock)
        {
            if (_drawn.TryDequeue(out var next))
            {
                return next;
            }
        }
        // Sequences do not roll back: a failed transaction leaves a gap, never a repeat.
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = Microsoft.EntityFrameworkCore.Storage.DbContextTransactionExtensions.GetDbTransaction(db.Database.CurrentTransaction!);
        command.CommandText = $"SELECT nextval('\"{RedressDbContext.ReferenceSequence}\"') FROM generate_series(1, {Block})";
        var block = new List<long>(Block);
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                block.Add(reader.GetInt64(0));
            }
        }
        block.Sort();
        lock (_lock)
        {
            block.Skip(1).ToList().ForEach(_drawn.Enqueue);
        }
        return block[0];
    }
}
