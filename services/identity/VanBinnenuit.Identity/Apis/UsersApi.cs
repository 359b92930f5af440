using System.Net.Mail;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using VanBinnenuit.Identity.Data;
using VanBinnenuit.Identity.Domain;
using VanBinnenuit.ServiceDefaults.Paging;
using VanBinnenuit.ServiceDefaults.Problems;

namespace VanBinnenuit.Identity.Apis;

public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder users)
    {
        users.MapGet("", ListUsers).WithName("ListUsers");
        users.MapPost("", CreateUser).WithName("CreateUser");
        users.MapPut("/{id:guid}/binding", ChangeBinding).WithName("ChangeUserBinding");
        return users;
    }

    public static async Task<Results<Ok<PagedList<UserResponse>>, ProblemHttpResult>> ListUsers(
        int? page, int? pageSize, IdentityDbContext db, HttpRequest http, CancellationToken cancellationToken)
    {
        var paging = new PageRequest(page, pageSize);
        var invalid = paging.Validate().ToList();
        if (invalid.Count > 0)
        {
            return ApiProblems.Validation(invalid);
        }
        return TypedResults.Ok(await db.Users.OrderBy(u => u.Email)
            .Select(u => new UserResponse(u.Id, u.Email!, u.DisplayName, u.Role, u.MunicipalityCode, u.LeaderId,
                u.LockoutEnd != null && u.LockoutEnd > DateTimeOffset.UtcNow))
            .ToPagedListAsync(paging, http, cancellationToken));
    }

    public static async Task<Results<Created<UserResponse>, ProblemHttpResult>> CreateUser(
        NewUser request, UserManager<AccountUser> users, AccessAudit audit)
    {
        var binding = new AccountBinding(request.Role ?? "", request.MunicipalityCode, request.LeaderId);
        var invalid = binding.Validate().ToList();
        if (request.Email is null || request.Email.Length > 254 || !MailAddress.TryCreate(request.Email, out _))
        {
            invalid.Add(new InvalidParam("email", "Must be an e-mail address."));
        }
        if (string.IsNullOrWhiteSpace(request.DisplayName) || request.DisplayName.Length > 200)
        {
            invalid.Add(new InvalidParam("displayName", "Must be 1 to 200 characters."));
        }
        var user = new AccountUser
        {
            UserName = request.Email,
            Email = request.Email,
            DisplayName = request.DisplayName?.Trim() ?? "",
            Role = binding.Role,
            MunicipalityCode = binding.MunicipalityCode,
            LeaderId = binding.LeaderId,
            LockoutEnabled = true,
        };
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, request.Password ?? "");
            invalid.AddRange(result.Errors.Select(e => new InvalidParam("password", e.Description)));
        }
        if (invalid.Count > 0)
        {
            return ApiProblems.Validation(invalid);
        }
        if (await users.FindByEmailAsync(request.Email!) is not null)
        {
            return ApiProblems.Conflict("An account with this e-mail address exists.");
        }

        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            return ApiProblems.Validation(created.Errors.Select(e => new InvalidParam("email", e.Description)).ToList());
        }
        await audit.RecordNowAsync(AccessEventKind.AccountCreated, user.Id.ToString(), $"role {user.Role}");
        return TypedResults.Created($"/v1/users/{user.Id}", UserResponse.From(user));
    }

    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> ChangeBinding(
        Guid id, AccountBinding request, UserManager<AccountUser> users, AccessAudit audit)
    {
        var invalid = request.Validate().ToList();
        if (invalid.Count > 0)
        {
            return ApiProblems.Validation(invalid);
        }
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return ApiProblems.NotFound("No account has this id.");
        }
        var before = $"{user.Role} {user.MunicipalityCode ?? user.LeaderId}".Trim();
        user.Role = request.Role;
        user.MunicipalityCode = request.MunicipalityCode;
        user.LeaderId = request.LeaderId;
        audit.Record(AccessEventKind.RoleChanged, user.Id.ToString(), $"{before} → {$"{user.Role} {user.MunicipalityCode ?? user.LeaderId}".Trim()}");
        // Saves the account and the audit line together.
        await users.UpdateAsync(user);
        return TypedResults.Ok(UserResponse.From(user));
    }
}

public sealed record NewUser(string? Email, string? DisplayName, string? Role, string? MunicipalityCode, string? LeaderId, string? Password);

public sealed record UserResponse(Guid Id, string Email, string DisplayName, string Role, string? MunicipalityCode, string? LeaderId, bool LockedOut)
{
    public static UserResponse From(AccountUser user) => new(user.Id, user.Email!, user.DisplayName, user.Role,
        user.MunicipalityCode, user.LeaderId, user.LockoutEnd > DateTimeOffset.UtcNow);
}
