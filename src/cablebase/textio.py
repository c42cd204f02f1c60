"""Bytes to text: the encodings cables come in, decoded right, and the text tidied the same way
for every format (newlines unified, NBSP and other odd spaces made plain)."""

from __future__ import annotations

import codecs

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Bytes 0x80-0x9F are C1 controls in Latin-1 but printable punctuation in cp1252 (curly quotes,
# dashes). Text in the wild with those bytes is cp1252; the five bytes cp1252 leaves undefined
# force Latin-1.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


def decode(data: bytes) -> tuple[str, str]:
    """Decode `data` and say which encoding was used: UTF-8 (with or without BOM), UTF-16 with
    a BOM, else cp1252, else Latin-1 (which never fails)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if not any(b in _CP1252_UNDEFINED for b in data):
        return data.decode("cp1252"), "cp1252"
    return data.decode("latin-1"), "latin-1"


_SPACES = {
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200b": "",
    "\ufeff": "",
}


def tidy(text: str) -> str:
    """Unify newlines, make odd spaces plain, strip trailing spaces from every line."""
    return "\n".join(tidy_lines(text))


def tidy_lines(text: str) -> list[str]:
    """The lines of `tidy(text)` (for a caller that splits it again: joining and splitting
    a cable's text costs as much as tidying it)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        for odd, plain in _SPACES.items():
            if odd in text:
                text = text.replace(odd, plain)
    if "\t" in text:
        text = text.replace("\t", "    ")
    return [line.rstrip() for line in text.split("\n")]


def looks_binary(head: bytes) -> bool:
    """True for content no text format can hold: NUL bytes or mostly control characters."""
    if not head:
        return False
    if b"\x00" in head[:8192] and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    sample = head[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.1
