namespace Leasing.Contracts.Domain.Billing;

public enum InvoiceLineKind { Rent, Services, FirstPayment, DeliveryFee, ReturnFee, ExcessKm, Damage, Settlement, VehicleSale, RentCredit }

/// <summary>One line of an invoice or credit note, in both VAT bases (a credit note's lines are negative).</summary>
public sealed record InvoiceLine(InvoiceLineKind Kind, string Label, VatAmounts Amounts, decimal? Quantity = null, decimal? UnitPrice = null,
    string? Reference = null);

public enum InvoiceKind
{
    /// <summary>A monthly rent invoice from the billing run.</summary>
    Rent,
    /// <summary>The last invoice at the vehicle's return: the days of rent still to bill, the return fee, excess km, damages.</summary>
    Final,
    /// <summary>An early termination's settlement.</summary>
    Settlement,
    /// <summary>The vehicle sold to an LOA customer exercising the purchase option.</summary>
    Sale,
    /// <summary>A contested return line maintained after the final invoice.</summary>
    Supplementary,
    /// <summary>An avoir: negative amounts, for days billed in advance beyond a return or termination, or a waived line.</summary>
    CreditNote,
}

/// <summary>Invoice and credit-note numbers: one gapless series per kind of document and per year (FA-2026-000001, AV-2026-000001).</summary>
public static class InvoiceSeries
{
    public static string Of(InvoiceKind kind) => kind == InvoiceKind.CreditNote ? "AV" : "FA";

    public static string CounterId(InvoiceKind kind, int year) => $"{Of(kind)}-{year:0000}";

    public static string Format(InvoiceKind kind, int year, long number) => $"{Of(kind)}-{year:0000}-{number:000000}";
}
