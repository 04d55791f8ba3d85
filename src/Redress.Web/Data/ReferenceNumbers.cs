using Microsoft.EntityFrameworkCore;

namespace Redress.Web.Data;

/// <summary>
/// Reference numbers on PostgreSQL: drawn from a sequence a block at a time, so a batch of new
/// complaints costs one round trip, not one each. Numbers never repeat; a restart leaves a gap.
/// Used only on the database writer's thread.
/// </summary>
public sealed class ReferenceNumbers
{
    private const int Block = 64;
    private readonly Queue<long> _drawn = new(Block);

    public long Next(RedressDbContext db)
    {
        if (_drawn.Count == 0)
        {
            // Sequences do not roll back: a failed batch leaves a gap, never a repeat.
            using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = Microsoft.EntityFrameworkCore.Storage.DbContextTransactionExtensions.GetDbTransaction(db.Database.CurrentTransaction!);
            command.CommandText = $"SELECT nextval('\"{RedressDbContext.ReferenceSequence}\"') FROM generate_series(1, {Block})";
            using var reader = command.ExecuteReader();
            var block = new List<long>(Block);
            while (reader.Read())
            {
                block.Add(reader.GetInt64(0));
            }
            block.Sort();
            block.ForEach(_drawn.Enqueue);
        }
        return _drawn.Dequeue();
    }
}
