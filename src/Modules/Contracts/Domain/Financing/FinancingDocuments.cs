namespace Leasing.Contracts.Domain.Financing;

public enum DocumentKind
{
    /// <summary>Pièce d'identité.</summary>
    Identity,
    /// <summary>Justificatif de domicile.</summary>
    ProofOfAddress,
    /// <summary>Justificatif de revenus (payslips, tax notice; for a business, the last accounts).</summary>
    ProofOfIncome,
    /// <summary>RIB and the signed SEPA mandate.</summary>
    BankDetails,
    /// <summary>Extrait Kbis (businesses only).</summary>
    CompanyRegistration,
    /// <summary>Acte de cautionnement, when the decision asks for a guarantor.</summary>
    GuarantorCommitment,
}

public enum DocumentState { Missing, Received, Rejected }

/// <summary>One line of the financing file's checklist: the latest thing known about that document.</summary>
public sealed record ChecklistItem(DocumentKind Kind, DocumentState State, string? Reference, string? Note, DateTimeOffset? At, string? By);

/// <summary>Which documents a financing file needs: four for everyone, the company registration for a business.</summary>
public static class DocumentChecklist
{
    public static IReadOnlyList<DocumentKind> RequiredFor(CustomerType customerType, bool guarantorRequired = false)
    {
        var kinds = new List<DocumentKind> { DocumentKind.Identity, DocumentKind.ProofOfAddress, DocumentKind.ProofOfIncome, DocumentKind.BankDetails };
        if (customerType == CustomerType.Business) kinds.Add(DocumentKind.CompanyRegistration);
        if (guarantorRequired) kinds.Add(DocumentKind.GuarantorCommitment);
        return kinds;
    }

    public static IReadOnlyList<ChecklistItem> Of(CustomerType customerType, IReadOnlyList<ChecklistItem> known, bool guarantorRequired = false) =>
        RequiredFor(customerType, guarantorRequired)
            .Select(kind => known.LastOrDefault(k => k.Kind == kind) ?? new ChecklistItem(kind, DocumentState.Missing, null, null, null, null))
            .ToList();

    public static bool IsComplete(CustomerType customerType, IReadOnlyList<ChecklistItem> known, bool guarantorRequired = false) =>
        Of(customerType, known, guarantorRequired).All(item => item.State == DocumentState.Received);
}
