"""An article to link, from a file or from its text, whether the archive holds it or not.

The caller says it is an article, so the text is read as one (a web page or plain text with
the title on the first line) without asking the format sniffers, which may take a page full of
quoted cable text for a cable.
"""

from __future__ import annotations

from pathlib import Path

from cablebase.errors import UsageError
from cablebase.formats.article import from_html, from_text
from cablebase.formats.htmltext import looks_like_html
from cablebase.model import Article
from cablebase.textio import decode


def article_from_text(text: str, path: str = "") -> Article:
    """The Article in `text` (HTML or plain text); UsageError when it holds no text."""
    text = text.lstrip("\ufeff")
    article = from_html(text, path) if looks_like_html(text[:4096]) else from_text(text, path)
    if not article.text.strip():
        where = path or "the article"
        raise UsageError(f"{where}: no article text found; give a news page or a text file")
    return article


def article_from_file(path: str | Path) -> Article:
    """Read the article in the file at `path` (any of the encodings cablebase decodes)."""
    name = str(path)
    try:
        data = Path(name).read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise UsageError(f"{name}: cannot read the article ({reason})") from exc
    text, _ = decode(data)
    return article_from_text(text, name)
