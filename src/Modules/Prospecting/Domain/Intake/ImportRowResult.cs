using Leasing.Prospecting.Domain.Leads;

namespace Leasing.Prospecting.Domain.Intake;

/// <summary>
/// One row of an import (a CSV record, an ADF prospect): accepted with its intake, or rejected with the reasons per
/// field. Row numbers are those a spreadsheet shows (the header is row 1); an ADF prospect is numbered in order.
/// </summary>
public abstract record ImportRowResult(int Row);

public sealed record AcceptedRow(int Row, LeadIntake Intake) : ImportRowResult(Row);

public sealed record RejectedRow(int Row, IReadOnlyDictionary<string, string[]> Reasons) : ImportRowResult(Row);
