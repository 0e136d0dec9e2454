using Leasing.Kernel.Validation;
using Microsoft.AspNetCore.Http;
using Wolverine.Http;
using Xunit;

namespace Leasing.Kernel.Tests;

public sealed class ValidationTests
{
    [Fact]
    public void No_errors_means_carry_on()
    {
        Assert.Same(WolverineContinue.NoProblems, new FieldErrors().Required("value", "name").ToProblem());
    }

    [Fact]
    public void Errors_become_a_400_naming_each_field()
    {
        var problem = new FieldErrors()
            .Required((string?)null, "userName")
            .Required((int?)null, "termMonths")
            .When(true, "termMonths", "Between 12 and 84.")
            .ToProblem();

        var validation = Assert.IsType<HttpValidationProblemDetails>(problem);
        Assert.Equal(400, validation.Status);
        Assert.Equal(["termMonths", "userName"], validation.Errors.Keys.Order().ToArray());
        Assert.Equal(2, validation.Errors["termMonths"].Length);
        Assert.Contains("userName", validation.Detail);
    }
}
