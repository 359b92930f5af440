namespace VanBinnenuit.Web.Api.Models;

public sealed record Account(Guid Id, string Email, string DisplayName, string Role, string? MunicipalityCode, string? LeaderId, bool LockedOut);

public sealed record NewAccount(string? Email, string? DisplayName, string? Role, string? MunicipalityCode, string? LeaderId, string? Password);

public sealed record AccountBinding(string? Role, string? MunicipalityCode, string? LeaderId);

public sealed record NewMachineClient(string? ClientId, string? DisplayName, string? MunicipalityCode);

public sealed record IssuedMachineClient(string ClientId, string ClientSecret, string MunicipalityCode);

public sealed record AccessEvent(DateTimeOffset OccurredAt, string Kind, string? Subject, string? Actor, string? RemoteAddress, string? Detail);
