using System.Text.RegularExpressions;

namespace CampusG.Users.Domain;

/// <summary>A sign-up that passed <see cref="AccountRules.Parse"/>: trimmed, e-mail in lower case.</summary>
internal sealed record NewAccount(string Email, string Password, string FirstName, string LastName, string PhoneNumber);

/// <summary>The sign-up rules of docs/api.md: e-mail format, password length, names 1–100 characters, phone in E.164.</summary>
internal static partial class AccountRules
{
    public const int MaxEmailLength = 254;
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 128;
    public const int MaxNameLength = 100;

    /// <summary>The normalized account, or a 400 VALIDATION_FAILED naming every bad field.</summary>
    public static NewAccount Parse(string? email, string? password, string? firstName, string? lastName, string? phoneNumber)
    {
        var failures = new FieldFailures();
        var normalizedEmail = NormalizeEmail(email);
        if (normalizedEmail.Length == 0 || normalizedEmail.Length > MaxEmailLength || !EmailPattern().IsMatch(normalizedEmail))
        {
            failures.Add("email", "must be an e-mail address such as name@example.com.");
        }

        if (password is null || password.Length is < MinPasswordLength or > MaxPasswordLength)
        {
            failures.Add("password", $"must be {MinPasswordLength} to {MaxPasswordLength} characters long.");
        }

        var first = CheckName(failures, "firstName", firstName);
        var last = CheckName(failures, "lastName", lastName);
        var phone = phoneNumber?.Trim() ?? "";
        if (!PhonePattern().IsMatch(phone))
        {
            failures.Add("phoneNumber", "must be in E.164 format, e.g. +6591234567.");
        }

        failures.ThrowIfAny();
        return new NewAccount(normalizedEmail, password!, first, last, phone);
    }

    /// <summary>E-mail addresses are compared trimmed and in lower case.</summary>
    public static string NormalizeEmail(string? email) => email?.Trim().ToLowerInvariant() ?? "";

    private static string CheckName(FieldFailures failures, string field, string? value)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxNameLength)
        {
            failures.Add(field, $"must be 1 to {MaxNameLength} characters long.");
        }

        return trimmed;
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+[1-9][0-9]{1,14}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
