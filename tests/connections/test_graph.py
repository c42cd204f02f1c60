"""The reference graph: neighbourhoods over an in-memory edge source and over a real store."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from cablebase.connections.graph import CableInfo, Edge, EdgeRow, Graph, neighbourhood
from cablebase.errors import NotFoundError, UsageError
from cablebase.model import Cable, Reference
from cablebase.store.sqlite import SqliteStore


class Edges:
    """An EdgeSource over a list of (citing, cited, label); `stored` are in the archive."""

    def __init__(
        self, rows: list[EdgeRow], stored: set[str], id_list: set[str] | None = None
    ) -> None:
        self.rows, self.stored, self.id_list = rows, stored, id_list

    def edges_from(self, ref_ids: Iterable[str]) -> list[EdgeRow]:
        wanted = set(ref_ids)
        return [r for r in self.rows if r[0] in wanted and r[0] in self.stored]

    def edges_to(self, ref_ids: Iterable[str]) -> list[EdgeRow]:
        # Only a stored cable has REF items, as in the archive.
        wanted = set(ref_ids)
        return [r for r in self.rows if r[1] in wanted and r[0] in self.stored]

    def cable_info(self, ref_ids: Iterable[str]) -> dict[str, CableInfo]:
        return {r: CableInfo(subject=f"about {r}") for r in ref_ids if r in self.stored}

    def known_ref_ids(self, ref_ids: Iterable[str]) -> set[str] | None:
        return None if self.id_list is None else set(ref_ids) & self.id_list


# A cites B and C; B cites C and the missing M; D cites A; C cites A (a cycle A-C-A).
CHAIN = Edges(
    [
        ("A", "B", "A"),
        ("A", "C", "B"),
        ("B", "C", None),
        ("B", "M", "A"),
        ("D", "A", None),
        ("C", "A", None),
    ],
    stored={"A", "B", "C", "D"},
)


def ids(graph: Graph) -> list[str]:
    return [n.ref_id for n in graph.nodes]


def test_depth_one_has_both_directions_and_the_edges_among_them() -> None:
    graph = neighbourhood(CHAIN, "a", depth=1)
    assert graph.center == "A"
    assert ids(graph) == ["A", "B", "C", "D"]
    assert [n.depth for n in graph.nodes] == [0, 1, 1, 1]
    # B -> C joins two nodes of the last level: it is kept too.
    assert graph.edges == (
        Edge("A", "B", "A"),
        Edge("A", "C", "B"),
        Edge("B", "C", None),
        Edge("C", "A", None),
        Edge("D", "A", None),
    )


def test_depth_two_reaches_the_missing_cable_and_the_cycle_ends() -> None:
    graph = neighbourhood(CHAIN, "A", depth=2)
    assert ids(graph) == ["A", "B", "C", "D", "M"]
    missing = graph.node("M")
    assert missing is not None and missing.missing and missing.depth == 2
    assert missing.known is None and not graph.id_list
    assert not graph.truncated
    assert neighbourhood(CHAIN, "A", depth=5).nodes == graph.nodes


def test_depth_zero_is_the_cable_alone() -> None:
    graph = neighbourhood(CHAIN, "A", depth=0)
    assert ids(graph) == ["A"]
    assert graph.edges == ()


def test_a_missing_cable_can_be_the_centre() -> None:
    graph = neighbourhood(CHAIN, "M", depth=1)
    assert ids(graph) == ["M", "B"]
    assert graph.nodes[0].missing and graph.edges == (Edge("B", "M", "A"),)


def test_known_ids_are_checked_only_with_an_id_list() -> None:
    listed = Edges(CHAIN.rows, CHAIN.stored, id_list={"M"})
    assert neighbourhood(listed, "B").node("M").known is True  # type: ignore[union-attr]
    assert neighbourhood(listed, "B").id_list
    unlisted = Edges(CHAIN.rows, CHAIN.stored, id_list=set())
    assert neighbourhood(unlisted, "B").node("M").known is False  # type: ignore[union-attr]
    assert neighbourhood(listed, "B").node("A").known is None  # type: ignore[union-attr]


def test_node_cap_keeps_the_first_ids_and_says_so() -> None:
    star = Edges([("HUB", f"X{i:02d}", None) for i in range(30)], stored={"HUB"})
    graph = neighbourhood(star, "HUB", depth=2, max_nodes=11)
    assert graph.truncated
    assert ids(graph) == ["HUB"] + [f"X{i:02d}" for i in range(10)]
    assert len(graph.edges) == 10


def test_a_cable_citing_another_twice_is_one_edge() -> None:
    twice = Edges([("A", "B", "A"), ("A", "B", "B")], stored={"A", "B"})
    assert neighbourhood(twice, "A").edges == (Edge("A", "B", "A"),)


def test_unknown_cable_and_bad_depths_are_refused() -> None:
    with pytest.raises(NotFoundError, match="ZZ"):
        neighbourhood(CHAIN, "ZZ")
    with pytest.raises(UsageError, match="depth"):
        neighbourhood(CHAIN, "A", depth=-1)
    with pytest.raises(UsageError, match="depth"):
        neighbourhood(CHAIN, "A", depth=99)
    with pytest.raises(UsageError, match="max-nodes"):
        neighbourhood(CHAIN, "A", max_nodes=0)


def test_json_form_names_every_field() -> None:
    data = neighbourhood(CHAIN, "A", depth=2).to_json()
    assert set(data) == {"center", "depth", "truncated", "id_list", "nodes", "edges"}
    assert data["nodes"][0]["subject"] == "about A"
    assert data["edges"][0] == {"source": "A", "target": "B", "label": "A"}


# -- over the SQLite store ----------------------------------------------------------------


def _cable(ref_id: str, *cited: str) -> Cable:
    refs = tuple(Reference(chr(65 + i), c, c, "cable") for i, c in enumerate(cited))
    refs += (Reference("Z", "a phone call", None, "other"),)
    return Cable(
        ref_id=ref_id,
        subject=f"SUBJECT OF {ref_id}",
        origin="Embassy Moscow",
        created="2008-01-01T00:00:00Z",
        references=refs,
        body="text",
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteStore]:
    with SqliteStore.open(tmp_path / "g.db") as opened:
        opened.put_many(
            [_cable("08MOSCOW1", "07MOSCOW9", "05MOSCOW5"), _cable("08MOSCOW2", "08MOSCOW1")]
        )
        yield opened


def test_store_edges_skip_unresolved_references(store: SqliteStore) -> None:
    assert store.edges_from(["08MOSCOW1"]) == [
        ("08MOSCOW1", "07MOSCOW9", "A"),
        ("08MOSCOW1", "05MOSCOW5", "B"),
    ]
    assert store.edges_to(["08MOSCOW1"]) == [("08MOSCOW2", "08MOSCOW1", "A")]
    assert set(store.cable_info(["08MOSCOW1", "07MOSCOW9"])) == {"08MOSCOW1"}


def test_store_graph_marks_missing_cables_against_the_id_list(store: SqliteStore) -> None:
    graph = neighbourhood(store, "08MOSCOW2", depth=2)
    assert ids(graph) == ["08MOSCOW2", "08MOSCOW1", "05MOSCOW5", "07MOSCOW9"]
    assert [n.missing for n in graph.nodes] == [False, False, True, True]
    assert not graph.id_list and graph.node("07MOSCOW9").known is None  # type: ignore[union-attr]
    store.add_row_numbers([(1, "07MOSCOW9"), (2, "08MOSCOW1")])
    graph = neighbourhood(store, "08MOSCOW2", depth=2)
    assert graph.id_list
    assert graph.node("07MOSCOW9").known is True  # type: ignore[union-attr]
    assert graph.node("05MOSCOW5").known is False  # type: ignore[union-attr]
    assert graph.node("08MOSCOW1").info.subject == "SUBJECT OF 08MOSCOW1"  # type: ignore[union-attr]
