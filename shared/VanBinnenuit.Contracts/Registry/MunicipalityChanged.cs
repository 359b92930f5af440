namespace VanBinnenuit.Contracts.Registry;

/// <summary>
/// A municipality's validity changed: it ends (merged or split) on <c>ValidTo</c> and the
/// successors take over. Carries the whole municipality, like every registry event.
/// </summary>
public sealed record MunicipalityChanged : IntegrationEvent
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string ProvinceCode { get; init; }
    public required string ProvinceName { get; init; }
    public DateOnly? ValidFrom { get; init; }
    public DateOnly? ValidTo { get; init; }
    public required IReadOnlyList<string> SuccessorCodes { get; init; }
}
