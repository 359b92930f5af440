using System.ComponentModel.DataAnnotations;
using System.Net.Mail;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using VanBinnenuit.ApiKit.Auth;
using VanBinnenuit.ApiKit.OpenApi;
using VanBinnenuit.ApiKit.Paging;
using VanBinnenuit.ApiKit.Problems;
using VanBinnenuit.Identity.Data;
using VanBinnenuit.Identity.Domain;
using VanBinnenuit.Persistence.Paging;

namespace VanBinnenuit.Identity.Apis;

public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder users)
    {
        users.MapGet("", ListUsers).WithName("ListUsers");
        users.MapPost("", CreateUser).WithName("CreateUser").ProducesProblem(StatusCodes.Status409Conflict);
        users.MapPut("/{id:guid}/binding", ChangeBinding).WithName("ChangeUserBinding").ProducesProblem(StatusCodes.Status409Conflict);
        users.MapPost("/{id:guid}/deactivation", Deactivate).WithName("DeactivateUser").ProducesProblem(StatusCodes.Status409Conflict);
        users.MapPost("/{id:guid}/activation", Activate).WithName("ActivateUser");
        return users;
    }

    /// <summary>List the accounts</summary>
    /// <remarks>
    /// For administrators: every account by e-mail address with its display name, role, the municipality or leader it is bound to, and whether it is locked. Paged with <c>page</c> and <c>pageSize</c>; the <c>Link</c> header and the body name the next and previous pages.
    /// </remarks>
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

    /// <summary>Create an account</summary>
    /// <remarks>
    /// For administrators: e-mail address, display name, initial password and role; a municipal officer is bound to a municipality (CBS code), a leader to their registry id. An address already in use is refused with 409.
    /// </remarks>
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

    /// <summary>Change an account's role and binding</summary>
    /// <remarks>
    /// For administrators: role, municipality and leader together, as they must agree. Tokens issued from now on carry the new binding; the change is in the access audit. Taking the role from the last active administrator is refused with 409.
    /// </remarks>
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
        if (user.Role == Roles.Administrator && request.Role != Roles.Administrator && !await AnotherActiveAdministratorAsync(users, user, CancellationToken.None))
        {
            return ApiProblems.Conflict("This is the last active administrator; make another account administrator first.");
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
    /// <summary>Deactivate an account</summary>
    /// <remarks>
    /// For administrators: it can no longer sign in, its refresh tokens are revoked at once, and its access tokens end at their short expiry (10 minutes). The last active administrator is refused with 409.
    /// </remarks>
    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> Deactivate(
        Guid id, UserManager<AccountUser> users, IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations,
        AccessAudit audit, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return ApiProblems.NotFound("No account has this id.");
        }
        if (user.Role == Roles.Administrator && !await AnotherActiveAdministratorAsync(users, user, cancellationToken))
        {
            return ApiProblems.Conflict("This is the last active administrator; make another account administrator first.");
        }
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        audit.Record(AccessEventKind.AccountDisabled, user.Id.ToString());
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        // Read whole before revoking: the stores stream from the same database connection.
        var subject = user.Id.ToString();
        foreach (var token in await tokens.FindBySubjectAsync(subject, cancellationToken).ToListAsync(cancellationToken))
        {
            await tokens.TryRevokeAsync(token, cancellationToken);
        }
        foreach (var authorization in await authorizations.FindBySubjectAsync(subject, cancellationToken).ToListAsync(cancellationToken))
        {
            await authorizations.TryRevokeAsync(authorization, cancellationToken);
        }
        return TypedResults.Ok(UserResponse.From(user));
    }

    /// <summary>Activate an account again</summary>
    /// <remarks>
    /// For administrators: undoes a deactivation; the account signs in again with its password.
    /// </remarks>
    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> Activate(Guid id, UserManager<AccountUser> users, AccessAudit audit)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return ApiProblems.NotFound("No account has this id.");
        }
        user.LockoutEnd = null;
        await users.ResetAccessFailedCountAsync(user);
        audit.Record(AccessEventKind.AccountEnabled, user.Id.ToString());
        await users.UpdateAsync(user);
        return TypedResults.Ok(UserResponse.From(user));
    }

    private static Task<bool> AnotherActiveAdministratorAsync(UserManager<AccountUser> users, AccountUser user, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        return users.Users.AnyAsync(u => u.Id != user.Id && u.Role == Roles.Administrator && (u.LockoutEnd == null || u.LockoutEnd <= now), cancellationToken);
    }
}

public sealed record NewUser([property: Required] string? Email, [property: Required] string? DisplayName, [property: Required] string? Role, string? MunicipalityCode, string? LeaderId, [property: Required] string? Password) : IExample<NewUser>
{
    public static NewUser Example => new("s.devries@amsterdam.example", "Sanne de Vries", "municipal-officer", "GM0363", null, "een-lang-wachtwoord-van-haarzelf");
}

/// <param name="LockedOut">The account cannot sign in now: disabled by an administrator.</param>
public sealed record UserResponse(Guid Id, string Email, string DisplayName, string Role, string? MunicipalityCode, string? LeaderId, bool LockedOut) : IExample<UserResponse>
{
    public static UserResponse Example => new(Guid.Parse("8d3f6c2a-1b4e-4f70-9a2c-3e5d7f9b1c04"), "s.devries@amsterdam.example", "Sanne de Vries", "municipal-officer", "GM0363", null, false);

    public static UserResponse From(AccountUser user) => new(user.Id, user.Email!, user.DisplayName, user.Role,
        user.MunicipalityCode, user.LeaderId, user.LockoutEnd > DateTimeOffset.UtcNow);
}
