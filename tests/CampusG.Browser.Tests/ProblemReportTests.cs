using CampusG.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampusG.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ProblemReportTests(Chromium chromium, BrowserCampus campus) : IClassFixture<BrowserCampus>
{
    private const string Note = "Sorry about the missing drink: refunded its price.";

    [Fact]
    public async Task CustomerReportsAMissingItem_OperatorRefundsPart_AndTheCustomerSeesTheRefund()
    {
        var http = campus.Host.Client;
        var customerStudent = await Student.CreateAsync(http, "unhappy");
        var runnerStudent = await Student.CreateAsync(http, "hurried");
        var admin = await Student.CreateAsync(http, "ops", email: BrowserCampus.AdminEmail);
        var orderId = await Errand.DeliverAsync(http, customerStudent, runnerStudent);
        await using var customerPhone = await Phone.OpenAsync(chromium, campus, customerStudent);
        await using var opsPhone = await Phone.OpenAsync(chromium, campus, admin);
        var (customer, ops) = (customerPhone.Page, opsPhone.Page);

        await customer.GotoAsync($"orders/{orderId}");
        await Ui.ExpectStatusAsync(customer, "COMPLETED");
        await customer.GetByTestId("report-problem").ClickAsync();
        var form = customer.GetByTestId("issue-form");
        await form.GetByTestId("issue-submit").ClickAsync();
        await Expect(form.GetByTestId("issue-kind-error")).ToBeVisibleAsync(); // nothing chosen yet: asked, not sent
        await form.GetByText("Something was missing").ClickAsync();
        await form.GetByTestId("issue-detail").FillAsync("The iced lemon tea was not in the bag.");
        await form.GetByTestId("proof-input").SetInputFilesAsync(new FilePayload
        {
            Name = "bag.png", MimeType = "image/png", Buffer = TestPng.Create(64, 48, (230, 120, 90)),
        });
        await Expect(form.GetByTestId("proof-uploaded")).ToHaveAttributeAsync("data-kind", "issue");
        await form.GetByTestId("issue-submit").ClickAsync();

        var issue = customer.GetByTestId("order-issue");
        await Expect(issue).ToHaveAttributeAsync("data-status", "OPEN");
        await Expect(issue).ToContainTextAsync("Something was missing");
        await Expect(issue.GetByTestId("issue-photo")).ToHaveJSPropertyAsync("naturalWidth", 64);
        await Expect(customer.GetByTestId("report-problem")).ToHaveCountAsync(0); // one open report at a time

        await ops.GotoAsync("operator/problems");
        var queued = ops.Locator($"[data-testid=admin-issue][data-order-id='{orderId}']");
        await Expect(queued).ToHaveAttributeAsync("data-status", "OPEN");
        await queued.GetByTestId("resolve-refund").FillAsync("2.40");
        await queued.GetByText("The runner (from their earnings)").ClickAsync();
        await queued.GetByTestId("resolve-note").FillAsync(Note);
        await queued.GetByTestId("resolve-submit").ClickAsync();
        await Expect(queued).ToHaveCountAsync(0); // no longer open
        await ops.GetByRole(AriaRole.Tab, new() { Name = "Resolved" }).ClickAsync();
        await Expect(queued).ToHaveAttributeAsync("data-status", "RESOLVED");
        await Expect(queued.GetByTestId("admin-issue-resolution")).ToContainTextAsync("S$2.40");

        // The customer's page was not reloaded: it follows the report by itself.
        await Expect(issue).ToHaveAttributeAsync("data-status", "RESOLVED");
        await Expect(issue.GetByTestId("issue-refund")).ToHaveTextAsync("S$2.40");
        await Expect(issue.GetByTestId("issue-note")).ToContainTextAsync(Note);
        await Expect(customer.GetByTestId("refunded-amount")).ToHaveAttributeAsync("data-amount", "2.40");
        await Expect(customer.GetByTestId("report-problem")).ToBeVisibleAsync(); // resolved: another may be reported
        await Ui.ExpectNoHorizontalScrollAsync(customer, "The order page with a problem report");
        await Screenshots.SaveAsync(customer, "problem-report");

        // Charged to the runner: their earnings show the refund taken back.
        await using var runnerPhone = await Phone.OpenAsync(chromium, campus, runnerStudent);
        await runnerPhone.Page.GotoAsync("earnings");
        await Expect(runnerPhone.Page.Locator($"[data-testid=earnings-item][data-order-id='{orderId}'][data-amount='-2.40']")).ToContainTextAsync("Refund charged to you");
    }
}
