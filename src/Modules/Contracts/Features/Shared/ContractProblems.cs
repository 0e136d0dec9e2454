using Leasing.Contracts.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Leasing.Contracts.Features.Shared;

public static class ContractProblems
{
    public static ProblemDetails WrongStatus(Contract contract, string action, params ContractStatus[] allowed) => new()
    {
        Status = StatusCodes.Status409Conflict,
        Title = $"A contract that is {Describe(contract)} cannot be {action}.",
        Detail = $"Allowed when the contract is {string.Join(" or ", allowed.Select(s => s.ToString()))}.",
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.10",
    };

    public static ProblemDetails State(string title, string? detail = null) => new()
    {
        Status = StatusCodes.Status409Conflict,
        Title = title,
        Detail = detail ?? title,
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.10",
    };

    private static string Describe(Contract contract) => contract.IsClosed ? $"closed ({contract.Outcome})" : contract.Status.ToString();
}
