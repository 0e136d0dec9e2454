using System.Globalization;
using System.Text;

namespace Leasing.Offers.Domain.ResidualValues;

public sealed record CsvRowError(int Line, string Field, string Message);

/// <summary>
/// The table as CSV for spreadsheets: <c>segment;termMonths;annualMileageKm;percent</c>, semicolon-separated with a
/// decimal comma as French spreadsheets write it; a comma separator and decimal points are read too.
/// </summary>
public static class ResidualValueCsv
{
    public const string Header = "segment;termMonths;annualMileageKm;percent";

    public static string Write(IEnumerable<ResidualValueRate> rates)
    {
        var csv = new StringBuilder().AppendLine(Header);
        foreach (var rate in rates)
            csv.Append(rate.Segment).Append(';').Append(rate.TermMonths).Append(';').Append(rate.AnnualMileageKm).Append(';')
                .AppendLine(rate.Percent.ToString("0.##", CultureInfo.GetCultureInfo("fr-FR")));
        return csv.ToString();
    }

    /// <summary>Every row is checked; the table is only usable when there is no error at all.</summary>
    public static (IReadOnlyList<ResidualValueRate> Rates, IReadOnlyList<CsvRowError> Errors) Read(string text)
    {
        var rates = new List<ResidualValueRate>();
        var errors = new List<CsvRowError>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var separator = lines.Length > 0 && lines[0].Contains(';') ? ';' : ',';
        for (var index = 1; index < lines.Length; index++)
        {
            var line = lines[index].Trim();
            if (line.Length == 0) continue;
            var number = index + 1;
            var cells = line.Split(separator).Select(c => c.Trim().Trim('"')).ToArray();
            if (cells.Length != 4) { errors.Add(new(number, "row", $"Expected 4 columns ({Header}), found {cells.Length}.")); continue; }

            var before = errors.Count;
            if (cells[0].Length is 0 or > 20) errors.Add(new(number, "segment", "A segment code of 1 to 20 characters is required."));
            if (!int.TryParse(cells[1], out var term) || term is < 12 or > 84) errors.Add(new(number, "termMonths", "A term between 12 and 84 months."));
            if (!int.TryParse(cells[2].Replace(" ", ""), out var mileage) || mileage is < 0 or > 200_000) errors.Add(new(number, "annualMileageKm", "A yearly mileage between 0 and 200 000 km."));
            if (!TryPercent(cells[3], out var percent) || percent is <= 0m or >= 100m) errors.Add(new(number, "percent", "A percentage above 0 and below 100."));
            if (errors.Count > before) continue;

            var rate = new ResidualValueRate(cells[0], term, mileage, percent);
            if (rates.Any(r => r.Key == rate.Key)) errors.Add(new(number, "row", $"The point {cells[0]} / {term} months / {mileage} km appears twice."));
            else rates.Add(rate);
        }
        if (rates.Count == 0 && errors.Count == 0) errors.Add(new(1, "file", $"No rates: the file must start with the header {Header}."));
        return (rates, errors);
    }

    private static bool TryPercent(string text, out decimal percent) =>
        decimal.TryParse(text.Replace(',', '.').Replace("%", "").Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out percent);
}
