using System.Threading.Channels;

namespace Cremona.Dup.Web.Infrastructure.Email;

/// <summary>A one-slot channel: any number of signals before the sender wakes up count as one.</summary>
public sealed class EmailOutboxSignal : IEmailOutboxSignal
{
    private readonly Channel<bool> channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Segnala() => channel.Writer.TryWrite(true);

    /// <summary>Returns after <paramref name="timeout"/> or as soon as someone signals, whichever comes first.</summary>
    public async Task AttendiAsync(TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var delay = Task.Delay(timeout, time, wait.Token);
        var signal = channel.Reader.WaitToReadAsync(wait.Token).AsTask();
        await Task.WhenAny(delay, signal);
        await wait.CancelAsync();
        channel.Reader.TryRead(out _);
        ct.ThrowIfCancellationRequested();
    }
}
