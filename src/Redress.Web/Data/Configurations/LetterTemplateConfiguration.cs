using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Redress.Domain.Common;
using Redress.Web.Letters;

namespace Redress.Web.Data.Configurations;

internal sealed class LetterTemplateConfiguration : IEntityTypeConfiguration<LetterTemplate>
{
    public void Configure(EntityTypeBuilder<LetterTemplate> b)
    {
        b.HasKey(t => t.Kind);
        b.Property(t => t.Source).HasMaxLength(Limits.LongText);
        b.Property(t => t.ChangedBy).HasMaxLength(Limits.Name);
        b.Property(t => t.Version).IsConcurrencyToken();
    }
}
