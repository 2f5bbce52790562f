using System.Text;
using CampusG.Browser.Tests.Support;
using CampusG.Messaging.Transport;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CampusG.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class OperatorTests(Chromium chromium, BrowserCampus campus) : IClassFixture<BrowserCampus>
{
    [Fact]
    public async Task Operator_SeesSagasTimersAndDeadLetters_AndReplaysOne()
    {
        var admin = await Student.CreateAsync(campus.Host.Client, "ops", email: BrowserCampus.AdminEmail);
        var customer = await Student.CreateAsync(campus.Host.Client, "someone");
        var theirs = await customer.PlaceOrderAsync(campus.Host.Client);
        var own = await admin.PlaceOrderAsync(campus.Host.Client);
        if (campus.IsEmbedded)
        {
            // A message no handler can read: it is dead-lettered at once.
            var poison = new TransportMessage(Guid.NewGuid(), "escrow.holdFunds", theirs.ToString(), Encoding.UTF8.GetBytes("{broken"));
            await campus.Host.Services.GetRequiredService<IMessageTransport>().PublishAsync([poison], CancellationToken.None);
        }

        await using var browser = await Phone.OpenAsync(chromium, campus, admin);
        var page = browser.Page;

        await page.GotoAsync("operator/sagas");
        await Expect(page.Locator("[data-testid=saga][data-state=COMPLETED]").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("stuck-count")).ToHaveTextAsync("Stuck (0)");
        await page.GetByTestId("saga").First.ClickAsync();
        await Expect(page.GetByTestId("saga-step").First).ToBeVisibleAsync();
        // The first step shows as soon as the panel starts to open: wait for it to be open, not mid-animation.
        await Expect(page.GetByTestId("saga").First.Locator(".mud-collapse-entered")).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(page, "operator-sagas");

        await page.GotoAsync("operator/timers");
        await Expect(page.Locator("[data-testid=timer][data-status=SCHEDULED]")).ToHaveCountAsync(2);

        await page.GotoAsync("operator/dead-letters");
        if (campus.IsEmbedded)
        {
            var letter = page.Locator("[data-testid=dead-letter][data-status=FAILED]").First;
            await Expect(letter).ToContainTextAsync("unreadable");
            await Screenshots.SaveAsync(page, "operator-dead-letters");
            var id = await letter.GetAttributeAsync("data-id");
            await letter.GetByTestId("replay").ClickAsync();
            await Expect(page.Locator($"[data-testid=dead-letter][data-id='{id}']")).Not.ToHaveAttributeAsync("data-status", "FAILED");
        }
        else
        {
            await Expect(page.GetByTestId("dead-letters").Or(page.GetByTestId("no-dead-letters")).First).ToBeAttachedAsync();
        }

        // A short id links to the order's event log, and the event log takes a short id typed in.
        await page.GotoAsync("operator/timers");
        var shortId = own.ToString("N")[^8..];
        await page.Locator("[data-testid=timer]").GetByTestId("order-id-link").GetByText(shortId).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/operator/events\\?orderId={own}$"));
        await Expect(page.Locator("[data-testid=event][data-type='order.created']")).ToBeVisibleAsync();
        await page.GotoAsync("operator/events");
        await page.GetByTestId("event-order-id").FillAsync(theirs.ToString("N")[^8..]);
        await page.GetByTestId("event-show").ClickAsync();
        await Expect(page.GetByTestId("event-order-full-id")).ToContainTextAsync(theirs.ToString());
        await page.GotoAsync($"operator/events?orderId={own}");
        await Expect(page.Locator("[data-testid=event][data-type='order.created']")).ToBeVisibleAsync();
        await page.GotoAsync($"operator/events?orderId={theirs}");
        await Expect(page.Locator("[data-testid=event][data-type='order.created']")).ToBeVisibleAsync();
        await page.GotoAsync($"operator/events?orderId={Guid.NewGuid()}");
        await Expect(page.GetByTestId("event-log-error")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task NonOperator_IsToldTheOperationsPagesAreForOperatorsOnly()
    {
        await using var browser = await Phone.OfNewStudentAsync(chromium, campus, "curious");
        var page = browser.Page;

        foreach (var path in new[] { "operator/sagas", "operator/dead-letters", "operator/timers", "operator/problems" })
        {
            await page.GotoAsync(path);
            await Expect(page.GetByTestId("operators-only")).ToContainTextAsync("Operators only");
        }

        await Ui.OpenMenuAsync(page);
        await Expect(page.GetByTestId("sign-out")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("nav-menu")).Not.ToContainTextAsync("Dead letters");
    }
}
