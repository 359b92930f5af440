using Microsoft.EntityFrameworkCore;

namespace VanBinnenuit.ReadModels;

/// <summary>A service's own copy of a registry municipality: enough to validate codes and group by province.</summary>
public sealed class MunicipalityReference
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public required string ProvinceCode { get; set; }
    public required string ProvinceName { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public static class MunicipalityReferenceModel
{
    /// <summary>Adds the <c>municipality_references</c> table; call from <c>OnModelCreating</c>.</summary>
    public static ModelBuilder AddMunicipalityReferences(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MunicipalityReference>(municipality =>
        {
            municipality.ToTable("municipality_references");
            municipality.HasKey(m => m.Code);
            municipality.Property(m => m.Code).HasMaxLength(6);
            municipality.Property(m => m.Name).HasMaxLength(100);
            municipality.Property(m => m.ProvinceCode).HasMaxLength(4);
            municipality.Property(m => m.ProvinceName).HasMaxLength(50);
        });
        return modelBuilder;
    }
}
