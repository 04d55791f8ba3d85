using Npgsql;

namespace Redress.Web.Tests;

/// <summary>An empty PostgreSQL database of its own on the server REDRESS_TEST_POSTGRES names, dropped afterwards.</summary>
public sealed class ThrowawayDatabase
{
    private readonly string _server = Environment.GetEnvironmentVariable("REDRESS_TEST_POSTGRES")
        ?? throw new InvalidOperationException("REDRESS_TEST_POSTGRES is not set: run ./test.sh, which starts a PostgreSQL server.");
    private readonly string _name = $"redress_throwaway_{Guid.NewGuid():N}";

    /// <summary>The connection string of the database.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ToString();

    public Task CreateAsync() => RunAsync($"CREATE DATABASE \"{_name}\"");

    public Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        return RunAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private async Task RunAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
