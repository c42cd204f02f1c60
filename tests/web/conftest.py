"""Archives served in the reading room's tests, built once per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cablebase.demo import build_demo
from cablebase.web import create_app
from tests.web.webkit import TestClient, build_hostile


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("web-demo") / "demo.db"
    assert build_demo(db).ok
    return db


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_hostile(tmp_path_factory.mktemp("web-hostile") / "hostile.db")


@pytest.fixture(scope="session")
def client(demo_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(demo_db)) as c:
        yield c


@pytest.fixture(scope="session")
def hostile(hostile_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(hostile_db)) as c:
        yield c
