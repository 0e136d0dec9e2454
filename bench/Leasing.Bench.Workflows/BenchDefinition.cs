namespace Leasing.Bench.Workflows;

/// <summary>
/// Ten activities, as a real case would have: started by an event, a few variables and decisions, one human task
/// and one awaited event, then the end. Written as the designer's JSON.
/// </summary>
internal static class BenchDefinition
{
    public const string Id = "bench-case";
    public const string StartEvent = "BenchCaseOpened";
    public const string AwaitedEvent = "BenchCaseDocumentsReceived";

    public static string Json => """
    {
      "definitionId": "bench-case", "name": "Bench case",
      "variables": [ { "name": "caseId", "type": "string" }, { "name": "amount", "type": "number" }, { "name": "decision", "type": "string" },
                     { "name": "route", "type": "string" } ],
      "triggers": [ { "eventType": "BenchCaseOpened", "correlation": "input.caseId" } ],
      "root": {
        "activities": [
          { "id": "start", "type": "Start" },
          { "id": "remember", "type": "SetVariable", "inputs": { "variable": "caseId", "value": "input.caseId" } },
          { "id": "amount", "type": "SetVariable", "inputs": { "variable": "amount", "value": "input.amount" } },
          { "id": "large", "type": "Decision", "inputs": { "condition": "variables.amount > 1000" } },
          { "id": "review", "type": "HumanTask", "inputs": { "title": "Review the case", "role": "BackOffice", "outcomes": ["Approve", "Reject"], "dueIn": "4h",
              "formFields": [ { "name": "decision", "type": "text" } ] } },
          { "id": "decision", "type": "SetVariable", "inputs": { "variable": "decision", "value": "input.decision ?? 'none'" } },
          { "id": "documents", "type": "WaitForEvent", "inputs": { "eventType": "BenchCaseDocumentsReceived", "correlation": "input.caseId" } },
          { "id": "route", "type": "Switch", "inputs": { "cases": [ { "name": "Complete", "condition": "input.complete === true" } ] } },
          { "id": "record", "type": "SetVariable", "inputs": { "variable": "route", "value": "'complete'" } },
          { "id": "end", "type": "End" }
        ],
        "connections": [
          { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "remember", "port": "In" } },
          { "source": { "activity": "remember", "port": "Done" }, "target": { "activity": "amount", "port": "In" } },
          { "source": { "activity": "amount", "port": "Done" }, "target": { "activity": "large", "port": "In" } },
          { "source": { "activity": "large", "port": "True" }, "target": { "activity": "review", "port": "In" } },
          { "source": { "activity": "large", "port": "False" }, "target": { "activity": "review", "port": "In" } },
          { "source": { "activity": "review", "port": "Approve" }, "target": { "activity": "decision", "port": "In" } },
          { "source": { "activity": "review", "port": "Reject" }, "target": { "activity": "decision", "port": "In" } },
          { "source": { "activity": "decision", "port": "Done" }, "target": { "activity": "documents", "port": "In" } },
          { "source": { "activity": "documents", "port": "Done" }, "target": { "activity": "route", "port": "In" } },
          { "source": { "activity": "route", "port": "Complete" }, "target": { "activity": "record", "port": "In" } },
          { "source": { "activity": "route", "port": "Default" }, "target": { "activity": "end", "port": "In" } },
          { "source": { "activity": "record", "port": "Done" }, "target": { "activity": "end", "port": "In" } }
        ]
      }
    }
    """;
}
