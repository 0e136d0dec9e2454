using JasperFx.CommandLine;

namespace Leasing.Testing;

/// <summary>The settings every Host under test gets, set before the Host's Program reads its configuration.</summary>
public static class TestHostSettings
{
    public const string Password = "Test-Password-2026";

    public static void Apply(string connectionString)
    {
        // Program.cs reads these while building, before a test host's configuration callbacks run.
        Environment.SetEnvironmentVariable("ConnectionStrings__Leasing", connectionString);
        Environment.SetEnvironmentVariable("Leasing__Solo", "true");
        Environment.SetEnvironmentVariable("Leasing__SeedUsers", "false");
        Environment.SetEnvironmentVariable("Leasing__RateLimits__PublicPerMinute", "40");
        // Timers are fired by the tests at the test clock's instants, never by Wolverine's wall-clock poller.
        Environment.SetEnvironmentVariable("Leasing__RunDueTimers", "false");
        // Tests import the shipped workflow definitions when they need them, after their reset, never in the background.
        Environment.SetEnvironmentVariable("Leasing__ImportWorkflows", "false");
        Environment.SetEnvironmentVariable("Serilog__MinimumLevel__Default", "Warning");
        Environment.SetEnvironmentVariable("Serilog__MinimumLevel__Override__Microsoft.Hosting.Lifetime", "Warning");
        JasperFxEnvironment.AutoStartHost = true;
    }
}
