namespace Cremona.Dup.Web.Features.Importazione;

/// <summary>
/// What an import would do: added, changed (field by field) and retired rows and new responsabili, or the errors that
/// keep it from being applied. <see cref="Importato"/> is the plan read from the file (null with errors).
/// </summary>
public sealed record Anteprima(
    int? Anno,
    IReadOnlyList<ErroreImportazione> Errori,
    IReadOnlyList<VoceAnteprima> Aggiunte,
    IReadOnlyList<VoceModifica> Modifiche,
    IReadOnlyList<VoceAnteprima> Ritiri,
    IReadOnlyList<string> NuoviResponsabili,
    PianoRighe? Importato)
{
    public static Anteprima ConErrori(IReadOnlyList<ErroreImportazione> errori, int? anno = null) =>
        new(anno, errori, [], [], [], [], null);

    public bool Valida => Errori.Count == 0;

    public bool NienteDaFare => Aggiunte.Count == 0 && Modifiche.Count == 0 && Ritiri.Count == 0 && NuoviResponsabili.Count == 0;
}

/// <summary>One row added or retired: its level ("Programma"), key ("1.02") and name.</summary>
public sealed record VoceAnteprima(string Tipo, string Chiave, string Nome);

/// <summary>One changed row: each changed field with its old and new value; <see cref="Ripristino"/> when it was retired.</summary>
public sealed record VoceModifica(string Tipo, string Chiave, string Nome, bool Ripristino, IReadOnlyList<CampoModificato> Campi);

public sealed record CampoModificato(string Campo, string? Prima, string? Dopo);
