using System.Text;
using Microsoft.AspNetCore.Http;

namespace Leasing.Web.Shared;

/// <summary>
/// A request whose body is a JSON text, for the few endpoints that read their body themselves (a workflow definition
/// is kept as the process owner wrote it, so those endpoints parse it): the admin then calls the very same method.
/// </summary>
public static class JsonBody
{
    public static HttpRequest Of(string json)
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return context.Request;
    }
}
