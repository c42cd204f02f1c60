"""The store contract: every Store implementation must pass these tests.

A test module subclasses `StoreContract` and provides a `store_factory` fixture: a callable
that opens (or re-opens) one archive and returns a `Store`. The factory owns closing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from cablebase.model import Failure, Source
from cablebase.store.base import Store, article_id
from tests.recordkit import make_article, make_cable

StoreFactory = Callable[[], Store]


class StoreContract:
    def test_new_cable_round_trips(self, store_factory: StoreFactory) -> None:
        store = store_factory()
        cable = make_cable()
        counts = store.put_many([cable])
        assert counts.cables_new == 1
        assert store.get_cable(cable.ref_id) == cable
        assert store.get_cable("09NOWHERE1") is None

    def test_same_record_same_source_is_a_no_op(self, store_factory: StoreFactory) -> None:
        store = store_factory()
        store.put_many([make_cable(), make_article()])
        before = store.stats().as_dict()
        counts = store.put_many([make_cable(), make_article()])
        assert counts.cables_unchanged == 1 and counts.articles_unchanged == 1
        assert counts.cables_new == counts.cables_updated == counts.versions == 0
        assert store.stats().as_dict() == before

    def test_same_cable_two_sources_is_one_cable(self, store_factory: StoreFactory) -> None:
        store = store_factory()
        store.put_many([make_cable(path="a.html")])
        counts = store.put_many([make_cable(path="b.txt", fmt="telegram")])
        assert counts.cables_updated == 1 and counts.versions == 0
        stats = store.stats()
        assert (stats.cables, stats.sources, stats.versions) == (1, 2, 1)
        got = store.get_cable("09NAIROBI2497")
        assert got is not None
        assert [s.path for s in got.sources] == ["a.html", "b.txt"]

    def test_differing_text_is_a_version_and_best_wins(self, store_factory: StoreFactory) -> None:
        store = store_factory()
        short = make_cable(body="1. (C) Short.", paragraphs=1, partial=True, path="p.txt")
        full = make_cable(body="1. (C) Long text here.\n2. (C) More.", paragraphs=2, path="f.html")
        store.put_many([short])
        counts = store.put_many([full])
        assert counts.versions == 1
        got = store.get_cable(full.ref_id)
        assert got is not None and got.body == full.body
        assert len(store.cable_versions(full.ref_id)) == 2
        # A worse text arriving later is kept as a version but does not replace the best.
        worse = make_cable(body="garbled", paragraphs=0, path="w.txt")
        store.put_many([worse])
        got = store.get_cable(full.ref_id)
        assert got is not None and got.body == full.body
        assert [s.path for s in got.sources] == ["p.txt", "f.html", "w.txt"]
        versions = store.cable_versions(full.ref_id)
        assert [(v.body, v.partial) for v in versions] == [
            (short.body, True),
            (full.body, False),
            ("garbled", False),
        ]
        assert [[s.path for s in v.sources] for v in versions] == [["p.txt"], ["f.html"], ["w.txt"]]

    def test_reparsed_source_refreshes_in_place(self, store_factory: StoreFactory) -> None:
        store = store_factory()
        store.put_many([make_cable(path="a.html")])
        reparsed = replace(make_cable(path="a.html"), subject="KENYA: A BETTER SUBJECT")
        counts = store.put_many([reparsed])
        assert (counts.cables_updated, counts.versions) == (1, 0)
        got = store.get_cable(reparsed.ref_id)
        assert got is not None and got.subject == "KENYA: A BETTER SUBJECT"
        assert store.stats().versions == 1
        assert store.put_many([reparsed]).cables_unchanged == 1

    def test_same_text_other_source_other_fields_does_not_flip(
        self, store_factory: StoreFactory
    ) -> None:
        store = store_factory()
        a = make_cable(path="a.html")
        b = replace(make_cable(path="b.csv", fmt="cables-csv", row_number=7), subject="OTHER")
        store.put_many([a, b])
        before = store.get_cable(a.ref_id)
        counts = store.put_many([a, b])
        assert counts.cables_unchanged == 2
        assert store.get_cable(a.ref_id) == before
        assert before is not None and before.subject == a.subject
        assert store.stats().versions == 1

    def test_layout_only_differences_are_one_version(self, store_factory: StoreFactory) -> None:
        store = store_factory()
        store.put_many([make_cable(body="1. (C) Some   text\nwrapped.", path="a")])
        counts = store.put_many([make_cable(body="1. (C) Some text wrapped.", path="b")])
        assert counts.versions == 0 and store.stats().versions == 1

    def test_tie_keeps_first_version(self, store_factory: StoreFactory) -> None:
        store = store_factory()
        store.put_many([make_cable(body="one two", path="1")])
        store.put_many([make_cable(body="three four", path="2")])
        got = store.get_cable("09NAIROBI2497")
        assert got is not None and got.body == "one two"

    def test_articles_and_row_resolution(self, store_factory: StoreFactory) -> None:
        store = store_factory()
        article = make_article()
        counts = store.put_many([article])
        assert counts.articles_new == 1
        assert store.get_article(article_id(article)) == article
        assert store.resolve_rows([248745]) == {}
        assert store.link_article_rows() == 0
        assert store.add_row_numbers([(248745, "10BOGOTA243"), (1, "66BUENOSAIRES2481")]) == 2
        assert store.resolve_rows([1, 248745, 7]) == {1: "66BUENOSAIRES2481", 248745: "10BOGOTA243"}
        assert store.link_article_rows() == 1
        assert store.link_article_rows() == 0

    def test_texts_by_index_key(self, store_factory: StoreFactory) -> None:
        store = store_factory()
        cable, article = make_cable(), make_article(text="The article's own words.")
        store.put_many([cable, article])
        key = article_id(article)
        texts = store.get_texts([key, "09NOWHERE1", cable.ref_id, cable.ref_id])
        assert texts == {cable.ref_id: cable.body, key: "The article's own words."}
        assert store.get_texts([]) == {}
        many = [f"09NOWHERE{n}" for n in range(1200)]
        assert store.get_texts([*many, cable.ref_id]) == {cable.ref_id: cable.body}

    def test_cable_row_numbers_override_id_list(self, store_factory: StoreFactory) -> None:
        store = store_factory()
        store.add_row_numbers([(5, "WRONG1")])
        store.put_many([make_cable(row_number=5)])
        assert store.resolve_rows([5]) == {5: "09NAIROBI2497"}
        store.add_row_numbers([(5, "WRONG2")])
        assert store.resolve_rows([5]) == {5: "09NAIROBI2497"}

    def test_changed_article_replaces_text(self, store_factory: StoreFactory) -> None:
        store = store_factory()
        store.put_many([make_article(text="v1")])
        counts = store.put_many([make_article(text="v2", cites=())])
        assert counts.articles_updated == 1
        got = store.get_article(article_id(make_article()))
        assert got is not None and got.text == "v2" and got.cites == ()
        assert store.stats().articles == 1

    def test_failures_are_logged_once(self, store_factory: StoreFactory) -> None:
        store = store_factory()
        first = store.begin_ingest(["x"])
        bad = [Failure("x.zip", "not a readable zip archive"), Failure("y.csv", "bad row", "7")]
        store.record_failures(bad, first)
        second = store.begin_ingest(["x"])
        store.record_failures(bad, second)
        stored = store.failures()
        assert [(f.path, f.position, f.ingest_id) for f in stored] == [
            ("x.zip", None, second),
            ("y.csv", "7", second),
        ]
        assert store.failures(limit=1)[0].as_failure() == bad[0]
        store.finish_ingest(second, {"cables_new": 0})
        last = store.stats().last_ingest
        assert last is not None and last["counts"] == {"cables_new": 0} and last["finished"]

    def test_stats_and_listing(self, store_factory: StoreFactory) -> None:
        store = store_factory()
        store.put_many(
            [
                make_cable("09NAIROBI1", created="2009-01-01 00:00"),
                make_cable("09NAIROBI2", created="2009-02-01 00:00", classification=None),
                make_cable("66BUENOSAIRES2481", created="1966-12-01 00:00"),
            ]
        )
        stats = store.stats()
        assert stats.by_year == {"1966": 1, "2009": 2}
        assert stats.by_classification == {"SECRET": 2, "unknown": 1}
        assert (stats.first_created, stats.last_created) == ("1966-12-01 00:00", "2009-02-01 00:00")
        assert [c.ref_id for c in store.iter_cables()] == [
            "09NAIROBI1",
            "09NAIROBI2",
            "66BUENOSAIRES2481",
        ]
        assert store.ref_ids_like("09nai") == ["09NAIROBI1", "09NAIROBI2"]
        assert store.ref_ids_like("09NAI_") == []

    def test_survives_reopen(self, store_factory: StoreFactory) -> None:
        store = store_factory()
        cable = replace(make_cable(), sources=(Source("a", "telegram", "3"),))
        store.put_many([cable])
        again = store_factory()
        assert again.get_cable(cable.ref_id) == cable
        assert again.put_many([cable]).cables_unchanged == 1
