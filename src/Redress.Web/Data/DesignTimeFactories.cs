using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Redress.Web.Data;

/// <summary>Used only by dotnet-ef to add migrations, one set per provider.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRedressDbContext>
{
    public SqliteRedressDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRedressDbContext>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresRedressDbContext>
{
    public PostgresRedressDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresRedressDbContext>().UseNpgsql("Host=localhost;Database=redress_design").Options);
}
