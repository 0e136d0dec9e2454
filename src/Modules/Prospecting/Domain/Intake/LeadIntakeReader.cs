using Leasing.Kernel.Validation;
using Leasing.Prospecting.Domain.Duplicates;
using Leasing.Prospecting.Domain.Leads;
using F = Leasing.Prospecting.Domain.Intake.IntakeFields;

namespace Leasing.Prospecting.Domain.Intake;

/// <summary>
/// Turns one row's raw values (keyed by <see cref="IntakeFields"/>) into a <see cref="LeadIntake"/>, or the list of
/// what is wrong with it. All fields are checked so a row is corrected in one go. CSV and ADF both end here.
/// </summary>
public static class LeadIntakeReader
{
    public static ImportRowResult Read(int row, IReadOnlyDictionary<string, string?> values, IntakeRoute route, LeadImportContext context)
    {
        var errors = new FieldErrors();
        string? Text(string field) => values.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        T? Parsed<T>(string field, Func<string, T?> parse, string expected) where T : struct
        {
            if (Text(field) is not { } text) return null;
            var value = parse(text);
            errors.When(value is null, field, $"'{text}' is not {expected}.");
            return value;
        }

        var contact = Contact(Text, errors, Parsed(F.PreferredChannel, IntakeValues.Channel, "a contact channel (téléphone, e-mail, chat, sms, en personne)"));

        var source = Text(F.Source) is { } sourceText ? context.Sources.Find(sourceText) : context.Sources.Find(context.DefaultSourceId);
        if (Text(F.Source) is null && source is null) errors.Add(F.Source, $"'{F.Source}' is required.");
        else if (source is null) errors.Add(F.Source, $"Unknown source '{Text(F.Source)}'.");
        else errors.When(!source.Active, F.Source, $"The source '{source.Name}' is no longer active.");

        var pointOfSale = Text(F.PointOfSale) is { } posText ? context.FindPointOfSale(posText) : context.DefaultPointOfSaleId;
        if (Text(F.PointOfSale) is null && pointOfSale is null) errors.Add(F.PointOfSale, $"'{F.PointOfSale}' is required.");
        else if (pointOfSale is null) errors.Add(F.PointOfSale, $"Unknown point of sale '{Text(F.PointOfSale)}'.");

        var requestedAt = Parsed(F.RequestedAt, IntakeValues.Instant, "a date (2026-03-14T18:55:00+01:00 or 14/03/2026 18:55)");
        var consented = Parsed(F.Consent, IntakeValues.YesNo, "yes or no (oui/non)") ?? false;
        if (source is { ConsentRequired: true } && !consented)
            errors.Add(F.Consent, $"Leads from '{source.Name}' need the person's consent to be contacted.");

        var financing = Parsed(F.Financing, IntakeValues.Financing, "a financing (LLD, LOA, achat)");
        var need = new LeadNeed(
            Parsed(F.Condition, IntakeValues.Condition, "new or used (neuf/occasion)"),
            financing,
            Parsed(F.Budget, IntakeValues.Amount, "a positive amount") is { } amount ? LeadBudget.For(financing, amount) : null,
            Vehicle(Text, Parsed(F.Year, IntakeValues.Year, "a year")),
            Parsed(F.Timeframe, IntakeValues.Timeframe, "a timeframe (immédiat, moins de 3 mois, moins de 6 mois, plus de 6 mois)"),
            TradeIn(Text, Parsed(F.TradeInYear, IntakeValues.Year, "a year"), Parsed(F.TradeInMileageKm, IntakeValues.Kilometres, "a mileage in km")));

        if (errors.Any) return new RejectedRow(row, errors.ToDictionary());
        var consent = consented ? new LeadConsent(true, requestedAt, context.ConsentWording) : LeadConsent.None;
        return new AcceptedRow(row, new LeadIntake(source!.Id, route, pointOfSale!.Value, contact, need, consent,
            Text(F.Message), Text(F.ExternalReference), requestedAt));
    }

    private static LeadContact Contact(Func<string, string?> text, FieldErrors errors, ContactChannel? channel)
    {
        var (email, phone) = (text(F.Email), text(F.Phone));
        var normalisedEmail = EmailAddresses.Normalise(email);
        var normalisedPhone = PhoneNumbers.Normalise(phone);
        errors.When(email is not null && normalisedEmail is null, F.Email, $"'{email}' is not a valid e-mail address.");
        errors.When(phone is not null && normalisedPhone is null, F.Phone, $"'{phone}' is not a valid phone number.");
        if (email is null && phone is null)
        {
            const string unreachable = "An e-mail or a phone number is required to contact the person.";
            errors.Add(F.Email, unreachable).Add(F.Phone, unreachable);
        }

        var company = text(F.CompanyName);
        errors.When(text(F.LastName) is null && company is null, F.LastName, "A last name (or a company name) is required.");
        return new LeadContact(company is null ? PartyKind.Person : PartyKind.Company,
            text(F.FirstName), text(F.LastName), company, normalisedEmail, normalisedPhone, channel);
    }

    private static VehicleOfInterest? Vehicle(Func<string, string?> text, int? year) =>
        text(F.Make) is null && text(F.Model) is null && year is null && text(F.AdReference) is null
            ? null
            : new VehicleOfInterest(text(F.Make), text(F.Model), year, text(F.AdReference));

    private static TradeIn? TradeIn(Func<string, string?> text, int? year, int? mileage) =>
        text(F.TradeInMake) is null && text(F.TradeInModel) is null && year is null && mileage is null
            ? null
            : new TradeIn(text(F.TradeInMake), text(F.TradeInModel), year, mileage);
}
