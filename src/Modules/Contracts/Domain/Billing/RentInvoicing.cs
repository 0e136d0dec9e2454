namespace Leasing.Contracts.Domain.Billing;

/// <summary>
/// The lines of a monthly rent invoice: rent and services for the period, prorated to the day when the period is not a
/// whole month; the first invoice also carries the first payment (premier loyer majoré) and the delivery fee.
/// </summary>
public static class RentInvoicing
{
    /// <param name="dated">
    /// Whether a whole month's lines name their dates: an invoice of one month has them in its header; a line of an
    /// invoice spanning several months (a final or settlement invoice) needs them.
    /// </param>
    public static IReadOnlyList<InvoiceLine> LinesFor(BillingAccount account, BillingPeriod period, bool dated = false)
    {
        var rent = account.RentOn(period.Start);
        var lines = new List<InvoiceLine>(4);
        var span = period.IsWholeMonth
            ? dated ? $" {period.Start:dd/MM/yyyy} – {period.End:dd/MM/yyyy}" : ""
            : $" {period.Start:dd/MM/yyyy} – {period.End:dd/MM/yyyy}, prorata {period.Days}/{period.DaysInMonth} j";
        lines.Add(new InvoiceLine(InvoiceLineKind.Rent, $"Loyer financier{span}",
            VatAmounts.FromQuoted(period.Prorate(rent.RentQuoted), account.Basis), Quantity: period.IsWholeMonth ? 1m : period.Days,
            UnitPrice: rent.RentQuoted));
        if (rent.ServicesQuoted > 0m)
            lines.Add(new InvoiceLine(InvoiceLineKind.Services, $"Prestations incluses{span}",
                VatAmounts.FromQuoted(period.Prorate(rent.ServicesQuoted), account.Basis), UnitPrice: rent.ServicesQuoted));
        if (period.Start == account.StartsOn)
        {
            if (account.FirstPaymentQuoted > 0m)
                lines.Add(new InvoiceLine(InvoiceLineKind.FirstPayment, "Premier loyer majoré (apport)",
                    VatAmounts.FromQuoted(account.FirstPaymentQuoted, account.Basis)));
            if (account.DeliveryFeeExcludingVat > 0m)
                lines.Add(new InvoiceLine(InvoiceLineKind.DeliveryFee, "Frais de livraison", VatAmounts.FromExcludingVat(account.DeliveryFeeExcludingVat)));
        }
        return lines;
    }

    /// <summary>
    /// Rent and services for days not yet billed at the end of the contract (return, termination, sale): from
    /// <paramref name="from"/> to <paramref name="to"/>, each month prorated; empty when nothing is left to bill.
    /// </summary>
    public static IReadOnlyList<InvoiceLine> RemainingDays(BillingAccount account, DateOnly from, DateOnly to) =>
        from > to ? [] : BillingPeriod.Between(from, to).SelectMany(period => LinesFor(account with { StartsOn = null }, period, dated: true)).ToList();

    /// <summary>
    /// A credit for the days after <paramref name="lastDay"/> already billed up to <paramref name="billedThrough"/>
    /// (an invoice billed in advance for a month the vehicle left mid-way): the same proration, negative.
    /// </summary>
    public static IReadOnlyList<InvoiceLine> CreditFor(BillingAccount account, DateOnly lastDay, DateOnly billedThrough) =>
        lastDay >= billedThrough ? []
            : BillingPeriod.Between(lastDay.AddDays(1), billedThrough)
                .SelectMany(period => LinesFor(account with { StartsOn = null }, period, dated: true))
                .Select(line => line with { Kind = InvoiceLineKind.RentCredit, Label = "Avoir " + line.Label, Amounts = line.Amounts.Negate() })
                .ToList();
}
