#!/usr/bin/env python3
"""Convert the "organismi partecipati" section of the Cremona Allegato 6 (30 June 2019)
into src/Cremona.Dup.Web/Data/Seeding/Dataset/partecipate-2019.json.

Usage (from the repository root):

    python3 tools/seed/convert_partecipate.py [path/to/allegato6-cremona-2019.txt]

The default seed is ../shared/seed/allegato6-cremona-2019.txt relative to the repository root.
Standard library only (plus the shared tools/seed/textclean.py). The JSON schema and the text
conventions are fixed by docs/dataset.md ("partecipate-2019.json").

The converter ends with a self-check: it exits non-zero when the indicator counts per organismo
differ from EXPECTED_INDICATORS or when any text still contains conversion artefacts
(LaTeX, HTML, tabs, page numbers, glued labels, …).

How the seed is read (line based):

* the section starts at the line TITLE and runs to the end of the file;
* lines made of a bare number of one or two digits are page numbers and are dropped;
* an organismo heading is a short line of letters/spaces whose next line (or the one after, the
  introduction) is the section "<n>.1" of the next organismo;
* a section heading is "<n>.<m>[.<k>] [– ]titolo" with <n> the current organismo ("2.2" alone has
  no title);
* an indirizzo heading is the expected next letter ("A" at the start of each section, then "B",
  "C", …) followed by "." or ")" ("AIntroduzione …", letter glued to its text, is accepted only
  for the expected letter);
* an indicator starts at a line beginning with "Indicatore" (with or without colon) when a
  "Target" label follows within a few lines; its header runs up to and including the line holding
  "Formula:". Name, "Target Atteso", "Finalità" and "Formula" are then split on the labels, so
  labels glued on one line or split over two ("… Target" / "Atteso: Sì") are handled alike;
* lines right after the header that are a formula ("$…$" or "(… / …)") continue the formula;
* everything else up to the next structural line is the indicator's "risultato" (or the text of
  the organismo / section / indirizzo when no indicator is open).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from textclean import latex_to_text  # noqa: E402  (shared helper, tools/seed/textclean.py)

DEFAULT_SEED = REPO_ROOT / ".." / "shared" / "seed" / "allegato6-cremona-2019.txt"
OUTPUT = REPO_ROOT / "src" / "Cremona.Dup.Web" / "Data" / "Seeding" / "Dataset" / "partecipate-2019.json"

TITLE = "Rendicontazione sullo stato di attuazione degli indirizzi strategici al 30 giugno 2019"

# Ground truth checked by the self-check (and by the tests).
EXPECTED_INDICATORS = {
    "Aem Cremona SpA": 9,
    "Azienda Speciale Cremona Solidale": 30,
}

# ---------------------------------------------------------------------------------------------
# Hand corrections that the rules cannot derive. Every entry is also explained in the JSON
# "note" array (see NOTES below), so that a reader of the data knows what was judged.
# ---------------------------------------------------------------------------------------------
OVERRIDES = {
    # Literal text fixes applied to the rows of the data tables (2.2.1 A): the PDF export glued
    # "Cure Intermedie" in the first two tables; the third table prints it correctly.
    "table_text_fixes": {
        "CureIntermedie": "Cure Intermedie",
    },
    # Sections whose last indirizzo has no indicator and is followed by a narrative that reports
    # on the whole section, not on that letter: the narrative goes to the section
    # "rendicontazione" instead of the indirizzo "rendicontazione".
    "narrative_to_section": [
        ("Azienda Speciale Cremona Solidale", "2.3"),
    ],
}

# Judgements recorded in the JSON "note" array. "dove" = organismo / section / indirizzo.
NOTES = [
    {
        "dove": "Aem Cremona SpA / 1.2",
        "decisione": "La sezione non ha indirizzi con lettera né indicatori: il rinvio alla deliberazione "
                     "di Giunta n. 293/2018 è il \"testo\" della sezione, l'elenco puntato che segue "
                     "(\"La richiesta di rendicontazione …\") è la \"rendicontazione\" della sezione.",
    },
    {
        "dove": "Azienda Speciale Cremona Solidale / 2.1 A, B, C",
        "decisione": "La Finalità è stampata troncata (\"… con propria specifica deliberazione\", seguita "
                     "sulla stessa riga da \"Formula: /\"); è riportata com'è, senza completarla con gli "
                     "estremi della delibera che il seed non riporta per Cremona Solidale.",
    },
    {
        "dove": "Azienda Speciale Cremona Solidale / 2.2",
        "decisione": "Il seed stampa il numero \"2.2\" senza titolo: \"titolo\" è null. Le sottosezioni "
                     "2.2.1–2.2.4 sono elencate come sezioni successive nello stesso array \"sezioni\"; la "
                     "gerarchia si legge dal numero.",
    },
    {
        "dove": "Azienda Speciale Cremona Solidale / 2.2.1 A",
        "decisione": "\"Indicatore N° utenti presi in carico\", \"Tasso di saturazione posti\" e \"N° giornate "
                     "di assistenza erogate (…)\" stampati su tre righe con un solo Target Atteso, una sola "
                     "Finalità e una sola Formula sono un unico indicatore: il nome unisce le tre misure "
                     "separate da \"; \".",
    },
    {
        "dove": "Azienda Speciale Cremona Solidale / 2.2.1 A",
        "decisione": "Le tre tabelle di dati (utenti in carico, giornate erogate, tasso di saturazione) sono "
                     "rese come elenchi puntati, una riga per servizio con le colonne \"1° sem 2019\", "
                     "\"1° sem 2018\", \"Δ 2019/2018\" (intestazione \"Δ 2019/201 8\" ricomposta). Le note a "
                     "piè di tabella (\"* 123 gg di apertura ** 125 gg di apertura\") sono riportate tra "
                     "parentesi accanto al valore a cui si riferiscono; \"CureIntermedie\" è corretto in "
                     "\"Cure Intermedie\" come nella terza tabella.",
    },
    {
        "dove": "Azienda Speciale Cremona Solidale / 2.2.2 A, B",
        "decisione": "Gli indirizzi A) e B) sono stampati uno dopo l'altro e l'unico indicatore (\"Percentuale "
                     "di ore di formazione erogate …\") segue B): l'indicatore è attribuito a B, A resta con "
                     "\"indicatori\" vuoto.",
    },
    {
        "dove": "Azienda Speciale Cremona Solidale / 2.2.3 A",
        "decisione": "La lettera è incollata al testo (\"AIntroduzione di un sistema …\"): lettera \"A\". Il "
                     "paragrafo \"Restituzione periodica da parte degli uffici competenti di report …\", "
                     "stampato prima di \"B)\", è trattato come secondo paragrafo del risultato dell'indicatore "
                     "di A (non ha Target né Formula, quindi non è un indicatore).",
    },
    {
        "dove": "Azienda Speciale Cremona Solidale / 2.3",
        "decisione": "Gli \"Indirizzi in materia di personale\" non hanno indicatori. La premessa (\"Ai sensi "
                     "di quanto disposto …\") è il \"testo\" della sezione; A e B sono indirizzi il cui "
                     "\"testo\" contiene i sottopunti A1), A2), B1)–B3) come paragrafi (l'elenco puntato di "
                     "A1 resta attaccato ad A1; \"per il\" / \"2019:\" spezzato dal cambio pagina è ricomposto). "
                     "La narrazione finale (\"Rinviando all'allegato …\" con i due punti sul personale) "
                     "riguarda tutta la sezione ed è la \"rendicontazione\" della sezione.",
    },
    {
        "dove": "tutti gli organismi",
        "decisione": "Risultati: un elenco puntato segue con un solo a capo il paragrafo che lo introduce "
                     "(\"Documentazione inviata:\", \"… seguenti principali progettualità:\"). Le righe di "
                     "calcolo stampate incollate (\"Ricavi primo semestre 2019 = … euro Ricavi primo semestre "
                     "2018 = … euro Indicatore = 0.04%\") e i paragrafi consecutivi di sole righe \"… = …\" "
                     "sono resi una riga per valore, separate da un solo a capo. Le frasi spezzate dal "
                     "cambio pagina sono ricomposte e i numeri di pagina eliminati.",
    },
    {
        "dove": "tutti gli organismi",
        "decisione": "Formule: \"/\" → null; LaTeX convertito in testo (textclean.latex_to_text); due formule "
                     "sulla stessa riga o una formula seguita dalla sua espressione sono separate da un solo "
                     "a capo; spazi normalizzati attorno a \"/\" e \"*\" (\"(n. interventi realizzati / n. "
                     "interventi programmati) * 100\"). Target Atteso, Finalità e nomi sono riportati come "
                     "stampati (maiuscole, \"Si\"/\"Sì\"/\"SI\" e refusi del seed compresi).",
    },
]

# ---------------------------------------------------------------------------------------------
# regular expressions
# ---------------------------------------------------------------------------------------------
PAGE_NUMBER_RE = re.compile(r"^\d{1,2}$")
ORG_HEADING_RE = re.compile(r"^[A-Z][A-Za-z ]{2,60}$")
SECTION_RE = re.compile(r"^(?P<num>\d\.\d(?:\.\d)?)(?:\s*[–-]\s*|\s+|$)(?P<title>.*)$")
LETTER_RE = re.compile(r"^(?P<l>[A-Z])(?:[.)]\s*(?P<t1>\S.*)|(?P<t2>[A-Z][a-zà-ù].*))$")
SUBITEM_RE = re.compile(r"^[A-Z]\d\)")
INDICATOR_START_RE = re.compile(r"^Indicatore(?::|\s)(?!\s*=)")
TARGET_LABEL_RE = re.compile(r"\bTarget\b")
HEADER_RE = re.compile(
    r"^Indicatore:?\s*(?P<nome>.*?)\s*\bTarget\s+Atteso\s*:\s*(?P<target>.*?)\s*"
    r"\bFinalit(?:à|a)\s*:\s*(?P<fin>.*?)\s*\bFormula\s*:\s*(?P<formula>.*)$",
    re.S,
)
BULLET_RE = re.compile(r"^(?:[-•–]\s+)")
ENDS_SENTENCE_RE = re.compile(r"[.!?:;…)»”\"]$")
# a paragraph that ends on one of these words was cut by a page break ("… per il" / "2019:")
DANGLING_WORDS = {"il", "lo", "la", "i", "gli", "le", "l'", "di", "a", "da", "in", "con", "su", "per",
                  "tra", "fra", "del", "dello", "della", "dei", "degli", "delle", "al", "allo", "alla",
                  "ai", "agli", "alle", "e", "ed", "o", "che", "un", "una", "uno"}
CALC_LINE_RE = re.compile(r"^[^=\n]{1,150} = [^=\n]{1,40}$")


# ---------------------------------------------------------------------------------------------
# reading
# ---------------------------------------------------------------------------------------------
class Line:
    __slots__ = ("text", "blank_before", "no")

    def __init__(self, text: str, blank_before: bool, no: int):
        self.text = text
        self.blank_before = blank_before
        self.no = no

    def __repr__(self):  # pragma: no cover - debugging aid
        return f"Line({self.no}, {self.text[:40]!r})"


def read_lines(seed_path: Path) -> list[Line]:
    raw = seed_path.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start = next((i for i, l in enumerate(raw) if l.strip() == TITLE), None)
    if start is None:
        raise SystemExit(f"title line not found in {seed_path}: {TITLE!r}")
    out: list[Line] = []
    blank = False
    for i in range(start + 1, len(raw)):
        line = raw[i].replace("\xa0", " ")
        if not line.strip():
            blank = True
            continue
        if PAGE_NUMBER_RE.match(line.strip()):
            blank = True  # a page break separates what comes before and after
            continue
        # tabs are kept only in table rows (handled by render_blocks); elsewhere trimmed
        text = line.rstrip(" ") if "\t" in line else line.strip()
        out.append(Line(text, blank, i + 1))
        blank = False
    return out


def collapse(s: str) -> str:
    return re.sub(r"[ \t]+", " ", s).strip()


# ---------------------------------------------------------------------------------------------
# text rendering
# ---------------------------------------------------------------------------------------------
def _fix_header_cell(cell: str) -> str:
    # "Δ 2019/201 8" -> "Δ 2019/2018" (a year split by the export)
    return collapse(re.sub(r"\b(20\d) (\d)\b", r"\1\2", cell))


def render_table(lines: list[Line]) -> tuple[str, int]:
    """Render a tab-separated table starting at lines[0] (its title line).

    Returns (markdown, number of lines consumed). Footnote lines ("*", "123 gg … ** 125 gg …")
    right after the rows are folded into the cells that carry the markers."""
    title = collapse(lines[0].text)
    header = [_fix_header_cell(c) for c in lines[1].text.split("\t")[1:]]
    rows = []
    i = 2
    while i < len(lines) and "\t" in lines[i].text and not lines[i].text.endswith("\t"):
        cells = [collapse(c) for c in lines[i].text.split("\t")]
        label = cells[0]
        for a, b in OVERRIDES["table_text_fixes"].items():
            label = label.replace(a, b)
        rows.append((label, cells[1:]))
        i += 1
    # footnotes
    notes_text = ""
    markers_used = any(re.search(r"\*+$", v) for _, vals in rows for v in vals)
    if markers_used:
        while i < len(lines) and "\t" not in lines[i].text and (
                lines[i].text.startswith("*") or notes_text.strip() == "*"):
            notes_text += " " + lines[i].text
            i += 1
    footnotes = {m.group(1): collapse(m.group(2)) for m in re.finditer(r"(\*+)\s*([^*]+)", notes_text)}
    items = []
    for label, vals in rows:
        parts = []
        for h, v in zip(header, vals):
            m = re.match(r"^(.*?)(\*+)$", v)
            if m and m.group(2) in footnotes:
                v = f"{m.group(1)} ({footnotes[m.group(2)]})"
            parts.append(f"{h}: {v}")
        items.append(f"- {label} – " + "; ".join(parts))
    md = title.rstrip(":") + ":\n" + "\n".join(items)
    return md, i


def _split_calc_line(s: str) -> str:
    """"A = 1 euro B = 2 euro Indicatore = 3%" -> one value per line."""
    if s.count(" = ") < 2:
        return s
    return re.sub(r"(?:(?<=\d)|(?<=%)|(?<=euro)) (?=[A-Z][^=]*? = )", "\n", s)


def _is_bullet(s: str) -> bool:
    return bool(BULLET_RE.match(s))


def _bulletize(s: str) -> str:
    return "- " + BULLET_RE.sub("", s, count=1).strip()


def _joins_previous(prev: str, nxt: str) -> bool:
    """True when a blank line between prev and nxt is a page-break split of one sentence."""
    if _is_bullet(nxt) or SUBITEM_RE.match(nxt) or prev.endswith("\t"):
        return False
    last_line = prev.split("\n")[-1]
    if ENDS_SENTENCE_RE.search(last_line):
        return False
    if nxt[:1].islower():
        return True
    last_word = last_line.split(" ")[-1].lower()
    return last_word in DANGLING_WORDS


def render_blocks(lines: list[Line]) -> str | None:
    """Turn a run of seed lines into light Markdown (see docs/dataset.md)."""
    # 1. chunks: runs of lines without a blank between them; tables become ready-made blocks
    chunks: list[dict] = []   # {"text": str, "kind": "para"|"bullet"|"table"|"calc"}
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.text.endswith("\t") and i + 1 < len(lines) and lines[i + 1].text.startswith("\t"):
            md, used = render_table(lines[i:])
            chunks.append({"text": md, "kind": "table", "new": True})
            i += used
            continue
        text = collapse(ln.text)
        if chunks and not ln.blank_before and chunks[-1]["kind"] != "table" \
                and not _is_bullet(text) and chunks[-1]["kind"] != "bullet":
            chunks[-1]["text"] += "\n" + text          # a line break inside a paragraph
        elif chunks and ln.blank_before and chunks[-1]["kind"] == "para" \
                and _joins_previous(chunks[-1]["text"], text):
            chunks[-1]["text"] += " " + text           # sentence split by a page break
        elif chunks and chunks[-1]["kind"] == "bullet" and not _is_bullet(text) \
                and _joins_previous(chunks[-1]["text"], text):
            chunks[-1]["text"] += " " + text           # bullet item split by a page break
        else:
            kind = "bullet" if _is_bullet(text) else "para"
            chunks.append({"text": _bulletize(text) if kind == "bullet" else text, "kind": kind})
        i += 1
    # 2. calculation lines: "X = n Y = m" split, consecutive "X = n" paragraphs grouped
    for c in chunks:
        if c["kind"] == "para":
            c["text"] = "\n".join(_split_calc_line(p) for p in c["text"].split("\n"))
            calc_lines = c["text"].split("\n")
            if all(CALC_LINE_RE.match(p) for p in calc_lines):
                # a single "X = n" line may be grouped with its neighbours; a block that the
                # seed printed as several lines (or glued) stays a paragraph of its own
                c["kind"] = "calc" if len(calc_lines) == 1 else "calc_block"
    # 3. assemble: bullets together and attached to the paragraph introducing them,
    #    consecutive calc paragraphs together, everything else separated by a blank line
    out: list[str] = []
    prev_kind = None
    for c in chunks:
        if c["kind"] == "bullet" and out and prev_kind in ("bullet", "para", "calc", "calc_block"):
            out[-1] += "\n" + c["text"]
        elif c["kind"] == "calc" and out and prev_kind == "calc":
            out[-1] += "\n" + c["text"]
        else:
            out.append(c["text"])
        prev_kind = c["kind"]
    text = "\n\n".join(out).strip()
    return text or None


def clean_inline(s: str) -> str | None:
    s = collapse(latex_to_text(s.replace("\n", " ")))
    return s or None


def _space_operators(s: str) -> str:
    """"(a/b)* 100" -> "(a / b) * 100"; dates and ratios between digits ("2019/2018") untouched."""
    def slash(m):
        before = s[m.start() - 1] if m.start() > 0 else ""
        after = s[m.end()] if m.end() < len(s) else ""
        if before.isdigit() and after.isdigit():
            return m.group(0)
        return " / "
    s = re.sub(r"\s*/\s*", slash, s)
    s = re.sub(r"\s*\*\s*(?=\d)", " * ", s)
    return s


def clean_formula(parts: list[str]) -> str | None:
    lines = []
    for p in parts:
        p = collapse(p)
        if not p or p == "/":
            continue
        p = re.sub(r"\$\s+\$", "$\n$", p)        # two formulas printed on one line
        for q in latex_to_text(p).split("\n"):
            q = collapse(_space_operators(collapse(q)))
            if q and q != "/":
                lines.append(q)
    return "\n".join(lines) or None


def clean_name(lines_text: str) -> str | None:
    parts = [collapse(p) for p in lines_text.split("\n") if collapse(p)]
    if not parts:
        return None
    out = parts[0]
    for p in parts[1:]:
        # a new measure on its own line ("Tasso di saturazione posti") vs a wrapped sentence
        out += ("; " if p[:1].isupper() else " ") + p
    return collapse(latex_to_text(out))


# ---------------------------------------------------------------------------------------------
# parsing
# ---------------------------------------------------------------------------------------------
def _is_org_heading(lines: list[Line], i: int, next_org_no: int) -> bool:
    if not ORG_HEADING_RE.match(lines[i].text):
        return False
    for j in (i + 1, i + 2):
        if j < len(lines) and re.match(rf"^{next_org_no}\.1\b", lines[j].text):
            return True
    return False


def _section_match(text: str, org_no: int):
    if "\t" in text or len(text) > 200:
        return None
    m = SECTION_RE.match(text)
    if m and m.group("num").startswith(f"{org_no}."):
        return m
    return None


def _letter_match(text: str, expected: str):
    m = LETTER_RE.match(text)
    if m and m.group("l") == expected:
        return m.group("l"), (m.group("t1") or m.group("t2")).strip()
    return None


def _is_indicator_start(lines: list[Line], i: int, expected_letter: str, org_no: int) -> bool:
    if not INDICATOR_START_RE.match(lines[i].text):
        return False
    for j in range(i, min(i + 7, len(lines))):
        t = lines[j].text
        if j > i and (INDICATOR_START_RE.match(t) or _letter_match(t, expected_letter)
                      or _section_match(t, org_no)):
            return False
        if TARGET_LABEL_RE.search(t):
            return True
    return False


def _is_formula_continuation(text: str) -> bool:
    t = text.strip()
    return (t.startswith("$") and t.endswith("$")) or (
        t.startswith("(") and "/" in t and " = " not in t and len(t) < 200)


def parse(lines: list[Line]) -> list[dict]:
    """Build the raw tree: organismi → sezioni → indirizzi → indicatori, each with its lines."""
    organismi: list[dict] = []
    org = sec = ind = indic = None
    i = 0
    while i < len(lines):
        ln = lines[i]
        t = ln.text
        next_org_no = len(organismi) + 1
        org_no = len(organismi)
        expected = "A" if sec is None or not sec["indirizzi"] else chr(ord(sec["indirizzi"][-1]["lettera"]) + 1)

        if _is_org_heading(lines, i, next_org_no):
            org = {"nome": t.strip(), "intro": [], "sezioni": []}
            organismi.append(org)
            sec = ind = indic = None
            i += 1
            continue
        if org is None:
            raise SystemExit(f"line {ln.no}: text before the first organismo: {t[:60]!r}")
        m = _section_match(t, org_no)
        if m:
            sec = {"numero": m.group("num"), "titolo": collapse(m.group("title")) or None,
                   "pre": [], "indirizzi": [], "line": ln.no}
            org["sezioni"].append(sec)
            ind = indic = None
            i += 1
            continue
        if sec is not None:
            lm = _letter_match(t, expected)
            if lm:
                ind = {"lettera": lm[0], "head": [Line(lm[1], False, ln.no)], "after": [],
                       "indicatori": []}
                sec["indirizzi"].append(ind)
                indic = None
                i += 1
                continue
            if _is_indicator_start(lines, i, expected, org_no):
                if ind is None:
                    raise SystemExit(f"line {ln.no}: indicator outside an indirizzo")
                header = []
                while i < len(lines):
                    header.append(lines[i])
                    i += 1
                    if "Formula" in header[-1].text and re.search(r"\bFormula\s*:", header[-1].text):
                        break
                formula_more = []
                while i < len(lines) and _is_formula_continuation(lines[i].text):
                    formula_more.append(lines[i].text)
                    i += 1
                indic = {"header": header, "formula_more": formula_more, "result": []}
                ind["indicatori"].append(indic)
                continue
        # plain content
        if sec is None:
            org["intro"].append(ln)
        elif ind is None:
            sec["pre"].append(ln)
        elif indic is not None:
            indic["result"].append(ln)
        elif not ind["after"] and (SUBITEM_RE.match(t) or _is_bullet(t)
                                   or (ln.blank_before and _joins_previous(ind["head"][-1].text, t))
                                   or not ln.blank_before):
            ind["head"].append(ln)   # sub-items A1), bullets, page-split continuations
        else:
            ind["after"].append(ln)
        i += 1
    return organismi


def build_indicator(raw: dict, where: str) -> dict:
    header_text = "\n".join(l.text for l in raw["header"])
    m = HEADER_RE.match(header_text)
    if not m:
        raise SystemExit(f"{where}: cannot split indicator header: {header_text[:120]!r}")
    formula_parts = [m.group("formula")] + raw["formula_more"]
    return {
        "nome": clean_name(m.group("nome")),
        "targetAtteso": clean_inline(m.group("target")),
        "finalita": clean_inline(m.group("fin")),
        "formula": clean_formula(formula_parts),
        "risultato": render_blocks(raw["result"]),
    }


def _split_pre(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """Section without indirizzi: text before the first bullet is the section's text, the rest
    its rendicontazione."""
    for k, l in enumerate(lines):
        if _is_bullet(l.text):
            return lines[:k], lines[k:]
    return lines, []


def build(organismi_raw: list[dict]) -> dict:
    organismi = []
    for o in organismi_raw:
        sezioni = []
        for s in o["sezioni"]:
            where = f"{o['nome']} / {s['numero']}"
            indirizzi = []
            for d in s["indirizzi"]:
                indirizzi.append({
                    "lettera": d["lettera"],
                    "testo": render_blocks(d["head"]),
                    "indicatori": [build_indicator(x, f"{where} {d['lettera']}") for x in d["indicatori"]],
                    "rendicontazione": render_blocks(d["after"]),
                })
            if s["indirizzi"]:
                testo, rend = render_blocks(s["pre"]), None
            else:
                pre, post = _split_pre(s["pre"])
                testo, rend = render_blocks(pre), render_blocks(post)
            if (o["nome"], s["numero"]) in OVERRIDES["narrative_to_section"] and indirizzi \
                    and indirizzi[-1]["rendicontazione"]:
                rend = "\n\n".join(x for x in (rend, indirizzi[-1]["rendicontazione"]) if x)
                indirizzi[-1]["rendicontazione"] = None
            sezioni.append({
                "numero": s["numero"],
                "titolo": s["titolo"],
                "testo": testo,
                "indirizzi": indirizzi,
                "rendicontazione": rend,
            })
        organismi.append({
            "nome": o["nome"],
            "introduzione": render_blocks(o["intro"]),
            "sezioni": sezioni,
        })
    return {"titolo": TITLE, "organismi": organismi, "note": NOTES}


def convert(seed_path: Path) -> dict:
    return build(parse(read_lines(seed_path)))


# ---------------------------------------------------------------------------------------------
# self-check
# ---------------------------------------------------------------------------------------------
ARTEFACTS = [
    (re.compile(r"\$"), "LaTeX dollar"),
    (re.compile(r"\\"), "backslash (LaTeX)"),
    (re.compile(r"<\s*/?\s*[A-Za-z][A-Za-z0-9]*[^>]*>"), "HTML tag"),
    (re.compile(r"&[a-z]+;|&#\d+;"), "HTML entity"),
    (re.compile(r"\t"), "tab"),
    (re.compile(r"\*\*"), "** (glued bold label)"),
    (re.compile(r"\n\s*\d{1,3}\s*(?:\n|$)|^\s*\d{1,3}\s*\n"), "stray page number"),
    (re.compile(r"\n{3,}"), "more than one blank line"),
    (re.compile(r"[ ]{2,}"), "double space"),
    (re.compile(r"[ ]\n|\n[ ]"), "space around a line break"),
    (re.compile(r"\b(?:Target Atteso|Finalità|Formula)\s*:"), "label left in a value"),
    (re.compile(r"\b20\d \d\b"), "year split by a space"),
    (re.compile(r"\xa0|\ue000|\ue001|\ue002|\ue003"), "invisible/sentinel character"),
]


def iter_texts(data, path="$"):
    if isinstance(data, dict):
        for k, v in data.items():
            yield from iter_texts(v, f"{path}.{k}")
    elif isinstance(data, list):
        for k, v in enumerate(data):
            yield from iter_texts(v, f"{path}[{k}]")
    elif isinstance(data, str):
        yield path, data


def self_check(data: dict) -> list[str]:
    problems = []
    counts = {o["nome"]: sum(len(d["indicatori"]) for s in o["sezioni"] for d in s["indirizzi"])
              for o in data["organismi"]}
    if counts != EXPECTED_INDICATORS:
        problems.append(f"indicator counts {counts} != expected {EXPECTED_INDICATORS}")
    for path, text in iter_texts({k: v for k, v in data.items() if k != "note"}):
        if text != text.strip() or text == "":
            problems.append(f"{path}: empty or untrimmed text")
        for rx, what in ARTEFACTS:
            if rx.search(text):
                problems.append(f"{path}: {what}: {text[:80]!r}")
    for o in data["organismi"]:
        for s in o["sezioni"]:
            for d in s["indirizzi"]:
                if not d["testo"]:
                    problems.append(f"{o['nome']} {s['numero']} {d['lettera']}: indirizzo without text")
                for x in d["indicatori"]:
                    for k in ("nome", "targetAtteso", "finalita"):
                        if not x[k]:
                            problems.append(f"{o['nome']} {s['numero']} {d['lettera']}: indicator without {k}")
    return problems


def main(argv: list[str]) -> int:
    seed = Path(argv[1]) if len(argv) > 1 else DEFAULT_SEED
    data = convert(seed.resolve())
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    counts = {o["nome"]: sum(len(d["indicatori"]) for s in o["sezioni"] for d in s["indirizzi"])
              for o in data["organismi"]}
    print(f"wrote {OUTPUT.relative_to(REPO_ROOT)}: " + ", ".join(f"{k}: {v} indicatori" for k, v in counts.items()))
    problems = self_check(data)
    if problems:
        print("SELF-CHECK FAILED:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("self-check ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
