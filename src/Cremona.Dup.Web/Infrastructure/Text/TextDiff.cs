using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace Cremona.Dup.Web.Infrastructure.Text;

public enum DiffKind
{
    Equal,
    Deleted,
    Inserted,
}

/// <summary>A run of text that both versions share, or that only the old (deleted) or the new (inserted) one has.</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);

/// <param name="Segments">In reading order; the equal and deleted texts give the old version, the equal and inserted the new.</param>
/// <param name="Approssimato">
/// The changed part was too large to compare word by word within the limits, so it is shown as replaced as a whole.
/// </param>
public sealed record DiffResult(IReadOnlyList<DiffSegment> Segments, bool Approssimato)
{
    public bool HasChanges => Segments.Any(s => s.Kind != DiffKind.Equal);
}

/// <summary>
/// Word-level differences between two versions of a text (Myers' algorithm on tokens: words, runs of white space,
/// single punctuation marks), for the history pages. The work is bounded: the common start and end are set aside first,
/// and when what remains has more than <see cref="MaxTokens"/> tokens a side or needs more than <see cref="MaxEdits"/>
/// insertions and deletions, it is reported as replaced as a whole (<see cref="DiffResult.Approssimato"/>).
/// </summary>
public static class TextDiff
{
    /// <summary>Tokens per side of the changed part above which no word-by-word comparison is tried.</summary>
    public const int MaxTokens = 12_000;

    /// <summary>Insertions plus deletions (tokens) above which the comparison stops; time and memory grow with it.</summary>
    public const int MaxEdits = 500;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static DiffResult Compute(string? before, string? after)
    {
        before ??= "";
        after ??= "";
        if (string.Equals(before, after, StringComparison.Ordinal))
            return new DiffResult(before.Length == 0 ? [] : [new DiffSegment(DiffKind.Equal, before)], false);
        if (before.Length == 0) return new DiffResult([new DiffSegment(DiffKind.Inserted, after)], false);
        if (after.Length == 0) return new DiffResult([new DiffSegment(DiffKind.Deleted, before)], false);

        var a = Tokenize(before);
        var b = Tokenize(after);
        var start = 0;
        while (start < a.Count && start < b.Count && string.Equals(a[start], b[start], StringComparison.Ordinal)) start++;
        var endA = a.Count;
        var endB = b.Count;
        while (endA > start && endB > start && string.Equals(a[endA - 1], b[endB - 1], StringComparison.Ordinal))
        {
            endA--;
            endB--;
        }

        var ops = new List<(DiffKind Kind, string Token)>(a.Count + b.Count);
        for (var i = 0; i < start; i++) ops.Add((DiffKind.Equal, a[i]));
        var approssimato = !TryMyers(a, start, endA, b, start, endB, ops);
        if (approssimato)
        {
            for (var i = start; i < endA; i++) ops.Add((DiffKind.Deleted, a[i]));
            for (var i = start; i < endB; i++) ops.Add((DiffKind.Inserted, b[i]));
        }
        for (var i = endA; i < a.Count; i++) ops.Add((DiffKind.Equal, a[i]));
        return new DiffResult(Readable(ops), approssimato);
    }

    /// <summary>Words (letters, digits and their accents), runs of white space, and every other character on its own.</summary>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var kind = KindAt(text, i);
            i += Width(text, i);
            if (kind != TokenKind.Other)
            {
                while (i < text.Length && KindAt(text, i) == kind) i += Width(text, i);
            }
            tokens.Add(text[start..i]);
        }
        return tokens;
    }

    /// <summary>
    /// The segments as HTML: every text encoded; deletions in <c>&lt;del&gt;</c> and insertions in <c>&lt;ins&gt;</c>, each
    /// with a visually hidden cue for screen readers. Keep white space visible with CSS (<c>white-space: pre-wrap</c>).
    /// </summary>
    public static HtmlString ToHtml(IEnumerable<DiffSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var html = new StringBuilder();
        foreach (var segment in segments)
        {
            var text = Encoder.Encode(segment.Text);
            _ = segment.Kind switch
            {
                DiffKind.Deleted => html.Append("<del><span class=\"visually-hidden\">testo rimosso: </span>").Append(text).Append("</del>"),
                DiffKind.Inserted => html.Append("<ins><span class=\"visually-hidden\">testo aggiunto: </span>").Append(text).Append("</ins>"),
                _ => html.Append(text),
            };
        }
        return new HtmlString(html.ToString());
    }

    /// <summary>
    /// Myers' O(ND) shortest edit script between a[startA..endA) and b[startB..endB), appended to <paramref name="ops"/>;
    /// false (and nothing appended) when the part is beyond <see cref="MaxTokens"/> or <see cref="MaxEdits"/>.
    /// </summary>
    private static bool TryMyers(IReadOnlyList<string> a, int startA, int endA, IReadOnlyList<string> b, int startB, int endB,
        List<(DiffKind Kind, string Token)> ops)
    {
        var n = endA - startA;
        var m = endB - startB;
        if (n > MaxTokens || m > MaxTokens || Math.Abs(n - m) > MaxEdits) return false; // the last: at least |n - m| edits

        // Tokens as numbers: comparing ints in the inner loop.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var x1 = new int[n];
        var y1 = new int[m];
        for (var i = 0; i < n; i++) x1[i] = Id(ids, a[startA + i]);
        for (var j = 0; j < m; j++) y1[j] = Id(ids, b[startB + j]);

        var limit = Math.Min(n + m, MaxEdits);
        var offset = limit + 1;
        var v = new int[2 * limit + 3];
        var trace = new List<int[]>();
        var found = -1;
        for (var d = 0; d <= limit && found < 0; d++)
        {
            trace.Add(v[(offset - d - 1)..(offset + d + 2)]); // v[k] for k in [-d-1, d+1], as it was before step d
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && x1[x] == y1[y])
                {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    found = d;
                    break;
                }
            }
        }
        if (found < 0) return false;

        var reversed = new List<(DiffKind, string)>(n + m);
        int cx = n, cy = m;
        for (var d = found; d >= 0; d--)
        {
            var snapshot = trace[d];
            int At(int k) => snapshot[k + d + 1];
            var k = cx - cy;
            var prevK = k == -d || (k != d && At(k - 1) < At(k + 1)) ? k + 1 : k - 1;
            var prevX = d == 0 ? 0 : At(prevK);
            var prevY = d == 0 ? 0 : prevX - prevK;
            while (cx > prevX && cy > prevY)
            {
                reversed.Add((DiffKind.Equal, a[startA + cx - 1]));
                cx--;
                cy--;
            }
            if (d == 0) break;
            if (cx == prevX) reversed.Add((DiffKind.Inserted, b[startB + cy - 1]));
            else reversed.Add((DiffKind.Deleted, a[startA + cx - 1]));
            cx = prevX;
            cy = prevY;
        }
        reversed.Reverse();
        ops.AddRange(reversed);
        return true;
    }

    /// <summary>
    /// Joins tokens into segments a person can read: white space and punctuation alone between two changes become part
    /// of the change, and each run of changes reads as one deletion followed by one insertion ("a, b" → "c, d", not
    /// a→c, b→d).
    /// </summary>
    private static List<DiffSegment> Readable(List<(DiffKind Kind, string Token)> ops)
    {
        var segments = new List<DiffSegment>();
        var equal = new StringBuilder();
        var deleted = new List<string>();
        var inserted = new List<string>();
        var pendingSeparators = new List<string>(); // after a change, kept until we know whether another change follows

        void AddEqual(IEnumerable<string> tokens)
        {
            var text = string.Concat(tokens);
            if (text.Length == 0) return;
            if (segments.Count > 0 && segments[^1].Kind == DiffKind.Equal) segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
            else segments.Add(new DiffSegment(DiffKind.Equal, text));
        }

        // Separators both sides share at the edges of a change are not part of it (", nazionali" inserted, not " " → ", nazionali ").
        void FlushChange()
        {
            var lead = 0;
            while (lead < deleted.Count && lead < inserted.Count
                && string.Equals(deleted[lead], inserted[lead], StringComparison.Ordinal) && IsSeparator(deleted[lead])) lead++;
            var trail = 0;
            while (trail < deleted.Count - lead && trail < inserted.Count - lead
                && string.Equals(deleted[^(trail + 1)], inserted[^(trail + 1)], StringComparison.Ordinal)
                && IsSeparator(deleted[^(trail + 1)])) trail++;
            AddEqual(deleted.Take(lead));
            if (deleted.Count - lead - trail > 0)
                segments.Add(new DiffSegment(DiffKind.Deleted, string.Concat(deleted.Skip(lead).Take(deleted.Count - lead - trail))));
            if (inserted.Count - lead - trail > 0)
                segments.Add(new DiffSegment(DiffKind.Inserted, string.Concat(inserted.Skip(lead).Take(inserted.Count - lead - trail))));
            foreach (var token in deleted.Skip(deleted.Count - trail)) equal.Append(token);
            deleted.Clear();
            inserted.Clear();
        }

        void FlushEqual()
        {
            AddEqual([equal.ToString()]);
            equal.Clear();
        }

        foreach (var (kind, token) in ops)
        {
            var inChange = deleted.Count > 0 || inserted.Count > 0;
            if (kind == DiffKind.Equal)
            {
                if (inChange && IsSeparator(token)) pendingSeparators.Add(token);
                else
                {
                    if (inChange) FlushChange();
                    foreach (var separator in pendingSeparators) equal.Append(separator);
                    equal.Append(token);
                    pendingSeparators.Clear();
                }
                continue;
            }
            if (pendingSeparators.Count > 0)
            {
                deleted.AddRange(pendingSeparators);
                inserted.AddRange(pendingSeparators);
                pendingSeparators.Clear();
            }
            FlushEqual();
            (kind == DiffKind.Deleted ? deleted : inserted).Add(token);
        }
        FlushChange();
        foreach (var separator in pendingSeparators) equal.Append(separator);
        FlushEqual();
        return segments;
    }

    private static bool IsSeparator(string token) => KindAt(token, 0) != TokenKind.Word;

    private static int Id(Dictionary<string, int> ids, string token)
    {
        if (!ids.TryGetValue(token, out var id))
        {
            id = ids.Count;
            ids.Add(token, id);
        }
        return id;
    }

    private enum TokenKind
    {
        Word,
        Space,
        Other,
    }

    private static TokenKind KindAt(string text, int index)
    {
        var c = text[index];
        if (char.IsWhiteSpace(c)) return TokenKind.Space;
        if (char.IsLetterOrDigit(c)) return TokenKind.Word;
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            ? TokenKind.Word // an accent written as a combining mark stays with its letter
            : TokenKind.Other;
    }

    /// <summary>A surrogate pair (an emoji, say) is one character: never split it into two tokens.</summary>
    private static int Width(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
}
