using CampusG.ServiceDefaults.Errors;
using CampusG.Web.Api;
using CampusG.Web.Pages.Account;
using CampusG.Web.Shared;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;

namespace CampusG.Browser.Tests;

/// <summary>The UI's plumbing that needs no browser: where it sends API calls, how API errors become messages.</summary>
public sealed class ApiClientUnitTests
{
    [Theory]
    [InlineData("http://0.0.0.0:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://[::]:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://+:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://*:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://127.0.0.1:41234", "http://127.0.0.1:41234/")]
    [InlineData("http://localhost:5000/", "http://localhost:5000/")]
    public void ListeningAddress_WithAWildcardHost_IsCalledOnLoopback(string listening, string expected) =>
        Assert.Equal(new Uri(expected), ApiBaseAddress.Reachable(listening));

    [Fact]
    public void BaseAddress_IsReadFromTheServerAtFirstUse_NotAtConstruction()
    {
        var addresses = new ServerAddressesFeature();
        var server = new AddressedServer(addresses);
        var address = new ApiBaseAddress(new ConfigurationBuilder().Build(), server);
        addresses.Addresses.Add("http://[::]:43117"); // Kestrel fills this in only once it listens.

        Assert.Equal(new Uri("http://127.0.0.1:43117/"), address.Value);
    }

    [Fact]
    public void BaseAddress_FromConfiguration_WinsOverTheServer()
    {
        var addresses = new ServerAddressesFeature();
        addresses.Addresses.Add("http://127.0.0.1:5080");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(ApiBaseAddress.ConfigurationKey, "http://gateway.campus:8080/")]).Build();

        Assert.Equal(new Uri("http://gateway.campus:8080/"), new ApiBaseAddress(configuration, new AddressedServer(addresses)).Value);
    }

    [Fact]
    public void ValidationErrors_AreKeyedByTheFieldTheirDetailNames()
    {
        var problem = new ApiProblem(400,
        [
            ApiError.Create(400, ApiErrorCodes.ValidationFailed, "foodFee: must be between 0.00 and 999.99."),
            ApiError.Create(400, ApiErrorCodes.ValidationFailed, "description: must be 1-500 characters and not blank."),
        ]);

        Assert.Equal("Must be between 0.00 and 999.99.", problem.FieldErrors["foodFee"]);
        Assert.Equal("Must be 1-500 characters and not blank.", problem.FieldErrors["DESCRIPTION"]);
        Assert.Equal("Food cost: Must be between 0.00 and 999.99. What to buy: Must be 1-500 characters and not blank.", problem.Message);
    }

    [Fact]
    public void AForm_MarksItsOwnFields_AndSaysTheRestInItsMessage()
    {
        // A bad photo is not a field of the form: "the fields marked above" would point at nothing.
        var problem = new ApiProblem(400,
        [
            ApiError.Create(400, ApiErrorCodes.ValidationFailed, "foodFee: must be between 0.00 and 999.99."),
            ApiError.Create(400, ApiErrorCodes.ValidationFailed, "file: must be a JPEG, PNG or WebP image."),
        ]);
        var form = new FormErrors("foodFee");

        form.Show(problem);

        Assert.Equal("Must be between 0.00 and 999.99.", form["foodFee"]);
        Assert.Equal("Photo: Must be a JPEG, PNG or WebP image.", form.General);
    }

    [Fact]
    public void AFixedField_LosesItsMessage_AndThePointerGoesWithTheLastOne()
    {
        var form = new FormErrors("expiry", "cvc").Alias("expMonth", "expiry");
        form.Show(new ApiProblem(400,
        [
            ApiError.Create(400, ApiErrorCodes.ValidationFailed, "expMonth: must be 1 to 12."),
            ApiError.Create(400, ApiErrorCodes.ValidationFailed, "cvc: must be 3 or 4 digits."),
        ]));
        Assert.Equal("Must be 1 to 12.", form["expiry"]);
        Assert.Equal(FormErrors.MarkedFields, form.General);

        form.Clear("expiry");
        Assert.Equal(FormErrors.MarkedFields, form.General);
        form.Clear("cvc");
        Assert.False(form.Any);
    }

    [Theory]
    [InlineData("08/29", 8, 2029)]
    [InlineData("8/29", 8, 2029)]
    [InlineData(" 12 / 2031 ", 12, 2031)]
    [InlineData("0829", 8, 2029)]
    [InlineData("08-29", 8, 2029)]
    [InlineData("13/31", 13, 2031)] // the API says what is wrong with the month
    public void CardExpiry_IsReadAsPrintedOnTheCard(string text, int month, int year)
    {
        Assert.True(CardExpiry.TryParse(text, out var m, out var y));
        Assert.Equal((month, year), (m, y));
    }

    [Theory]
    [InlineData("")]
    [InlineData("December 31")]
    [InlineData("08/2")]
    public void CardExpiry_RefusesWhatIsNoExpiry(string text) => Assert.False(CardExpiry.TryParse(text, out _, out _));

    [Fact]
    public void TooManyAttempts_SaysHowLongToWait()
    {
        var problem = new ApiProblem(429, [ApiError.Create(429, "RATE_LIMITED", "Too many failed sign-ins.")], TimeSpan.FromSeconds(300));

        Assert.Equal("Too many attempts. Please wait 5 minutes, then try again.", problem.Message);
    }

    [Fact]
    public void Overloaded_SaysNothingWasOrdered_AndWhenToTryAgain()
    {
        var problem = new ApiProblem(503, [ApiError.Create(503, "OVERLOADED", "240 orders are waiting to be confirmed.")], TimeSpan.FromSeconds(3));

        Assert.Equal("CampusG is very busy right now and did not place this order. Please try again in 3 seconds.", problem.Message);
    }

    [Fact]
    public void OtherErrors_AreSaidInWords()
    {
        var problem = new ApiProblem(409, [ApiError.Create(409, "ORDER_ALREADY_ACCEPTED", "Order x was accepted by another runner.")]);

        Assert.Empty(problem.FieldErrors);
        Assert.Equal("Another runner accepted this order first.", problem.Message);
    }

    [Theory]
    [InlineData("/orders/new", "orders/new")]
    [InlineData("//evil.example/phish", null)]
    [InlineData("/\\evil.example", null)]
    [InlineData("https://evil.example/", null)]
    [InlineData(null, null)]
    public void SignIn_ReturnsOnlyToAPathOnThisSite(string? returnUrl, string? expected) =>
        Assert.Equal(expected, SignIn.LocalReturnUrl(returnUrl));

    private sealed class AddressedServer(IServerAddressesFeature addresses) : IServer
    {
        public IFeatureCollection Features { get; } = CreateFeatures(addresses);

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }

        private static FeatureCollection CreateFeatures(IServerAddressesFeature addresses)
        {
            var features = new FeatureCollection();
            features.Set(addresses);
            return features;
        }
    }
}
