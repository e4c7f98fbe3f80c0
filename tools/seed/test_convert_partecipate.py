"""Tests for convert_partecipate.py and the committed partecipate-2019.json.

Run from the repository root:

    python3 -m unittest discover -s tools/seed -p 'test_*.py'
"""

import json
import re
import sys
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import convert_partecipate as cp  # noqa: E402

JSON_PATH = cp.OUTPUT


def load():
    with open(JSON_PATH, encoding="utf-8") as f:
        return json.load(f)


def organismo(data, nome):
    return next(o for o in data["organismi"] if o["nome"] == nome)


def sezione(org, numero):
    return next(s for s in org["sezioni"] if s["numero"] == numero)


def indirizzo(sez, lettera):
    return next(d for d in sez["indirizzi"] if d["lettera"] == lettera)


def all_indicators(org):
    return [x for s in org["sezioni"] for d in s["indirizzi"] for x in d["indicatori"]]


def indicator(org, nome):
    found = [x for x in all_indicators(org) if x["nome"] == nome]
    if not found:
        raise AssertionError(f"indicator {nome!r} not found in {org['nome']}")
    return found[0]


AEM = "Aem Cremona SpA"
ASC = "Azienda Speciale Cremona Solidale"


class CountsTest(unittest.TestCase):
    def setUp(self):
        self.data = load()

    def test_organismi_in_document_order(self):
        self.assertEqual([o["nome"] for o in self.data["organismi"]], [AEM, ASC])

    def test_indicator_counts(self):
        self.assertEqual(len(all_indicators(organismo(self.data, AEM))), 9)
        self.assertEqual(len(all_indicators(organismo(self.data, ASC))), 30)

    def test_sections(self):
        self.assertEqual([s["numero"] for s in organismo(self.data, AEM)["sezioni"]], ["1.1", "1.2"])
        self.assertEqual([s["numero"] for s in organismo(self.data, ASC)["sezioni"]],
                         ["2.1", "2.2", "2.2.1", "2.2.2", "2.2.3", "2.2.4", "2.3"])

    def test_indirizzi_letters(self):
        aem = organismo(self.data, AEM)
        self.assertEqual([d["lettera"] for d in sezione(aem, "1.1")["indirizzi"]], list("ABCDEFG"))
        self.assertEqual(len(indirizzo(sezione(aem, "1.1"), "G")["indicatori"]), 3)
        asc = organismo(self.data, ASC)
        per_section = {s["numero"]: [(d["lettera"], len(d["indicatori"])) for d in s["indirizzi"]]
                       for s in asc["sezioni"]}
        self.assertEqual(per_section, {
            "2.1": [("A", 1), ("B", 1), ("C", 1), ("D", 1), ("E", 4)],
            "2.2": [("A", 2), ("B", 1), ("C", 1), ("D", 1)],
            "2.2.1": [("A", 1), ("B", 2), ("C", 1), ("D", 1), ("E", 3)],
            "2.2.2": [("A", 0), ("B", 1), ("C", 1)],
            "2.2.3": [("A", 1), ("B", 1)],
            "2.2.4": [("A", 1), ("B", 1), ("C", 1), ("D", 2)],
            "2.3": [("A", 0), ("B", 0)],
        })


class SpotValuesTest(unittest.TestCase):
    def setUp(self):
        self.data = load()
        self.aem = organismo(self.data, AEM)
        self.asc = organismo(self.data, ASC)

    def test_utile_di_esercizio_target_from_latex(self):
        x = indicator(self.asc, "Utile di esercizio")
        self.assertEqual(x["targetAtteso"], "≥ € 100.000,00")
        self.assertIsNone(x["formula"])

    def test_aem_ordinanze(self):
        x = indicator(self.aem, "Interventi realizzati relativi a emissione di ordinanze riconducibili "
                                "alla segnaletica stradale")
        self.assertEqual(x["targetAtteso"], "80%")
        self.assertEqual(x["formula"], "(n. interventi realizzati / n. interventi programmati) * 100")
        self.assertEqual(x["finalita"], "definizione di strumenti di controllo")

    def test_formula_slash_is_null(self):
        self.assertIsNone(indicator(self.aem, "Carta dei Servizi")["formula"])
        self.assertEqual(indicator(self.aem, "Carta dei Servizi")["targetAtteso"], "2")

    def test_latex_formulas(self):
        self.assertEqual(indicator(self.asc, "Andamento dei ricavi aziendali")["formula"],
                         "Δ ricavi 2019-2018 / Ricavi 2018")
        self.assertEqual(indicator(self.asc, "Indice ROE")["formula"],
                         "Risultato d'esercizio / Capitale proprio")
        costi = [x for x in all_indicators(self.asc) if x["nome"].startswith("Andamento dei costi")][0]
        self.assertEqual(costi["formula"],
                         "Δ costi gest. caratteristica 2019-2018 / Costi gest. caratteristica 2018\n"
                         "Δ costi personale 2019-2018 / Costi personale 2018")

    def test_formula_with_expression_on_next_paragraph(self):
        adi = sezione(self.asc, "2.2.1")
        x = indirizzo(adi, "B")["indicatori"][1]
        self.assertEqual(x["formula"], "N° accessi per prestazioni erogate servizio ADI\n"
                                       "(n. accessi per prestazioni erogate 2019-2018) / n. accessi 2018 * 100")
        self.assertEqual(x["risultato"],
                         "N° accessi per prestazioni erogate dal servizio ADI primo semestre 2019 = 6.145\n"
                         "N° accessi per prestazioni erogate dal servizio ADI primo semestre 2018 = 6.815\n"
                         "Indice = -9.8%")

    def test_page_break_split_finalita(self):
        c = indirizzo(sezione(self.aem, "1.1"), "C")["indicatori"][0]
        self.assertTrue(c["finalita"].endswith(
            "con propria specifica deliberazione di giunta comunale n. 224 del 30 novembre 2017"), c["finalita"])

    def test_glued_labels(self):
        roe = indicator(self.asc, "Indice ROE")
        self.assertEqual(roe["targetAtteso"],
                         "Valore superiore al tasso di inflazione calcolato annualmente dall'ISTAT")
        self.assertTrue(roe["finalita"].startswith("Misurare la redditività del Capitale proprio"))
        a = indirizzo(sezione(self.asc, "2.1"), "A")["indicatori"][0]
        self.assertTrue(a["finalita"].endswith("con propria specifica deliberazione"))
        self.assertIsNone(a["formula"])
        d = indirizzo(sezione(self.asc, "2.2"), "D")["indicatori"][0]
        self.assertEqual(d["targetAtteso"], "Sì")
        self.assertTrue(d["nome"].endswith("di cui l'Azienda si è fatta autonoma promotrice"))
        b = indirizzo(sezione(self.asc, "2.2.3"), "B")["indicatori"][0]
        self.assertEqual(b["targetAtteso"], "Sì")
        self.assertTrue(b["nome"].endswith("in termini di fatturato e di numero di utenti presi in carico"))

    def test_indicatore_without_colon(self):
        x = indicator(self.asc, "Tasso di assenza per dipendente")
        self.assertEqual(x["formula"], "Totale giornate di assenza / Numero medio dipendenti")

    def test_multi_measure_indicator(self):
        x = indirizzo(sezione(self.asc, "2.2.1"), "A")["indicatori"][0]
        self.assertEqual(x["nome"], "N° utenti presi in carico; Tasso di saturazione posti; N° giornate di "
                                    "assistenza erogate (in comparazione con l'esercizio precedente)")
        self.assertIn("- CDD (56 pl) - gg effettivi – 1° sem 2019: 5.717 (123 gg di apertura); "
                      "1° sem 2018: 5.795 (125 gg di apertura); Δ 2019/2018: -1,35%", x["risultato"])
        self.assertIn("- Cure Intermedie (78 pl) - gg effettive – 1° sem 2019: 400;", x["risultato"])
        self.assertEqual(x["risultato"].count("\n- "), 3 + 7 * 3)

    def test_italics_kept(self):
        x = indicator(self.asc, "Esiti della *customer satisfaction* annualmente somministrata agli "
                                "utenti/parenti di ogni singolo servizio aziendale (scala di valutazione 1-5)")
        self.assertEqual(x["targetAtteso"],
                         "Valore medio di soddisfazione generale almeno pari al 3,5 (giudizio discreto).")
        self.assertIn("la cui sintesi è stata pubblicata nel Bilancio Sociale 2018", x["risultato"])
        self.assertTrue(indirizzo(sezione(self.asc, "2.1"), "A")["testo"].startswith("*Presentazione"))

    def test_results(self):
        a = indirizzo(sezione(self.aem, "1.1"), "A")["indicatori"][0]
        self.assertEqual(a["risultato"], "- Non sono state effettuate operazioni straordinarie\n"
                                         "- Il Budget è stato approvato in Assemblea come previsto Statutariamente")
        b = indirizzo(sezione(self.asc, "2.1"), "B")["indicatori"][0]
        self.assertTrue(b["risultato"].startswith("Documentazione inviata:\n- Bilancio d'Esercizio anno 2018"))
        self.assertEqual(b["risultato"].count("\n- "), 3)
        ricavi = indicator(self.asc, "Andamento dei ricavi aziendali")
        self.assertTrue(ricavi["risultato"].endswith(
            "\n\nRicavi primo semestre 2019 = 10.944.365 euro\n"
            "Ricavi primo semestre 2018 = 10.939.642 euro\nIndicatore = 0.04%"))
        # list continuing after a page number
        c = indirizzo(sezione(self.asc, "2.2.1"), "C")["indicatori"][0]
        self.assertEqual(c["risultato"].count("\n- "), 4)

    def test_section_without_title_and_without_indirizzi(self):
        self.assertIsNone(sezione(self.asc, "2.2")["titolo"])
        s12 = sezione(self.aem, "1.2")
        self.assertEqual(s12["titolo"], "Indirizzi in materia di spese di funzionamento")
        self.assertTrue(s12["testo"].startswith("Si rinvia alla deliberazione di Giunta Comunale n.293"))
        self.assertEqual(s12["rendicontazione"],
                         "- La richiesta di rendicontazione è prevista con riferimento all'esercizio al 31.12.2019")
        self.assertEqual(s12["indirizzi"], [])

    def test_letter_glued_and_indicator_after_second_letter(self):
        a = indirizzo(sezione(self.asc, "2.2.3"), "A")
        self.assertTrue(a["testo"].startswith("Introduzione di un sistema di Controllo di Gestione"))
        self.assertTrue(a["indicatori"][0]["risultato"].endswith(
            "\n\nRestituzione periodica da parte degli uffici competenti di report riguardanti le "
            "performance per singola area di responsabilità"))
        s222 = sezione(self.asc, "2.2.2")
        self.assertEqual(indirizzo(s222, "A")["indicatori"], [])
        self.assertEqual(indirizzo(s222, "B")["indicatori"][0]["risultato"],
                         "Indicatore non calcolabile al 30 giugno")

    def test_personale(self):
        s = sezione(self.asc, "2.3")
        self.assertTrue(s["testo"].startswith("Ai sensi di quanto disposto dall'art. 4, comma 12 bis"))
        a = indirizzo(s, "A")["testo"]
        self.assertIn("\n\nA1) il documento preventivo (01/01), semestrale e consuntivo (31/12) che attesti "
                      "per il 2019:\n- la consistenza di personale", a)
        self.assertIn("\n\nA2) il documento atto a dimostrare", a)
        b = indirizzo(s, "B")["testo"]
        self.assertEqual([p[:3] for p in b.split("\n\n")[1:]], ["B1)", "B2)", "B3)"])
        self.assertIsNone(indirizzo(s, "B")["rendicontazione"])
        self.assertTrue(s["rendicontazione"].startswith("Rinviando all'allegato"))
        self.assertEqual(s["rendicontazione"].count("\n- "), 2)

    def test_introduzione(self):
        self.assertTrue(self.aem["introduzione"].startswith("L'articolazione degli indirizzi implica"))
        self.assertIsNone(self.asc["introduzione"])


class CleanlinessTest(unittest.TestCase):
    def setUp(self):
        self.data = load()

    def texts(self):
        return list(cp.iter_texts({"organismi": self.data["organismi"], "titolo": self.data["titolo"]}))

    def test_self_check_passes(self):
        self.assertEqual(cp.self_check(self.data), [])

    def test_self_check_detects_problems(self):
        import copy
        bad = copy.deepcopy(self.data)
        x = bad["organismi"][1]["sezioni"][0]["indirizzi"][4]["indicatori"][0]
        x["targetAtteso"] = "$\\geq$ € 100.000,00"
        x["risultato"] = "prima parte\n\n2\n\nseconda parte"
        bad["organismi"][0]["sezioni"][0]["indirizzi"][0]["indicatori"].pop()
        problems = "\n".join(cp.self_check(bad))
        self.assertIn("indicator counts", problems)
        self.assertIn("LaTeX dollar", problems)
        self.assertIn("stray page number", problems)

    def test_no_artefacts(self):
        for path, t in self.texts():
            with self.subTest(path=path):
                self.assertNotIn("$", t)
                self.assertNotIn("\\text", t)
                self.assertNotIn("\\", t)
                self.assertNotIn("\t", t)
                self.assertNotIn("**", t)
                self.assertIsNone(re.search(r"<\s*/?\s*[A-Za-z][^>]*>", t))
                self.assertIsNone(re.search(r"&[a-z]+;", t))
                self.assertIsNone(re.search(r"(?:^|\n)\d{1,3}(?:\n|$)", t) if "\n" in t else None)
                self.assertIsNone(re.search(r"\b(?:Target Atteso|Finalità|Formula)\s*:", t))
                self.assertIsNone(re.search(r"\n{3,}|  |\n | \n", t))
                self.assertNotEqual(t, "")
                self.assertEqual(t, t.strip())

    def test_no_empty_strings_anywhere(self):
        for path, t in cp.iter_texts(self.data):
            self.assertNotEqual(t.strip(), "", path)

    def test_schema_keys(self):
        self.assertEqual(set(self.data), {"titolo", "organismi", "note"})
        self.assertEqual(self.data["titolo"],
                         "Rendicontazione sullo stato di attuazione degli indirizzi strategici al 30 giugno 2019")
        for o in self.data["organismi"]:
            self.assertEqual(set(o), {"nome", "introduzione", "sezioni"})
            for s in o["sezioni"]:
                self.assertEqual(set(s), {"numero", "titolo", "testo", "indirizzi", "rendicontazione"})
                for d in s["indirizzi"]:
                    self.assertEqual(set(d), {"lettera", "testo", "indicatori", "rendicontazione"})
                    for x in d["indicatori"]:
                        self.assertEqual(set(x), {"nome", "targetAtteso", "finalita", "formula", "risultato"})
        self.assertTrue(self.data["note"])
        for n in self.data["note"]:
            self.assertEqual(set(n), {"dove", "decisione"})

    def test_accents_and_typography_kept(self):
        raw = JSON_PATH.read_text(encoding="utf-8")
        for s in ("è", "à", "’", "“", "”", "–", "Δ", "≥", "°"):
            self.assertIn(s, raw)
        self.assertNotIn("\\u00", raw)   # ensure_ascii=False


class HelpersTest(unittest.TestCase):
    def test_formula_helpers(self):
        self.assertIsNone(cp.clean_formula(["/"]))
        self.assertEqual(cp.clean_formula(["(a/b)* 100"]), "(a / b) * 100")
        self.assertEqual(cp.clean_formula(["x 2019/2018"]), "x 2019/2018")

    def test_split_calc_line(self):
        self.assertEqual(cp._split_calc_line("A 2019 = 1 euro A 2018 = 2 euro Indicatore = 3%"),
                         "A 2019 = 1 euro\nA 2018 = 2 euro\nIndicatore = 3%")
        self.assertEqual(cp._split_calc_line("media = 97,6%"), "media = 97,6%")


@unittest.skipUnless(cp.DEFAULT_SEED.exists(), "seed not available")
class ReproducibleTest(unittest.TestCase):
    def test_converter_reproduces_committed_json(self):
        self.assertEqual(cp.convert(cp.DEFAULT_SEED.resolve()), load())


if __name__ == "__main__":
    unittest.main()
