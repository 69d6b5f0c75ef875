"""The plain country file beside the data file: exact format, 0600, and reads that never block."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from recovery_tui.store import country_file


def test_path_is_the_data_file_name_plus_country(tmp_path: Path) -> None:
    assert country_file.path_for(tmp_path / "recover.json") == tmp_path / "recover.json.country"


def test_write_read_and_remove(tmp_path: Path) -> None:
    data = tmp_path / "data" / "recover.json"
    data.parent.mkdir()
    assert country_file.read(data) is None
    country_file.write(data, "GB")
    kept = country_file.path_for(data)
    assert kept.read_bytes() == b"GB\n"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert country_file.read(data) == "GB"
    assert [p.name for p in data.parent.iterdir()] == ["recover.json.country"]  # no temp file left
    country_file.write(data, None)
    assert not kept.exists()
    country_file.write(data, None)  # already gone: fine


def test_write_refuses_anything_but_a_code(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        country_file.write(tmp_path / "recover.json", "GB\nrm")


@pytest.mark.parametrize("content", [b"", b"gb\n", b"GBR\n", b"\x1b[2J", b"G\xffB", b"GB" + b" " * 40, b"12\n"])
def test_odd_content_counts_as_no_country(tmp_path: Path, content: bytes) -> None:
    data = tmp_path / "recover.json"
    country_file.path_for(data).write_bytes(content)
    assert country_file.read(data) is None


def test_a_symlink_is_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(b"GB\n")
    data = tmp_path / "recover.json"
    country_file.path_for(data).symlink_to(elsewhere)
    assert country_file.read(data) is None


def test_a_fifo_or_a_folder_does_not_block_or_fail(tmp_path: Path) -> None:
    data = tmp_path / "recover.json"
    os.mkfifo(country_file.path_for(data))  # opening a FIFO to read would wait for a writer
    assert country_file.read(data) is None
    other = tmp_path / "other.json"
    country_file.path_for(other).mkdir()
    assert country_file.read(other) is None
