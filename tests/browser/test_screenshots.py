"""Screenshots of the main pages, kept in test-artifacts/screenshots/ for a person to look at,
at desktop and phone widths; and the checks a screenshot cannot make alone: each page loads
clean and nothing overflows the screen sideways."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, ViewportSize, expect

from tests.browser.conftest import Watch

PAGES = [
    ("home", "/"),
    ("search", "/search?q=river"),
    ("cable", "/cable/09VALMORA112"),
    ("browse-origin", "/browse/origin"),
    ("about", "/about"),
]
PHONE: ViewportSize = {"width": 390, "height": 844}


# Elements reaching past the right edge of the layout (outside any scroll box of their own):
# what a reader must scroll sideways for, or what is cut off.
TOO_WIDE_JS = """() => {
  const limit = document.documentElement.clientWidth + 1;
  const wide = [];
  for (const el of document.body.querySelectorAll("*")) {
    const box = el.getBoundingClientRect();
    if (!box.width || box.right <= limit || el.querySelector("*") && el.children.length) continue;
    let up = el.parentElement, scrolls = false;
    for (; up && up !== document.body; up = up.parentElement)
      if (["auto", "scroll"].includes(getComputedStyle(up).overflowX)) { scrolls = true; break; }
    if (!scrolls) wide.push(`${el.localName}.${el.className} (${Math.round(box.right)} px): ` +
                            el.textContent.trim().slice(0, 50));
  }
  return wide;
}"""


def too_wide(page: Page) -> list[str]:
    found: list[str] = page.evaluate(TOO_WIDE_JS)
    return found


def shoot(page: Page, folder: Path, name: str) -> Path:
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 5000, f"{path} looks blank"
    return path


@pytest.mark.parametrize(("name", "path"), PAGES, ids=[n for n, _ in PAGES])
def test_desktop_screenshot(
    page: Page, watch: Watch, screenshots: Path, name: str, path: str
) -> None:
    response = page.goto(path)
    assert response is not None and response.status == 200
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    shoot(page, screenshots, name)
    assert too_wide(page) == []
    watch.assert_clean()


def test_article_screenshot(page: Page, watch: Watch, screenshots: Path) -> None:
    page.goto("/cable/09VALMORA112")
    page.get_by_test_id("articles").get_by_role("link", name=re.compile("river talks")).click()
    expect(page.get_by_test_id("article-title")).to_be_visible()
    shoot(page, screenshots, "article")
    watch.assert_clean()


def test_phone_width_has_no_sideways_scroll(
    browser: Browser, base_url: str, screenshots: Path
) -> None:
    ctx = browser.new_context(base_url=base_url, viewport=PHONE, is_mobile=True)
    wide: dict[str, list[str]] = {}
    try:
        page = ctx.new_page()
        for name, path in PAGES:
            page.goto(path)
            if name in ("cable", "search"):
                shoot(page, screenshots, f"{name}-phone")
            wide[path] = too_wide(page)
    finally:
        ctx.close()
    assert {p: w for p, w in wide.items() if w} == {}, f"wider than a {PHONE['width']} px phone"


def test_cable_print_stylesheet(page: Page, screenshots: Path) -> None:
    page.goto("/cable/09VALMORA112")
    page.emulate_media(media="print")
    shoot(page, screenshots, "cable-print")
    # print drops the site's navigation and search but keeps the text and the metadata
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.get_by_test_id("cable-body")).to_be_visible()
    expect(page.get_by_test_id("meta")).to_be_visible()
    page.emulate_media(media="screen")
    expect(page.locator(".site-header")).to_be_visible()
