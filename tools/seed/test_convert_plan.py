"""Tests for convert_plan.py and the committed piano-2019.json.

Run from the repository root:
    python3 -m unittest discover -s tools/seed -p 'test_*.py'

The JSON tests read the committed file; the conversion tests re-run the
converter on the seed (skipped when the seed is not available) and check that
the result is exactly the committed file.
"""

import copy
import json
import sys
import unittest
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import convert_plan as cp  # noqa: E402

JSON_PATH = cp.DEFAULT_OUTPUT
SEED_PATH = cp.DEFAULT_SEED


def load_json():
    with open(JSON_PATH, encoding="utf-8") as f:
        return json.load(f, parse_float=Decimal)


DOC = load_json()
OPS = {op["codice"]: op for p in DOC["programmi"] for op in p["obiettiviOperativi"]}
PROGS = {p["codice"]: p for p in DOC["programmi"]}


def indicator(code, name):
    found = [i for i in OPS[code]["indicatori"] if i["nome"] == name]
    if len(found) != 1:
        raise AssertionError(f"{code}: {len(found)} indicators named {name!r}")
    return found[0]


class CountsTest(unittest.TestCase):
    def test_counts(self):
        self.assertEqual(len(DOC["missioni"]), 15)
        self.assertEqual(len(DOC["programmi"]), 40)
        self.assertEqual(len(DOC["obiettiviStrategici"]), 73)
        self.assertEqual(len(OPS), 118)
        self.assertEqual(sum(len(op["indicatori"]) for op in OPS.values()), 144)

    def test_header(self):
        self.assertEqual(DOC["ente"], "Comune di Cremona")
        self.assertEqual(DOC["annoPiano"], 2019)
        self.assertEqual(DOC["rilevazione"], {
            "data": "2019-06-30", "titolo": "Infrannuale 2019",
            "titoloReport": "Stato di attuazione dei Programmi e obiettivi al 30 giugno 2019"})

    def test_missioni_and_programmi(self):
        self.assertEqual([m["numero"] for m in DOC["missioni"]], [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 16, 18, 19])
        self.assertEqual(DOC["missioni"][0]["nome"], "Servizi istituzionali, generali e di gestione")
        self.assertEqual(DOC["programmi"][0]["codice"], "1.02")
        self.assertEqual(DOC["programmi"][-1]["codice"], "19.01")
        for p in DOC["programmi"]:
            self.assertTrue(p["codice"].startswith(f"{p['missione']}."), p["codice"])

    def test_strategic_objectives_listed_once_and_referenced(self):
        codes = [s["codice"] for s in DOC["obiettiviStrategici"]]
        self.assertEqual(len(codes), len(set(codes)))
        used = {op["obiettivoStrategico"] for op in OPS.values()} - {None}
        self.assertEqual(used, set(codes))
        self.assertEqual(OPS["C06"]["obiettivoStrategico"], "B01")
        # the same B-code is shared by several obiettivi operativi, even across programmi
        b09 = {p["codice"] for p in DOC["programmi"] for op in p["obiettiviOperativi"]
               if op["obiettivoStrategico"] == "B09"}
        self.assertEqual(b09, {"1.03", "1.10"})


class SpotValuesTest(unittest.TestCase):
    def test_c06_grado_di_copertura(self):
        op = OPS["C06"]
        self.assertEqual(op["nome"], "REPERIRE RISORSE A SOSTEGNO DEI PROGETTI DELL'ENTE")
        self.assertEqual(op["responsabilePolitico"], "Viola Rosita")
        self.assertEqual(op["responsabileGestionale"], "Di Girolamo Gabriella")
        self.assertIsNone(op["gap"])
        self.assertIsNone(op["azioniCorrettive"])
        ind = indicator("C06", "Grado di copertura dei progetti")
        self.assertEqual(ind["target"], Decimal("50.00"))
        self.assertEqual(str(ind["target"]), "50.00")
        self.assertEqual(ind["anni"], [2017, 2018, 2019, 2020, 2021])
        self.assertEqual(ind["consuntivi"], {"2017": Decimal("59.00"), "2018": Decimal("91.00")})
        for year in ("2019", "2020", "2021"):
            self.assertNotIn(year, ind["consuntivi"])
        self.assertEqual(ind["finalita"], "Misurare la quantità di risorse reperite")
        self.assertEqual(ind["formula"],
                         "(Ammontare contributi ricevuti / Costo totale progetti finanziati) * 100\n"
                         "€ 1.000.000 / € 2.000.000")
        self.assertTrue(ind["note"].startswith("Target preventivo al 2019\n\nTarget al 31/12/2017: "))

    def test_numbers_printed_with_their_decimals(self):
        raw = JSON_PATH.read_text(encoding="utf-8")
        self.assertIn('"target": 50.00', raw)
        self.assertIn('"2017": 1821771.00', raw)
        self.assertEqual(indicator("C27", "Riduzione degli importi annui pagati per locazioni passive")["target"],
                         Decimal("-35000.00"))
        self.assertEqual(indicator("C85", "Incremento della raccolta carta")["consuntivi"], {"2018": Decimal("-1.25")})
        # an empty target is null, never 0
        self.assertIsNone(indicator(
            "C103", "Implementazione degli interventi di coesione sociali negli alloggi ERP comunali")["target"])

    def test_latex_formula(self):
        ind = indicator("C06", "Grado di finanziamento dei progetti presentati")
        self.assertEqual(ind["formula"], "(N. progetti finanziati / N. progetti presentati) * 100\n5 / 10")
        self.assertEqual(indicator("C26", "Eliminazione del rischio di sfondellamento dei solai nelle scuole "
                                          "di competenza comunale")["formula"],
                         "n. scuole rese sicure / n. totale scuole * 100\n32 / 36 * 100")

    def test_table_split_across_page_break_is_one_indicator(self):
        ind = indicator("C31", "Testamenti biologici presentati")
        self.assertEqual(len(OPS["C31"]["indicatori"]), 1)
        self.assertIn("Testamenti biologici attivi nel registro alla data del 31/12/2017 n. 213", ind["note"])
        self.assertTrue(ind["note"].endswith("alla data del 31/12/2018 n. 361"))

    def test_indicator_name_continued_in_second_table(self):
        names = [i["nome"] for i in OPS["C51"]["indicatori"]]
        self.assertEqual(names, ["Realizzazione di iniziative in collaborazione di soggetti diversi",
                                 "Realizzazione delle iniziative"])
        ind = indicator("C37", "Percentuale appalti di servizi esperiti con criterio offerta "
                               "economicamente più vantaggiosa")
        self.assertTrue(ind["note"].startswith("Target previsione al 2019 (non inferiore al 70%)\n\n"))

    def test_html_note_and_tables_2018_2022(self):
        ind = indicator("C24", "Numero canali comunicativi attivati")
        self.assertIn("Canali comunicativi attivi:\n- n. telefonico,", ind["note"])
        self.assertIn("\n- sportello telematico\n\nNel 2018 si è aggiunto", ind["note"])
        ind = indicator("C0142", "Società soggette a controllo")
        self.assertEqual(ind["anni"], [2018, 2019, 2020, 2021, 2022])
        self.assertEqual(ind["consuntivi"], {"2018": Decimal("10.00")})

    def test_glued_labels(self):
        # "Descrizione sintetica**Gap****Stakeholder**" then the value
        op = OPS["C0140"]
        self.assertIsNone(op["descrizioneSintetica"])
        self.assertIsNone(op["gap"])
        self.assertEqual(op["stakeholder"], "Cittadini cremonesi.")
        self.assertEqual(op["nome"], "ENTRATE ATTESE: VERSO UNA GESTIONE PIU' EFFICACE ED EFFICIENTE "
                                     "DELLE ENTRATE COMUNALI")
        # "Settori Coinvolti**Finalità**": settori empty, finalità is the next line
        self.assertIsNone(OPS["C43"]["settoriCoinvolti"])
        self.assertEqual(OPS["C43"]["indicatori"][0]["finalita"],
                         "coinvolgere il mondo giovanile nelle attività di educazione musicale")

    def test_tab_layout(self):
        p = PROGS["1.07"]
        self.assertEqual(p["responsabili"], "Di Girolamo Gabriella")
        self.assertTrue(p["descrizione"].startswith("Le politiche demografiche hanno nel corso"))
        self.assertTrue(p["risorseStrumentali"].endswith(
            "con deliberazione di Giunta Comunale n. 47/16132 del 28/02/2018."))
        self.assertEqual(OPS["C104"]["settoriCoinvolti"], "Politiche Educative; Sviluppo Lavoro, Area Omogenea e Ambiente")
        self.assertTrue(OPS["C104"]["statoAttuazione"].startswith("La conclusione del progetto Fare Legami"))

    def test_same_line_labels(self):
        op = OPS["C15"]
        self.assertEqual(op["responsabilePolitico"], "Manzi Maurizio")
        self.assertEqual(op["stakeholder"], "Consiglio comunale, cittadini.")
        self.assertEqual(op["indicatori"][0]["formula"],
                         "Investimenti liquidati e pagati in conto capitale (Titolo II del bilancio) "
                         "su investimenti previsti.")

    def test_programma_quotes_are_not_headers(self):
        self.assertTrue(PROGS["4.06"]["motivazioneScelte"].startswith('Programma 7: "Una città che sa farsi'))
        self.assertEqual(len(PROGS["4.06"]["obiettiviOperativi"]), 1)

    def test_stakeholder_prefixed_values(self):
        st = OPS["C52"]["stakeholder"]
        self.assertTrue(st.startswith("Stakeholder finale: studenti, liutai"))
        self.assertIn("\nStakeholder intermedi: Università degli Studi di Pavia", st)

    def test_label_variants(self):
        self.assertTrue(indicator("C27", "Incremento della fruizione del polo museale")["formula"]
                        .startswith("(ingressi del sistema museale 2019 - ingressi"))      # Formola
        self.assertTrue(OPS["C43"]["indicatori"][0]["formula"].startswith("(n. bambini e giovani"))  # Formule
        self.assertIsNone(OPS["C03"]["azioniCorrettive"])                                  # …Infrannuali 2019
        self.assertNotIn("Azioni Correttive", OPS["C03"]["statoAttuazione"])

    def test_page_breaks_and_bullets(self):
        self.assertIn("dell'Ente, completando gli interventi", OPS["C05"]["definizioni"]["2019"])
        self.assertIn("sono stati individuati tutti i referimenti contabili", OPS["C15"]["statoAttuazione"])
        self.assertIn("\n- Revisione del processo della fatturazione elettronica", OPS["C32"]["statoAttuazione"])
        self.assertIn("- forme di microimpresa", OPS["C108"]["descrizioneSintetica"])
        self.assertIn("competenze; acquisti collettivi e solidali;", OPS["C108"]["descrizioneSintetica"])
        # duplicated paragraphs in programma 1.05 were dropped
        self.assertEqual(PROGS["1.05"]["descrizione"].count("Il programma è esteso a tutte le attività"), 1)

    def test_judgements(self):
        self.assertEqual(OPS["C40"]["obiettivoStrategico"], "B27")
        self.assertEqual(OPS["C89"]["obiettivoStrategico"], "B67")
        self.assertEqual(OPS["C89"]["nome"], "PIANO DELLA MOBILITA' SOSTENIBILE")
        self.assertEqual(OPS["C118"]["nome"], "CREMONA INTERNAZIONALE")
        self.assertEqual(OPS["C118"]["obiettivoStrategico"], "B92")
        self.assertEqual([op["codice"] for op in PROGS["10.05"]["obiettiviOperativi"]],
                         ["C89", "C90", "C91", "C92", "C93"])
        self.assertEqual(OPS["C106"]["obiettivoStrategico"], "B81")
        strat = {s["codice"]: s["nome"] for s in DOC["obiettiviStrategici"]}
        self.assertEqual(strat["B81"], "Asl e Azienda Ospedaliera risorse per il territorio")
        self.assertNotIn("C81", strat)
        self.assertEqual(strat["B16"], "Patrimonio “razionalizzato”")
        dove = {n["dove"] for n in DOC["note"]}
        for code in ("C89", "C118", "C40", "B81", "C37", "C56"):
            self.assertIn(code, dove)
        self.assertEqual(indicator("C37", "Percentuale appalti di servizi esperiti con criterio offerta "
                                          "economicamente più vantaggiosa")["formula"],
                         "(gare con offerta economicamente più vantaggiosa / gare esperite) * 100")

    def test_empty_fields_are_null(self):
        for path, text in cp.iter_texts(DOC):
            self.assertNotEqual(text, "", path)
        self.assertIsNone(indicator("C85", "Incremento della raccolta carta")["finalita"])   # "Finalità ."

    def test_self_check_passes(self):
        self.assertEqual(cp.self_check(DOC), [])


class SelfCheckCatchesArtefactsTest(unittest.TestCase):
    def _errors_after(self, mutate):
        doc = copy.deepcopy(DOC)
        mutate(doc)
        return cp.self_check(doc)

    def test_artefacts(self):
        def setter(value):
            def mutate(doc):
                doc["programmi"][0]["obiettiviOperativi"][0]["statoAttuazione"] = value
            return mutate
        for bad in ("Testo**Gap**", "<p>testo</p>", "costo $x$", "a\tb", "\\text{x}", "Formula (N. x)",
                    " spazio", "", "Azioni Correttive Infrannuale 2019 x"):
            with self.subTest(bad=bad):
                self.assertTrue(self._errors_after(setter(bad)))

    def test_counts(self):
        self.assertTrue(self._errors_after(lambda d: d["programmi"][0]["obiettiviOperativi"][0]["indicatori"].pop()))
        self.assertTrue(self._errors_after(lambda d: d["obiettiviStrategici"].pop()))


class TokenizerTest(unittest.TestCase):
    def test_explode_glue(self):
        lines = cp.explode_glue([(1, "Obiettivo Operativo DUP**C06 - REPERIRE RISORSE****Responsabile Politico**"),
                                 (2, "Gap**Stakeholder**"), (3, "Obiettivo Strategico **B09 - Competenze**")])
        self.assertEqual([t for _, t in lines], ["Obiettivo Operativo DUP", "C06 - REPERIRE RISORSE",
                                                  "Responsabile Politico", "Gap", "Stakeholder",
                                                  "Obiettivo Strategico", "B09 - Competenze"])

    def test_match_label(self):
        self.assertEqual(cp.match_label("Formula\t(a/b)*100")[:2], ("formula", "(a/b)*100"))
        self.assertEqual(cp.match_label("Formola")[:2], ("formula", ""))
        self.assertEqual(cp.match_label("Finalità .")[:2], ("finalita", "."))
        self.assertEqual(cp.match_label("Finalità da conseguire\t<p>x</p>")[:2], ("finalitaDaConseguire", "<p>x</p>"))
        self.assertEqual(cp.match_label("Definizione Ob. Operativo Dup 2019 Concluso"),
                         ("definizione", "Concluso", "2019"))
        self.assertEqual(cp.match_label("Azioni Correttive Infrannuali 2019")[0], "azioniCorrettive")
        self.assertIsNone(cp.match_label(" Formulare un piano infanzia e adolescenza"))
        self.assertIsNone(cp.match_label("Stakeholder finale: studenti"))
        self.assertIsNone(cp.match_label("Programmazione delle attività"))
        self.assertIsNone(cp.match_label("Definizione dei piani di azione"))

    def test_programma_needs_a_code(self):
        events = cp.tokenize([(1, 'Programma 7: "Una città che sa farsi carico"'), (2, "Programma"), (3, ""),
                              (4, "1.03 - Gestione economica"), (5, "Programma\t5.01 - Valorizzazione")])
        kinds = [(e[0], e[1]) for e in events if e[0] != "blank"]
        self.assertEqual(kinds, [("text", 'Programma 7: "Una città che sa farsi carico"'),
                                 ("label", "programma"), ("text", "1.03 - Gestione economica"),
                                 ("label", "programma")])

    def test_table_rows(self):
        header = "Indicatore di Impatto\tTarget\tConsuntivo 2017\tConsuntivo 2018\tConsuntivo 2019\t" \
                 "Consuntivo 2020\tConsuntivo o 2021\tNote"
        events = cp.tokenize([(1, header), (2, "Nome\t50,00\t59,00\t\t\t\t\tNota"), (3, ""), (4, header), (5, "")])
        self.assertEqual([e[0] for e in events], ["header", "row", "blank", "header", "blank"])
        self.assertEqual(cp.parse_years(header.split("\t")), [2017, 2018, 2019, 2020, 2021])
        self.assertEqual(cp.parse_years(header.replace("Consuntivo o 2021", "Consuntiv o 2021").split("\t")),
                         [2017, 2018, 2019, 2020, 2021])


class NoteSplitTest(unittest.TestCase):
    def test_split_before_dates(self):
        self.assertEqual(cp.split_note_paragraph(
            "Target previsione al 2019 Target al 31/12/2017: 9 Target al 31/12/2018: 3"),
            ["Target previsione al 2019", "Target al 31/12/2017: 9", "Target al 31/12/2018: 3"])
        self.assertEqual(cp.split_note_paragraph("Target al 2019 Al 31/12/2017: 110 Al 31/12/2018: 243"),
                         ["Target al 2019", "Al 31/12/2017: 110", "Al 31/12/2018: 243"])

    def test_no_split_inside_sentences(self):
        s = "Il consuntivo 2017 pari al 32% è stato calcolato; è stato superato il target previsto nel 2017"
        self.assertEqual(cp.split_note_paragraph(s), [s])
        self.assertEqual(cp.split_note_paragraph("Target consuntivo 2017: 12 Target consuntivo 2018: 16"),
                         ["Target consuntivo 2017: 12", "Target consuntivo 2018: 16"])

    def test_fragments_across_html(self):
        self.assertEqual(cp.clean_note(["Target previsionale al 2017 (non", "<p>inferiore a 80%).</p> <p>su 13.</p>"], "t"),
                         "Target previsionale al 2017 (non inferiore a 80%).\n\nsu 13.")
        self.assertEqual(cp.clean_note(["<p>a</p> <p>circa 60 punti</p>", "nodali."], "t"), "a\n\ncirca 60 punti nodali.")


@unittest.skipUnless(SEED_PATH.exists(), f"seed not available at {SEED_PATH}")
class ReconvertTest(unittest.TestCase):
    def test_reconversion_reproduces_the_committed_file(self):
        doc = cp.convert(SEED_PATH)
        self.assertEqual(cp.self_check(doc), [])
        self.assertEqual(cp.dumps(doc), JSON_PATH.read_text(encoding="utf-8"))


if __name__ == "__main__":
    unittest.main()
