namespace Leasing.Integration.Tests.Workflows;

/// <summary>Definitions the runtime tests publish, written as the designer's JSON would be.</summary>
internal static class Definitions
{
    public static object Arrow(string from, string to, string port = "Done") => new { source = new { activity = from, port }, target = new { activity = to, port = "In" } };

    public static object Review(string definitionId, string dueIn = "4h", string reviewId = "review") => new
    {
        definitionId, name = "Credit review",
        variables = new object[] { new { name = "amount", type = "number" } },
        triggers = new object[] { new { eventType = "LeadCaptured", correlation = "input.leadId" } },
        root = new
        {
            activities = new object[]
            {
                new { id = "start", type = "Start" },
                new { id = reviewId, type = "HumanTask", inputs = new
                {
                    title = "Review the file", role = "BackOffice", outcomes = new[] { "Approve", "Reject" }, dueIn, escalateToRole = "SalesManager",
                    formFields = new object[] { new { name = "decision", type = "choice", required = true, options = new[] { "ok", "ko" } }, new { name = "amount", type = "number" } },
                } },
                new { id = "approved", type = "End" },
                new { id = "rejected", type = "End" },
            },
            connections = new[] { Arrow("start", reviewId), Arrow(reviewId, "approved", "Approve"), Arrow(reviewId, "rejected", "Reject") },
        },
    };

    public static object Looping(string definitionId) => new
    {
        definitionId, name = "Looping",
        root = new
        {
            activities = new object[]
            {
                new { id = "start", type = "Start" },
                new { id = "check", type = "Decision", inputs = new { condition = "while (true) {} true" } },
                new { id = "yes", type = "End" },
                new { id = "no", type = "End" },
            },
            connections = new[] { Arrow("start", "check"), Arrow("check", "yes", "True"), Arrow("check", "no", "False") },
        },
    };

    public static object Waiting(string definitionId) => new
    {
        definitionId, name = "Wait then delay",
        root = new
        {
            activities = new object[]
            {
                new { id = "start", type = "Start" },
                new { id = "wait", type = "WaitForEvent", inputs = new { eventType = "QuoteSent", correlation = "input.leadId" } },
                new { id = "delay", type = "Delay", inputs = new { duration = "P2D" } },
                new { id = "end", type = "End" },
            },
            connections = new[] { Arrow("start", "wait"), Arrow("wait", "delay"), Arrow("delay", "end") },
        },
    };
}
