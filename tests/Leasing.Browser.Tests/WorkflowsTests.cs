using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Leasing.Browser.Tests;

public sealed class WorkflowsTests(AdminServer server) : BrowserTest(server)
{
    private readonly WorkflowsSetup _setup = new(server);

    [Fact]
    public async Task A_process_owner_shortens_the_qualification_due_time_publishes_version_2_and_only_new_leads_run_on_it()
    {
        await _setup.ImportShippedAsync();
        var before = await _setup.CaptureLeadAsync();

        var owner = await Server.SignInAsync("processowner");
        await owner.ClickAsync("#sidebar-menu >> text=Définitions");
        await owner.Locator("#definitions-grid tr", new PageLocatorOptions { HasText = "customer-journey" }).ClickAsync();
        await Expect(owner.Locator("#version-status-1")).ToHaveTextAsync("publiée");
        await owner.ClickAsync("#open-designer");

        await owner.ClickAsync("#node-qualify-lead");
        await Expect(owner.Locator("#property-type")).ToHaveTextAsync("Tâche humaine");
        await Expect(owner.Locator("#prop-dueIn")).ToHaveValueAsync("4h");
        await owner.FillAsync("#prop-dueIn", "2h");
        await owner.PressAsync("#prop-dueIn", "Tab");
        await Expect(owner.Locator("#designer-dirty")).ToBeVisibleAsync();
        await Expect(owner.Locator("#node-qualify-lead")).ToContainTextAsync("2h");
        await owner.ClickAsync("#publish-definition");

        await Expect(owner.Locator("#version-status-2")).ToHaveTextAsync("publiée");
        await Expect(owner.Locator("#version-status-1")).ToHaveTextAsync("retirée");
        await Expect(owner.Locator("#version-diff")).ToContainTextAsync("qualify-lead");
        await Expect(owner.Locator("#version-diff .diff-input")).ToContainTextAsync(new Regex(@"dueIn.*4h.*2h", RegexOptions.Singleline));
        var export = await owner.RunAndWaitForDownloadAsync(() => owner.ClickAsync("#export-2"));
        Assert.Equal("customer-journey-v2.json", export.SuggestedFilename);
        Assert.Contains("\"dueIn\": \"2h\"", await File.ReadAllTextAsync((await export.PathAsync())!));

        var after = await _setup.CaptureLeadAsync();
        await owner.ClickAsync("#sidebar-menu >> text=Instances");
        await SearchCaseAsync(owner, before);
        await Expect(owner.Locator("#instances-grid .instance-version")).ToHaveTextAsync("v1");
        await SearchCaseAsync(owner, after);
        await Expect(owner.Locator("#instances-grid .instance-version")).ToHaveTextAsync("v2");

        // The new lead's task is due two hours after it opened, the older lead's still four.
        var advisor = await Server.SignInAsync("backoffice");
        await advisor.ClickAsync("#sidebar-menu >> text=Mes tâches");
        await advisor.ClickAsync("#inbox-tab-available");
        await Expect(advisor.Locator("#tasks-grid tr", new PageLocatorOptions { HasText = before.ToString() })).ToContainTextAsync("dans 4 h 00");
        await advisor.Locator("#tasks-grid tr", new PageLocatorOptions { HasText = after.ToString() }).ClickAsync();
        await Expect(advisor.Locator("#task-panel")).ToContainTextAsync("dans 2 h 00");
        await ChooseAsync(advisor, "#task-field-product", "LOA");
        await advisor.FillAsync("#task-field-monthlyBudget-input", "450");
        await advisor.ClickAsync("#outcome-Qualified");

        await Expect(advisor.Locator("#completion-result")).ToContainTextAsync("2. Rendez-vous en concession — en attente de la prise d'un rendez-vous en concession.");
        await Expect(advisor.Locator("#tasks-grid")).Not.ToContainTextAsync(after.ToString());
        await Expect(advisor.Locator("#tasks-grid")).ToContainTextAsync(before.ToString());
    }

    [Fact]
    public async Task An_advisor_sees_an_overdue_task_in_red_claims_it_and_completes_it_after_a_field_error()
    {
        await _setup.ImportShippedAsync();
        var lead = await _setup.CaptureLeadAsync();
        Server.Clock.Advance(TimeSpan.FromHours(4.5)); // past the 4-hour qualification SLA

        var page = await Server.SignInAsync("backoffice");
        await page.GotoAsync("/workflows/tasks");
        await Expect(page.Locator("#tasks-grid")).ToContainTextAsync("Aucune tâche"); // "mine": nothing taken yet
        await page.ClickAsync("#inbox-tab-available");
        var row = page.Locator("#tasks-grid tr", new PageLocatorOptions { HasText = lead.ToString() });
        await Expect(row).ToHaveClassAsync(new Regex("wf-row-overdue"));
        await Expect(row).ToContainTextAsync("en retard de 30 min");

        await row.ClickAsync();
        await page.ClickAsync("#claim-task");
        await Expect(page.Locator("#task-case")).ToContainTextAsync("prise par backoffice");
        await page.ClickAsync("#inbox-tab-mine");
        await page.Locator("#tasks-grid tr", new PageLocatorOptions { HasText = lead.ToString() }).ClickAsync();
        await Expect(page.Locator("#case-steps")).ToContainTextAsync("prise par backoffice");

        await page.ClickAsync("#outcome-Qualified"); // the product is required
        await Expect(page.Locator("#task-field-product-error")).ToContainTextAsync("'Produit' is required.");
        await page.FillAsync("#task-field-notes", "Wants an SUV, 15 000 km a year.");
        await ChooseAsync(page, "#task-field-product", "LLD");
        await page.ClickAsync("#outcome-Qualified");

        await Expect(page.Locator("#completion-result")).ToContainTextAsync("rendez-vous en concession");
        await Expect(page.Locator("#tasks-grid")).ToContainTextAsync("Aucune tâche");
    }

    [Fact]
    public async Task The_designer_marks_the_activity_the_validator_names_and_validates_once_it_is_wired()
    {
        var page = await Server.SignInAsync("processowner");
        await page.GotoAsync("/workflows/definitions");
        await page.FillAsync("#new-definition-id", "credit-review");
        await page.FillAsync("#new-definition-name", "Credit review");
        await page.ClickAsync("#create-definition");
        await Expect(page.Locator("#designer-version")).ToContainTextAsync("brouillon, version 1");

        await page.ClickAsync("#palette-HumanTask");
        var task = page.Locator("#node-humantask-1");
        await Expect(task).ToBeVisibleAsync();
        await page.ClickAsync("#validate-definition");
        await Expect(task).ToHaveClassAsync(new Regex("wf-faulty"));
        await Expect(page.Locator("#validation-errors")).ToContainTextAsync("humantask-1");
        await Expect(page.Locator("#validation-errors")).ToContainTextAsync("cannot be reached from the Start");
        await task.ClickAsync();
        await Expect(page.Locator("#property-panel .node-error").First).ToBeVisibleAsync();

        // Start → task → end on both outcomes, instead of Start → end.
        await page.ClickAsync("#link-start-Done-end .wf-link-hit");
        await page.ClickAsync("#delete-link");
        await Connect(page, "#port-start-Done", "#node-humantask-1");
        await Connect(page, "#port-humantask-1-Approve", "#node-end");
        await Connect(page, "#port-humantask-1-Reject", "#node-end");
        await Expect(page.Locator("#validation-ok")).ToBeVisibleAsync();
        await Expect(task).Not.ToHaveClassAsync(new Regex("wf-faulty"));

        // Dragging moves the box (snapped to the grid); the position is part of what is saved.
        var transform = await task.GetAttributeAsync("transform");
        var box = (await task.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + 60, box.Y + 20);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + 60, box.Y + 80, new MouseMoveOptions { Steps = 6 });
        await page.Mouse.MoveAsync(box.X + 60, box.Y + 140, new MouseMoveOptions { Steps = 6 });
        await page.Mouse.UpAsync();
        await Expect(task).Not.ToHaveAttributeAsync("transform", transform!);
        await page.ClickAsync("#save-draft");
        await Expect(page.Locator("#designer-dirty")).ToHaveCountAsync(0);
        await page.ClickAsync("#designer-tabs >> text=JSON");
        await Expect(page.Locator("#definition-json")).ToHaveValueAsync(new Regex("\"id\": \"humantask-1\""));

        // Someone else publishes the draft meanwhile: saving from this stale page is refused, not a lost update.
        await _setup.PublishDraftAsync("credit-review");
        await page.ClickAsync("#designer-tabs >> text=Diagramme");
        await page.FillAsync("#definition-name", "Credit review (2)");
        await page.PressAsync("#definition-name", "Tab");
        await page.ClickAsync("#save-draft");
        await Expect(page.Locator("#designer-conflict")).ToContainTextAsync("Conflit (409)");
    }

    [Fact]
    public async Task A_process_owner_imports_a_definition_file_as_a_draft_and_publishes_it()
    {
        var page = await Server.SignInAsync("processowner");
        await page.GotoAsync("/workflows/definitions");
        var json = System.Text.Json.JsonSerializer.Serialize(WorkflowsSetup.Faulty("imported"), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));
        await page.SetInputFilesAsync("#definition-file", new FilePayload { Name = "imported.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(json) });

        await Expect(page.Locator("#version-status-1")).ToHaveTextAsync("brouillon");
        await page.ClickAsync("#publish-1");
        await Expect(page.Locator("#version-status-1")).ToHaveTextAsync("publiée");
        await page.GotoAsync("/workflows/definitions");
        await Expect(page.Locator("#definitions-grid tr", new PageLocatorOptions { HasText = "imported" })).ToContainTextAsync("v1");
    }

    [Fact]
    public async Task A_process_owner_retries_then_skips_an_incident_on_the_instance_page()
    {
        await _setup.PublishAsync(WorkflowsSetup.Faulty("faulty"));
        var instanceId = await _setup.StartAsync("faulty", "CASE-42");

        var page = await Server.SignInAsync("processowner");
        await page.GotoAsync("/workflows");
        await Expect(page.Locator("#stat-incidents")).ToHaveTextAsync("1");

        await page.GotoAsync("/workflows/instances");
        await page.Locator("#instances-grid tr", new PageLocatorOptions { HasText = "CASE-42" }).ClickAsync();
        await Expect(page.Locator("#instance-status")).ToHaveTextAsync("en incident");
        await Expect(page.Locator("#instance-diagram #node-set-amount")).ToHaveClassAsync(new Regex("wf-faulty"));
        await Expect(page.Locator("#instance-diagram #node-start")).ToHaveClassAsync(new Regex("wf-done"));
        await Expect(page.Locator("#instance-steps")).ToContainTextAsync("Bloqué à « set-amount »");
        await Expect(page.Locator("#instance-history")).ToHaveAttributeAsync("href", $"audit/history?streamId={instanceId}");

        await page.ClickAsync("#retry-set-amount"); // the cause is not fixed: it fails again
        await Expect(page.Locator("#instance-journal")).ToContainTextAsync("incident_resolved");
        await Expect(page.Locator("#instance-status")).ToHaveTextAsync("en incident");

        await ChooseAsync(page, "#skip-outcome-set-amount", "Done");
        await page.ClickAsync("#skip-set-amount");
        await Expect(page.Locator("#instance-status")).ToHaveTextAsync("terminée");
        await Expect(page.Locator("#instance-diagram #node-set-amount")).ToHaveClassAsync(new Regex("wf-done"));
        await Expect(page.Locator("#instance-steps")).ToContainTextAsync("Parcours terminé.");
    }

    [Fact]
    public async Task A_process_owner_moves_a_running_instance_to_the_new_version_after_a_dry_run()
    {
        await _setup.ImportShippedAsync();
        var lead = await _setup.CaptureLeadAsync();
        await _setup.PublishAsync(WorkflowsSetup.ShippedJourney().Replace("\"dueIn\": \"4h\"", "\"dueIn\": \"2h\""));

        var page = await Server.SignInAsync("processowner");
        await page.GotoAsync("/workflows/instances?definitionId=customer-journey&version=1");
        await page.Locator("#instances-grid tr", new PageLocatorOptions { HasText = lead.ToString() }).ClickAsync();
        await Expect(page.Locator("#instance-version")).ToHaveTextAsync("v1");
        await Expect(page.Locator("#instance-diagram #node-qualify-lead")).ToHaveClassAsync(new Regex("wf-current"));
        await Expect(page.Locator("#migrate-run")).ToBeDisabledAsync();

        await ChooseAsync(page, "#migrate-to", "2");
        await page.ClickAsync("#migrate-dry-run");
        await Expect(page.Locator("#migration-report")).ToContainTextAsync("Migration possible vers la version 2");
        await Expect(page.Locator("#instance-version")).ToHaveTextAsync("v1"); // a dry run changes nothing
        await page.ClickAsync("#migrate-run");
        await Expect(page.Locator("#instance-version")).ToHaveTextAsync("v2");
        await Expect(page.Locator("#instance-journal")).ToContainTextAsync("instance_migrated");
    }

    private static async Task SearchCaseAsync(IPage page, Guid correlationKey)
    {
        await page.FillAsync("#filter-correlation", correlationKey.ToString());
        await page.ClickAsync("#search-instances");
        await Expect(page.Locator("#instances-grid tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#instances-grid tbody tr")).ToContainTextAsync(correlationKey.ToString());
    }

    /// <summary>Opens a Radzen drop-down and picks the visible item with that text.</summary>
    private static async Task ChooseAsync(IPage page, string dropDown, string item)
    {
        await page.ClickAsync(dropDown);
        await page.Locator(".rz-dropdown-item").Filter(new LocatorFilterOptions { Visible = true, HasTextRegex = new Regex($"^\\s*{Regex.Escape(item)}\\s*$") }).ClickAsync();
    }

    private static async Task Connect(IPage page, string port, string target)
    {
        await page.ClickAsync(port);
        await Expect(page.Locator("#connect-hint")).ToBeVisibleAsync();
        await page.ClickAsync(target);
        await Expect(page.Locator("#connect-hint")).ToHaveCountAsync(0);
    }
}
