"""Reusable text helpers for the Cremona seed converters (standard library only).

Public API (keep the signatures stable, other converters import them):

    latex_to_text(s: str) -> str            LaTeX math ($…$, $$…$$, bare commands) -> plain text
    html_to_markdown(s: str) -> str         <p>/<ul>/<ol>/<li>/<strong>/<em>/<br>/entities -> Markdown
    parse_it_number(s: str) -> Decimal|None "1.821.771,00" -> Decimal("1821771.00"); "" -> None
    normalize_paragraphs(s, *, joins=(), on_join=None, lines=False, allow_lower=True,
                         dedupe_min=None, on_dedupe=None) -> str|None
                                            raw seed text -> Markdown paragraphs/bullets,
                                            page-break splits joined

Lower-level pieces of normalize_paragraphs (text_blocks, merge_page_breaks,
blocks_to_markdown, is_page_break_split) and collapse_spaces are exported too.
None in -> None out for every text helper.
"""

from __future__ import annotations

import html
import re
from decimal import Decimal, InvalidOperation

__all__ = [
    "latex_to_text",
    "html_to_markdown",
    "parse_it_number",
    "normalize_paragraphs",
    "collapse_spaces",
    "text_blocks",
    "merge_page_breaks",
    "blocks_to_markdown",
    "is_page_break_split",
]


# ---------------------------------------------------------------------------
# LaTeX
# ---------------------------------------------------------------------------

# Simple symbol commands -> Unicode text.  Longer names first is not needed
# because we match whole command names (\\[A-Za-z]+).
_LATEX_SYMBOLS = {
    "geq": "≥",
    "ge": "≥",
    "leq": "≤",
    "le": "≤",
    "neq": "≠",
    "ne": "≠",
    "Delta": "Δ",
    "delta": "δ",
    "times": "×",
    "cdot": "×",
    "div": "÷",
    "pm": "±",
    "sum": "Σ",
    "circ": "°",
    "degree": "°",
    "approx": "≈",
    "euro": "€",
    "ldots": "…",
    "dots": "…",
    "cdots": "…",
    "quad": " ",
    "qquad": " ",
    "left": "",
    "right": "",
    "displaystyle": "",
}

# Commands whose single braced argument is kept as plain text.
_LATEX_TEXT_COMMANDS = ("text", "textrm", "textit", "textbf", "mathrm", "mathit",
                        "mathbf", "operatorname", "mbox", "hbox")


def _read_group(s: str, i: int):
    """Return (content, end_index) of the braced group starting at s[i] == '{'.

    If s[i] is not '{', the group is the single next character (TeX rule)."""
    if i >= len(s):
        return "", i
    if s[i] == "\\":
        m = re.match(r"\\[A-Za-z]+|\\.", s[i:])
        return m.group(0), i + len(m.group(0))
    if s[i] != "{":
        return s[i], i + 1
    depth = 0
    for j in range(i, len(s)):
        c = s[j]
        if c == "\\":
            continue
        if c == "{" and (j == 0 or s[j - 1] != "\\"):
            depth += 1
        elif c == "}" and (j == 0 or s[j - 1] != "\\"):
            depth -= 1
            if depth == 0:
                return s[i + 1:j], j + 1
    return s[i + 1:], len(s)


def _skip_spaces(s: str, i: int) -> int:
    while i < len(s) and s[i] == " ":
        i += 1
    return i


def _needs_parens(expr: str) -> bool:
    """True when a fraction operand must be parenthesised once flattened
    to `a / b` (it has a top-level + or - and is not already wrapped)."""
    e = expr.strip()
    if e.startswith("(") and e.endswith(")"):
        depth = 0
        for k, c in enumerate(e):
            depth += c == "("
            depth -= c == ")"
            if depth == 0 and k < len(e) - 1:
                break
        else:
            return False
    depth = 0
    for k, c in enumerate(e):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif depth == 0 and c in "+-−" and 0 < k < len(e) - 1 \
                and e[k - 1] == " " and e[k + 1] == " ":
            return True
    return False


def _latex_expr(s: str) -> str:
    """Convert the body of a math segment (or any LaTeX-ish text) to text."""
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == "\\":
            m = re.match(r"\\([A-Za-z]+)", s[i:])
            if not m:
                # escaped character: \% \$ \{ \} \_ \& \# or control space "\ "
                nxt = s[i + 1] if i + 1 < n else ""
                if nxt in " ,;:!":
                    out.append(" ")
                elif nxt == "\\":
                    out.append("\n")
                else:
                    out.append(nxt)
                i += 2
                continue
            name = m.group(1)
            i += len(m.group(0))
            if name in _LATEX_TEXT_COMMANDS:
                i = _skip_spaces(s, i)
                arg, i = _read_group(s, i)
                out.append(_latex_expr(arg))
            elif name in ("frac", "dfrac", "tfrac"):
                i = _skip_spaces(s, i)
                num, i = _read_group(s, i)
                i = _skip_spaces(s, i)
                den, i = _read_group(s, i)
                num_t = collapse_spaces(_latex_expr(num))
                den_t = collapse_spaces(_latex_expr(den))
                if _needs_parens(num_t):
                    num_t = "(" + num_t + ")"
                if _needs_parens(den_t) or " / " in den_t:
                    den_t = "(" + den_t + ")"
                out.append(num_t + " / " + den_t)
            elif name == "sqrt":
                i = _skip_spaces(s, i)
                arg, i = _read_group(s, i)
                out.append("√(" + collapse_spaces(_latex_expr(arg)) + ")")
            elif name in _LATEX_SYMBOLS:
                out.append(_LATEX_SYMBOLS[name])
                # a control word swallows the following spaces in TeX; keep
                # one so that "\Delta \text{ricavi}" -> "Δ ricavi"
            else:
                # unknown command: keep its name as text rather than lose it
                out.append(name)
            continue
        if c in "^_":
            i += 1
            arg, i = _read_group(s, i)
            arg_t = _latex_expr(arg)
            if c == "^" and arg_t.strip() == "°":
                out.append("°")
            elif c == "^":
                out.append(_superscript(arg_t))
            else:
                out.append(_subscript(arg_t))
            continue
        if c in "{}":
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


_SUP = str.maketrans("0123456789+-()n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁽⁾ⁿ")
_SUB = str.maketrans("0123456789+-()", "₀₁₂₃₄₅₆₇₈₉₊₋₍₎")


def _superscript(t: str) -> str:
    t = t.strip()
    if all(ch in "0123456789+-()n" for ch in t):
        return t.translate(_SUP)
    return "^" + t


def _subscript(t: str) -> str:
    t = t.strip()
    if all(ch in "0123456789+-()" for ch in t):
        return t.translate(_SUB)
    return "_" + t


_MATH_RE = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$", re.S)


def _tidy_math_spacing(t: str) -> str:
    t = collapse_spaces(t)
    t = re.sub(r"\(\s+", "(", t)
    t = re.sub(r"\s+\)", ")", t)
    return t


def latex_to_text(s: str | None) -> str | None:
    """Turn LaTeX math (``$…$``, ``$$…$$`` or bare commands) into plain text.

    ``$(N. \\text{ progetti finanziati} / N. \\text{ progetti presentati}) * 100$``
    becomes ``(N. progetti finanziati / N. progetti presentati) * 100``.
    Text outside math is returned unchanged except for bare LaTeX commands
    (``\\geq € 100`` -> ``≥ € 100``).  Newlines are preserved.
    """
    if s is None:
        return None
    if "$" not in s and "\\" not in s and "^{" not in s:
        return s

    def repl(m):
        body = m.group(1) if m.group(1) is not None else m.group(2)
        return _tidy_math_spacing(_latex_expr(body))

    t = _MATH_RE.sub(repl, s)
    if "\\" in t:
        # bare commands outside $…$, line by line to keep newlines
        t = "\n".join(_tidy_math_spacing(_latex_expr(line)) if "\\" in line else line
                      for line in t.split("\n"))
    return t


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

_TAG_RE = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9]*)\b[^>]*?(/?)\s*>", re.S)

# sentinel characters (private use area) used while rewriting
_PARA = "\ue000"      # paragraph break
_ITEM = "\ue001"      # start of a list item
_LIST_START = "\ue002"
_LIST_END = "\ue003"


def html_to_markdown(s: str | None) -> str | None:
    """Convert an HTML fragment to light Markdown.

    - ``<p>`` paragraphs -> paragraphs separated by a blank line
    - ``<ul>/<ol>`` with ``<li>`` -> ``- `` lines; a ``<ul>`` without ``<li>``
      whose items are written inline as `` - a - b`` (as in the seed) is split
      into ``- a`` / ``- b`` lines
    - ``<strong>/<b>`` -> ``**``, ``<em>/<i>`` -> ``*``, ``<br>`` -> newline
    - entities (``&nbsp;`` ``&amp;`` ``&egrave;`` …) decoded
    Text without tags is only entity-decoded and whitespace-tidied.
    """
    if s is None:
        return None
    if not _TAG_RE.search(s):
        return html.unescape(s).replace("\xa0", " ")

    def tag(m):
        closing, name, _selfclose = m.group(1), m.group(2).lower(), m.group(3)
        if name == "br":
            return "\n"
        if name in ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "tr"):
            return _PARA
        if name in ("ul", "ol"):
            return _LIST_END if closing else _LIST_START
        if name == "li":
            return "" if closing else _ITEM
        if name in ("strong", "b"):
            return "**"
        if name in ("em", "i"):
            return "*"
        if name in ("td", "th"):
            return "" if closing else " "
        return ""

    t = _TAG_RE.sub(tag, s)
    t = html.unescape(t).replace("\xa0", " ")

    # Resolve list blocks.  A list runs from _LIST_START to _LIST_END or, when
    # the closing tag is missing (seed), to the next paragraph break / end.
    out = []
    i = 0
    while True:
        k = t.find(_LIST_START, i)
        if k < 0:
            out.append(t[i:])
            break
        out.append(t[i:k])
        ends = [p for p in (t.find(_LIST_END, k + 1), t.find(_PARA, k + 1),
                            t.find(_LIST_START, k + 1)) if p >= 0]
        e = min(ends) if ends else len(t)
        body = t[k + 1:e]
        if e < len(t) and t[e] == _LIST_END:
            e += 1
        if _ITEM in body:
            items = body.split(_ITEM)
            lead, items = items[0], items[1:]
        else:
            # inline " - a - b" items
            b = body.strip()
            if b.startswith(("-", "•", "·")):
                b = b[1:]
            items = re.split(r"\s+[-•·]\s+", " " + b)
            lead = ""
        lines = [collapse_spaces(x.replace("\n", " ")) for x in items]
        lines = [x for x in lines if x]
        block = ""
        if lead.strip():
            block += collapse_spaces(lead) + _PARA
        block += "\n".join("- " + x for x in lines)
        out.append("\n" + block + _PARA)
        i = e
    t = "".join(out)

    paras = []
    for chunk in t.split(_PARA):
        lines = [collapse_spaces(x) for x in chunk.split("\n")]
        lines = [x for x in lines if x]
        if lines:
            paras.append("\n".join(lines))
    # a list directly follows an introducing line ending with ":"
    res = []
    for p in paras:
        if res and p.startswith("- ") and res[-1].endswith(":"):
            res[-1] = res[-1] + "\n" + p
        else:
            res.append(p)
    return "\n\n".join(res)


# ---------------------------------------------------------------------------
# numbers
# ---------------------------------------------------------------------------

_IT_NUM_RE = re.compile(r"^[+-−]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")


def parse_it_number(s: str | None) -> Decimal | None:
    """Parse an Italian-formatted number.

    "1.821.771,00" / "1821771,00" -> Decimal("1821771.00"); "50,00" -> 50.00;
    "-3,5" -> -3.5; "" or None -> None.  Anything else raises ValueError.
    """
    if s is None:
        return None
    t = s.strip().replace("\xa0", "").replace(" ", "")
    if t == "":
        return None
    if not _IT_NUM_RE.match(t):
        raise ValueError(f"not an Italian number: {s!r}")
    t = t.replace("−", "-").replace(".", "").replace(",", ".")
    try:
        return Decimal(t)
    except InvalidOperation as exc:  # pragma: no cover - regex guards this
        raise ValueError(f"not an Italian number: {s!r}") from exc


# ---------------------------------------------------------------------------
# paragraphs
# ---------------------------------------------------------------------------

def collapse_spaces(s: str) -> str:
    """Collapse runs of spaces/tabs into one space and strip the ends."""
    return re.sub(r"[ \t\u00a0]+", " ", s).strip()


_TAG_PRESENT = re.compile(r"</?[A-Za-z][^>]*>")
_BULLET_RE = re.compile(r"^(?:-\s+|[•·▪]\s*|\.(?=[A-ZÀ-Ý]))")
_NUM_ITEM_RE = re.compile(r"^\d{1,2}[.)]\s*\S")
_ENDS_SENTENCE = re.compile(r"[.!?:;…»”\")]$")

#: words that cannot end a sentence: a chunk ending with one of them and
#: followed by a blank line was split by a page break
FUNCTION_WORDS = frozenset({
    "a", "ad", "al", "allo", "alla", "ai", "agli", "alle", "all'", "con", "col", "da", "dal", "dallo",
    "dalla", "dai", "dagli", "dalle", "di", "del", "dello", "della", "dei", "degli", "delle", "e", "ed",
    "o", "od", "in", "nel", "nello", "nella", "nei", "negli", "nelle", "per", "su", "sul", "sullo",
    "sulla", "sui", "sugli", "sulle", "tra", "fra", "il", "lo", "la", "i", "gli", "le", "un", "uno",
    "una", "che", "cui", "non", "è", "sono", "tutti", "tutte", "quale", "quali", "come", "ma",
})


def _block(s: str, after_blank: bool) -> dict:
    s = collapse_spaces(latex_to_text(s))
    m = _BULLET_RE.match(s)
    if m:
        return {"text": s[m.end():].strip(), "kind": "bullet", "after_blank": after_blank, "raw": s}
    if _NUM_ITEM_RE.match(s):
        return {"text": s, "kind": "num", "after_blank": after_blank, "raw": s}
    return {"text": s, "kind": "para", "after_blank": after_blank, "raw": s}


def text_blocks(s: str) -> list[dict]:
    """Split a raw multi-line text into blocks {text, kind, after_blank, raw}.

    kind is "bullet" ("- …", "• …", "· …"), "num" ("1. …", "1) …") or "para";
    after_blank tells whether a blank line precedes the block (a paragraph or
    page break in the seed).  HTML lines go through html_to_markdown, LaTeX
    through latex_to_text."""
    blocks: list[dict] = []
    after_blank = False
    for line in s.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line.strip():
            after_blank = True
            continue
        t = line.replace("\t", " ").strip()
        if _TAG_PRESENT.search(t):
            # paragraphs inside an HTML fragment are real paragraphs: only the
            # first one may continue the text before it (page break)
            first = True
            for ln in html_to_markdown(t).replace("\n\n", "\n").split("\n"):
                if ln.strip():
                    blocks.append(_block(ln, after_blank if first else False))
                    first = False
        else:
            blocks.append(_block(t, after_blank))
        after_blank = False
    return blocks


def _ends_with_function_word(s: str) -> bool:
    words = s.rstrip().split()
    return bool(words) and words[-1].lower() in FUNCTION_WORDS


def is_page_break_split(prev: str, nxt: str, allow_lower: bool = True) -> bool:
    """Heuristic: does ``nxt`` (after a blank line) continue ``prev``?

    True when ``prev`` does not end a sentence and either ``nxt`` starts in
    lower case / with "(" (only if allow_lower) or ``prev`` ends with an
    article, preposition or conjunction."""
    if _ENDS_SENTENCE.search(prev.rstrip()):
        return False
    first = nxt.lstrip()[:1]
    if allow_lower and (first.islower() or first == "("):
        return True
    return _ends_with_function_word(prev)


def merge_page_breaks(blocks, joins=(), on_join=None, allow_lower: bool = True):
    """Join blocks split by a page break (see is_page_break_split).

    joins: (end of previous chunk, start of next chunk) pairs that must be
    joined even when the heuristic cannot see it; on_join(prev, nxt, index)
    is called for every join (index into joins, or None for the heuristic).
    A bullet after a blank line is never joined unless listed in joins."""
    out: list[dict] = []
    for b in blocks:
        if out and b["after_blank"]:
            p = out[-1]
            idx = None
            for k, pair in enumerate(joins):
                if p["text"].rstrip().endswith(pair[0]) and b["raw"].lstrip().startswith(pair[1]):
                    idx = k
                    break
            if idx is not None or (b["kind"] != "bullet"
                                   and is_page_break_split(p["text"], b["raw"], allow_lower)):
                if on_join:
                    on_join(p["text"], b["raw"], idx)
                p["text"] = p["text"] + " " + (b["text"] if b["kind"] == "bullet" else b["raw"])
                continue
        out.append(dict(b))
    return out


def blocks_to_markdown(blocks) -> str | None:
    """Assemble blocks as light Markdown: paragraphs separated by a blank
    line, consecutive bullets as "- " lines, a list attached with a single
    newline to an introducing line ending with ":", consecutive numbered
    lines ("1. …" with no blank line between) kept on contiguous lines."""
    parts: list[str] = []
    prev_kind = None
    for b in blocks:
        if b["kind"] == "bullet":
            line = "- " + b["text"]
            if parts and (prev_kind == "bullet" or parts[-1].endswith(":")):
                parts[-1] = parts[-1] + "\n" + line
            else:
                parts.append(line)
        elif b["kind"] == "num" and prev_kind == "num" and not b["after_blank"]:
            parts[-1] = parts[-1] + "\n" + b["text"]
        else:
            parts.append(b["text"])
        prev_kind = b["kind"]
    text = "\n\n".join(p.strip() for p in parts if p.strip())
    return text or None


def normalize_paragraphs(s: str | None, *, joins=(), on_join=None, lines: bool = False,
                         allow_lower: bool = True, dedupe_min: int | None = None,
                         on_dedupe=None) -> str | None:
    """Tidy a raw multi-line text (as cut from the seed) into light Markdown.

    - lines are trimmed, inner spaces collapsed, tabs removed, HTML and LaTeX
      converted (html_to_markdown, latex_to_text)
    - a chunk after a blank line that continues the previous sentence (page
      break) is joined to it with a space (merge_page_breaks; ``joins`` adds
      explicit pairs)
    - bullets ("- …", "• …", "· …") become "- " lines
    - other lines are paragraphs separated by a blank line; with lines=True
      every line is kept on its own line with a single newline instead
    - dedupe_min: drop a paragraph identical to an earlier one of at least
      that length (on_dedupe(text) is called)
    Returns None for an empty text.
    """
    if s is None:
        return None
    blocks = merge_page_breaks(text_blocks(s), joins, on_join, allow_lower)
    if dedupe_min is not None:
        seen, kept = set(), []
        for b in blocks:
            if len(b["text"]) >= dedupe_min and b["text"] in seen:
                if on_dedupe:
                    on_dedupe(b["text"])
                continue
            seen.add(b["text"])
            kept.append(b)
        blocks = kept
    if lines:
        out = "\n".join(("- " + b["text"]) if b["kind"] == "bullet" else b["text"] for b in blocks)
        return out or None
    return blocks_to_markdown(blocks)
