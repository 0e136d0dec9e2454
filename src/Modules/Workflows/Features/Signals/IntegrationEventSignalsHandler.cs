using Leasing.Workflows.Runtime.Hosting;
using ClaimsEvents = Leasing.Claims.IntegrationEvents;
using ContractsEvents = Leasing.Contracts.IntegrationEvents;
using OffersEvents = Leasing.Offers.IntegrationEvents;
using ProspectingEvents = Leasing.Prospecting.IntegrationEvents;

namespace Leasing.Workflows.Features.Signals;

/// <summary>
/// The integration events workflows can start on or wait for. Each is turned into a signal on the workflows'
/// own durable queue, so a workflow failure never rolls back the module handlers that share the event.
/// A new module's events are added here, one line each.
/// </summary>
public static class IntegrationEventSignalsHandler
{
    public static SignalWorkflows Handle(ProspectingEvents.LeadCaptured e) => SignalWorkflows.Of(e);
    public static SignalWorkflowsBatch Handle(ProspectingEvents.LeadsCaptured e) => SignalWorkflowsBatch.Of(e.Leads);
    public static SignalWorkflows Handle(ProspectingEvents.LeadQualified e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ProspectingEvents.VisitScheduled e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ProspectingEvents.LeadLost e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ProspectingEvents.LeadWon e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(OffersEvents.QuoteSent e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(OffersEvents.QuoteAccepted e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ClaimsEvents.ClaimDeclared e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ClaimsEvents.ClaimTriaged e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ClaimsEvents.AssistanceDispatched e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ClaimsEvents.ReplacementVehicleGranted e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ClaimsEvents.ReplacementVehicleReturned e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ClaimsEvents.ExpertAppointed e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ClaimsEvents.ExpertReportReceived e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ClaimsEvents.RepairApprovalRequested e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ClaimsEvents.RepairApprovalRefused e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ClaimsEvents.RepairAuthorised e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ClaimsEvents.RepairCompleted e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ClaimsEvents.VehicleReturnedToDriver e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ClaimsEvents.InsurerClaimFiled e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ClaimsEvents.InsurerSettled e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ClaimsEvents.TotalLossContractTerminated e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ClaimsEvents.ClaimClosed e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ContractsEvents.ContractFileOpened e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ContractsEvents.FinancingDecided e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ContractsEvents.ContractSigned e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ContractsEvents.WithdrawalPeriodEnded e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ContractsEvents.ContractWithdrawn e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ContractsEvents.VehicleOrdered e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ContractsEvents.VehiclePrepared e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ContractsEvents.VehicleDelivered e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ContractsEvents.EndOfTermApproaching e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ContractsEvents.ContractTerminated e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ContractsEvents.VehicleReturned e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ContractsEvents.PurchaseOptionExercised e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ContractsEvents.ContractClosed e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ContractsEvents.MileageDeviationDetected e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ContractsEvents.ContractAmended e) => SignalWorkflows.Of(e);
    public static SignalWorkflows Handle(ContractsEvents.DunningStepReached e) => SignalWorkflows.Of(e);
}
