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

/// <summary>One definition that uses every activity type, and the child it runs as a sub-workflow.</summary>
internal static class EveryActivity
{
    private static object Arrow(string from, string to, string port = "Done") => Definitions.Arrow(from, to, port);

    public static object Child => new
    {
        definitionId = "child-check", name = "Child check",
        variables = new object[] { new { name = "amount", type = "number" }, new { name = "checkedAmount", type = "number" } },
        root = new
        {
            activities = new object[]
            {
                new { id = "start", type = "Start" },
                new { id = "check", type = "SetVariable", inputs = new { variable = "checkedAmount", value = "variables.amount * 2" } },
                new { id = "end", type = "End" },
            },
            connections = new[] { Arrow("start", "check"), Arrow("check", "end") },
        },
    };

    public static object Parent => new
    {
        definitionId = "every-activity", name = "Every activity",
        variables = new object[] { new { name = "amount", type = "number" }, new { name = "leadId", type = "string" }, new { name = "size", type = "string" } },
        root = new
        {
            activities = new object[]
            {
                new { id = "start", type = "Start" },
                new { id = "route", type = "Switch", inputs = new { cases = new[] { new { name = "Large", condition = "variables.amount > 20000" } } } },
                new { id = "small", type = "End" },
                new { id = "remember-size", type = "SetVariable", inputs = new { variable = "size", value = "'large'" } },
                new { id = "fork", type = "Fork", inputs = new { branches = new[] { "Review", "Tell", "Act" } } },
                new { id = "review", type = "HumanTask", inputs = new { title = "Review the large file", role = "BackOffice", outcomes = new[] { "Done" } } },
                new { id = "tell", type = "Notify", inputs = new { role = "SalesManager", subject = "Large file", message = "A large file is being reviewed." } },
                new { id = "follow-up", type = "SendCommand", inputs = new { command = "ScheduleLeadFollowUp",
                    inputs = new { leadId = "variables.leadId", dueAt = "'2026-11-24T09:00:00Z'", note = "'Call back about the large file'" } } },
                new { id = "child", type = "SubWorkflow", inputs = new { definitionId = "child-check", inputs = new { amount = "variables.amount" } } },
                new { id = "join", type = "Join", inputs = new { mode = "all" } },
                new { id = "wait", type = "WaitForEvent", inputs = new { eventType = "QuoteAccepted", correlation = "input.leadId" } },
                new { id = "pause", type = "Delay", inputs = new { until = "'2026-11-30T09:00:00Z'" } },
                new { id = "decide", type = "Decision", inputs = new { condition = "variables.size === 'large'" } },
                new { id = "large-done", type = "End" },
                new { id = "never", type = "End" },
            },
            connections = new[]
            {
                Arrow("start", "route"), Arrow("route", "remember-size", "Large"), Arrow("route", "small", "Default"), Arrow("remember-size", "fork"),
                Arrow("fork", "review", "Review"), Arrow("fork", "tell", "Tell"), Arrow("fork", "follow-up", "Act"),
                Arrow("review", "join"), Arrow("tell", "join"), Arrow("follow-up", "child"), Arrow("child", "join"),
                Arrow("join", "wait"), Arrow("wait", "pause"), Arrow("pause", "decide"), Arrow("decide", "large-done", "True"), Arrow("decide", "never", "False"),
            },
        },
    };
}
