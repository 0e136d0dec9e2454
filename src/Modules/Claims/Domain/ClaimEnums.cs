namespace Leasing.Claims.Domain;

public enum ClaimKind { Collision, SingleVehicle, Theft, Vandalism, Glass, Weather, Fire, Other }

/// <summary>How the claim reached the lessor: the hotline operator, the driver's public form, or the fleet manager.</summary>
public enum DeclarationChannel { Hotline, Driver, FleetManager }

/// <summary>The triage task's route: towing first, straight to the expert, or no follow-up (duplicate, no damage).</summary>
public enum TriageRoute { Assistance, Expertise, NoFollowUp }

public enum ClaimPriority { Normal, High, Urgent }

public enum AttachmentKind { Photo, AccidentReport, PoliceReport, ExpertReport, Quote, Invoice, Other }

/// <summary>What an invoice received on a claim is for.</summary>
public enum InvoiceKind { Repair, Towing, Assistance, ReplacementVehicle, Expert, Storage, Other }

public enum RepairApproval { NotNeeded, Requested, Approved, Refused }

public enum ClaimOutcome { Repaired, TotalLoss, NoFollowUp, Withdrawn }

/// <summary>
/// Where the claim stands on its main track (the vehicle), for lists and dashboards. The insurer and the replacement
/// vehicle run beside it and are shown separately; the workflow's "where is this claim" gives the step in words.
/// </summary>
public enum ClaimStage
{
    Declared, Triaged, AssistanceDispatched, ExpertAppointed, ExpertReportReceived, AwaitingRepairApproval, RepairAuthorised,
    Repaired, VehicleReturned, TotalLoss, ContractTerminated, Closed,
}
