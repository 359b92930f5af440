using System.Reflection;
using NetArchTest.Rules;

namespace VanBinnenuit.Architecture.Tests;

/// <summary>
/// The layers every service has as folders (README, "Layout"), kept by the compiler's output: the domain is
/// plain C# that knows no database, web, broker or wire format; the data layer knows no endpoints; the
/// services know nothing of each other, and the contracts nothing but the BCL.
/// </summary>
public sealed class LayerTests
{
    private static readonly Assembly[] Services =
    [
        typeof(AdviceRequests.Domain.AdviceRequest).Assembly,
        typeof(Identity.Data.IdentityDbContext).Assembly,
        typeof(Monitoring.Domain.SessionReport).Assembly,
        typeof(Registry.Domain.Community).Assembly,
        typeof(Scheduling.Domain.MeetingSeries).Assembly,
    ];

    public static TheoryData<string> ServiceNames => new(Services.Select(s => s.GetName().Name!));

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public void The_domain_knows_no_database_web_broker_wire_format_or_other_layer(string service)
    {
        var result = Types.InAssembly(Of(service)).That().ResideInNamespace($"{service}.Domain")
            .ShouldNot().HaveDependencyOnAny(
                "Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.AspNetCore", "MassTransit", "CsvHelper", "VanBinnenuit.Contracts", "VanBinnenuit.ReadModels",
                $"{service}.Apis", $"{service}.Data", $"{service}.Consumers", $"{service}.Extensions")
            .GetResult();
        Assert.True(result.IsSuccessful, $"{service}'s domain reaches outside itself in: {Failing(result)}");
    }

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public void The_data_layer_knows_no_endpoints(string service)
    {
        var result = Types.InAssembly(Of(service)).That().ResideInNamespace($"{service}.Data")
            .ShouldNot().HaveDependencyOnAny($"{service}.Apis", "Microsoft.AspNetCore.Http.HttpResults")
            .GetResult();
        Assert.True(result.IsSuccessful, $"{service}'s data layer uses endpoint types in: {Failing(result)}");
    }

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public void No_endpoint_or_consumer_writes_an_event_the_domain_records_them(string service)
    {
        var result = Types.InAssembly(Of(service)).That().ResideInNamespace($"{service}.Apis").Or().ResideInNamespace($"{service}.Consumers")
            .ShouldNot().HaveDependencyOn("VanBinnenuit.Persistence.Outbox.OutboxExtensions")
            .GetResult();
        Assert.True(result.IsSuccessful, $"{service} writes the outbox outside its domain's events in: {Failing(result)}");
    }

    [Fact]
    public void No_service_references_another_and_the_gateway_and_web_reference_none()
    {
        var names = Services.Select(s => s.GetName().Name!).ToHashSet();
        Assembly[] others = [typeof(Gateway.Extensions.GatewayServiceExtensions).Assembly, typeof(Web.Components.App).Assembly];
        var crossings = Services.Concat(others)
            .SelectMany(a => a.GetReferencedAssemblies().Where(r => names.Contains(r.Name!)).Select(r => $"{a.GetName().Name} → {r.Name}"))
            .ToList();
        Assert.Empty(crossings);
    }

    [Fact]
    public void The_contracts_depend_on_the_BCL_only()
    {
        var result = Types.InAssembly(typeof(Contracts.IntegrationEvent).Assembly)
            .Should().OnlyHaveDependenciesOn("System", "VanBinnenuit.Contracts")
            .GetResult();
        Assert.True(result.IsSuccessful, $"Contracts reach beyond the BCL in: {Failing(result)}");
    }

    private static Assembly Of(string service) => Services.Single(s => s.GetName().Name == service);

    private static string Failing(TestResult result) => string.Join(", ", result.FailingTypeNames ?? []);
}
