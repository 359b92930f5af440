using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.Messaging;
using VanBinnenuit.Persistence.Database;
using VanBinnenuit.Registry.Data;
using VanBinnenuit.ServiceDefaults;

namespace VanBinnenuit.Registry.Extensions;

public static class RegistryServiceExtensions
{
    public static IHostApplicationBuilder AddRegistryServices(this IHostApplicationBuilder builder)
    {
        builder.AddTokenValidation(ResourceNames.Registry);
        builder.AddServiceDatabase<RegistryDbContext>(ResourceNames.RegistryDb);
        builder.AddIntegrationEvents<RegistryEvents>();
        builder.AddMessaging<RegistryDbContext>(ResourceNames.Registry);
        builder.Services.AddScoped<IDatabaseSeeder<RegistryDbContext>, MunicipalitySeeder>();
        builder.Services.AddScoped<IDatabaseSeeder<RegistryDbContext>, CatalogueSeeder>();
        if (builder.Environment.IsDevelopment())
        {
            builder.Services.AddScoped<IDatabaseSeeder<RegistryDbContext>, DevelopmentSeeder>();
        }
        return builder;
    }
}
