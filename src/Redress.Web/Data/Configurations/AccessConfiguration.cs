using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Redress.Domain.Common;
using Redress.Web.Data.Entities;

namespace Redress.Web.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.Property(k => k.Id).ValueGeneratedNever();
        b.Property(k => k.Hash).HasMaxLength(64);
        b.Property(k => k.Hint).HasMaxLength(16);
        b.HasIndex(k => k.Hash).IsUnique();
        b.HasOne<RedressUser>().WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Key).HasMaxLength(Limits.Name);
        b.Property(r => r.RequestHash).HasMaxLength(64);
        b.HasIndex(r => new { r.UserId, r.Key }).IsUnique();
    }
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<RedressUser>
{
    public void Configure(EntityTypeBuilder<RedressUser> b) => b.Property(u => u.Name).HasMaxLength(Limits.Name);
}
