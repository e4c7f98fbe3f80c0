using System.Text.Json;

namespace Cremona.Dup.Web.Data.Seeding;

/// <summary>Reads the reviewed Cremona 2019 dataset embedded in the assembly.</summary>
public static class DatasetFiles
{
    public const string Piano = "piano-2019.json";
    public const string Partecipate = "partecipate-2019.json";

    public static PlanDataset LoadPlan() => Load<PlanDataset>(Piano);

    public static PartecipateDataset LoadPartecipate() => Load<PartecipateDataset>(Partecipate);

    private static T Load<T>(string file)
    {
        var assembly = typeof(DatasetFiles).Assembly;
        var name = $"{assembly.GetName().Name}.Dataset.{file}";
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Dataset {file} non incluso nell'applicazione.");
        return JsonSerializer.Deserialize<T>(stream, PlanDataset.JsonOptions)
            ?? throw new InvalidOperationException($"Dataset {file} vuoto.");
    }
}
