using CampusG.ServiceDefaults.Errors;
using CampusG.Users.Domain;

namespace CampusG.Users.Tests;

public sealed class AccountRulesTests
{
    private const string Email = "ada@campus.test";
    private const string Password = "long enough";
    private const string First = "Ada";
    private const string Last = "Lovelace";
    private const string Phone = "+6591234567";

    public static TheoryData<string, string?> BadFields => new()
    {
        { "email", null },
        { "email", "" },
        { "email", "not-an-email" },
        { "email", "ada@campus" },
        { "email", "ada lovelace@campus.test" },
        { "email", "ada@@campus.test" },
        { "email", new string('a', 250) + "@x.io" },
        { "password", null },
        { "password", "1234567" },
        { "password", new string('p', 129) },
        { "firstName", null },
        { "firstName", "" },
        { "firstName", "   " },
        { "firstName", new string('f', 101) },
        { "lastName", null },
        { "lastName", "\t" },
        { "lastName", new string('l', 101) },
        { "phoneNumber", null },
        { "phoneNumber", "91234567" },
        { "phoneNumber", "+0123456" },
        { "phoneNumber", "+1" },
        { "phoneNumber", "+1234567890123456" },
        { "phoneNumber", "+65 9123 4567" },
        { "phoneNumber", "+６５91234567" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public void Parse_WithOneBadField_FailsWithOneEntryNamingIt(string field, string? value)
    {
        var error = Assert.Throws<ApiException>(() => Parse(field, value));

        var entry = Assert.Single(error.Errors);
        Assert.Equal(ApiErrorCodes.ValidationFailed, entry.Code);
        Assert.StartsWith(field + ":", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithEverythingMissing_ReportsEveryField()
    {
        var error = Assert.Throws<ApiException>(() => AccountRules.Parse(null, null, null, null, null));

        Assert.Equal(
            ["email", "password", "firstName", "lastName", "phoneNumber"],
            error.Errors.Select(e => e.Detail.Split(':')[0]));
    }

    [Fact]
    public void Parse_TrimsAndLowerCasesTheEmail_AndTrimsNames()
    {
        var account = AccountRules.Parse("  Ada.Lovelace@Campus.TEST ", "12345678", "  Ada ", " Lovelace\t", " +6591234567 ");

        Assert.Equal(new NewAccount("ada.lovelace@campus.test", "12345678", "Ada", "Lovelace", "+6591234567"), account);
    }

    [Theory]
    [InlineData("a@b.co", "12345678", "A", "+12")]
    [InlineData("first.last+tag@mail.smu.edu.sg", "a password that is exactly one hundred and twenty-eight characters long, padded out with words to reach the limit...............", "Zoë", "+123456789012345")]
    public void Parse_AcceptsTheBoundaries(string email, string password, string name, string phone)
    {
        var account = AccountRules.Parse(email, password, name, new string('x', 100), phone);

        Assert.Equal(name, account.FirstName);
        Assert.Equal(phone, account.PhoneNumber);
    }

    private static NewAccount Parse(string field, string? value) => AccountRules.Parse(
        field == "email" ? value : Email,
        field == "password" ? value : Password,
        field == "firstName" ? value : First,
        field == "lastName" ? value : Last,
        field == "phoneNumber" ? value : Phone);
}
