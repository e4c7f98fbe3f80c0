#!/usr/bin/env python3
"""Convert the plan section of the Allegato 6 seed into piano-2019.json.

Usage (from the repository root):

    python3 tools/seed/convert_plan.py [SEED] [OUTPUT]

SEED defaults to ../shared/seed/allegato6-cremona-2019.txt (relative to the
repository root), OUTPUT to
src/Cremona.Dup.Web/Data/Seeding/Dataset/piano-2019.json.

Only lines before "Rendicontazione sullo stato di attuazione degli indirizzi
strategici" are read (the organismi partecipati are converted elsewhere).
The script ends with a self-check and exits non-zero when the counts differ
from the expected ones or a text still carries conversion artefacts.

Standard library only.  The text helpers live in textclean.py.
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from textclean import (  # noqa: E402
    collapse_spaces,
    html_to_markdown,
    latex_to_text,
    normalize_paragraphs,
    parse_it_number,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SEED = REPO_ROOT / ".." / "shared" / "seed" / "allegato6-cremona-2019.txt"
DEFAULT_OUTPUT = REPO_ROOT / "src" / "Cremona.Dup.Web" / "Data" / "Seeding" / "Dataset" / "piano-2019.json"

STOP_MARKER = "Rendicontazione sullo stato di attuazione degli indirizzi strategici"

EXPECTED = {
    "missioni": 15,
    "programmi": 40,
    "obiettiviStrategici": 73,
    "obiettiviOperativi": 118,
    "indicatori": 144,
}

# ---------------------------------------------------------------------------
# Hand corrections that no rule can derive.  Every entry carries the reason
# and is echoed into the JSON "note" array (see apply_overrides / NOTES).
# ---------------------------------------------------------------------------

OVERRIDES = {
    # Obiettivi operativi printed WITHOUT the "Obiettivo Operativo DUP" line:
    # the seed goes straight from "Obiettivo Strategico …" to "Responsabile
    # Politico".  Keyed by (programma, obiettivo strategico just printed).
    "missingOperativi": {
        ("10.05", "B67"): {
            "codice": "C89",
            "nome": "PIANO DELLA MOBILITA' SOSTENIBILE",
            "note": "Il seed non stampa la riga «Obiettivo Operativo DUP» dopo «Obiettivo Strategico "
                    "B67 - Strumenti di pianificazione della mobilità» (programma 10.05): l'obiettivo "
                    "operativo (Responsabile Politico Manfredini Alessia, responsabile gestionale Pagliarini "
                    "Marco) è stato ricostruito con codice C89, l'unico codice mancante tra C88 (programma "
                    "10.02) e C90 che lo segue nello stesso programma; C89 non compare altrove nel seed. "
                    "Il nome non è stampato: è stato desunto dalla descrizione sintetica («è necessario "
                    "procedere alla stesura del piano della mobilità sostenibile») e scritto come gli altri "
                    "nomi del documento: «PIANO DELLA MOBILITA' SOSTENIBILE».",
        },
        ("19.01", "B92"): {
            "codice": "C118",
            "nome": "CREMONA INTERNAZIONALE",
            "note": "Il seed non stampa la riga «Obiettivo Operativo DUP» dopo «Obiettivo Strategico "
                    "B92 - Cremona internazionale» (programma 19.01, ultimo del piano): l'obiettivo "
                    "operativo è stato ricostruito con codice C118, l'unico codice della serie C1xx che "
                    "manca nel seed (C117 lo precede, C119 e C120 compaiono altrove). Il nome non è "
                    "stampato: è stato desunto dal titolo dell'obiettivo strategico e dalla descrizione "
                    "sintetica (i contatti internazionali della città): «CREMONA INTERNAZIONALE».",
        },
    },
    # Strategic objective codes printed wrongly.
    "strategicCode": {
        "C81": {
            "codice": "B81",
            "note": "Obiettivo strategico stampato come «C81 - Asl e Azienda Ospedaliera risorse per il "
                    "territorio» (programma 12.07, prima di C106): i codici strategici sono della serie B "
                    "e C81 è già il codice di un obiettivo operativo (Interventi di riqualificazione degli "
                    "arredi ludico ricreativi, programma 9.02). Mappato a B81, che cade esattamente nel "
                    "buco tra B80 (Welfare generativo) e B82 (Volontariato e associazionismo).",
        },
    },
    # Obiettivi operativi whose strategic objective is not printed.
    "noStrategic": {
        "C40": {
            "codice": "B27",
            "note": "Nel seed C40 «EDUCAZIONE STRADALE ED ALLA LEGALITA'» (primo e unico obiettivo del "
                    "programma 3.02) non è preceduto da alcuna riga «Obiettivo Strategico». È stato "
                    "assegnato a B27 «Sicurezza e partecipazione», l'obiettivo strategico di C38 e C39 "
                    "(programma 3.01, stesso settore Polizia Locale, stesso responsabile gestionale): la "
                    "descrizione del programma 3.02 lega esplicitamente sicurezza stradale, legalità e "
                    "partecipazione dei cittadini.",
        },
    },
    # Field values replaced by hand: (codice obiettivo operativo, campo[, indice indicatore]) -> value
    "fields": {
        ("C37", "formula", 0): {
            "value": "(gare con offerta economicamente più vantaggiosa / gare esperite) * 100",
            "note": "C37, indicatore «Percentuale appalti di servizi…»: il seed stampa "
                    "«Formula/gare con offerta economicamente più¹ vantaggiosa /gare esperite) *100» "
                    "(etichetta incollata, parentesi aperta persa, apice ¹ spurio). Ricostruita la "
                    "formula con la parentesi di apertura e senza l'apice.",
        },
    },
    # Texts kept exactly as printed although they look wrong: no rule or
    # override changes them, the judgement is only recorded in "note".
    "remarks": {
        "C56": "Nota dell'indicatore «Incremento degli accessi agli impianti natatori» stampata come "
               "«4578342240422408,39»: numeri incollati dalla conversione (plausibilmente 45783 accessi "
               "2018, 42240 accessi 2017, 8,39%), ma la separazione non è ricostruibile con certezza; "
               "lasciata com'è nel seed.",
        "C50": "Il testo sotto «Azioni Correttive Infrannuale 2019» («Nello specifico, nel 2019 il "
               "programma culturale denominato \"Cremona, Bellissima\"…») sembra piuttosto la chiusura "
               "dello stato di attuazione, ma il seed lo stampa sotto le azioni correttive: lasciato in "
               "azioniCorrettive.",
        "C0138": "Nessuna finalità/formula/tabella indicatore nel seed: indicatori = [] (così anche C0135, "
                 "C84, C104, C108, C110).",
    },
    # Page-break splits that the generic rules (next chunk in lower case,
    # previous chunk ending with an article/preposition) cannot see: the two
    # chunks are joined with a space.  (end of previous chunk, start of next)
    "joins": [
        ("con deliberazione di Giunta", "Comunale n. 47/16132",
         "Programma 1.07, «Risorse Strumentali da utilizzare»: «…deliberazione di Giunta» + "
         "«Comunale n. 47/16132 del 28/02/2018.» (dopo il salto pagina, fuori dal blocco HTML) "
         "ricongiunti."),
        ("presso Palazzo", "Cittanova.",
         "C44, stato di attuazione: «…presso Palazzo» + «Cittanova.» ricongiunti (salto pagina)."),
        ("sono stati individuati tutti i", "- referimenti contabili",
         "C15, stato di attuazione: il punto 2) continua dopo il salto pagina come «- referimenti "
         "contabili…»; il trattino è un artefatto della conversione: righe ricongiunte."),
        ("contestuale all'approvazione del", "Bilancio economico, quindi",
         "C77, azioni correttive: «…contestuale all'approvazione del» + «Bilancio economico, quindi "
         "entro dicembre 2019.» ricongiunti (salto pagina)."),
        ("Cambonino e Museo di Storia", "Naturale), al Museo del Violino",
         "C50, stato di attuazione: «…Museo di Storia» + «Naturale), al Museo del Violino…» "
         "ricongiunti (salto pagina a metà del nome del museo)."),
        ("progetto \"Dementia", "Friendly”, promotore",
         "C97, stato di attuazione: «…progetto \"Dementia» + «Friendly”, promotore…» ricongiunti "
         "(salto pagina a metà del nome del progetto; virgolette lasciate come nel seed)."),
        ("banche del tempo e scambio di competenze;", "acquisti collettivi e solidali;",
         "C108, descrizione sintetica: la voce «- promozione di forme di economia \"alternative\": … "
         "banche del tempo e scambio di competenze;» continua dopo il salto pagina con «acquisti "
         "collettivi e solidali;»: ricongiunte nella stessa voce d'elenco."),
    ],
}

# Extra notes on judgements that are implemented as rules (not per-item).
RULE_NOTES = [
    ("indicatori", "Le tabelle indicatore spezzate dal salto pagina (seconda tabella con intestazione "
                   "ripetuta e prime celle vuote) sono state fuse nell'indicatore che continuano: la nota "
                   "prosegue la nota precedente (es. C31 «Testamenti biologici presentati»: «alla data del "
                   "31/12/2017 n. 213 …»); se anche la prima cella è piena ma tutte le celle numeriche sono "
                   "vuote, la prima cella prosegue il nome dell'indicatore (es. C51 «Realizzazione di "
                   "iniziative in» + «collaborazione di soggetti diversi»)."),
    ("indicatori", "Intestazioni «Indicatore di Impatto…» senza riga di valori (C06, riga ripetuta prima "
                   "della seconda finalità) e la riga di soli trattini sotto l'intestazione di C32 "
                   "(«-----») sono state ignorate."),
    ("indicatori.note", "Le note delle tabelle sono una sola cella: sono state divise in paragrafi prima "
                        "di ogni scadenza («Target al 31/12/2017:», «Al 31/12/2018:», «Cons 2018», "
                        "«Consuntivo al …», «Target consuntivo 2018» …) e dopo la frase iniziale di "
                        "previsione («Target previsione al 2019», «Target al 2018» …); i frammenti HTML "
                        "sono diventati paragrafi/elenchi Markdown e il LaTeX testo semplice."),
    ("indicatori.formula", "Formule: LaTeX convertito in testo; operatori «*» e «/» scritti con uno spazio "
                           "per lato («(a/b)*100» → «(a / b) * 100»), tranne date (31/12/2016) e coppie che "
                           "non sono divisioni (costo/ricavi, Kwh/anno, km/anno, Ici/Imu, tari/tares/tarsu, "
                           "percorsi/proposte, reclami/segnalazioni); formula ed esempio restano su righe "
                           "separate (\\n)."),
    ("indicatori.finalita", "Le finalità stampate come «.» (segnaposto vuoto) sono null."),
    ("testi", "Righe separate da un solo a capo nei testi descrittivi sono paragrafi distinti (\\n\\n); "
              "nei campi brevi (responsabili, gap, stakeholder, settori coinvolti) e nelle formule una "
              "riga nuova resta un solo \\n. Le righe numerate consecutive («1. …», «1) …») restano "
              "un elenco su righe contigue."),
    ("testi", "Un testo spezzato dal salto pagina (riga vuota, frase che riprende in minuscolo o dopo "
              "un articolo/preposizione finale) è stato ricongiunto con uno spazio."),
    ("testi", "I punti elenco «•», «·» e il punto iniziale «.Revisione del processo…» (C32, stato di "
              "attuazione, in mezzo a voci «•») sono diventati righe Markdown «- »."),
]


# ---------------------------------------------------------------------------
# reading and tokenising
# ---------------------------------------------------------------------------

def read_plan_lines(path: Path) -> list[tuple[int, str]]:
    """Lines of the plan section as (1-based line number, text)."""
    text = path.read_text(encoding="utf-8")
    out = []
    for i, line in enumerate(text.split("\n"), start=1):
        if STOP_MARKER in line:
            break
        out.append((i, line.rstrip("\r")))
    else:
        raise SystemExit(f"stop marker not found in {path}")
    return out


def explode_glue(lines):
    """Split labels glued with ``**`` (``Gap**Stakeholder**``) into lines."""
    out = []
    for no, line in lines:
        if "**" in line:
            parts = [p.strip() for p in line.split("**")]
            for p in parts:
                if p:
                    out.append((no, p))
        else:
            out.append((no, line))
    return out


LABELS = [
    ("missione", r"Missione"),
    ("programma", r"Programma"),
    ("responsabili", r"Responsabile del Programma"),
    ("descrizione", r"Descrizione del Programma"),
    ("motivazioneScelte", r"Motivazione delle Scelte"),
    ("finalitaDaConseguire", r"Finalità da conseguire"),
    ("risorseUmane", r"Risorse Umane da impiegare"),
    ("risorseStrumentali", r"Risorse Strumentali da utilizzare"),
    ("obiettivoStrategico", r"Obiettivo Strategico"),
    ("obiettivoOperativo", r"Obiettivo Operativo DUP"),
    ("responsabilePolitico", r"Responsabile Politico"),
    ("responsabileGestionale", r"Responsabile gestionale"),
    ("descrizioneSintetica", r"Descrizione sintetica"),
    ("gap", r"Gap"),
    ("stakeholder", r"Stakeholder(?! (?:finale|intermedi)\b)"),
    ("settoriCoinvolti", r"Settori Coinvolti"),
    ("finalita", r"Finalità(?! da conseguire)"),
    ("formula", r"Formula|Formola|Formule"),
    ("definizione", r"Definizione Ob\. Operativo Dup (?P<anno>\d{4})"),
    ("statoAttuazione", r"Stato di Attuazione Infrannuale 2019"),
    ("azioniCorrettive", r"Azioni Correttive Infrannual[ei] 2019"),
]
_LABEL_RES = [(k, re.compile(rf"^(?:{p})(?=$|[\t ]|/)")) for k, p in LABELS]
_PROGRAMMA_VALUE = re.compile(r"^(\d{1,2}\.\d{2})\s*[-–]\s*(.+)$")
_MISSIONE_VALUE = re.compile(r"^(\d{1,2})\s*[-–]\s*(.+)$")
HEADER_PREFIX = "Indicatore di Impatto\t"


def match_label(text: str):
    s = text.strip()
    for key, rx in _LABEL_RES:
        m = rx.match(s)
        if m:
            extra = m.groupdict().get("anno")
            return key, s[m.end():].strip(), extra
    return None


def tokenize(lines):
    """Turn the lines into events.

    ('label', key, inline_value, lineno, extra) | ('text', text, lineno)
    ('blank',) | ('header', cells, lineno) | ('row', cells, lineno)
    """
    events = []
    n = len(lines)
    i = 0
    while i < n:
        no, line = lines[i]
        if not line.strip():
            events.append(("blank",))
            i += 1
            continue
        if line.startswith(HEADER_PREFIX):
            events.append(("header", line.split("\t"), no))
            if i + 1 < n and lines[i + 1][1].strip() and "\t" in lines[i + 1][1] \
                    and not lines[i + 1][1].startswith(HEADER_PREFIX):
                events.append(("row", lines[i + 1][1].split("\t"), lines[i + 1][0]))
                i += 2
            else:
                i += 1
            continue
        lab = match_label(line)
        if lab:
            key, val, extra = lab
            ok = True
            if key in ("programma", "missione"):
                rx = _PROGRAMMA_VALUE if key == "programma" else _MISSIONE_VALUE
                probe = val
                if not probe:
                    j = i + 1
                    while j < n and not lines[j][1].strip():
                        j += 1
                    probe = lines[j][1].strip() if j < n else ""
                ok = bool(rx.match(probe))
            if ok:
                events.append(("label", key, val, no, extra))
                i += 1
                continue
        events.append(("text", line, no))
        i += 1
    return events


def group_fields(events):
    """Attach to each label the raw lines that follow it.

    Returns a list of ('field', key, raw_lines, lineno, extra) and the table
    events unchanged.  raw_lines keeps '' for blank lines (page breaks)."""
    out = []
    cur = None
    started = False
    for ev in events:
        kind = ev[0]
        if not started:
            # skip the title page (Comune di Cremona, Allegato 6, report title)
            if kind == "label" and ev[1] == "missione":
                started = True
            else:
                continue
        if kind == "label":
            _, key, val, no, extra = ev
            cur = ["field", key, [val] if val else [], no, extra]
            out.append(cur)
        elif kind in ("header", "row"):
            cur = None
            out.append(ev)
        elif kind == "blank":
            if cur is not None:
                cur[2].append("")
        else:  # text
            if cur is None:
                raise SystemExit(f"line {ev[2]}: text outside any field: {ev[1][:80]!r}")
            cur[2].append(ev[1])
    return [tuple(x) if isinstance(x, list) else x for x in out]


# ---------------------------------------------------------------------------
# text cleaning
# ---------------------------------------------------------------------------

NOTES: list[dict] = []
JOIN_LOG: list[str] = []
_used_joins: set[int] = set()

_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def add_note(dove: str, decisione: str):
    NOTES.append({"dove": dove, "decisione": decisione})


def _join_logger(where: str):
    def log(prev, nxt, idx):
        if idx is not None:
            _used_joins.add(idx)
        JOIN_LOG.append(f"{where}: …{prev[-40:]!r} + {nxt[:40]!r}…" + (" [override]" if idx is not None else ""))
    return log


def _joins():
    return [(t, h) for t, h, _why in OVERRIDES["joins"]]


def clean_prose(raw_lines, where: str):
    return normalize_paragraphs(
        "\n".join(raw_lines), joins=_joins(), on_join=_join_logger(where), dedupe_min=61,
        on_dedupe=lambda t: add_note(where, "Paragrafo ripetuto identico nel seed (blocco duplicato "
                                            f"dalla conversione) eliminato: «{t[:70]}…»."))


def clean_short(raw_lines, where: str):
    """Short fields (names, gap, stakeholder…): lines kept with a single \\n."""
    return normalize_paragraphs("\n".join(raw_lines), joins=_joins(), on_join=_join_logger(where),
                                lines=True)


# "a/b" pairs in formulas that are alternatives or units, not divisions: kept
# unspaced.  Every other slash between two operands is written " / ".
FORMULA_SLASH_KEEP = ("costo/ricavi", "percorsi/proposte", "Kwh/anno", "kwh/anno", "km/anno",
                      "Ici/Imu", "tari/tares/tarsu", "Tari/tarsu/tares", "reclami/ segnalazioni",
                      "reclami/segnalazioni")
_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")


def tidy_formula_line(s: str) -> str:
    s = collapse_spaces(s)
    s = re.sub(r"\s*\*\s*", " * ", s)          # multiplication: always spaced
    s = re.sub(r"\s*×\s*", " × ", s)
    protected = {}

    def protect(m):
        key = f"\ue010{len(protected)}\ue011"
        protected[key] = m.group(0)
        return key

    s = _DATE.sub(protect, s)
    for pair in FORMULA_SLASH_KEEP:
        s = s.replace(pair, protect(re.match(r"(?s).*", pair)))
    s = re.sub(r"\s*/\s*", " / ", s)
    for key, val in protected.items():
        s = s.replace(key, val.replace("/ ", "/"))
    s = re.sub(r"\(\s+", "(", s)
    s = re.sub(r"\s+\)", ")", s)
    s = re.sub(r"\s+([;,])", r"\1", s)
    return s.strip()


def clean_formula(raw_lines, where: str):
    """Formula lines (formula, example, remarks) kept on separate lines;
    page breaks joined only after an article/preposition."""
    text = normalize_paragraphs("\n".join(raw_lines), joins=_joins(), on_join=_join_logger(where),
                                lines=True, allow_lower=False)
    if text is None:
        return None
    lines = [tidy_formula_line(x) for x in text.split("\n")]
    return "\n".join(x for x in lines if x) or None


# notes of the indicator tables ------------------------------------------------

_NOTE_SPLIT = re.compile(
    r"(?<!\bIl)(?<![Tt]arget)\s+(?="
    r"Target(?:i)? al (?:3\d|\d{1,2}[/.]|31 dicembre)"
    r"|target al 3\d"
    r"|[Tt]arget consuntivo 20\d\d"
    r"|Target (?:anno )?20\d\d\s*:"
    r"|Al 3\d[/.]"
    r"|Cons\.? 20\d\d"
    r"|Consuntivo (?:al |20\d\d|\$|\d)"
    r"|consuntivo 20\d\d:"
    r"|Il consuntivo 20\d\d"
    r"|Note 20\d\d:"
    r"|Totale al "
    r"|Target (?:al|previsione|preventivo|previsto|previsionale) 20\d\d\s*$"
    r"|Target al 20\d\d\b"
    r")"
)
_NOTE_LEAD = re.compile(
    r"^((?:[Tt]arget|Target) (?:di )?(?:previsione|preventivo|previsto|previsionale|percentuale)?\s*"
    r"(?:al |a |periodo )?20\d\d(?:[-/]20\d\d)?\.?)\s+(?=[^\s(])"
)


def split_note_paragraph(p: str) -> list[str]:
    """Split one note paragraph before each dated result ("Target al 31/12/2017:" …)."""
    if p.startswith("- "):
        return [p]
    out = []
    m = _NOTE_LEAD.match(p)
    if m:
        rest = p[m.end():]
        first_piece = _NOTE_SPLIT.split(rest)[0]
        # keep "Target al 2019 Accessi fisici …" or "Target al 2019 160.000 2018 …"
        # together: split only when a real sentence follows the lead
        if not re.match(r"^\s*[-–]", rest) and not re.match(r"^\d[\d.,]*\s", rest) \
                and len(first_piece.split()) > 3:
            out.append(m.group(1))
            p = rest
    pieces = [x.strip() for x in _NOTE_SPLIT.split(p) if x.strip()]
    out.extend(pieces)
    return out


def merge_orphan_markers(paras: list[str]) -> list[str]:
    """"Target al 31/12/2017:" left alone by an HTML paragraph break joins the next paragraph."""
    out = []
    for p in paras:
        if out and re.fullmatch(r"[^\n]{0,40}:", out[-1]) and _NOTE_SPLIT.match(" " + out[-1]) \
                and not p.startswith("- "):
            out[-1] = out[-1] + " " + p
        else:
            out.append(p)
    return out


def join_note_fragments(frags: list[str]) -> str:
    acc = ""
    for f in frags:
        f = f.strip()
        if not f:
            continue
        if not acc:
            acc = f
            continue
        if acc.endswith("</p>"):
            acc = acc[:-4]
        if f.startswith("<p>"):
            f = f[3:]
        acc = acc + " " + f
    return acc


def clean_note(frags: list[str], where: str):
    raw = join_note_fragments(frags)
    if not raw:
        return None
    md = html_to_markdown(raw) if _TAG.search(raw) else raw
    md = latex_to_text(md)
    paras = []
    for para in md.split("\n\n"):
        lines = para.split("\n")
        if all(x.startswith("- ") for x in lines[1:]) and len(lines) > 1:
            head = split_note_paragraph(collapse_spaces(lines[0]))
            paras.extend(head[:-1])
            paras.append(head[-1] + "\n" + "\n".join(collapse_spaces(x) for x in lines[1:]))
            continue
        for ln in lines:
            paras.extend(split_note_paragraph(collapse_spaces(ln)))
    text = "\n\n".join(p for p in merge_orphan_markers([p for p in paras if p]))
    return text or None


# ---------------------------------------------------------------------------
# building the document
# ---------------------------------------------------------------------------

_CODE_NAME = re.compile(r"^([BC]\d{2,4})\s*[-–]\s*(.+)$")


def first_value(raw_lines):
    vals = [collapse_spaces(x) for x in raw_lines if x.strip()]
    return vals


def parse_years(header_cells):
    years = []
    for c in header_cells[2:-1]:
        m = re.search(r"(\d{4})", c)
        if not m:
            raise SystemExit(f"header cell without year: {c!r}")
        years.append(int(m.group(1)))
    return years


def num(cell: str):
    cell = cell.strip()
    if not cell:
        return None
    return parse_it_number(cell)


PROGRAM_FIELDS = ("responsabili", "descrizione", "motivazioneScelte", "finalitaDaConseguire",
                  "risorseUmane", "risorseStrumentali")
OP_SHORT_FIELDS = ("responsabilePolitico", "responsabileGestionale", "gap", "stakeholder",
                   "settoriCoinvolti")
OP_PROSE_FIELDS = ("descrizioneSintetica", "statoAttuazione", "azioniCorrettive")


def build(items):
    missioni: dict[int, str] = {}
    strategici: dict[str, str] = {}
    strategici_variants: dict[str, set] = {}
    programmi = []
    prog = None
    op = None
    pending_strat = None
    pending_ind = None      # {'finalita': raw, 'formula': raw}
    last_ind = None
    years = None
    missione_cur = None
    ops_all = []

    def new_op(code, name, where_no):
        nonlocal op, pending_strat, pending_ind, last_ind
        if prog is None:
            raise SystemExit(f"line {where_no}: obiettivo operativo outside a programma")
        op = {
            "codice": code, "nome": name, "obiettivoStrategico": pending_strat,
            "responsabilePolitico": None, "responsabileGestionale": None,
            "descrizioneSintetica": None, "gap": None, "stakeholder": None, "settoriCoinvolti": None,
            "definizioni": {}, "statoAttuazione": None, "azioniCorrettive": None,
            "indicatori": [], "_raw": {}, "_line": where_no,
        }
        pending_strat = None
        pending_ind = None
        last_ind = None
        prog["obiettiviOperativi"].append(op)
        ops_all.append(op)
        return op

    for it in items:
        kind = it[0]
        if kind == "field":
            _, key, raw, no, extra = it
            vals = first_value(raw)
            if key == "missione":
                m = _MISSIONE_VALUE.match(vals[0])
                n_, name = int(m.group(1)), m.group(2).strip()
                if n_ in missioni and missioni[n_] != name:
                    raise SystemExit(f"line {no}: missione {n_} name differs: {name!r}")
                missioni.setdefault(n_, name)
                missione_cur = n_
                continue
            if key == "programma":
                m = _PROGRAMMA_VALUE.match(vals[0])
                prog = {"codice": m.group(1), "missione": missione_cur, "nome": m.group(2).strip(),
                        "responsabili": None, "descrizione": None, "motivazioneScelte": None,
                        "finalitaDaConseguire": None, "risorseUmane": None, "risorseStrumentali": None,
                        "obiettiviOperativi": [], "_raw": {}}
                if not prog["codice"].startswith(f"{missione_cur}."):
                    raise SystemExit(f"line {no}: programma {prog['codice']} not in missione {missione_cur}")
                programmi.append(prog)
                op = None
                pending_strat = None
                continue
            if key in PROGRAM_FIELDS:
                if op is not None or prog is None:
                    raise SystemExit(f"line {no}: programma field {key} in the wrong place")
                prog["_raw"][key] = raw
                continue
            if key == "obiettivoStrategico":
                m = _CODE_NAME.match(vals[0])
                if not m:
                    raise SystemExit(f"line {no}: bad strategic value {vals[0]!r}")
                code, name = m.group(1), m.group(2).strip()
                if code in OVERRIDES["strategicCode"]:
                    fix = OVERRIDES["strategicCode"][code]
                    add_note(fix["codice"], fix["note"])
                    code = fix["codice"]
                strategici_variants.setdefault(code, set()).add(name)
                strategici.setdefault(code, name)
                pending_strat = code
                op = None
                continue
            if key == "obiettivoOperativo":
                m = _CODE_NAME.match(vals[0])
                if not m or not m.group(1).startswith("C"):
                    raise SystemExit(f"line {no}: bad operative value {vals!r}")
                new_op(m.group(1), m.group(2).strip(), no)
                continue
            if key == "responsabilePolitico" and (op is None or "responsabilePolitico" in op["_raw"]):
                k = (prog["codice"], pending_strat)
                fix = OVERRIDES["missingOperativi"].get(k)
                if fix is None:
                    raise SystemExit(f"line {no}: obiettivo operativo without label, no override for {k}")
                new_op(fix["codice"], fix["nome"], no)
                add_note(fix["codice"], fix["note"])
            if op is None:
                raise SystemExit(f"line {no}: field {key} outside an obiettivo operativo")
            if key == "finalita":
                pending_ind = {"finalita": raw, "formula": None, "line": no}
                continue
            if key == "formula":
                if pending_ind is None:
                    pending_ind = {"finalita": None, "formula": None, "line": no}
                pending_ind["formula"] = raw
                continue
            if key == "definizione":
                op["_raw"].setdefault("definizioni", {})[extra] = raw
                continue
            op["_raw"][key] = raw
            continue
        if kind == "header":
            years = parse_years(it[1])
            continue
        if kind == "row":
            cells = [c.strip() for c in it[1]]
            no = it[2]
            if len(cells) != 8 or years is None or len(years) != 5:
                raise SystemExit(f"line {no}: unexpected table row/header shape")
            if all(re.fullmatch(r"-+", c) for c in cells):
                continue
            if op is None:
                raise SystemExit(f"line {no}: indicator row outside an obiettivo operativo")
            name, target, cons, note = cells[0], cells[1], cells[2:7], cells[7]
            numeric_empty = not target and not any(cons)
            if not name and numeric_empty:
                if last_ind is None:
                    raise SystemExit(f"line {no}: continuation row without indicator")
                last_ind["_note"].append(note)
                continue
            if name and numeric_empty and last_ind is not None and pending_ind is None:
                last_ind["_name"].append(name)
                last_ind["_note"].append(note)
                continue
            ind = {
                "_name": [name], "_finalita": pending_ind["finalita"] if pending_ind else None,
                "_formula": pending_ind["formula"] if pending_ind else None,
                "target": num(target), "anni": list(years),
                "consuntivi": {str(y): num(v) for y, v in zip(years, cons) if v.strip()},
                "_note": [note], "_line": no,
            }
            if pending_ind is None:
                add_note(op["codice"], f"Indicatore «{name}» (riga {no}) senza «Finalità»/«Formula» "
                                       "proprie nel seed.")
            pending_ind = None
            op["indicatori"].append(ind)
            last_ind = ind
            continue
        raise SystemExit(f"unexpected item {it!r}")

    return missioni, strategici, strategici_variants, programmi, ops_all


def finalize(missioni, strategici, strategici_variants, programmi, ops_all):
    for code, names in strategici_variants.items():
        if len(names) > 1:
            chosen = strategici[code]
            others = sorted(n for n in names if n != chosen)
            add_note(code, f"Nome dell'obiettivo strategico stampato in più varianti; tenuta la prima "
                           f"(«{chosen}»), scartate: " + ", ".join(f"«{o}»" for o in others) + ".")

    for prog in programmi:
        raw = prog.pop("_raw")
        where = f"programma {prog['codice']}"
        for key in PROGRAM_FIELDS:
            if key not in raw:
                continue
            if key == "responsabili":
                prog[key] = clean_short(raw[key], f"{where}/{key}")
            else:
                prog[key] = clean_prose(raw[key], f"{where}/{key}")
        for op in prog["obiettiviOperativi"]:
            raw = op.pop("_raw")
            code = op["codice"]
            for key in OP_SHORT_FIELDS:
                if key in raw:
                    op[key] = clean_short(raw[key], f"{code}/{key}")
            for key in OP_PROSE_FIELDS:
                if key in raw:
                    op[key] = clean_prose(raw[key], f"{code}/{key}")
            for anno, r in raw.get("definizioni", {}).items():
                v = clean_prose(r, f"{code}/definizioni/{anno}")
                if v is not None:
                    op["definizioni"][anno] = v
            if op["obiettivoStrategico"] is None:
                fix = OVERRIDES["noStrategic"].get(code)
                if fix is None:
                    raise SystemExit(f"{code}: no obiettivo strategico and no override")
                op["obiettivoStrategico"] = fix["codice"]
                add_note(code, fix["note"])
            inds = []
            for idx, ind in enumerate(op.pop("indicatori")):
                name = collapse_spaces(" ".join(ind["_name"]))
                finalita = clean_prose(ind["_finalita"], f"{code}/{name}/finalita") if ind["_finalita"] else None
                if finalita is not None and finalita.strip(" .") == "":
                    finalita = None
                formula = clean_formula(ind["_formula"], f"{code}/{name}/formula") if ind["_formula"] else None
                out = {
                    "nome": name,
                    "finalita": finalita,
                    "formula": formula,
                    "target": ind["target"],
                    "anni": ind["anni"],
                    "consuntivi": ind["consuntivi"],
                    "note": clean_note(ind["_note"], f"{code}/{name}/note"),
                }
                for fld in ("formula", "finalita", "note", "nome"):
                    fix = OVERRIDES["fields"].get((code, fld, idx))
                    if fix:
                        out[fld] = fix["value"]
                        add_note(code, fix["note"])
                inds.append(out)
            op["indicatori"] = inds
            op.pop("_line", None)

    for idx, (_t, _h, why) in enumerate(OVERRIDES["joins"]):
        if idx not in _used_joins:
            raise SystemExit(f"join override not used: {OVERRIDES['joins'][idx][:2]}")
        add_note("salto pagina", why)
    for dove, dec in OVERRIDES["remarks"].items():
        add_note(dove, dec)
    for dove, dec in RULE_NOTES:
        add_note(dove, dec)

    doc = {
        "ente": "Comune di Cremona",
        "annoPiano": 2019,
        "rilevazione": {
            "data": "2019-06-30",
            "titolo": "Infrannuale 2019",
            "titoloReport": "Stato di attuazione dei Programmi e obiettivi al 30 giugno 2019",
        },
        "missioni": [{"numero": k, "nome": missioni[k]} for k in sorted(missioni)],
        "obiettiviStrategici": [{"codice": c, "nome": n} for c, n in strategici.items()],
        "programmi": programmi,
        "note": NOTES,
    }
    return doc


# ---------------------------------------------------------------------------
# output and self-check
# ---------------------------------------------------------------------------

def _dec_placeholders(obj):
    if isinstance(obj, Decimal):
        return f"\u0000DEC{obj}\u0000"
    if isinstance(obj, dict):
        return {k: _dec_placeholders(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_dec_placeholders(v) for v in obj]
    return obj


def dumps(doc) -> str:
    text = json.dumps(_dec_placeholders(doc), ensure_ascii=False, indent=2)
    text = re.sub(r'"\\u0000DEC(-?\d+(?:\.\d+)?)\\u0000"', r"\1", text)
    return text + "\n"


_ARTEFACTS = [
    ("**", re.compile(r"\*\*")),
    ("html tag", re.compile(r"</?[A-Za-z][A-Za-z0-9]*[\s>/]")),
    ("$", re.compile(r"\$")),
    ("tab", re.compile(r"\t")),
    ("\\text", re.compile(r"\\text")),
    ("latex command", re.compile(r"\\[A-Za-z]+")),
    ("leading/trailing space", re.compile(r"^\s|\s$")),
    ("double space", re.compile(r"[^\n] {2,}")),
    ("empty string", re.compile(r"^$")),
    ("label at line start", re.compile(r"(?m)^(?:Formula|Formola|Formule|Finalità|Stakeholder|Gap|Settori Coinvolti|"
                                  r"Responsabile|Descrizione sintetica|Definizione Ob|Stato di Attuazione|"
                                  r"Azioni Correttive)\b(?! (?:finale|intermedi))")),
]


def iter_texts(obj, path="$"):
    if isinstance(obj, str):
        yield path, obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from iter_texts(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from iter_texts(v, f"{path}[{i}]")


def self_check(doc) -> list[str]:
    errors = []
    ops = [op for p in doc["programmi"] for op in p["obiettiviOperativi"]]
    inds = [i for op in ops for i in op["indicatori"]]
    got = {
        "missioni": len(doc["missioni"]),
        "programmi": len(doc["programmi"]),
        "obiettiviStrategici": len(doc["obiettiviStrategici"]),
        "obiettiviOperativi": len(ops),
        "indicatori": len(inds),
    }
    for k, v in EXPECTED.items():
        if got[k] != v:
            errors.append(f"count {k}: expected {v}, got {got[k]}")
    codes = [op["codice"] for op in ops]
    if len(set(codes)) != len(codes):
        errors.append("duplicate obiettivo operativo codes")
    strat = {s["codice"] for s in doc["obiettiviStrategici"]}
    if len(strat) != len(doc["obiettiviStrategici"]):
        errors.append("duplicate obiettivo strategico codes")
    used = {op["obiettivoStrategico"] for op in ops} - {None}
    if used != strat:
        errors.append(f"strategic codes referenced vs listed differ: {sorted(used ^ strat)}")
    for path, text in iter_texts({k: v for k, v in doc.items() if k != "note"}):
        for label, rx in _ARTEFACTS:
            if rx.search(text):
                errors.append(f"{path}: {label}: {text[:80]!r}")
    for p in doc["programmi"]:
        for op in p["obiettiviOperativi"]:
            for ind in op["indicatori"]:
                for y in ind["consuntivi"]:
                    if int(y) not in ind["anni"]:
                        errors.append(f"{op['codice']}/{ind['nome']}: consuntivo year {y} not in anni")
    return errors


def convert(seed: Path):
    NOTES.clear()
    JOIN_LOG.clear()
    _used_joins.clear()
    lines = explode_glue(read_plan_lines(seed))
    items = group_fields(tokenize(lines))
    return finalize(*build(items))


def main(argv):
    pos = [a for a in argv[1:] if not a.startswith("--")]
    seed = Path(pos[0]) if len(pos) > 0 else DEFAULT_SEED
    out = Path(pos[1]) if len(pos) > 1 else DEFAULT_OUTPUT
    doc = convert(seed)
    errors = self_check(doc)
    if "--joins" in argv:
        print("\n".join(JOIN_LOG))
    if errors:
        print("SELF-CHECK FAILED:", file=sys.stderr)
        for e in errors[:200]:
            print("  " + e, file=sys.stderr)
        if len(errors) > 200:
            print(f"  … {len(errors) - 200} more", file=sys.stderr)
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(dumps(doc), encoding="utf-8")
    ops = sum(len(p["obiettiviOperativi"]) for p in doc["programmi"])
    inds = sum(len(op["indicatori"]) for p in doc["programmi"] for op in p["obiettiviOperativi"])
    print(f"wrote {out} — {len(doc['missioni'])} missioni, {len(doc['programmi'])} programmi, "
          f"{len(doc['obiettiviStrategici'])} obiettivi strategici, {ops} obiettivi operativi, "
          f"{inds} indicatori, {len(doc['note'])} note")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
