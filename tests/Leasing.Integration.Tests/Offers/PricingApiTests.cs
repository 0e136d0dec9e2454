using System.Net;
using System.Text.Json;
using Leasing.Testing;

namespace Leasing.Integration.Tests.Offers;

public sealed class PricingApiTests(LeasingApp app) : IntegrationTest(app)
{
    public static readonly object SeedSimulation = new
    {
        product = "LOA", customerType = "Individual", vehiclePrice = 24800, firstPayment = 0, residualValue = 12800, termMonths = 36,
        annualRatePercent = 6, annualMileageKm = 12000, serviceRatePerKm = 0.04, paymentTiming = "Arrears",
    };

    [Fact]
    public async Task The_seed_example_is_priced_to_the_cent_without_signing_in()
    {
        var result = await Host.Scenario(s => { s.Post.Json(SeedSimulation).ToUrl("/api/pricing/simulations"); s.StatusCodeShouldBeOk(); });
        Assert.Equal("application/json; charset=utf-8", result.Context.Response.ContentType);
        using var json = JsonDocument.Parse(await result.ReadAsTextAsync());
        var root = json.RootElement;
        Assert.Equal(429.06m, root.GetProperty("monthlyRent").GetDecimal());
        Assert.Equal(40.00m, root.GetProperty("monthlyServiceCharge").GetDecimal());
        Assert.Equal(469.06m, root.GetProperty("monthlyTotal").GetDecimal());
        Assert.Equal(12000.00m, root.GetProperty("amountFinanced").GetDecimal());
        Assert.Equal(36, root.GetProperty("numberOfPayments").GetInt32());
        Assert.Equal(12800.00m, root.GetProperty("purchaseOptionPrice").GetDecimal());
        Assert.Equal(36 * 469.06m, root.GetProperty("totalCost").GetDecimal());
        var schedule = root.GetProperty("schedule");
        Assert.Equal(36, schedule.GetArrayLength());
        Assert.Equal(24800m, schedule[0].GetProperty("openingBalance").GetDecimal());
        Assert.Equal(12800.00m, schedule[35].GetProperty("closingBalance").GetDecimal());
    }

    [Fact]
    public async Task Broken_json_or_a_value_of_the_wrong_type_is_a_400_naming_the_body_or_the_field()
    {
        async Task<string[]> FieldsOf(string body)
        {
            var result = await Host.Scenario(s =>
            {
                s.Post.Url("/api/pricing/simulations");
                s.Body.TextIs(body);
                s.WithRequestHeader("Content-Type", "application/json");
                s.StatusCodeShouldBe(400);
            });
            return (await result.ReadAsJsonAsync<AuthenticationTests.ValidationProblem>())!.Errors.Keys.ToArray();
        }

        Assert.Equal(["body"], await FieldsOf("{\"product\":\"LOA\","));
        Assert.Equal(["body"], await FieldsOf(""));
        Assert.Equal(["vehiclePrice"], await FieldsOf("{\"product\":\"LOA\",\"vehiclePrice\":\"cheap\"}"));
    }

    [Fact]
    public async Task A_body_far_beyond_any_simulation_is_refused_with_a_413_before_it_is_parsed()
    {
        await Host.Scenario(s =>
        {
            s.Post.Url("/api/pricing/simulations");
            s.Body.TextIs("{\"product\":\"" + new string('L', 70_000) + "\"}");
            s.WithRequestHeader("Content-Type", "application/json");
            s.StatusCodeShouldBe(413);
        });
    }

    [Fact]
    public async Task The_simulator_is_documented_with_its_request_and_answer()
    {
        var document = await Host.Scenario(s => { s.Get.Url("/openapi/v1.json"); s.StatusCodeShouldBeOk(); });
        using var json = JsonDocument.Parse(await document.ReadAsTextAsync());
        var post = json.RootElement.GetProperty("paths").GetProperty("/api/pricing/simulations").GetProperty("post");
        Assert.Equal("SimulatePricing", post.GetProperty("operationId").GetString());
        Assert.EndsWith("/PricingInput",
            post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.EndsWith("/PricingOutcome",
            post.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
    }

    [Fact]
    public async Task Out_of_range_and_missing_fields_are_a_400_naming_each_field()
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(new
            {
                product = "Rental", customerType = "Individual", vehiclePrice = -1, residualValue = 5000, termMonths = 90,
                annualRatePercent = 31, annualMileageKm = 12000,
            }).ToUrl("/api/pricing/simulations");
            s.StatusCodeShouldBe(400);
        });
        var problem = (await result.ReadAsJsonAsync<AuthenticationTests.ValidationProblem>())!;
        Assert.Contains("product", problem.Errors.Keys);

        var ranges = await Host.Scenario(s =>
        {
            s.Post.Json(new
            {
                product = "LLD", customerType = "Business", vehiclePrice = -1, firstPayment = -5, residualValue = 5000, termMonths = 90,
                annualRatePercent = 31, annualMileageKm = 12000,
            }).ToUrl("/api/pricing/simulations");
            s.StatusCodeShouldBe(400);
        });
        var errors = (await ranges.ReadAsJsonAsync<AuthenticationTests.ValidationProblem>())!.Errors.Keys;
        Assert.Contains("vehiclePrice", errors);
        Assert.Contains("firstPayment", errors);
        Assert.Contains("termMonths", errors);
        Assert.Contains("annualRatePercent", errors);

        var missing = await Host.Scenario(s => { s.Post.Json(new { product = "LOA" }).ToUrl("/api/pricing/simulations"); s.StatusCodeShouldBe(400); });
        var missingFields = (await missing.ReadAsJsonAsync<AuthenticationTests.ValidationProblem>())!.Errors.Keys;
        Assert.Equal(["annualMileageKm", "annualRatePercent", "customerType", "residualValue", "termMonths", "vehiclePrice"],
            missingFields.Order(StringComparer.Ordinal).ToArray());

        var residual = await Host.Scenario(s =>
        {
            s.Post.Json(new
            {
                product = "LOA", customerType = "Individual", vehiclePrice = 20000, firstPayment = 5000, residualValue = 16000, termMonths = 36,
                annualRatePercent = 6, annualMileageKm = 12000,
            }).ToUrl("/api/pricing/simulations");
            s.StatusCodeShouldBe(400);
        });
        Assert.Contains("residualValue", (await residual.ReadAsJsonAsync<AuthenticationTests.ValidationProblem>())!.Errors.Keys);
    }

    [Fact]
    public async Task The_implied_rate_of_a_quoted_rent_is_found_to_four_decimals()
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(new { vehiclePrice = 24800, firstPayment = 0, residualValue = 12800, termMonths = 36, monthlyRent = 429.06, paymentTiming = "Arrears" })
                .ToUrl("/api/pricing/implied-rate");
            s.StatusCodeShouldBeOk();
        });
        using var json = JsonDocument.Parse(await result.ReadAsTextAsync());
        var rate = json.RootElement.GetProperty("annualRatePercent").GetDecimal();
        // 429.06 is a rounded rent: the rate that gives it is 6 % to within the cent's worth of rate.
        Assert.InRange(rate, 5.9990m, 6.0010m);
        Assert.Equal(rate, Math.Round(rate, 4));

        var bad = await Host.Scenario(s =>
        {
            s.Post.Json(new { vehiclePrice = 24800, residualValue = 12800, termMonths = 36, monthlyRent = -3 }).ToUrl("/api/pricing/implied-rate");
            s.StatusCodeShouldBe(400);
        });
        Assert.Contains("monthlyRent", (await bad.ReadAsJsonAsync<AuthenticationTests.ValidationProblem>())!.Errors.Keys);
    }

    [Fact]
    public async Task Inverse_questions_find_the_first_payment_the_residual_value_and_the_price_for_a_budget()
    {
        var pricing = new { product = "LOA", customerType = "Individual", vehiclePrice = 24800, residualValue = 12800, termMonths = 36, annualRatePercent = 6, annualMileageKm = 12000 };
        var firstPayment = await SolveAsync(new { solve = "firstPayment", targetMonthlyRent = 380, pricing });
        Assert.InRange(firstPayment.GetProperty("outcome").GetProperty("monthlyRent").GetDecimal(), 379.99m, 380.01m);
        Assert.Equal(37, firstPayment.GetProperty("outcome").GetProperty("numberOfPayments").GetInt32());

        var residual = await SolveAsync(new { solve = "residualValue", targetMonthlyRent = 429.06, pricing });
        Assert.InRange(residual.GetProperty("value").GetDecimal(), 12799m, 12801m);

        var price = await SolveAsync(new { solve = "vehiclePrice", monthlyBudget = 469.06, pricing = new { product = "LOA", customerType = "Individual", residualValue = 12800, termMonths = 36, annualRatePercent = 6, annualMileageKm = 12000, serviceRatePerKm = 0.04 } });
        Assert.InRange(price.GetProperty("value").GetDecimal(), 24799m, 24801m);

        var bad = await Host.Scenario(s => { s.Post.Json(new { solve = "colour", pricing }).ToUrl("/api/pricing/solutions"); s.StatusCodeShouldBe(400); });
        Assert.Contains("solve", (await bad.ReadAsJsonAsync<AuthenticationTests.ValidationProblem>())!.Errors.Keys);
    }

    [Fact]
    public async Task Leasing_and_a_classic_loan_are_compared_at_the_same_rate()
    {
        var result = await Host.Scenario(s => { s.Post.Json(SeedSimulation).ToUrl("/api/pricing/comparisons"); s.StatusCodeShouldBeOk(); });
        using var json = JsonDocument.Parse(await result.ReadAsTextAsync());
        var root = json.RootElement;
        var loan = root.GetProperty("loan").GetProperty("totalPayments").GetDecimal();
        var loaOwned = root.GetProperty("loa").GetProperty("totalCostToOwn").GetDecimal();
        Assert.True(loaOwned > loan, "leasing to own costs more than the loan at the same rate");
        Assert.Equal(Math.Round((loaOwned - loan) / loan * 100m, 6), Math.Round(root.GetProperty("loaExtraCostPercent").GetDecimal(), 6));
    }

    private async Task<JsonElement> SolveAsync(object body)
    {
        var result = await Host.Scenario(s => { s.Post.Json(body).ToUrl("/api/pricing/solutions"); s.StatusCodeShouldBeOk(); });
        return JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task One_client_is_limited_per_minute_with_a_429_ProblemDetails()
    {
        var limit = int.Parse(Environment.GetEnvironmentVariable("Leasing__RateLimits__PublicPerMinute")!);
        var client = IPAddress.Parse("203.0.113.7"); // its own partition: other tests' calls do not count against it
        for (var call = 0; call < limit; call++)
            await Host.Scenario(s =>
            {
                s.Post.Json(SeedSimulation).ToUrl("/api/pricing/simulations");
                s.ConfigureHttpContext(c => c.Connection.RemoteIpAddress = client);
                s.StatusCodeShouldBeOk();
            });

        var refused = await Host.Scenario(s =>
        {
            s.Post.Json(SeedSimulation).ToUrl("/api/pricing/simulations");
            s.ConfigureHttpContext(c => c.Connection.RemoteIpAddress = client);
            s.StatusCodeShouldBe(429);
        });
        Assert.Equal("application/problem+json", refused.Context.Response.ContentType);
        Assert.False(string.IsNullOrEmpty(refused.Context.Response.Headers.RetryAfter));
    }
}
