using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Redress.Domain.Common;
using Redress.Domain.Complaints;
using Redress.Domain.Oversight;

namespace Redress.Web.Data.Configurations;

internal sealed class LearningActionConfiguration : IEntityTypeConfiguration<LearningAction>
{
    public void Configure(EntityTypeBuilder<LearningAction> b)
    {
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Title).HasMaxLength(500);
        b.Property(a => a.Theme).HasMaxLength(Limits.Name);
        b.Property(a => a.Owner).HasMaxLength(Limits.Name);
        b.Property(a => a.WhatChanged).HasMaxLength(Limits.Note);
        b.Property(a => a.ComplaintIds).HasConversion(JsonColumn.Converter<List<Guid>>(), JsonColumn.Comparer<List<Guid>>());
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasIndex(a => new { a.Status, a.DueOn });
        b.HasIndex(a => a.DoneOn);
    }
}

internal sealed class ExceptionalCircumstanceConfiguration : IEntityTypeConfiguration<ExceptionalCircumstance>
{
    public void Configure(EntityTypeBuilder<ExceptionalCircumstance> b)
    {
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Reason).HasMaxLength(Limits.Note);
        b.Property(e => e.ResidentsTold).HasMaxLength(2000);
        b.HasIndex(e => e.From);
    }
}

internal sealed class OmbudsmanCaseConfiguration : IEntityTypeConfiguration<OmbudsmanCase>
{
    public void Configure(EntityTypeBuilder<OmbudsmanCase> b)
    {
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Reference).HasMaxLength(40);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasIndex(c => c.Reference).IsUnique();
        b.HasIndex(c => c.ComplaintId);
        b.HasIndex(c => c.DeterminedOn);
        b.HasOne<Complaint>().WithMany().HasForeignKey(c => c.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Determinations).WithOne().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Orders).WithOne().HasForeignKey(o => o.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DeterminationConfiguration : IEntityTypeConfiguration<Determination>
{
    public void Configure(EntityTypeBuilder<Determination> b)
    {
        b.ToTable("OmbudsmanDeterminations");
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Element).HasMaxLength(500);
        b.Ignore(d => d.IsFault);
    }
}

internal sealed class OmbudsmanOrderConfiguration : IEntityTypeConfiguration<OmbudsmanOrder>
{
    public void Configure(EntityTypeBuilder<OmbudsmanOrder> b)
    {
        b.Property(o => o.Id).ValueGeneratedNever();
        b.Property(o => o.Description).HasMaxLength(Limits.Note);
        b.Property(o => o.Evidence).HasMaxLength(Limits.Note);
        b.HasIndex(o => new { o.Status, o.DueOn });
    }
}

internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> b)
    {
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Analysis).HasMaxLength(40_000);
        b.Property(r => r.OmbudsmanReports).HasMaxLength(10_000);
        b.Property(r => r.GoverningBodyResponse).HasMaxLength(Limits.LongText);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Ignore(r => r.IsPublished);
        b.HasIndex(r => r.ReportingYear).IsUnique();
    }
}
