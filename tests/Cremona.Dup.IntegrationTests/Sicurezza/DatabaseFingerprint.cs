using System.Text;
using Cremona.Dup.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cremona.Dup.IntegrationTests.Sicurezza;

/// <summary>
/// Everything a refused request could have changed, as one string: the version of every edited row (renewed by every
/// domain change), the texts of the rounds, accounts' stamps, notifications read, audit and outbox counts.
/// </summary>
public static class DatabaseFingerprint
{
    public static Task<string> FingerprintAsync(this DupAppFactory app) => app.InDbAsync(async db =>
    {
        var text = new StringBuilder();
        void Add<T>(string name, IEnumerable<T> values) => text.Append(name).Append(':').AppendJoin(',', values).Append('\n');
        Add("piano", await db.Piano.Select(p => p.Version).ToListAsync());
        Add("missioni", await db.Missioni.OrderBy(x => x.Id).Select(x => x.Version).ToListAsync());
        Add("programmi", await db.Programmi.OrderBy(x => x.Id).Select(x => x.Version).ToListAsync());
        Add("strategici", await db.ObiettiviStrategici.OrderBy(x => x.Id).Select(x => x.Version).ToListAsync());
        Add("operativi", await db.ObiettiviOperativi.OrderBy(x => x.Id).Select(x => x.Version).ToListAsync());
        Add("indicatori", await db.Indicatori.OrderBy(x => x.Id).Select(x => x.Version).ToListAsync());
        Add("valori", new[] { await db.IndicatoriValori.CountAsync() });
        Add("rilevazioni", await db.Rilevazioni.OrderBy(x => x.Id).Select(x => x.Version + "/" + x.Stato).ToListAsync());
        Add("ro", await db.RilevazioniObiettivi.OrderBy(x => x.Id)
            .Select(x => x.Version + "/" + x.Stato + "/" + x.StatoAttuazione + "/" + x.AzioniCorrettive).ToListAsync());
        Add("valoriRilevazioni", new[] { await db.ValoriRilevazioni.CountAsync() });
        Add("impostazioni", await db.ImpostazioniApplicazione.Select(x => x.Version).ToListAsync());
        Add("soglie", await db.ImpostazioniIndicatori.Select(x => x.Version).ToListAsync());
        Add("utenti", await db.Users.OrderBy(u => u.Id)
            .Select(u => u.UserName + "/" + u.ConcurrencyStamp + "/" + u.SecurityStamp + "/" + u.Attivo).ToListAsync());
        Add("referenti", new[] { await db.Referenti.CountAsync() });
        Add("notifiche", await db.Notifiche.OrderBy(n => n.Id).Select(n => n.Id + "/" + n.LettaAtUtc).ToListAsync());
        Add("audit", new[] { await db.Audit.CountAsync() });
        Add("email", new[] { await db.EmailInUscita.CountAsync() });
        Add("solleciti", new[] { await db.SollecitiInviati.CountAsync() });
        return text.ToString();
    });
}
