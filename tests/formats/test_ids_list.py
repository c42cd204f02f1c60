from __future__ import annotations

import gzip

import pytest

from cablebase.errors import InputError
from cablebase.formats.ids_list import load_id_list

from .formatkit import shared


def test_reads_ids_with_months_crlf_and_bom() -> None:
    lines = ["\ufeff66BUENOSAIRES2481,12\r\n", "72TEHRAN1164,2\r\n", "10ROME1\n", "\r\n"]
    assert load_id_list(lines) == ["66BUENOSAIRES2481", "72TEHRAN1164", "10ROME1"]


def test_blank_line_inside_is_an_error() -> None:
    with pytest.raises(InputError, match="line 2"):
        load_id_list(["A1,1\n", "\n", "B2,1\n"])


@pytest.mark.shared_data
def test_full_list_maps_row_numbers() -> None:
    path = shared("ids", "cablegate-ids.csv.gz")
    with gzip.open(path, "rt", encoding="ascii", newline="") as fh:
        ids = load_id_list(fh)
    assert len(ids) == 251_287
    assert ids[0] == "66BUENOSAIRES2481"
    assert ids[248745 - 1] == "10BOGOTA243"
