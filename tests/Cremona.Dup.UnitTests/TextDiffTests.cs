using System.Text;
using Cremona.Dup.Web.Infrastructure.Text;

namespace Cremona.Dup.UnitTests;

public sealed class TextDiffTests
{
    [Fact]
    public void Identical_texts_are_one_equal_segment()
    {
        var diff = TextDiff.Compute("Stato di attuazione.", "Stato di attuazione.");
        diff.Segments.Should().Equal(new DiffSegment(DiffKind.Equal, "Stato di attuazione."));
        diff.HasChanges.Should().BeFalse();
        diff.Approssimato.Should().BeFalse();
    }

    [Fact]
    public void Two_empty_texts_have_no_segments() => TextDiff.Compute(null, "").Segments.Should().BeEmpty();

    [Fact]
    public void A_new_text_is_one_insertion_and_a_removed_one_one_deletion()
    {
        TextDiff.Compute(null, "Nuovo.").Segments.Should().Equal(new DiffSegment(DiffKind.Inserted, "Nuovo."));
        TextDiff.Compute("Vecchio.", null).Segments.Should().Equal(new DiffSegment(DiffKind.Deleted, "Vecchio."));
    }

    [Fact]
    public void An_inserted_word_is_the_only_change()
    {
        TextDiff.Compute("Il progetto è concluso.", "Il progetto è stato concluso.").Segments.Should().Equal(
            new DiffSegment(DiffKind.Equal, "Il progetto è "),
            new DiffSegment(DiffKind.Inserted, "stato "),
            new DiffSegment(DiffKind.Equal, "concluso."));
    }

    [Fact]
    public void A_deleted_word_is_the_only_change()
    {
        TextDiff.Compute("Sono stati presentati 55 progetti.", "Sono stati presentati progetti.").Segments.Should().Equal(
            new DiffSegment(DiffKind.Equal, "Sono stati presentati "),
            new DiffSegment(DiffKind.Deleted, "55 "),
            new DiffSegment(DiffKind.Equal, "progetti."));
    }

    [Fact]
    public void A_replaced_word_reads_as_deletion_then_insertion()
    {
        TextDiff.Compute("Finanziati 12 progetti su 20.", "Finanziati 14 progetti su 20.").Segments.Should().Equal(
            new DiffSegment(DiffKind.Equal, "Finanziati "),
            new DiffSegment(DiffKind.Deleted, "12"),
            new DiffSegment(DiffKind.Inserted, "14"),
            new DiffSegment(DiffKind.Equal, " progetti su 20."));
    }

    [Fact]
    public void Neighbouring_replaced_words_read_as_one_replacement()
    {
        TextDiff.Compute("Il bando è aperto oggi.", "Il concorso resta chiuso oggi.").Segments.Should().Equal(
            new DiffSegment(DiffKind.Equal, "Il "),
            new DiffSegment(DiffKind.Deleted, "bando è aperto"),
            new DiffSegment(DiffKind.Inserted, "concorso resta chiuso"),
            new DiffSegment(DiffKind.Equal, " oggi."));
    }

    [Fact]
    public void An_insertion_does_not_drag_the_shared_spaces_into_the_change()
    {
        TextDiff.Compute("bandi regionali ed europei.", "bandi regionali, nazionali ed europei.").Segments.Should().Equal(
            new DiffSegment(DiffKind.Equal, "bandi regionali"),
            new DiffSegment(DiffKind.Inserted, ", nazionali"),
            new DiffSegment(DiffKind.Equal, " ed europei."));
    }

    [Fact]
    public void Punctuation_is_a_token_of_its_own()
    {
        TextDiff.Compute("Attività svolte.", "Attività svolte;").Segments.Should().Equal(
            new DiffSegment(DiffKind.Equal, "Attività svolte"),
            new DiffSegment(DiffKind.Deleted, "."),
            new DiffSegment(DiffKind.Inserted, ";"));
    }

    [Fact]
    public void Accented_words_stay_whole_in_composed_and_decomposed_form()
    {
        TextDiff.Tokenize("Più attività, perché sì").Should().Equal("Più", " ", "attività", ",", " ", "perché", " ", "sì");
        var decomposed = "citta\u0300 nuova"; // "città" with a combining grave accent
        TextDiff.Tokenize(decomposed).Should().Equal("citta\u0300", " ", "nuova");
        TextDiff.Compute("La città è più verde.", "La città è meno verde.").Segments.Should().Equal(
            new DiffSegment(DiffKind.Equal, "La città è "),
            new DiffSegment(DiffKind.Deleted, "più"),
            new DiffSegment(DiffKind.Inserted, "meno"),
            new DiffSegment(DiffKind.Equal, " verde."));
    }

    [Fact]
    public void Emoji_are_never_split_into_half_characters()
    {
        var diff = TextDiff.Compute("ok 😀", "ok 😁");
        diff.Segments.Should().Equal(
            new DiffSegment(DiffKind.Equal, "ok "),
            new DiffSegment(DiffKind.Deleted, "😀"),
            new DiffSegment(DiffKind.Inserted, "😁"));
    }

    [Fact]
    public void Paragraphs_and_lists_keep_their_line_breaks()
    {
        var before = "Primo paragrafo.\n\n- uno\n- due";
        var after = "Primo paragrafo.\n\n- uno\n- tre\n- quattro";
        var diff = TextDiff.Compute(before, after);
        Old(diff).Should().Be(before);
        New(diff).Should().Be(after);
        diff.Segments.Should().ContainSingle(s => s.Kind == DiffKind.Deleted).Which.Text.Should().Be("due");
    }

    [Theory]
    [InlineData("", "a")]
    [InlineData("a b c", "c b a")]
    [InlineData("uno due tre quattro", "zero uno tre cinque quattro sei")]
    [InlineData("  spazi   multipli ", " spazi multipli")]
    [InlineData("La nota:\r\n- punto uno;\r\n- punto due.", "La nota aggiornata:\n- punto uno;\n\n- punto 2.")]
    [InlineData("aaa bbb aaa bbb aaa", "bbb aaa bbb aaa bbb ccc")]
    public void The_segments_give_back_both_versions_exactly(string before, string after)
    {
        var diff = TextDiff.Compute(before, after);
        Old(diff).Should().Be(before);
        New(diff).Should().Be(after);
    }

    [Fact]
    public void Html_is_encoded_in_every_segment()
    {
        var diff = TextDiff.Compute("Testo <b>vecchio</b> & altro", "Testo <script>alert(1)</script> & altro");
        var html = TextDiff.ToHtml(diff.Segments).Value!;
        html.Should().NotContain("<script").And.NotContain("<b>").And.NotContain("</b").And.NotContain("</script");
        html.Should().Contain("&lt;").And.Contain("&gt;").And.Contain("&amp;");
        html.Should().Contain("<del><span class=\"visually-hidden\">testo rimosso: </span>b&gt;vecchio&lt;/b</del>");
        html.Should().Contain("<ins><span class=\"visually-hidden\">testo aggiunto: </span>script&gt;alert(1)&lt;/script</ins>");

        TextDiff.ToHtml(TextDiff.Compute(null, "<script>alert(1)</script>").Segments).Value.Should().Be(
            "<ins><span class=\"visually-hidden\">testo aggiunto: </span>&lt;script&gt;alert(1)&lt;/script&gt;</ins>");
    }

    [Fact]
    public void Accents_are_not_turned_into_entities()
    {
        var html = TextDiff.ToHtml(TextDiff.Compute("città", "città più grande").Segments).Value!;
        html.Should().Be("città<ins><span class=\"visually-hidden\">testo aggiunto: </span> più grande</ins>");
    }

    [Fact]
    public void A_small_change_in_a_20000_character_text_is_found_word_by_word()
    {
        var before = LongText(seed: 1, length: 20_000);
        var at = before.IndexOf(' ', 10_000) + 1; // at the start of a word
        var after = before[..at] + "PAROLA NUOVA " + before[at..];
        var diff = TextDiff.Compute(before, after);
        diff.Approssimato.Should().BeFalse();
        diff.Segments.Where(s => s.Kind != DiffKind.Equal).Should().ContainSingle()
            .Which.Should().Be(new DiffSegment(DiffKind.Inserted, "PAROLA NUOVA "));
    }

    [Fact]
    public void Many_scattered_changes_in_long_texts_are_compared_within_the_limits()
    {
        var before = LongText(seed: 2, length: 20_000);
        var after = new StringBuilder(before);
        for (var i = 500; i < after.Length; i += 500) after[i] = after[i] == 'x' ? 'y' : 'x'; // ~40 edits spread out
        var diff = TextDiff.Compute(before, after.ToString());
        diff.Approssimato.Should().BeFalse();
        Old(diff).Should().Be(before);
        New(diff).Should().Be(after.ToString());
    }

    [Fact]
    public void Two_unrelated_20000_character_texts_are_shown_as_replaced_without_comparing_forever()
    {
        var before = LongText(seed: 3, length: 20_000);
        var after = LongText(seed: 4, length: 20_000);
        var diff = TextDiff.Compute(before, after);
        diff.Approssimato.Should().BeTrue("more than MaxEdits insertions and deletions");
        Old(diff).Should().Be(before);
        New(diff).Should().Be(after);
    }

    [Fact]
    public void A_text_of_more_tokens_than_the_threshold_is_replaced_as_a_whole()
    {
        var before = string.Concat(Enumerable.Repeat("a,", TextDiff.MaxTokens)); // 2 tokens per repetition
        var after = "b" + before + "c"; // nothing in common at either end
        var diff = TextDiff.Compute(before, after);
        diff.Approssimato.Should().BeTrue();
        diff.Segments.Should().Equal(new DiffSegment(DiffKind.Deleted, before), new DiffSegment(DiffKind.Inserted, after));
    }

    private static string Old(DiffResult diff) =>
        string.Concat(diff.Segments.Where(s => s.Kind != DiffKind.Inserted).Select(s => s.Text));

    private static string New(DiffResult diff) =>
        string.Concat(diff.Segments.Where(s => s.Kind != DiffKind.Deleted).Select(s => s.Text));

    /// <summary>Italian-looking words, punctuation and paragraphs, deterministic for a seed.</summary>
    private static string LongText(int seed, int length)
    {
        string[] words = ["progetto", "attività", "bando", "risorse", "città", "servizi", "è", "stato", "più", "anno",
            "obiettivo", "comune", "nel", "della", "con", "per", "sono", "state", "realizzate", "2019"];
        var random = new Random(seed);
        var text = new StringBuilder(length + 20);
        while (text.Length < length)
        {
            text.Append(words[random.Next(words.Length)]);
            text.Append(random.Next(12) switch { 0 => ", ", 1 => ".\n\n", _ => " " });
        }
        return text.ToString(0, length);
    }
}
