namespace CampusG.Users;

/// <summary>Read from the shared section <c>CampusG</c> (docs/api.md, "Configuration").</summary>
internal sealed class UsersOptions
{
    public const string SectionName = "CampusG";

    /// <summary>The account signed up with this e-mail (any case) gets the <c>admin</c> role.</summary>
    public string? AdminEmail { get; set; }

    public bool IsAdminEmail(string normalizedEmail) =>
        !string.IsNullOrWhiteSpace(AdminEmail)
        && string.Equals(AdminEmail.Trim(), normalizedEmail, StringComparison.OrdinalIgnoreCase);
}
