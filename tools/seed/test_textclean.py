"""Tests for textclean.py (run: python3 -m unittest discover -s tools/seed -p 'test_*.py')."""

import sys
import unittest
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from textclean import (  # noqa: E402
    html_to_markdown,
    is_page_break_split,
    latex_to_text,
    normalize_paragraphs,
    parse_it_number,
)


class LatexToTextTest(unittest.TestCase):
    def test_text_commands_in_inline_math(self):
        self.assertEqual(
            latex_to_text(r"$(N. \text{ progetti finanziati} / N. \text{ progetti presentati}) * 100$"),
            "(N. progetti finanziati / N. progetti presentati) * 100")

    def test_label_before_math_is_kept(self):
        self.assertEqual(latex_to_text(r"Formula $(n. immobili assegnati/n immobili disponibili) * 100$"),
                         "Formula (n. immobili assegnati/n immobili disponibili) * 100")

    def test_display_math_and_frac(self):
        self.assertEqual(
            latex_to_text(r"$$\frac{\text{n. scuole rese sicure}}{\text{n. totale scuole}} * 100$$"),
            "n. scuole rese sicure / n. totale scuole * 100")
        self.assertEqual(latex_to_text(r"$\frac{185}{800} * 100$"), "185 / 800 * 100")

    def test_frac_parenthesises_compound_terms(self):
        self.assertEqual(latex_to_text(r"$\frac{a - b}{c}$"), "(a - b) / c")
        self.assertEqual(latex_to_text(r"$$\frac{(1241570 - 310400)}{1241570} * 100$$"),
                         "(1241570 - 310400) / 1241570 * 100")

    def test_symbols(self):
        self.assertEqual(latex_to_text(r"Target Atteso: \geq € 100.000,00"), "Target Atteso: ≥ € 100.000,00")
        self.assertEqual(latex_to_text(r"$x \leq 3$"), "x ≤ 3")
        self.assertEqual(latex_to_text(r"$\Delta \text{ricavi } 2019-2018 / \text{Ricavi } 2018$"),
                         "Δ ricavi 2019-2018 / Ricavi 2018")
        self.assertEqual(latex_to_text(r"$40000/50000 \times 100$"), "40000/50000 × 100")
        self.assertEqual(latex_to_text(r"$a \cdot b$"), "a × b")
        self.assertEqual(latex_to_text(r"$3/5*100=60\%$"), "3/5*100=60%")

    def test_degree_and_control_space(self):
        self.assertEqual(latex_to_text(r"$n^{\circ} \text{ customer} / \text{totale}$"), "n° customer / totale")
        self.assertEqual(latex_to_text(r"$(\text{n}^\circ \text{ piste realizzate})$"), "(n° piste realizzate)")
        self.assertEqual(latex_to_text(r"$$(m2\ superfici\ ICT) \times 100$$"), "(m2 superfici ICT) × 100")

    def test_text_without_latex_is_unchanged(self):
        s = "Target al 31/12/2017: 5 — già “pubblicato”"
        self.assertEqual(latex_to_text(s), s)
        self.assertIsNone(latex_to_text(None))

    def test_no_dollar_or_backslash_left(self):
        out = latex_to_text(r"Al 31/12/2018: $(3271-2734)*100 / 2734 = 19\%$ C'è stato un aumento")
        self.assertEqual(out, "Al 31/12/2018: (3271-2734)*100 / 2734 = 19% C'è stato un aumento")
        self.assertNotIn("$", out)
        self.assertNotIn("\\", out)


class HtmlToMarkdownTest(unittest.TestCase):
    def test_paragraphs(self):
        self.assertEqual(html_to_markdown("<p>Uno.</p> <p>Due.</p>"), "Uno.\n\nDue.")

    def test_inline_markup_br_and_entities(self):
        self.assertEqual(
            html_to_markdown("<p><strong>Nota</strong> <b>bene</b>: <em>qui</em> <i>l&agrave;</i><br>a capo"
                             " &amp; poi&nbsp;fine, perch&eacute; s&igrave; &egrave; cos&igrave;</p>"),
            "**Nota** **bene**: *qui* *là*\na capo & poi fine, perché sì è così")

    def test_ul_li_and_ol(self):
        self.assertEqual(html_to_markdown("<p>Elenco:</p><ul><li>uno</li><li>due</li></ul><p>Fine.</p>"),
                         "Elenco:\n- uno\n- due\n\nFine.")
        self.assertEqual(html_to_markdown("<ol><li>primo</li><li>secondo</li></ol>"), "- primo\n- secondo")

    def test_seed_style_inline_list_without_li(self):
        s = ('<p>Canali comunicativi attivi:</p> <ul style="list-style-type: none"> - n. telefonico; '
             '- indirizzo mail; - calcolatrice IMU on line. - sportello telematico <p>Nel 2018 altro.</p>')
        self.assertEqual(html_to_markdown(s),
                         "Canali comunicativi attivi:\n- n. telefonico;\n- indirizzo mail;\n"
                         "- calcolatrice IMU on line.\n- sportello telematico\n\nNel 2018 altro.")

    def test_list_after_a_sentence_is_a_separate_block(self):
        self.assertEqual(html_to_markdown("<p>Testo.</p><ul><li>a</li></ul>"), "Testo.\n\n- a")

    def test_plain_text(self):
        self.assertEqual(html_to_markdown("a &amp; b"), "a & b")
        self.assertIsNone(html_to_markdown(None))


class ParseItNumberTest(unittest.TestCase):
    def test_values(self):
        self.assertEqual(parse_it_number("1.821.771,00"), Decimal("1821771.00"))
        self.assertEqual(parse_it_number("1821771,00"), Decimal("1821771.00"))
        self.assertEqual(parse_it_number("50,00"), Decimal("50.00"))
        self.assertEqual(str(parse_it_number("50,00")), "50.00")
        self.assertEqual(parse_it_number("-3,5"), Decimal("-3.5"))
        self.assertEqual(parse_it_number("-35000,00"), Decimal("-35000.00"))
        self.assertEqual(parse_it_number("7"), Decimal("7"))
        self.assertEqual(parse_it_number(" 0,30 "), Decimal("0.30"))

    def test_empty(self):
        self.assertIsNone(parse_it_number(""))
        self.assertIsNone(parse_it_number("   "))
        self.assertIsNone(parse_it_number(None))

    def test_garbage_raises(self):
        for bad in ("abc", "1,2,3", "12.34", "1.82.771,00", "5%", "--3", "1,"):
            with self.subTest(bad=bad), self.assertRaises(ValueError):
                parse_it_number(bad)


class NormalizeParagraphsTest(unittest.TestCase):
    def test_lines_become_paragraphs(self):
        self.assertEqual(normalize_paragraphs("Prima riga.\nSeconda  riga.\n\n  Terza.  "),
                         "Prima riga.\n\nSeconda riga.\n\nTerza.")

    def test_page_break_in_lower_case_is_joined(self):
        self.assertEqual(
            normalize_paragraphs("della certificazione di Qualità dell'Ente,\n\ncompletando gli interventi."),
            "della certificazione di Qualità dell'Ente, completando gli interventi.")

    def test_page_break_after_preposition_is_joined(self):
        self.assertEqual(normalize_paragraphs("presso i centri sociali anziani del\n\nComune di Cremona"),
                         "presso i centri sociali anziani del Comune di Cremona")

    def test_sentence_end_is_not_joined(self):
        self.assertEqual(normalize_paragraphs("Fine frase.\n\nvalore minuscolo"),
                         "Fine frase.\n\nvalore minuscolo")
        self.assertFalse(is_page_break_split("Dati:", "il valore"))

    def test_explicit_join(self):
        seen = []
        out = normalize_paragraphs("con deliberazione di Giunta\n\nComunale n. 47/16132 del 28/02/2018.",
                                   joins=[("di Giunta", "Comunale n.")],
                                   on_join=lambda p, n, i: seen.append(i))
        self.assertEqual(out, "con deliberazione di Giunta Comunale n. 47/16132 del 28/02/2018.")
        self.assertEqual(seen, [0])

    def test_bullets(self):
        self.assertEqual(
            normalize_paragraphs("Azioni:\n- uno;\n\n• due\n·  tre\n•quattro\nChiusura."),
            "Azioni:\n- uno;\n- due\n- tre\n- quattro\n\nChiusura.")
        self.assertEqual(normalize_paragraphs("- 1) primo\n- 2) secondo"), "- 1) primo\n- 2) secondo")

    def test_bullet_continued_after_page_break(self):
        self.assertEqual(
            normalize_paragraphs("- la dimensione professionale, in quanto orienta al miglioramento dei\n\n"
                                 "risultati prodotti."),
            "- la dimensione professionale, in quanto orienta al miglioramento dei risultati prodotti.")

    def test_numbered_lines_stay_together(self):
        self.assertEqual(normalize_paragraphs("Punti:\n\n1. Uno\n2. Due\n\nFine."), "Punti:\n\n1. Uno\n2. Due\n\nFine.")

    def test_html_and_latex_inside(self):
        self.assertEqual(normalize_paragraphs("<p>Uno.</p> <p>Due $\\geq$ tre.</p>"), "Uno.\n\nDue ≥ tre.")

    def test_lines_mode_and_dedupe(self):
        self.assertEqual(normalize_paragraphs("Stakeholder finale: a\nStakeholder intermedi: b", lines=True),
                         "Stakeholder finale: a\nStakeholder intermedi: b")
        dropped = []
        para = "Paragrafo abbastanza lungo da essere considerato un duplicato vero."
        self.assertEqual(normalize_paragraphs(f"{para}\n\nAltro.\n\n{para}", dedupe_min=20,
                                              on_dedupe=dropped.append), f"{para}\n\nAltro.")
        self.assertEqual(dropped, [para])

    def test_empty(self):
        self.assertIsNone(normalize_paragraphs(""))
        self.assertIsNone(normalize_paragraphs("\n\n  \n"))
        self.assertIsNone(normalize_paragraphs(None))


if __name__ == "__main__":
    unittest.main()
