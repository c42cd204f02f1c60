from __future__ import annotations

import json
import tarfile

import pytest

from cablebase.formats import wikileaks_html as w

from .formatkit import raw_of, shared

PAGE = """<table class='cable'><tr><th>Reference ID</th><th>Created</th><th>Released</th>
<th>Classification</th><th>Origin</th></tr><tr>
<td><a href='/cable/2009/03/09FREEDONIA417.html'>09FREEDONIA417</a></td>
<td><a href='/date/2009-03_0.html'>2009-03-17 14:02</a></td>
<td><a href='/reldate/2010-12-08_0.html'>2010-12-08 21:09</a></td>
<td><a href='/classification/1_0.html' title='unclassified'>SECRET</a></td>
<td><a href='/origin/1_0.html'>Embassy Freedonia</a></td></tr></table>
<h3>Viewing cable 09FREEDONIA417, MACEDONIA &amp; NATO:  A TEST</h3>
<code><pre>P 171452Z MAR 09&#x000A;FM AMEMBASSY FREEDONIA</pre></code>
<code><pre>TAGS: <a href='/tag/PREL_0.html'>PREL</a>&#x000A;\
<a id='par1' href='#par1'>¶</a>1. (S) Fictional.</pre></code>"""


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        ("A&#x000A;B", "A\nB"),
        ("R&D & more", "R&D & more"),
        ("&pounding the table8", "£ing the table8"),
        ("<<218634>>&#x000A;12/16/2009", "<<218634>>\n12/16/2009"),
        ("less <&#x000A;than", "less <\nthan"),
        ("a<br>b<br />c", "a\nb\nc"),
        ("<strong>bold</strong> <em>it</em></td></tr></table>", "bold it"),
    ],
)
def test_block_text_reads_like_a_browser(fragment: str, text: str) -> None:
    assert w.block_text(fragment) == text


def test_envelope_uses_link_text_and_flags_the_minute_bug() -> None:
    env = w.envelope(PAGE)
    assert env.ref_id == "09FREEDONIA417"
    assert env.classification == "SECRET"  # never the title attribute
    assert env.subject == "MACEDONIA & NATO:  A TEST"
    assert env.created_minutes_unreliable and env.released_minutes_unreliable
    assert env.tags == ("PREL",)


def test_correct_minutes_are_trusted() -> None:
    env = w.envelope(PAGE.replace("14:02", "14:52"))
    assert not env.created_minutes_unreliable


def test_cable_text_joins_blocks_and_drops_pilcrows() -> None:
    assert w.cable_text(w.blocks(PAGE)) == (
        "P 171452Z MAR 09\nFM AMEMBASSY FREEDONIA\n\nTAGS: PREL\n1. (S) Fictional."
    )


def test_sniff_by_content() -> None:
    assert w.sniff(raw_of(PAGE, "whatever.txt")) > 0.9
    assert w.sniff(raw_of("<html><body><p>Hello</p></body></html>")) == 0.0


def test_page_without_pre_is_a_failure() -> None:
    (item,) = list(w.read(raw_of("<html><h3>Viewing cable X, Y</h3></html>")))
    assert item.to_json()["kind"] == "failure"


@pytest.mark.shared_data
def test_every_dev_page_matches_truth() -> None:
    truth_path = shared("wikileaks-2010", "truth.jsonl")
    pages = shared("wikileaks-2010", "pages.tar.gz")
    with truth_path.open(encoding="utf-8") as fh:
        truth = [json.loads(line) for line in fh]
    block_errors: list[str] = []
    envelope_errors: list[str] = []
    with tarfile.open(pages) as tf:
        for t in truth:
            member = tf.extractfile(t["path"])
            assert member is not None
            page = member.read().decode("utf-8")
            if w.blocks(page) != t["blocks"]:
                block_errors.append(t["id"])
            env = w.envelope(page)
            got = (env.ref_id, env.created, env.released, env.classification, env.origin)
            want = (t["id"], t["created"], t["released"], t["classification"], t["origin"])
            if got != want or (env.subject or "") != t["subject"]:
                envelope_errors.append(t["id"])
            if not env.created_minutes_unreliable:
                envelope_errors.append(t["id"] + " (minute bug not detected)")
    assert len(truth) == 1056
    assert block_errors == []
    assert envelope_errors == []
