using Cremona.Dup.Web.Features.Promemoria;
using Cremona.Dup.Web.Infrastructure.Email;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Cremona.Dup.Web.Infrastructure.Impostazioni;

/// <summary>
/// The settings in force, held in memory (the layout shows the ente's name on every page without a query): loaded at
/// start-up and replaced by <see cref="ImpostazioniLoader"/> after every save. A replacement signals the options that
/// depend on it, so <c>IOptionsMonitor&lt;EmailOptions&gt;</c> and <c>&lt;PromemoriaOptions&gt;</c> are rebuilt with the
/// new overrides.
/// </summary>
public sealed class ImpostazioniCorrenti
    : IOptionsChangeTokenSource<EmailOptions>, IOptionsChangeTokenSource<PromemoriaOptions>, IDisposable
{
    private readonly Lock gate = new();
    private ImpostazioniSnapshot corrente = ImpostazioniSnapshot.Predefinite;
    private CancellationTokenSource changed = new();

    public ImpostazioniSnapshot Corrente => Volatile.Read(ref corrente);

    public string Name => Options.DefaultName;

    public void Imposta(ImpostazioniSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        CancellationTokenSource previous;
        lock (gate)
        {
            Volatile.Write(ref corrente, snapshot);
            previous = changed;
            changed = new CancellationTokenSource();
        }
        previous.Cancel();
        previous.Dispose();
    }

    public IChangeToken GetChangeToken()
    {
        lock (gate) return new CancellationChangeToken(changed.Token);
    }

    public void Dispose()
    {
        lock (gate) changed.Dispose();
    }
}
