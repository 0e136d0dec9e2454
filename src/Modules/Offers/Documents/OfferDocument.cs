using System.Globalization;
using System.Text;
using Leasing.Kernel.Monetary;
using Leasing.Offers.Domain.Pricing;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using AddedFont = UglyToad.PdfPig.Writer.PdfDocumentBuilder.AddedFont;

namespace Leasing.Offers.Documents;

/// <summary>
/// The offer (devis) handed to the customer, as an A4 PDF in French: header, customer and vehicle, the
/// "pavé financier" in HT and TTC, for an LOA the consumer's pre-contract information and withdrawal period,
/// then the amortisation schedule, continued over as many pages as it needs with its header row repeated.
/// Written with PdfPig's <see cref="PdfDocumentBuilder"/> (Apache-2.0).
/// </summary>
public static class OfferDocument
{
    public const string Brand = "Leasing";
    public const string Currency = Money.Euro;

    /// <exception cref="ArgumentException">The model's parts do not describe one offer.</exception>
    /// <exception cref="InvalidOperationException">No usable font is installed (the message names the package).</exception>
    public static byte[] Render(OfferDocumentModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        model.ThrowIfInconsistent();
        var fonts = OfferFonts.Resolve();

        using var document = new PdfDocumentBuilder();
        document.DocumentInformation.Title = $"{Title(model.Request.Product)} n° {model.QuoteNumber}";
        document.DocumentInformation.Author = Brand;
        document.DocumentInformation.Subject = model.CustomerName;

        new OfferPdfWriter(document, model, fonts).Write();
        return document.Build();
    }

    public static string Title(LeaseProduct product) => product switch
    {
        LeaseProduct.Loa => "Offre de location avec option d'achat",
        _ => "Offre de location longue durée",
    };
}

/// <summary>
/// Lays the offer out top to bottom, opening a new page whenever a block would not fit. Coordinates are
/// measured from the top of the page (y grows downwards) and turned into PDF coordinates when drawn.
/// </summary>
internal sealed class OfferPdfWriter
{
    private static readonly CultureInfo French = MoneyFormat.French;

    private const double MarginX = 42;
    private const double Top = 40;
    private const double FooterTop = 806;
    private const double Bottom = 790;

    /// <summary>Height of the font's ascender as a fraction of its size (DejaVu Sans 0.93, Liberation Sans 0.91).</summary>
    private const double Ascent = 0.92;

    private static readonly Color Accent = new(0x1F, 0x3A, 0x5F);
    private static readonly Color Shade = new(0xEE, 0xF2, 0xF7);
    private static readonly Color Rule = new(0xB8, 0xC2, 0xCE);
    private static readonly Color Black = new(0, 0, 0);
    private static readonly Color White = new(0xFF, 0xFF, 0xFF);
    private static readonly Color DimGray = new(0x69, 0x69, 0x69);

    private readonly PdfDocumentBuilder _document;
    private readonly OfferDocumentModel _model;
    private readonly PricingRequest _request;
    private readonly PricingResult _result;
    private readonly bool _narrowSpace;
    private readonly List<PdfPageBuilder> _pages = [];

    /// <summary>Advance width of each character at size 1, per face; null when the face has no glyph for it.</summary>
    private readonly Dictionary<(AddedFont Face, char Character), double?> _advances = [];

    private readonly Font _brand;
    private readonly Font _title;
    private readonly Font _heading;
    private readonly Font _regular;
    private readonly Font _bold;
    private readonly Font _small;
    private readonly Font _smallBold;

    private PdfPageBuilder? _page;
    private double _y;

    public OfferPdfWriter(PdfDocumentBuilder document, OfferDocumentModel model, SystemFontResolver fonts)
    {
        _document = document;
        _model = model;
        _request = model.Request;
        _result = model.Result;
        _narrowSpace = fonts.HasNarrowNoBreakSpace;

        // Embedded (subset) TrueType: PdfPig 0.1.16 writes its standard-14 fonts with StandardEncoding only,
        // which has no é, à, ç nor €, so French text needs an embedded font.
        var regular = document.AddTrueTypeFont(fonts.GetFont(bold: false));
        var bold = fonts.HasBold ? document.AddTrueTypeFont(fonts.GetFont(bold: true)) : regular;
        _brand = new Font(bold, 20);
        _title = new Font(bold, 14);
        _heading = new Font(bold, 11);
        _regular = new Font(regular, 9);
        _bold = new Font(bold, 9);
        _small = new Font(regular, 7.5);
        _smallBold = new Font(bold, 7.5);
    }

    private PdfPageBuilder Page => _page ?? throw new InvalidOperationException("No page open.");

    private double PageHeight => Page.PageSize.Height;

    private double Width => Page.PageSize.Width - 2 * MarginX;

    public void Write()
    {
        NewPage();
        Parties();
        PricingTable();
        if (_model.ConsumerInformation is { } information)
            ConsumerInformation(information);
        Schedule();
        Footers();
    }

    // ---- pages ----------------------------------------------------------------------------------

    private void NewPage()
    {
        _page = _document.AddPage(PageSize.A4);
        _pages.Add(_page);
        _y = Top;
        if (_pages.Count == 1)
            FirstPageHeader();
        else
            ContinuationHeader();
    }

    private void Ensure(double height)
    {
        if (_y + height > Bottom)
            NewPage();
    }

    private void FirstPageHeader()
    {
        var left = MarginX;
        var right = MarginX + Width;
        Text(OfferDocument.Brand, _brand, left, _y, 200, Align.Left, Accent);
        var dateColumn = 220.0;
        Text($"Devis n° {_model.QuoteNumber}", _bold, right - dateColumn, _y, dateColumn, Align.Right);
        Text($"Date d'émission : {Date(_model.IssueDate)}", _regular, right - dateColumn, _y + 13, dateColumn, Align.Right);
        Text($"Offre valable jusqu'au {Date(_model.ValidUntil)}", _regular, right - dateColumn, _y + 25, dateColumn, Align.Right);
        _y += 40;
        Text(OfferDocument.Title(_request.Product), _title, left, _y, Width, Align.Left, Accent);
        _y += 22;
        Line(left, _y, right, _y, 1.2, Accent);
        _y += 12;
    }

    private void ContinuationHeader()
    {
        Text(OfferDocument.Brand, _heading, MarginX, _y, 100, Align.Left, Accent);
        Text($"{OfferDocument.Title(_request.Product)} — devis n° {_model.QuoteNumber}", _regular,
            MarginX + 100, _y + 2, Width - 100, Align.Right);
        _y += 18;
        Line(MarginX, _y, MarginX + Width, _y, 0.8, Accent);
        _y += 12;
    }

    private void Footers()
    {
        var count = _pages.Count;
        for (var i = 0; i < count; i++)
        {
            _page = _pages[i];
            Line(MarginX, FooterTop, MarginX + Width, FooterTop, 0.5, Rule);
            var left = $"{OfferDocument.Brand} — devis n° {_model.QuoteNumber} du {Date(_model.IssueDate)} — " +
                       "offre sous réserve d'acceptation du dossier de financement";
            Text(Fit(left, _small, Width - 80), _small, MarginX, FooterTop + 5, Width - 80, Align.Left, DimGray);
            Text($"Page {i + 1} / {count}", _small, MarginX + Width - 80, FooterTop + 5, 80, Align.Right, DimGray);
        }
    }

    // ---- sections -------------------------------------------------------------------------------

    private void Parties()
    {
        const double boxHeight = 66;
        var gap = 14.0;
        var boxWidth = (Width - gap) / 2;
        Ensure(boxHeight + 14);

        Box(MarginX, _y, boxWidth, boxHeight, "Client",
        [
            ("Nom", _model.CustomerName),
            ("Type de client", CustomerTypeLabel(_model.CustomerType)),
            ("Conseiller", _model.AdvisorName),
        ]);
        Box(MarginX + boxWidth + gap, _y, boxWidth, boxHeight, "Véhicule",
        [
            ("Marque", _model.Vehicle.Make),
            ("Modèle", _model.Vehicle.Model),
            ("Version", _model.Vehicle.Version),
        ]);
        _y += boxHeight + 16;
    }

    private void Box(double x, double y, double width, double height, string title, (string Label, string Value)[] lines)
    {
        Rectangle(x, y, width, height, Shade, Rule, 0.7);
        Text(title, _bold, x + 8, y + 6, width - 16, Align.Left, Accent);
        var lineY = y + 21;
        const double labelWidth = 78;
        foreach (var (label, value) in lines)
        {
            Text(label, _regular, x + 8, lineY, labelWidth, Align.Left, DimGray);
            Text(Fit(value, _regular, width - 16 - labelWidth), _regular, x + 8 + labelWidth, lineY, width - 16 - labelWidth, Align.Left);
            lineY += 13;
        }
    }

    private void PricingTable()
    {
        var rows = PricingRows();
        const double rowHeight = 14;
        Ensure(24 + 18 + rows.Count * rowHeight + 24);

        Heading("Pavé financier");

        var amountWidth = 110.0;
        var ttcX = MarginX + Width - amountWidth;
        var htX = ttcX - amountWidth;
        var labelWidth = htX - MarginX - 6;
        var quoted = _result.QuotedBasis;

        Rectangle(MarginX, _y, Width, 18, Accent);
        Text("Éléments de l'offre", _bold, MarginX + 6, _y + 4, labelWidth, Align.Left, White);
        Text(quoted == VatBasis.ExcludingVat ? "HT (base du devis)" : "HT", _bold, htX, _y + 4, amountWidth - 6, Align.Right, White);
        Text(quoted == VatBasis.IncludingVat ? "TTC (base du devis)" : "TTC", _bold, ttcX, _y + 4, amountWidth - 6, Align.Right, White);
        _y += 18;

        var index = 0;
        foreach (var row in rows)
        {
            if (index++ % 2 == 1)
                Rectangle(MarginX, _y, Width, rowHeight, Shade);
            var font = row.Strong ? _bold : _regular;
            Text(Fit(row.Label, font, labelWidth), font, MarginX + 6, _y + 3, labelWidth, Align.Left);
            if (row.Single is { } single)
            {
                Text(single, font, htX, _y + 3, 2 * amountWidth - 6, Align.Right);
            }
            else
            {
                Text(row.ExcludingVat ?? "", font, htX, _y + 3, amountWidth - 6, Align.Right);
                Text(row.IncludingVat ?? "", font, ttcX, _y + 3, amountWidth - 6, Align.Right);
            }
            _y += rowHeight;
        }
        Line(MarginX, _y, MarginX + Width, _y, 0.7, Rule);
        _y += 4;
        Text($"TVA {Percent(Vat.Rate * 100m)}. Montants en euros ; le devis est établi {(quoted == VatBasis.IncludingVat ? "TTC" : "HT")} " +
             $"({CustomerTypeLabel(_result.CustomerType).ToLowerInvariant()}).", _small, MarginX, _y, Width, Align.Left, DimGray);
        _y += 20;
    }

    private sealed record PricingRow(string Label, string? ExcludingVat, string? IncludingVat, string? Single = null, bool Strong = false);

    private List<PricingRow> PricingRows()
    {
        var ht = _result.ExcludingVat;
        var ttc = _result.IncludingVat;
        PricingRow Amounts(string label, decimal excluding, decimal including, bool strong = false) =>
            new(label, Money(excluding), Money(including), Strong: strong);
        PricingRow Converted(string label, decimal quotedAmount) =>
            Amounts(label, ToBasis(quotedAmount, VatBasis.ExcludingVat), ToBasis(quotedAmount, VatBasis.IncludingVat));
        PricingRow Single(string label, string value, bool strong = false) => new(label, null, null, value, strong);

        var loa = _request.Product == LeaseProduct.Loa;
        var rows = new List<PricingRow>
        {
            Amounts("Valeur d'immobilisation (prix du véhicule)", ht.VehiclePrice, ttc.VehiclePrice),
            Amounts("Premier loyer (apport)", ht.FirstPayment, ttc.FirstPayment),
            Converted(loa ? "Valeur résiduelle (prix de levée de l'option)" : "Valeur résiduelle", MoneyRounding.ToCent(_request.ResidualValue)),
            Converted("Montant financé", _result.AmountFinanced),
            Single("Durée", $"{_request.TermMonths} mois"),
            Single("Taux annuel (assurance incluse)", Percent(_request.AnnualRatePercent)),
            Amounts("Loyer mensuel", ht.MonthlyRent, ttc.MonthlyRent),
            Amounts("Prestations incluses (par mois)", ht.MonthlyServiceCharge, ttc.MonthlyServiceCharge),
        };
        foreach (var service in _result.Services)
        {
            var rate = service.Basis == ServiceBasis.PerKm
                ? $"{service.Rate.ToString("0.00##", French)}\u00A0€/km"
                : "forfait mensuel";
            rows.Add(Converted($"    dont {service.Name} ({rate})", service.MonthlyCharge));
        }
        rows.Add(Amounts("Total mensuel (loyer + prestations)", ht.MonthlyTotal, ttc.MonthlyTotal, strong: true));
        rows.Add(Single("Nombre de loyers", _result.NumberOfPayments.ToString(French)));
        rows.Add(Single("Paiement des loyers", _request.PaymentTiming == PaymentTiming.Advance ? "terme à échoir" : "terme échu"));
        rows.Add(Amounts("Coût total", ht.TotalCost, ttc.TotalCost, strong: true));
        if (loa && ht.TotalCostIfOptionExercised is { } htWithOption && ttc.TotalCostIfOptionExercised is { } ttcWithOption)
            rows.Add(Amounts("Coût total avec levée de l'option", htWithOption, ttcWithOption));
        rows.Add(Single("Kilométrage contractuel",
            $"{Integer(_request.AnnualMileageKm)} km/an, {Integer(_result.ContractMileageKm)} km au total"));
        rows.Add(Amounts("Prix du kilomètre supplémentaire", ht.ExcessKmPrice, ttc.ExcessKmPrice));
        return rows;
    }

    private void ConsumerInformation(LoaConsumerInformation information)
    {
        var lines = new (string Label, string Value)[]
        {
            ("Prix au comptant du véhicule", Money(information.CashPrice)),
            ("Nombre de loyers", information.NumberOfRents.ToString(French)),
            ("Montant des loyers (prestations incluses)", Money(information.RentAmount)),
            ("Périodicité des loyers", PeriodicityLabel(information.Periodicity)),
            ("Premier loyer", Money(information.FirstPayment)),
            ("Prix de levée de l'option d'achat", Money(information.PurchaseOptionPrice)),
            ("Coût total sans levée de l'option", Money(information.TotalCostWithoutOption)),
            ("Coût total avec levée de l'option", Money(information.TotalCostWithOption)),
        };
        const double lineHeight = 13;
        var withdrawal = Wrap(
            "Délai de rétractation : vous disposez d'un délai de 14 jours calendaires à compter de l'acceptation de l'offre " +
            "pour revenir sur votre engagement, sans avoir à vous justifier.",
            _regular, Width - 20);
        var height = 24 + lines.Length * lineHeight + 16 + withdrawal.Count * 12 + 8;
        Ensure(height + 12);

        var top = _y;
        Rectangle(MarginX, top, Width, height, Shade, Accent, 1);
        Text("Informations précontractuelles — location avec option d'achat", _heading, MarginX + 10, top + 7, Width - 20, Align.Left, Accent);
        var y = top + 26;
        var valueWidth = 150.0;
        foreach (var (label, value) in lines)
        {
            Text(label, _regular, MarginX + 10, y, Width - 20 - valueWidth, Align.Left);
            Text(value, _bold, MarginX + Width - 10 - valueWidth, y, valueWidth, Align.Right);
            y += lineHeight;
        }
        Text("Montants TTC.", _small, MarginX + 10, y + 1, Width - 20, Align.Left, DimGray);
        y += 15;
        foreach (var line in withdrawal)
        {
            Text(line, _regular, MarginX + 10, y, Width - 20, Align.Left);
            y += 12;
        }
        _y = top + height + 16;
    }

    private static readonly string[] ScheduleColumns =
        ["Mois", "Capital restant dû (début)", "Intérêts", "Capital amorti", "Capital restant dû (fin)"];

    private void Schedule()
    {
        var rows = _result.Schedule.Rows;
        const double rowHeight = 12.5;
        const double headerHeight = 16;
        // The heading, the note and the column header stay with at least ten rows (or the whole table when
        // shorter); a table that would fit on a page of its own starts on one rather than being split.
        const double lead = 20 + 24 + headerHeight;
        var fitsHere = (int)Math.Floor((Bottom - _y - lead) / rowHeight);
        var fitsOnFreshPage = (int)Math.Floor((Bottom - Top - 30 - lead) / rowHeight);
        if (fitsHere < rows.Count && (fitsHere < 10 || rows.Count <= fitsOnFreshPage))
            NewPage();

        Heading("Tableau d'amortissement");
        var payment = rows.Count > 0 ? rows[0].Payment : 0m;
        var basis = _result.QuotedBasis == VatBasis.IncludingVat ? "TTC" : "HT";
        var note = Wrap(
            $"Loyer financier de {Money(payment)} hors prestations, au taux annuel de {Percent(_request.AnnualRatePercent)}, " +
            $"payable à {(_request.PaymentTiming == PaymentTiming.Advance ? "terme à échoir" : "terme échu")} ; " +
            $"le capital est amorti jusqu'à la valeur résiduelle. Montants {basis}.",
            _small, Width);
        foreach (var line in note)
        {
            Text(line, _small, MarginX, _y, Width, Align.Left, DimGray);
            _y += 10;
        }
        _y += 4;

        var columnWidths = new[] { 50.0, (Width - 50) / 4, (Width - 50) / 4, (Width - 50) / 4, (Width - 50) / 4 };
        ScheduleHeader(columnWidths, headerHeight);
        for (var i = 0; i < rows.Count; i++)
        {
            if (_y + rowHeight > Bottom)
            {
                NewPage();
                Text("Tableau d'amortissement (suite)", _heading, MarginX, _y, Width, Align.Left, Accent);
                _y += 20;
                ScheduleHeader(columnWidths, headerHeight);
            }
            var row = rows[i];
            if (i % 2 == 1)
                Rectangle(MarginX, _y, Width, rowHeight, Shade);
            var cells = new[]
            {
                row.Month.ToString(French), Money(row.OpeningBalance), Money(row.Interest), Money(row.Principal), Money(row.ClosingBalance),
            };
            var x = MarginX;
            for (var c = 0; c < cells.Length; c++)
            {
                Text(cells[c], _small, x + 4, _y + 2.5, columnWidths[c] - 8, c == 0 ? Align.Center : Align.Right);
                x += columnWidths[c];
            }
            _y += rowHeight;
        }
        Line(MarginX, _y, MarginX + Width, _y, 0.7, Rule);
        _y += 6;
    }

    private void ScheduleHeader(double[] columnWidths, double height)
    {
        Rectangle(MarginX, _y, Width, height, Accent);
        var x = MarginX;
        for (var c = 0; c < ScheduleColumns.Length; c++)
        {
            Text(ScheduleColumns[c], _smallBold, x + 4, _y + 4, columnWidths[c] - 8, c == 0 ? Align.Center : Align.Right, White);
            x += columnWidths[c];
        }
        _y += height;
    }

    private void Heading(string text)
    {
        Text(text, _heading, MarginX, _y, Width, Align.Left, Accent);
        _y += 20;
    }

    // ---- drawing (top-down coordinates) ---------------------------------------------------------

    private enum Align { Left, Right, Center }

    private readonly record struct Color(byte R, byte G, byte B);

    private sealed record Font(AddedFont Face, double Size);

    /// <summary>Draws one line of text in the box (x, y, width) whose top is y, aligned horizontally in it.</summary>
    private void Text(string text, Font font, double x, double y, double width, Align align, Color? color = null)
    {
        text = Printable(text, font);
        if (text.Length == 0)
            return;
        var start = align switch
        {
            Align.Right => x + width - Measure(text, font),
            Align.Center => x + (width - Measure(text, font)) / 2,
            _ => x,
        };
        var (r, g, b) = color ?? Black;
        Page.SetTextAndFillColor(r, g, b);
        Page.AddText(text, font.Size, new PdfPoint(start, PageHeight - (y + Ascent * font.Size)), font.Face);
    }

    /// <summary>A rectangle whose top-left corner is (x, y), filled, and outlined when an outline is given.</summary>
    private void Rectangle(double x, double y, double width, double height, Color fill, Color? outline = null, double outlineWidth = 0)
    {
        // PdfPig fills and strokes together: a fill-only rectangle gets a hairline outline of its own colour.
        var stroke = outline ?? fill;
        Page.SetStrokeColor(stroke.R, stroke.G, stroke.B);
        Page.SetTextAndFillColor(fill.R, fill.G, fill.B);
        Page.DrawRectangle(new PdfPoint(x, PageHeight - (y + height)), width, height, outline is null ? 0 : outlineWidth, fill: true);
    }

    private void Line(double x1, double y1, double x2, double y2, double width, Color color)
    {
        Page.SetStrokeColor(color.R, color.G, color.B);
        Page.DrawLine(new PdfPoint(x1, PageHeight - y1), new PdfPoint(x2, PageHeight - y2), width);
    }

    /// <summary>
    /// The text as the face can draw it: PdfPig refuses characters the font has no glyph for. The narrow
    /// no-break space (U+202F, fr-FR's group separator) becomes a no-break space (U+00A0) when the family lacks
    /// it (Liberation Sans); any other missing character, and anything outside the BMP, becomes '?'; control
    /// characters become spaces.
    /// </summary>
    private string Printable(string text, Font font)
    {
        if (!_narrowSpace)
            text = text.Replace('\u202F', '\u00A0');
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            char? replacement = char.IsControl(c) ? ' '
                : char.IsHighSurrogate(c) || char.IsLowSurrogate(c) ? '?'
                : Advance(font.Face, c) is null ? '?'
                : null;
            if (replacement is null)
            {
                builder?.Append(c);
                continue;
            }
            builder ??= new StringBuilder(text, 0, i, text.Length);
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++; // one '?' for the whole pair
            builder.Append(replacement.Value);
        }
        return builder?.ToString() ?? text;
    }

    /// <summary>Width of printable text (see <see cref="Printable"/>) in points.</summary>
    private double Measure(string text, Font font)
    {
        var width = 0.0;
        foreach (var c in text)
            width += Advance(font.Face, c) ?? 0;
        return width * font.Size;
    }

    private double? Advance(AddedFont face, char c)
    {
        if (_advances.TryGetValue((face, c), out var known))
            return known;
        double? advance;
        try
        {
            var letters = Page.MeasureText(c.ToString(), 1, new PdfPoint(0, 0), face);
            advance = letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
        }
        catch (InvalidOperationException)
        {
            advance = null; // "The font does not contain a character"
        }
        _advances[(face, c)] = advance;
        return advance;
    }

    private string Fit(string text, Font font, double width)
    {
        text = Printable(text, font);
        if (Measure(text, font) <= width)
            return text;
        const string ellipsis = "…";
        var length = text.Length;
        while (length > 0 && Measure(text[..length] + ellipsis, font) > width)
            length--;
        return text[..length].TrimEnd() + ellipsis;
    }

    private List<string> Wrap(string text, Font font, double width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in Printable(text, font).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && Measure(candidate, font) > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }
        if (current.Length > 0)
            lines.Add(current);
        return lines;
    }

    // ---- formats (fr-FR) ------------------------------------------------------------------------

    private static string Money(decimal amount) => MoneyFormat.Format(amount, OfferDocument.Currency, French);

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", French);

    private static string Percent(decimal percent) => percent.ToString("N2", French) + "\u00A0%";

    private static string Integer(decimal value) => value.ToString("N0", French);

    private decimal ToBasis(decimal quotedAmount, VatBasis target) => Vat.Convert(quotedAmount, _result.QuotedBasis, target);

    private static string CustomerTypeLabel(CustomerType type) => type switch
    {
        CustomerType.Business => "Professionnel",
        _ => "Particulier",
    };

    private static string PeriodicityLabel(string periodicity) => periodicity switch
    {
        LoaConsumerInformation.Monthly => "mensuelle",
        _ => periodicity,
    };
}
