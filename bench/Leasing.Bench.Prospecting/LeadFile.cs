using System.Globalization;
using System.Text;

namespace Leasing.Bench.Prospecting;

/// <summary>
/// A provider's CSV file of leads, as the import reads it: French header, semicolons, the seed's source mix, five points
/// of sale. One row in a hundred repeats the phone of a row a little earlier (merged by the import), one in two hundred
/// has a mistyped e-mail (refused with its reason). People differ from file to file through <paramref name="batch"/>.
/// </summary>
public static class LeadFile
{
    public static readonly string[] PointsOfSale = ["LYON-1", "LYON-2", "VILLEURBANNE", "BRON", "VENISSIEUX"];

    private static readonly string[] Sources = ["La Centrale", "Le Bon Coin", "Site VO constructeur", "Téléphone", "Passage"];

    public static async Task<(string Path, long Bytes)> WriteAsync(string folder, int rows, int batch)
    {
        var path = Path.Combine(folder, $"leads-{batch}-{rows}.csv");
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(true), 1 << 16);
        await writer.WriteLineAsync("prénom;nom;e-mail;téléphone;source;point de vente;état;financement;budget;marque;modèle;délai;message");
        for (var i = 0; i < rows; i++)
        {
            // 39 % La Centrale, 39 % Le Bon Coin, 8 % manufacturer site, the rest spread over the others (seed 003).
            var bucket = i % 100;
            var source = bucket < 39 ? Sources[0] : bucket < 78 ? Sources[1] : bucket < 86 ? Sources[2] : Sources[3 + bucket % 2];
            var person = i % 100 == 99 ? i - 37 : i; // the same person again, by phone, with another e-mail
            var email = i % 200 == 150 ? $"client{batch}-{i}.example.fr" : $"client{batch}-{i}@example.fr";
            var phone = string.Create(CultureInfo.InvariantCulture, $"06{batch % 10}{person:0000000}");
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Prénom{i % 500};Nom{person};{email};{phone};{source};{PointsOfSale[i % PointsOfSale.Length]};{(i % 3 == 0 ? "neuf" : "occasion")};" +
                $"{(i % 2 == 0 ? "LOA" : "LLD")};{250 + i % 400};Peugeot;{(i % 2 == 0 ? "3008" : "208")};moins de 3 mois;Rappeler après 18 h"));
        }
        return (path, new FileInfo(path).Length);
    }
}
