using CampusG.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CampusG.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ValidationTests(Chromium chromium, BrowserCampus campus) : IClassFixture<BrowserCampus>
{
    [Fact]
    public async Task BadOrder_ShowsAClearMessageNextToEachBadField_AndPlacesNothing()
    {
        var student = await Student.CreateAsync(campus.Host.Client, "careless");
        await using var browser = await Phone.OpenAsync(chromium, campus, student);
        var page = browser.Page;

        await Ui.FillOrderAsync(page, description: "", foodFee: "1000.00", deliveryFee: "2.00");
        // A fee the API refuses is marked as typed, and no total is made of it.
        await Expect(Ui.FieldError(page, "order-food-fee")).ToContainTextAsync("Must be between 0.00 and 999.99");
        await Expect(page.GetByTestId("order-total")).ToHaveTextAsync("—");
        await page.GetByTestId("order-submit").ClickAsync();

        await Expect(Ui.FieldError(page, "order-description-input")).ToContainTextAsync("Must be 1-500 characters");
        await Expect(Ui.FieldError(page, "order-food-fee")).ToContainTextAsync("Must be between 0.00 and 999.99");
        await Expect(Ui.FieldError(page, "order-delivery-fee")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("order-error")).ToHaveTextAsync("Please correct the fields marked above.");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/orders/new$"));

        // Fixing a field takes its message away at once, and the pointer to the marked fields once none is left.
        await page.GetByTestId("order-food-fee").FillAsync("8.50");
        await Expect(Ui.FieldError(page, "order-food-fee")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("order-total")).ToHaveTextAsync("S$10.50");
        await page.GetByTestId("order-description-input").FillAsync("Laksa");
        await Expect(Ui.FieldError(page, "order-description-input")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("order-error")).ToHaveCountAsync(0);

        await page.GotoAsync("orders");
        await Expect(page.GetByTestId("no-orders")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task BadSignUp_ShowsTheMessageUnderEachField_AndATakenEmailUnderTheEmail()
    {
        var taken = await Student.CreateAsync(campus.Host.Client, "first");
        await using var browser = await Phone.OpenAsync(chromium, campus);
        var page = browser.Page;
        await page.GotoAsync("signup");
        await page.GetByTestId("signup-firstName").FillAsync("Ada");
        await page.GetByTestId("signup-lastName").FillAsync("Tan");
        await page.GetByTestId("signup-email").FillAsync(taken.Email);
        await page.GetByTestId("signup-phoneNumber").FillAsync("91234567");
        await page.GetByTestId("signup-password").FillAsync("short");
        await page.GetByTestId("signup-submit").ClickAsync();

        await Expect(Ui.FieldError(page, "signup-phoneNumber")).ToContainTextAsync("Must be in E.164 format");
        await Expect(Ui.FieldError(page, "signup-password")).ToContainTextAsync("Must be 8 to 128 characters");
        await Expect(Ui.FieldError(page, "signup-firstName")).ToHaveCountAsync(0);

        await page.GetByTestId("signup-phoneNumber").FillAsync("+6591234567");
        await Expect(Ui.FieldError(page, "signup-phoneNumber")).ToHaveCountAsync(0);
        await Expect(Ui.FieldError(page, "signup-password")).ToContainTextAsync("Must be 8 to 128 characters");
        await page.GetByTestId("signup-password").FillAsync(Student.Password);
        await page.GetByTestId("signup-submit").ClickAsync();
        await Expect(Ui.FieldError(page, "signup-email")).ToContainTextAsync("already exists");
    }

    [Fact]
    public async Task BadCardAndWrongPassword_AreExplained()
    {
        var student = await Student.CreateAsync(campus.Host.Client, "typo", card: null);
        await using var browser = await Phone.OpenAsync(chromium, campus);
        var page = browser.Page;
        await page.GotoAsync("signin");
        await page.GetByTestId("signin-email").FillAsync(student.Email);
        await page.GetByTestId("signin-password").FillAsync("not my password");
        await page.GetByTestId("signin-submit").ClickAsync();
        await Expect(page.GetByTestId("signin-error")).ToHaveTextAsync("Wrong e-mail or password.");

        await student.SignInAsync(page);
        await page.GotoAsync("profile");
        await page.GetByTestId("card-number").FillAsync("4242424242424241");
        await page.GetByTestId("card-expiry").FillAsync("13/31");
        await page.GetByTestId("card-cvc").FillAsync("123");
        await page.GetByTestId("card-submit").ClickAsync();
        await Expect(Ui.FieldError(page, "card-number")).ToContainTextAsync("not a valid card number");
        await Expect(Ui.FieldError(page, "card-expiry")).ToContainTextAsync("Must be 1 to 12");
        await Expect(page.GetByTestId("no-card")).ToBeVisibleAsync();

        await page.GetByTestId("card-expiry").FillAsync("December 31");
        await page.GetByTestId("card-submit").ClickAsync();
        await Expect(Ui.FieldError(page, "card-expiry")).ToContainTextAsync("MM/YY");
    }

    [Fact]
    public async Task TheTestCardThatIsDeclined_IsSavedWithAWarning_AndMMYYExpiryIsAccepted()
    {
        var student = await Student.CreateAsync(campus.Host.Client, "tester", card: null);
        await using var browser = await Phone.OpenAsync(chromium, campus, student);
        var page = browser.Page;
        await page.GotoAsync("profile");

        await page.GetByTestId("card-number").FillAsync("4000 0000 0000 0002");
        await page.GetByTestId("card-expiry").FillAsync($"08/{(DateTime.UtcNow.Year + 2) % 100}");
        await page.GetByTestId("card-cvc").FillAsync("123");
        await page.GetByTestId("card-submit").ClickAsync();

        await Expect(page.GetByTestId("card-on-file")).ToContainTextAsync("•••• 0002");
        await Expect(page.GetByTestId("card-test-warning")).ToContainTextAsync("always declined");
    }
}
