"""The reading room's URLs, built in one place. Every value is percent-encoded as one path
segment or query value, so that no document text can change where a link goes."""

from __future__ import annotations

from urllib.parse import quote, urlencode

BROWSE_KINDS = ("released", "created", "classification", "origin", "tag")


def _segment(value: str) -> str:
    return quote(value, safe="")


def cable_url(ref_id: str, q: str | None = None, par: int | None = None) -> str:
    url = "/cable/" + _segment(ref_id)
    if q:
        url += "?" + urlencode({"q": q})
    return url + (f"#par{par}" if par is not None else "")


def article_url(article_id: str) -> str:
    return "/article/" + _segment(article_id)


def browse_url(kind: str | None = None, value: str | None = None) -> str:
    if kind is None:
        return "/browse"
    return f"/browse/{kind}" + ("/" + _segment(value) if value is not None else "")


def search_url(q: str, sort: str | None = None, page: int | None = None) -> str:
    params: dict[str, str] = {"q": q}
    if sort and sort != "rank":
        params["sort"] = sort
    if page and page > 1:
        params["page"] = str(page)
    return "/search?" + urlencode(params)


def export_url(fmt: str, q: str, sort: str | None = None) -> str:
    params = {"q": q}
    if sort and sort != "rank":
        params["sort"] = sort
    return f"/export/search.{fmt}?" + urlencode(params)


def page_url(path: str, params: dict[str, str], page: int) -> str:
    """`path` with `params` and the page number (left out for the first page)."""
    wanted = {k: v for k, v in params.items() if k != "page" and v}
    if page > 1:
        wanted["page"] = str(page)
    return path + ("?" + urlencode(wanted) if wanted else "")


def safe_external(url: str | None) -> str | None:
    """An article's own address, only when it is a plain web address: a `javascript:` or
    `data:` URL from a document must never become a link."""
    if not url:
        return None
    lowered = url.strip().lower()
    if lowered.startswith(("http://", "https://")) and not any(c in url for c in "\r\n\t"):
        return url.strip()
    return None


def filter_term(field: str, value: str) -> str:
    """A query filter for `value`, quoted unless it is one plain word (`year:2008`)."""
    plain = value.replace('"', "")
    if plain.isalnum():
        return f"{field}:{plain}"
    return f'{field}:"{plain}"'


def add_filter(query: str, field: str, value: str) -> str:
    """`query` narrowed by `field:value`. Words side by side are ANDed and bind loosest, so
    appending narrows whatever the query was."""
    term = filter_term(field, value)
    base = query.strip()
    return f"{base} {term}" if base else term
