namespace Leasing.Contracts.Domain;

public enum Product { Lld, Loa }

public enum CustomerType { Individual, Business }

/// <summary>The basis a customer is quoted and invoiced in: individuals TTC, businesses HT (DOMAIN.md, "Pricing").</summary>
public enum VatBasis { ExcludingVat, IncludingVat }

public enum SignatureChannel { InPerson, Distance }

/// <summary>Where a contract is in its life, from the financing study to its closing.</summary>
public enum ContractStatus
{
    /// <summary>The financing file is studied: documents, applicant finances, scoring, the credit decision.</summary>
    FinancingStudy,
    /// <summary>Approved with conditions (a higher first payment, a guarantor) that are not met yet.</summary>
    AwaitingConditions,
    AwaitingSignature,
    Refused,
    /// <summary>Signed; a consumer's 14-day withdrawal period runs.</summary>
    Signed,
    Withdrawn,
    /// <summary>Signed and firm (no withdrawal period, or it ran out): the vehicle can be ordered.</summary>
    ReadyToOrder,
    VehicleOrdered,
    VehiclePrepared,
    /// <summary>Delivered: the contract runs and is billed.</summary>
    Active,
    Terminated,
    Returned,
    Purchased,
}

public enum ClosingOutcome { Returned, Purchased, Terminated, Withdrawn, Refused }
