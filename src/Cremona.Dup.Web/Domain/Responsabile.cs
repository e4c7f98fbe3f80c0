namespace Cremona.Dup.Web.Domain;

/// <summary>A person named in the plan as responsabile gestionale; decides who may edit an obiettivo.</summary>
public sealed class Responsabile
{
    private Responsabile() { Nome = ""; }

    public Responsabile(string nome)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nome);
        Nome = Texts.CollapseSpaces(nome);
    }

    public int Id { get; private set; }

    /// <summary>Surname and name as printed in the plan, e.g. "Di Girolamo Gabriella".</summary>
    public string Nome { get; private set; }

    public string? Email { get; private set; }

    public void SetEmail(string? email) => Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
}
