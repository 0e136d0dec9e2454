using Microsoft.AspNetCore.Http;

namespace Leasing.Kernel.Json;

/// <summary>
/// Sends a <see cref="Utf8JsonText"/> as a 200 JSON answer in one write, its length known (no chunked framing), and
/// returns its buffer to the pool.
/// </summary>
public sealed class Utf8JsonResult(Utf8JsonText json) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        using (json)
        {
            var response = httpContext.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = json.Written.Length;
            await response.BodyWriter.WriteAsync(json.Written, httpContext.RequestAborted);
        }
    }
}
