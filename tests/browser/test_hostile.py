"""Hostile documents render inert in a real browser.

The archive holds a cable (inputs/09VALMORA666.txt) and an article (inputs/article-hostile.html)
carrying `<script>`, `<img onerror>`, `"><svg onload>` and `javascript:` URLs in the subject,
TAGS, references, Classified By, body and title, plus an article whose own address is a
`javascript:` URL; every payload calls alert(). On each page that shows them: no dialog opens,
no element from the document exists in the DOM (no foreign script, no event-handler attribute,
no `javascript:` link, no frame), the payload is shown as text, and the response carries the
Content Security Policy that would stop a script that slipped through.
"""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, Response, expect

from tests.browser.conftest import HOSTILE_CABLE, Watch

# Everything a payload could have put into the DOM, listed by the page itself.
INJECTED_JS = """() => {
  const found = [];
  const urlAttrs = ["href", "src", "action", "formaction", "xlink:href", "data", "srcdoc"];
  for (const el of document.querySelectorAll("*")) {
    const tag = el.localName;
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) found.push(`${tag}[${name}]`);
      if (urlAttrs.includes(name) && /^\\s*(javascript|vbscript|data):/i.test(attr.value))
        found.push(`${tag}[${name}=${attr.value}]`);
    }
    if (["iframe", "frame", "object", "embed", "base", "meta"].includes(tag) &&
        !(tag === "meta" && el.parentElement === document.head))
      found.push(tag);
    if (tag === "img" && !el.src.startsWith(location.origin + "/static/"))
      found.push(`img[src=${el.getAttribute("src")}]`);
    if (tag === "svg" && !el.closest("[data-testid=hit-chart]")) found.push("svg");
    if (tag === "script" && (!el.src || new URL(el.src).origin !== location.origin))
      found.push(`script ${el.src || el.textContent.slice(0, 40)}`);
  }
  return found;
}"""


def assert_inert(page: Page, response: Response | None, watch: Watch) -> None:
    assert response is not None
    csp = response.headers.get("content-security-policy", "")
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp, csp
    assert "object-src 'none'" in csp and "default-src 'self'" in csp, csp
    page.wait_for_load_state("load")
    assert page.evaluate(INJECTED_JS) == []
    # A CSP refusal would be a console error: the policy must never have had to act.
    watch.assert_clean()


def test_hostile_cable_page(page: Page, watch: Watch, screenshots: Path) -> None:
    response = page.goto(f"/cable/{HOSTILE_CABLE}")
    assert response is not None and response.status == 200
    assert_inert(page, response, watch)
    page.screenshot(path=str(screenshots / "cable-hostile.png"), full_page=True)
    expect(page).to_have_title(re.compile(re.escape("\"><svg onload=alert('subject')>")))
    expect(page.get_by_test_id("subject")).to_contain_text(
        "\"><svg onload=alert('subject')> <script>alert('subj')</script> HOSTILE"
    )
    body = page.get_by_test_id("cable-body")
    expect(body).to_contain_text("<script>alert('body')</script>")
    expect(body).to_contain_text("<a href=\"javascript:alert('href')\">click me</a>")
    expect(page.get_by_test_id("tags")).to_contain_text("<SCRIPT>ALERT")
    expect(page.get_by_test_id("references")).to_contain_text("<img src=x onerror=alert('ref')>")
    expect(page.locator(".classified-by")).to_contain_text("<img src=x onerror=alert('cb')>")


def test_hostile_article_page(page: Page, watch: Watch) -> None:
    page.goto(f"/cable/{HOSTILE_CABLE}")
    link = page.get_by_test_id("articles").get_by_role("link", name=re.compile("Hostile"))
    with page.expect_navigation() as nav:
        link.click()
    assert_inert(page, nav.value, watch)
    expect(page).to_have_title(re.compile(re.escape("<script>alert('title')</script>")))
    expect(page.get_by_test_id("article-title")).to_contain_text(
        "Hostile <script>alert('title')</script>"
    )
    text = page.get_by_test_id("article-text")
    expect(text).to_contain_text("<img src=x onerror=alert('atext')>")
    expect(text).to_contain_text("<script>alert('escaped')</script>")
    # its own address is javascript:, so it is shown as text, never as a link
    expect(page.get_by_test_id("article-source")).to_have_count(0)
    expect(page.locator(".article-meta")).to_contain_text("javascript:alert('canonical')")


def test_hostile_snippets_in_search_results(page: Page, watch: Watch) -> None:
    response = page.goto("/search?q=alert")
    assert_inert(page, response, watch)
    assert page.get_by_test_id("hit").count() == 2
    snippet = page.locator(f'[data-testid="hit"][data-ref="{HOSTILE_CABLE}"] .snippet')
    expect(snippet).to_contain_text("onerror=alert('img')")
    expect(snippet.locator("mark").first).to_have_text("alert")


def test_hostile_tags_in_browse_pages(page: Page, watch: Watch) -> None:
    response = page.goto("/browse/tag")
    assert_inert(page, response, watch)
    with page.expect_navigation() as nav:
        page.get_by_role("link", name="<SCRIPT>ALERT").click()
    assert_inert(page, nav.value, watch)
    expect(page.get_by_role("heading", level=1)).to_have_text("<SCRIPT>ALERT")
    expect(page.get_by_test_id("cable-list")).to_contain_text("<svg onload=alert('subject')>")


# Markup in the address: the query box, error messages and breadcrumbs repeat it.
REFLECTED = [
    "/search?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    "/search?q=%22%3E%3Csvg%20onload%3Dalert(1)%3E%3A",
    "/cable/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/browse/origin/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    f"/cable/{HOSTILE_CABLE}?q=%3Cscript%3Ealert(1)%3C/script%3E",
]


def test_markup_in_the_address_is_not_reflected(page: Page, watch: Watch) -> None:
    found = {}
    for path in REFLECTED:
        response = page.goto(path)
        assert response is not None and response.status < 500, path
        found[path] = page.evaluate(INJECTED_JS)
    assert {p: f for p, f in found.items() if f} == {}
    assert watch.dialogs == [] and watch.page_errors == []


def test_json_twin_is_served_as_json(page: Page, watch: Watch) -> None:
    response = page.goto(f"/cable/{HOSTILE_CABLE}.json")
    assert response is not None
    assert response.headers["content-type"].startswith("application/json")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.json()["cable"]["subject"].startswith('"><svg onload=')
    assert page.evaluate(INJECTED_JS) == []
    assert watch.dialogs == []


def test_the_checks_see_an_injection_when_there_is_one(page: Page, watch: Watch) -> None:
    """The same checks on a page without escaping or CSP: they must not pass vacuously."""
    page.set_content(
        '<p>x</p><img src=x onerror="alert(\'img\')"><a href="javascript:alert(1)">a</a>'
        "<svg onload=\"alert('svg')\"></svg><script>alert('script')</script>"
    )
    for _ in range(100):  # the image's error event comes a moment after the content
        if "alert: img" in watch.dialogs:
            break
        page.wait_for_timeout(50)
    found = page.evaluate(INJECTED_JS)
    assert {"img[onerror]", "svg[onload]", "script alert('script')", "svg"} <= set(found)
    assert "a[href=javascript:alert(1)]" in found
    assert {"alert: script", "alert: svg", "alert: img"} <= set(watch.dialogs)
