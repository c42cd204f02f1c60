"""A reader's paths through the demo archive in a real browser: search and narrow, open a cable,
link to a paragraph, follow references, copy the share tags, browse, read an article."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import Watch


def total(page: Page) -> int:
    return int(page.get_by_test_id("results-count").get_attribute("data-total") or "-1")


def query_of(page: Page) -> str:
    return parse_qs(urlsplit(page.url).query)["q"][0]


def hit_refs(page: Page) -> list[str]:
    return [h.get_attribute("data-ref") or "" for h in page.get_by_test_id("hit").all()]


def test_search_from_home_then_narrow_by_a_facet(page: Page, watch: Watch) -> None:
    page.goto("/")
    box = page.get_by_role("searchbox", name="Search the cables and articles")
    box.fill("river")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/search\?q=river$"))
    before = total(page)
    assert before >= 5 and "09VALMORA112" in hit_refs(page)
    expect(page.get_by_test_id("hit").first.locator("mark").first).to_have_text(
        re.compile("river", re.I)
    )

    origin = page.locator('[data-facet="origin"]')
    origin.get_by_role("link", name="Embassy Terrano").click()
    expect(page).to_have_url(re.compile(r"origin"))
    assert query_of(page) == 'river origin:"Embassy Terrano"'
    assert 0 < total(page) < before
    assert hit_refs(page) == ["09TERRANO88"]
    watch.assert_clean()


def test_year_chart_bar_narrows_the_search(page: Page, watch: Watch) -> None:
    page.goto("/search?q=river")
    before = total(page)
    page.locator('.bar-link[data-year="2008"]').click()
    expect(page).to_have_url(re.compile(r"year%3A2008"))
    assert query_of(page) == "river year:2008"
    assert 0 < total(page) < before and hit_refs(page) == ["08VALMORA77"]
    watch.assert_clean()


def test_matched_paragraph_link_opens_the_cable_at_that_paragraph(page: Page, watch: Watch) -> None:
    page.goto("/search?q=river")
    hit = page.locator('[data-testid="hit"][data-ref="09VALMORA112"]')
    hit.get_by_test_id("matched-par").filter(has_text="¶2").click()
    expect(page).to_have_url(re.compile(r"/cable/09VALMORA112\?q=river#par2$"))
    assert page.evaluate("document.querySelector(':target').id") == "par2"
    expect(page.get_by_test_id("highlight-note")).to_be_visible()
    expect(page.locator("#par2 mark").first).to_have_text(re.compile("river", re.I))
    watch.assert_clean()


def test_cable_page_and_its_paragraph_permalinks(page: Page, watch: Watch) -> None:
    page.goto("/cable/09VALMORA112")
    expect(page).to_have_title(re.compile("09VALMORA112"))
    meta = page.get_by_test_id("meta")
    for caption in ("Reference ID", "Created", "Released", "Classification", "Origin"):
        expect(meta.get_by_role("rowheader", name=caption)).to_be_visible()
    expect(meta).to_contain_text("Embassy Valmora")
    pars = page.get_by_test_id("par")
    assert [p.get_attribute("data-par") for p in pars.all()] == ["1", "2", "3", "4"]
    # REF-list letters and years get no ¶ link, unlike the 2010 site
    assert page.get_by_test_id("pilcrow").count() == 4

    page.locator("#par3").get_by_test_id("pilcrow").click()
    expect(page).to_have_url(re.compile(r"/cable/09VALMORA112#par3$"))
    assert page.evaluate("document.querySelector(':target').id") == "par3"
    expect(page.locator("#par3")).to_be_in_viewport()
    expect(page.get_by_test_id("tags")).to_contain_text(
        re.compile("external political relations", re.I)
    )
    expect(page.get_by_test_id("reasons")).to_contain_text("1.4(b)")
    # codes in the header carry their meaning, shown on hover
    routing = page.get_by_test_id("routing")
    expect(routing.locator("abbr", has_text="PRIORITY").first).to_have_attribute(
        "title", re.compile("Priority", re.I)
    )
    expect(routing.locator("abbr", has_text="RUEHC").first).to_have_attribute(
        "title", re.compile("Secretary of State")
    )
    expect(page.get_by_test_id("reference-missing")).to_have_count(1)
    watch.assert_clean()


def test_reference_link_leads_to_the_cited_cable_which_lists_its_citer(
    page: Page, watch: Watch
) -> None:
    page.goto("/cable/09VALMORA140")
    page.get_by_test_id("references").get_by_role("link", name="09STATE20114").click()
    expect(page).to_have_url(re.compile(r"/cable/09STATE20114$"))
    expect(page.get_by_test_id("refid")).to_have_text("09STATE20114")
    cited_by = page.get_by_test_id("cited-by")
    cited_by.get_by_role("link", name="09VALMORA140").click()
    expect(page).to_have_url(re.compile(r"/cable/09VALMORA140$"))
    watch.assert_clean()


def test_related_cables_are_listed_on_the_cable_page(page: Page, watch: Watch) -> None:
    page.goto("/cable/09VALMORA112")
    listed = page.get_by_test_id("related-list")
    expect(listed).to_be_visible()  # filled from the related page's twin after loading
    links = listed.get_by_role("link")
    expect(links.first).to_have_attribute("href", re.compile(r"^/cable/"))
    wanted = page.request.get("/cable/09VALMORA112/related.json?limit=5").json()["related"]
    assert [a.text_content() for a in links.all()] == [r["ref_id"] for r in wanted]
    assert "09VALMORA112" not in [r["ref_id"] for r in wanted]
    watch.assert_clean()


def test_copy_button_puts_the_share_tags_on_the_clipboard(page: Page, watch: Watch) -> None:
    page.goto("/cable/09VALMORA112")
    expect(page.get_by_test_id("share-line")).to_have_value("#cablegate #09VALMORA112")
    button = page.get_by_test_id("copy-share")
    expect(button).to_be_visible()  # hidden until the script says it can copy
    button.click()
    expect(button).to_have_attribute("data-copied", "yes")
    expect(page.get_by_role("status")).to_have_text("Copied")
    assert page.evaluate("navigator.clipboard.readText()") == "#cablegate #09VALMORA112"
    watch.assert_clean()


def test_browse_by_origin_to_a_post_to_a_cable(page: Page, watch: Watch) -> None:
    page.goto("/browse")
    page.get_by_test_id("browse-origin").click()
    expect(page).to_have_url(re.compile(r"/browse/origin$"))
    row = page.get_by_test_id("counts").locator("li", has_text="Embassy Valmora")
    expect(row.locator(".count")).to_have_text("4")
    row.get_by_role("link", name="Embassy Valmora").click()
    expect(page).to_have_url(re.compile(r"/browse/origin/Embassy%20Valmora$"))
    listed = page.get_by_test_id("cable-list").locator("a.refid")
    expect(listed).to_have_count(4)
    page.get_by_test_id("cable-list").get_by_role("link", name="08VALMORA77").click()
    expect(page.get_by_test_id("refid")).to_have_text("08VALMORA77")
    watch.assert_clean()


def test_browse_by_tag_shows_meanings(page: Page, watch: Watch) -> None:
    page.goto("/browse/tag")
    row = page.get_by_test_id("counts").locator("li", has=page.get_by_role("link", name="ENRG"))
    expect(row.locator(".meaning")).to_contain_text(re.compile("energy", re.I))
    row.get_by_role("link", name="ENRG").click()
    expect(page).to_have_url(re.compile(r"/browse/tag/ENRG$"))
    expect(page.get_by_test_id("tag-meaning")).to_contain_text(re.compile("energy", re.I))
    assert page.get_by_test_id("cable-list").locator("a.refid").count() >= 4
    watch.assert_clean()


def test_browse_by_creation_year_then_month(page: Page, watch: Watch) -> None:
    page.goto("/browse/created")
    page.get_by_role("link", name="2009").click()
    expect(page).to_have_url(re.compile(r"/browse/created/2009$"))
    page.get_by_role("link", name="2009-02").click()
    expect(page).to_have_url(re.compile(r"/browse/created/2009-02$"))
    refs = page.get_by_test_id("cable-list").locator("a.refid").all_text_contents()
    assert {"09VALMORA112", "09TERRANO88"} <= set(refs)
    watch.assert_clean()


def test_article_from_a_cable_and_back_through_its_citation(page: Page, watch: Watch) -> None:
    page.goto("/cable/09VALMORA112")
    page.get_by_test_id("articles").get_by_role("link", name=re.compile("river talks")).click()
    expect(page).to_have_url(re.compile(r"/article/"))
    expect(page.get_by_test_id("article-title")).to_contain_text("quiet US role")
    expect(page.get_by_test_id("article-text")).to_contain_text("Arlo Brandt")
    page.get_by_test_id("citations").get_by_role("link", name="09STATE20114").click()
    expect(page).to_have_url(re.compile(r"/cable/09STATE20114$"))
    watch.assert_clean()


def test_reading_works_without_javascript(browser: Browser, base_url: str) -> None:
    ctx = browser.new_context(base_url=base_url, java_script_enabled=False)
    try:
        page = ctx.new_page()
        page.goto("/search?q=river")
        page.get_by_role("link", name="09VALMORA112").click()
        expect(page.get_by_test_id("par")).to_have_count(4)
        expect(page.get_by_test_id("share-line")).to_have_value("#cablegate #09VALMORA112")
        expect(page.get_by_test_id("copy-share")).to_be_hidden()
    finally:
        ctx.close()


def test_skip_link_is_the_first_tab_stop(page: Page) -> None:
    first_stops = {}
    for path in ("/", "/search?q=river", "/cable/09VALMORA112", "/browse/origin", "/about"):
        page.goto(path)
        page.keyboard.press("Tab")
        first_stops[path] = page.evaluate(
            "document.activeElement.className || document.activeElement.outerHTML.slice(0, 60)"
        )
        if first_stops[path] == "skip-link":
            page.keyboard.press("Enter")
            expect(page).to_have_url(re.compile(r"#main$"))
            assert page.evaluate("document.activeElement.id") == "main"
    assert {p: s for p, s in first_stops.items() if s != "skip-link"} == {}
