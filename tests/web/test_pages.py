"""Every page and its JSON twin over the demo archive: status, content and links."""

from __future__ import annotations

from pathlib import Path

import pytest

from cablebase.archive import Archive
from cablebase.web.routes.cable import public_path
from tests.web.webkit import HTML, TestClient, inspect_html

PAGES = [
    ("/", "/index.json"),
    ("/browse", "/browse.json"),
    ("/browse/released", "/browse/released.json"),
    ("/browse/released/2010-12-05", "/browse/released/2010-12-05.json"),
    ("/browse/created", "/browse/created.json"),
    ("/browse/created/2009", "/browse/created/2009.json"),
    ("/browse/created/2009-02", "/browse/created/2009-02.json"),
    ("/browse/classification", "/browse/classification.json"),
    ("/browse/classification/CONFIDENTIAL", "/browse/classification/CONFIDENTIAL.json"),
    ("/browse/origin", "/browse/origin.json"),
    ("/browse/origin/Embassy%20Valmora", "/browse/origin/Embassy%20Valmora.json"),
    ("/browse/tag", "/browse/tag.json"),
    ("/browse/tag/PREL", "/browse/tag/PREL.json"),
    ("/search?q=river", "/search.json?q=river"),
    ("/cable/09VALMORA112", "/cable/09VALMORA112.json"),
    ("/article/aa925035413deeb4f", "/article/aa925035413deeb4f.json"),
    ("/about", "/about.json"),
]


@pytest.mark.parametrize(("page", "twin"), PAGES)
def test_page_and_twin(client: TestClient, page: str, twin: str) -> None:
    html = client.get(page, headers=HTML)
    assert html.status_code == 200, html.text[:300]
    assert html.headers["content-type"].startswith("text/html")
    found = inspect_html(html.text)
    assert found.named("main") and found.named("h1"), "a main landmark and a heading"
    assert any(a.get("href") == "#main" for a in found.named("a")), "the skip link"
    assert any(a.get("data-testid") == "json-twin" for a in found.named("a"))
    data = client.get(twin)
    assert data.status_code == 200
    assert data.headers["content-type"] == "application/json"
    assert isinstance(data.json(), dict) and data.json()


def test_home_says_what_the_archive_holds(client: TestClient) -> None:
    data = client.get("/index.json").json()
    assert data["counts"] == {"cables": 5, "articles": 2}
    assert data["dates"]["first_created"].startswith("2008-11-03")
    assert data["dates"]["last_created"].startswith("2009-04-21")
    assert data["last_ingest"]["inputs"] == 1 and "started" in data["last_ingest"]
    # Two demo cables have release dates: the latest release comes first.
    assert data["latest_by"] == "released"
    assert [c["ref_id"] for c in data["latest"]] == ["09VALMORA140", "08VALMORA77"]
    page = client.get("/", headers=HTML).text
    assert "<strong>5</strong> cables" in page and 'action="/search"' in page
    assert all(f'href="/browse/{k}"' in page for k in ("released", "created", "origin", "tag"))
    # The latest releases are listed with the day they were released, not created.
    released = [c["released"][:10] for c in data["latest"]]
    assert all(f"released {day}" in page for day in released)


def test_browse_counts(client: TestClient) -> None:
    origins = client.get("/browse/origin.json").json()
    counts = {v["value"]: v["count"] for v in origins["values"]}
    assert counts == {"Embassy Terrano": 1, "Embassy Valmora": 3, "Secretary of State": 1}
    # A-Z by place: "Embassy Valmora" is filed under V.
    letters = {g["letter"]: [i["value"] for i in g["items"]] for g in origins["groups"]}
    assert letters["V"] == ["Embassy Valmora"] and "Secretary of State" in letters["S"]
    tags = client.get("/browse/tag.json").json()
    prel = next(v for v in tags["values"] if v["value"] == "PREL")
    assert prel["count"] == 4 and prel["meaning"] == "External political relations"
    years = client.get("/browse/created.json").json()["values"]
    assert years == [{"value": "2008", "count": 1}, {"value": "2009", "count": 4}]
    months = client.get("/browse/created/2009.json").json()["values"]
    assert [m["value"] for m in months] == ["2009-02", "2009-03", "2009-04"]
    released = client.get("/browse/released.json").json()["values"]
    assert [v["value"] for v in released] == ["2011-08-30", "2010-12-05"]


def test_browse_lists(client: TestClient) -> None:
    month = client.get("/browse/created/2009-02.json").json()
    assert [c["ref_id"] for c in month["cables"]] == ["09VALMORA112", "09TERRANO88"]
    assert month["total"] == 2 and month["pager"] == {
        "page": 1,
        "pages": 1,
        "prev": None,
        "next": None,
    }
    # CONFIDENTIAL leaves out CONFIDENTIAL//NOFORN, as its count does.
    conf = client.get("/browse/classification/CONFIDENTIAL.json").json()
    assert sorted(c["ref_id"] for c in conf["cables"]) == ["09STATE20114", "09VALMORA112"]
    noforn = client.get("/browse/classification/CONFIDENTIAL%2F%2FNOFORN.json").json()
    assert [c["ref_id"] for c in noforn["cables"]] == ["09VALMORA140"]
    origin = client.get("/browse/origin/Embassy%20Valmora.json").json()
    assert [c["ref_id"] for c in origin["cables"]] == [
        "09VALMORA140",
        "09VALMORA112",
        "08VALMORA77",
    ]
    tag = client.get("/browse/tag/PREL", headers=HTML).text
    assert "External political relations" in tag and "/cable/09VALMORA112" in tag
    day = client.get("/browse/released/2010-12-05.json").json()
    assert [c["ref_id"] for c in day["cables"]] == ["08VALMORA77"]


def test_browse_pages_beyond_the_last_are_refused(client: TestClient) -> None:
    r = client.get("/browse/tag/PREL.json?page=2")
    assert r.status_code == 400 and r.json()["error"]["code"] == "bad_parameter"


def test_search_page(client: TestClient) -> None:
    data = client.get("/search.json?q=commission").json()
    assert data["total"] >= 3
    assert all("[[" in h["snippet"] for h in data["hits"] if h["kind"] == "cable")
    hit = next(h for h in data["hits"] if h["ref_id"] == "09VALMORA112")
    assert hit["paragraphs"] == [1, 2, 3, 4]
    assert hit["paragraph_urls"][0] == "/cable/09VALMORA112?q=commission#par1"
    years = {b["year"]: b for b in data["years"]}
    assert set(years) <= {"2008", "2009", "2011"} and years["2009"]["count"] >= 3
    assert years["2009"]["url"] == "/search?q=commission+year%3A2009"
    origins = {b["value"]: b for b in data["facets"]["origin"]}
    assert origins["Embassy Valmora"]["url"] == (
        "/search?q=commission+origin%3A%22Embassy+Valmora%22"
    )
    page = client.get("/search?q=commission", headers=HTML).text
    assert "<mark>" in page and "[[" not in page
    found = inspect_html(page)
    chart_links = [a for a in found.named("a") if a.get("class") == "bar-link"]
    assert chart_links and all("year%3A" in (a.get("href") or "") for a in chart_links)
    assert any(a.get("data-testid") == "facet-link" for a in found.named("a"))
    assert any(a.get("data-testid") == "matched-par" for a in found.named("a"))


def test_facet_link_narrows_the_search(client: TestClient) -> None:
    data = client.get("/search.json?q=commission").json()
    url = next(b["url"] for b in data["facets"]["classification"] if b["value"] == "CONFIDENTIAL")
    narrowed = client.get(url.replace("/search?", "/search.json?")).json()
    assert narrowed["total"] < data["total"]
    assert {h["classification"] for h in narrowed["hits"]} == {"CONFIDENTIAL"}


def test_search_sort_and_pages(client: TestClient) -> None:
    newest = client.get("/search.json?q=river&sort=-date").json()["hits"]
    dates = [h["created"] for h in newest]
    assert dates == sorted(dates, reverse=True)
    empty = client.get("/search.json?q=").json()
    assert empty["total"] == 0 and empty["hits"] == []
    form = client.get("/search", headers=HTML).text
    assert 'id="q"' in form and "results" not in form.split("</form>")[1]


def test_cable_page(client: TestClient) -> None:
    page = client.get("/cable/09VALMORA112", headers=HTML).text
    found = inspect_html(page)
    pars = [d.get("id") for d in found.named("div") if d.get("data-testid") == "par"]
    assert pars == ["par1", "par2", "par3", "par4"]
    pilcrows = [a.get("href") for a in found.named("a") if a.get("data-testid") == "pilcrow"]
    assert pilcrows == ["#par1", "#par2", "#par3", "#par4"]
    assert 'value="#cablegate #09VALMORA112"' in page
    assert "External political relations" in page  # PREL decoded
    assert "Information from or about foreign governments" in page  # 1.4(b)
    assert "2019-02-14" in page  # declassification date
    assert "not in this archive" in page  # ref B, 08STATE61194
    assert 'title="Priority: expedited' in page and "Routing indicator RUEHC" in page
    assert 'href="/article/aa925035413deeb4f"' in page
    assert "Portion marking: confidential" in page


def test_cable_twin(client: TestClient) -> None:
    data = client.get("/cable/09VALMORA112.json").json()
    assert data["cable"]["ref_id"] == "09VALMORA112" and data["share"] == "#cablegate #09VALMORA112"
    refs = data["references"]
    assert refs[1]["ref_id"] == "08STATE61194" and refs[1]["in_archive"] is False
    assert data["explained"]["tags"]["PREL"] == "External political relations"
    assert data["explained"]["reasons"]["1.4(d)"].startswith("US foreign relations")
    assert data["explained"]["declassify_on"] == "2019-02-14"
    assert [a["id"] for a in data["articles"]] == ["aa925035413deeb4f"]
    assert data["versions"] == []
    # The connections' own tests are in test_connections_*.py.
    assert {"graph", "people", "glossary", "related"} <= set(data["connections"])


def test_sources_are_named_without_the_servers_folders(demo_db: Path, client: TestClient) -> None:
    with Archive.open(demo_db) as archive:
        stored = archive.get("09VALMORA112")
    assert stored is not None and any("/" in s.path for s in stored.sources)
    shown = client.get("/cable/09VALMORA112.json").json()["cable"]["sources"]
    assert [s["path"] for s in shown] == [public_path(s.path) for s in stored.sources]
    assert all("/" not in s["path"].partition("!")[0] for s in shown)
    page = client.get("/cable/09VALMORA112", headers=HTML).text
    assert str(Path(stored.sources[0].path).parent) not in page


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ("/data/in/cables.csv", "cables.csv"),
        ("/data/pages.tar.gz!cable/2010/12/09X.html", "pages.tar.gz!cable/2010/12/09X.html"),
        ("-", "-"),
        ("notes.txt", "notes.txt"),
    ],
)
def test_public_path(path: str, shown: str) -> None:
    assert public_path(path) == shown


def test_cited_by_and_reference_links(client: TestClient) -> None:
    cited = client.get("/cable/09STATE20114.json").json()
    assert [c["ref_id"] for c in cited["cited_by"]["cables"]] == ["09VALMORA140"]
    citing = client.get("/cable/09VALMORA140", headers=HTML).text
    assert 'href="/cable/09STATE20114"' in citing


def test_search_words_are_marked_on_the_cable(client: TestClient) -> None:
    page = client.get("/cable/09VALMORA112?q=commissions+Brandt", headers=HTML).text
    # Stemmed: "commissions" marks "commission".
    assert "<mark>commission</mark>" in page and "<mark>Brandt</mark>" in page
    assert "<mark>" not in client.get("/cable/09VALMORA112", headers=HTML).text
    # A broken query still shows the cable, unmarked.
    broken = client.get("/cable/09VALMORA112?q=%22open", headers=HTML)
    assert broken.status_code == 200 and "<mark>" not in broken.text


def test_cable_ids_are_case_insensitive(client: TestClient) -> None:
    r = client.get("/cable/09valmora112?q=x", follow_redirects=False)
    assert r.status_code == 301 and r.headers["location"] == "/cable/09VALMORA112?q=x"
    r = client.get("/cable/09valmora112.json", follow_redirects=False)
    assert r.headers["location"] == "/cable/09VALMORA112.json"


def test_article_page(client: TestClient) -> None:
    data = client.get("/article/aa925035413deeb4f.json").json()
    cites = {c["ref_id"]: c for c in data["citations"]}
    assert set(cites) == {"09VALMORA112", "09STATE20114", "09TERRANO88"}
    assert cites["09TERRANO88"]["via"] == "row" and cites["09VALMORA112"]["via"] == "text"
    page = client.get("/article/aa925035413deeb4f", headers=HTML).text
    assert 'href="/cable/09TERRANO88"' in page and "cables.csv row number" in page
    assert 'href="https://news.example.org/2011/09/river-talks"' in page


def test_about_explains_reasons_and_search(client: TestClient) -> None:
    data = client.get("/about.json").json()
    assert data["reasons"]["1.4(c)"].startswith("Intelligence activities")
    assert "Field filters" in data["query_language"]
    page = client.get("/about", headers=HTML).text
    assert 'id="search"' in page and "SIPRNet" in page


def test_static_files_are_served(client: TestClient) -> None:
    css = client.get("/static/style.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    js = client.get("/static/app.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    assert client.get("/static/print.css").status_code == 200
