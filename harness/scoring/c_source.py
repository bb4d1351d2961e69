"""A small C tokenizer for the static checks: comments dropped, strings and characters kept as one
token each, preprocessor directives marked (each ends with an `eod` token), line splices honoured.

It is not a compiler: it is enough to find calls, identifiers, literals, `#define` bodies,
`#include` edges and nested conditional operators without being fooled by comments or by code
written inside string literals.
"""

from __future__ import annotations

import itertools
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_SCANNER = re.compile(
    r"""
    (?P<splice>\\\r?\n)
  | (?P<nl>\r?\n)
  | (?P<ws>[ \t\r\f\v]+)
  | (?P<lc>//(?:\\\r?\n|[^\n])*)
  | (?P<bc>/\*(?:.|\n)*?(?:\*/|\Z))
  | (?P<str>(?:u8|[uUL])?"(?:\\(?:.|\n)|[^"\\\n])*"?)
  | (?P<chr>[uUL]?'(?:\\(?:.|\n)|[^'\\\n])*'?)
  | (?P<num>\.?\d(?:[eEpP][+-]|[\w.])*)
  | (?P<id>[A-Za-z_]\w*)
  | (?P<op>\.\.\.|<<=|>>=|->|\+\+|--|<<|>>|<=|>=|==|!=|&&|\|\||[*/%+\-&^|]=|\#\#
          |[{}\[\]()\#;:?,.<>=!~+\-*/%&|^])
  | (?P<other>.)
    """,
    re.VERBOSE,
)
_HEADER_NAME = re.compile(r"[ \t]*<[^>\n]*>")


@dataclass(frozen=True)
class Token:
    """One token. `kind`: id, num, str, chr, hdr, op, other or eod (end of a directive)."""

    kind: str
    text: str
    line: int
    start: int  # offset in the source
    end: int
    directive: bool  # inside a preprocessor directive


@lru_cache(maxsize=512)
def tokens(source: str) -> tuple[Token, ...]:
    """The tokens of a C source, without comments or whitespace (cached by content)."""
    out: list[Token] = []
    line, pos, at_line_start, in_directive = 1, 0, True, False
    while pos < len(source):
        if in_directive and _after_include(out):
            header = _HEADER_NAME.match(source, pos)
            if header:
                text = header.group().strip()
                out.append(Token("hdr", text, line, header.end() - len(text), header.end(), True))
                pos = header.end()
                continue
        match = _SCANNER.match(source, pos)
        if match is None:  # pragma: no cover - the scanner matches any character
            break
        kind, text = match.lastgroup or "other", match.group()
        if kind == "nl":
            if in_directive:
                out.append(Token("eod", "", line, pos, pos, True))
            in_directive, at_line_start = False, True
        elif kind not in ("splice", "ws", "lc", "bc"):
            if at_line_start and text == "#":
                in_directive = True
            out.append(Token(kind, text, line, pos, match.end(), in_directive))
            at_line_start = False
        line += text.count("\n")
        pos = match.end()
    if in_directive:
        out.append(Token("eod", "", line, pos, pos, True))
    return tuple(out)


def _after_include(out: list[Token]) -> bool:
    return len(out) >= 2 and out[-2].text == "#" and out[-1].text in ("include", "include_next")


def strip_comments(source: str) -> str:
    """The source with every comment blanked; line numbers and directive extents are kept
    (a newline inside a comment becomes a line splice)."""

    def blank(match: re.Match[str]) -> str:
        if match.lastgroup not in ("lc", "bc"):
            return match.group()
        return re.sub(r"[^\n]", " ", match.group()).replace("\n", "\\\n")

    return _SCANNER.sub(blank, source)


def code_tokens(source: str) -> list[Token]:
    """Tokens outside preprocessor directives."""
    return [t for t in tokens(source) if not t.directive]


def directives(source: str) -> list[list[Token]]:
    """Each preprocessor directive as its tokens, from `#` to the end (the `eod` excluded)."""
    out: list[list[Token]] = []
    current: list[Token] = []
    for tok in tokens(source):
        if not tok.directive:
            continue
        if tok.kind == "eod":
            if current:
                out.append(current)
            current = []
        else:
            current.append(tok)
    return out


@dataclass(frozen=True)
class Macro:
    name: str
    body: tuple[Token, ...]
    line: int


def macros(source: str) -> list[Macro]:
    """Every `#define` with its replacement tokens (parameters excluded)."""
    out = []
    for d in directives(source):
        if len(d) < 3 or d[1].text != "define" or d[2].kind != "id":
            continue
        rest = d[3:]
        if rest and rest[0].text == "(" and rest[0].start == d[2].end:  # function-like
            close = next((i for i, t in enumerate(rest) if t.text == ")"), len(rest) - 1)
            rest = rest[close + 1 :]
        out.append(Macro(d[2].text, tuple(rest), d[0].line))
    return out


def includes(source: str) -> list[str]:
    """The operands of `#include` directives (`"x.h"` or `<x.h>`, quotes kept)."""
    return [d[2].text for d in directives(source) if len(d) >= 3 and d[1].text in ("include", "include_next")]


def calls(source: str) -> list[Token]:
    """Identifiers directly followed by `(` outside directives: calls, definitions, declarations."""
    toks = code_tokens(source)
    return [a for a, b in itertools.pairwise(toks) if a.kind == "id" and b.text == "("]


def defined_functions(source: str) -> list[str]:
    """Names of functions defined at file scope (`name(...) {`)."""
    toks = code_tokens(source)
    names, depth, i = [], 0, 0
    while i < len(toks):
        tok = toks[i]
        depth += {"{": 1, "}": -1}.get(tok.text, 0)
        if depth == 0 and tok.kind == "id" and i + 1 < len(toks) and toks[i + 1].text == "(":
            close = _matching(toks, i + 1)
            if close + 1 < len(toks) and toks[close + 1].text == "{":
                names.append(tok.text)
            i = close
        i += 1
    return names


def _matching(toks: list[Token], open_index: int) -> int:
    depth = 0
    for j in range(open_index, len(toks)):
        depth += {"(": 1, ")": -1}.get(toks[j].text, 0)
        if depth == 0:
            return j
    return len(toks) - 1


def nested_conditionals(source: str) -> list[int]:
    """Lines of conditional operators (`?:`) that sit inside another one's operands."""
    found: list[int] = []
    stack: list[tuple[int, bool]] = []  # (bracket depth, in the else part)
    depth = 0
    for tok in tokens(source):
        text = tok.text
        if text in ("(", "[", "{"):
            depth += 1
        elif text in (")", "]", "}"):
            depth -= 1
            stack = [s for s in stack if s[0] <= depth]
        elif text in (",", ";") or tok.kind == "eod":
            stack = [s for s in stack if s[0] < depth] if tok.kind != "eod" else []
        elif text == "?":
            if stack:
                found.append(tok.line)
            stack.append((depth, False))
        elif text == ":" and stack and stack[-1] == (depth, False):
            stack[-1] = (depth, True)
    return found


def function_text(source: str, first_line: int, last_line: int) -> str:
    """The tokens of a line range joined by single spaces: a layout- and comment-free text."""
    return " ".join(t.text for t in tokens(source) if first_line <= t.line <= last_line)


def tree_files(root: Path, suffix: str) -> list[str]:
    """Repo-relative paths of the regular files ending in `suffix`, symlinks neither followed nor
    listed (a candidate's link to `/` must not send a walk over the host)."""
    found = []
    for folder, _, names in os.walk(root, followlinks=False):
        for name in names:
            path = Path(folder) / name
            if name.endswith(suffix) and not path.is_symlink() and path.is_file():
                found.append(path.relative_to(root).as_posix())
    return sorted(found)
