"""Exports of your data: json (full fidelity), csv (one file per table) and markdown (a journal).

Every table described in data_schema/ is exported, read generically with `store.all`, so
tables added later need no change here. Formats:

- json: the data file's own shape (data_schema/envelope.schema.json): meta plus one object
  per table mapping ids to records. `recover import` reads it back record for record.
- csv: one `<table>.csv` per table, columns in schema order; lists and objects are JSON text
  in their cell, null is an empty cell. Written as a folder, or a zip when the path ends .zip.
  Text goes through safetext.csv_cell: control characters shown as escapes, and a cell that
  starts like a formula (= + - @) gets a leading ' so a spreadsheet shows it as text.
- markdown: a journal by day (oldest first) with check-ins, journal entries, counter events,
  triggers, skills and, generically, any other table's entries, through safetext.visible
  (a Markdown file is read in terminals: `cat`, `less -R`, `glow`).
- json stays exact: control characters are JSON escapes (`\\u001b`) that decode back to the
  stored strings, never raw bytes (safetext.json_safe).

`since` keeps records whose own time (at, started_at, date, else created_at), or the `at`
of an item in one of their lists (a counter's events), is at or after it. Files are written
0600 (folders 0700) through the same atomic write as the data file, and never over an
existing path unless `overwrite` is set.
"""

from __future__ import annotations

import io
import os
import stat
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

import msgspec
import orjson

from recovery_tui import messages
from recovery_tui.core.checkin import ratings_parts
from recovery_tui.errors import InvalidInput
from recovery_tui.safetext import csv_cell, json_safe, visible
from recovery_tui.store import Store, owned, schemas
from recovery_tui.store.storage import atomic_write_bytes, fsync_directory

FORMATS = ("json", "csv", "markdown")
EXTENSIONS = {"json": ".json", "csv": "-csv", "markdown": ".md"}
_TIME_FIELDS = ("at", "started_at", "date", "created_at")

Tables = dict[str, dict[str, Any]]


def _parse_moment(text: Any, zone: tzinfo | None) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone) if zone is not None else moment.astimezone()
    return moment


def record_moment(record: dict[str, Any], zone: tzinfo | None = None) -> datetime | None:
    """The time a record is about: its `at`, `started_at` or `date`, else `created_at`."""
    for key in _TIME_FIELDS:
        moment = _parse_moment(record.get(key), zone)
        if moment is not None:
            return moment
    return None


def _keep(record: dict[str, Any], since: datetime | None) -> bool:
    if since is None:
        return True
    zone = since.tzinfo
    moments = [record_moment(record, zone)]
    for value in record.values():
        if isinstance(value, list):
            moments += [_parse_moment(item.get("at"), zone) for item in value if isinstance(item, dict)]
    return any(m is not None and m >= since for m in moments)


def snapshot(store: Store, *, since: datetime | None = None) -> Tables:
    """The data as one envelope: meta plus every schema table (records sorted by time)."""
    meta = store.meta_all()
    meta.pop("layout", None)  # the file layout's checksums: storage detail, not your data
    data: Tables = {"meta": meta}
    if "schema" not in data["meta"]:
        from recovery_tui.store import migrations

        data["meta"]["schema"] = {"schema_version": migrations.CURRENT_VERSION}
    for table in schemas.table_names():
        records = [r for r in store.all(table) if _keep(r, since)]
        records.sort(key=lambda r: (str(r.get("created_at", "")), str(r.get("id", ""))))
        data[table] = {r["id"]: r for r in records}
    return data


def to_json(data: Tables) -> bytes:
    """The json export: checked against the envelope schema, indented UTF-8."""
    schemas.validate(schemas.ENVELOPE, data)
    return json_safe(json_bytes(data, indent=True).decode()).encode() + b"\n"


def json_bytes(value: Any, *, indent: bool = False) -> bytes:
    """`value` as JSON: orjson, or msgspec for what orjson refuses (integers beyond 64 bits,
    which a file edited by hand can hold and the schemas allow in `number` fields)."""
    try:
        return orjson.dumps(value, option=orjson.OPT_INDENT_2 if indent else None)
    except orjson.JSONEncodeError:
        import msgspec

        compact = msgspec.json.encode(value)
        return msgspec.json.format(compact, indent=2) if indent else compact


def _columns(table: str, records: list[dict[str, Any]]) -> list[str]:
    columns = list(schemas.record_type(table).__struct_encode_fields__)
    extra = sorted({key for record in records for key in record} - set(columns))
    return columns + extra


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json_bytes(value).decode()
    return str(value)


def _csv_cell(value: Any) -> str:
    text = _cell(value)
    return csv_cell(text) if isinstance(value, str) else visible(text)


def to_csv(data: Tables) -> dict[str, bytes]:
    """The csv export: file name -> bytes, one file per schema table (headers even if empty)."""
    import csv

    files: dict[str, bytes] = {}
    for table in schemas.table_names():
        records = list(data.get(table, {}).values())
        columns = _columns(table, records)
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        for record in records:
            writer.writerow([_csv_cell(record.get(column)) for column in columns])
        files[f"{table}.csv"] = buffer.getvalue().encode("utf-8")
    return files


# -- markdown -------------------------------------------------------------------------------
def _text(value: Any) -> str:
    return " ".join(str(value).split())


def _clock(record: dict[str, Any], zone: tzinfo | None) -> str:
    moment = record_moment(record, zone)
    return moment.astimezone(zone).strftime("%H:%M") if moment is not None else "--:--"


def _note_lines(label: str, text: Any) -> list[str]:
    if text in (None, ""):
        return []
    lines = str(text).strip().splitlines() or [""]
    return [f"- {label}:"] + [f"  > {line}" if line else "  >" for line in lines]


def _checkin(record: dict[str, Any], zone: tzinfo | None) -> list[str]:
    ratings = "".join(f" · {part}" for part in ratings_parts(record.get("difficulty"), record.get("confidence")))
    lines = [f"- {_clock(record, zone)} · mood {record.get('mood')}/5 · craving {record.get('craving')}/10{ratings}"]
    for entry in record.get("sober") or []:
        state = "sober" if entry.get("sober") else "not sober"
        lines.append(f"- {_text(entry.get('counter', '?'))}: {state}")
    if record.get("gratitude"):
        lines.append(f"- Grateful for: {_text(record['gratitude'])}")
    return lines + _note_lines("Note", record.get("note"))


def _trigger(record: dict[str, Any], zone: tzinfo | None) -> list[str]:
    parts = [f"{_clock(record, zone)} · {_text(record.get('what', ''))}"]
    if record.get("where"):
        parts.append(f"at {_text(record['where'])}")
    if record.get("who"):
        parts.append(f"with {_text(record['who'])}")
    if record.get("emotion"):
        parts.append(f"feeling {_text(record['emotion'])}")
    if record.get("halt"):
        parts.append("HALT: " + ", ".join(record["halt"]))
    if record.get("intensity") is not None:
        parts.append(f"intensity {record['intensity']}/10")
    if record.get("coping"):
        parts.append(f"coping: {_text(record['coping'])}")
    outcome = {"resisted": "rode it out", "used": "used", "ongoing": "still going"}.get(record.get("outcome") or "")
    if outcome:
        parts.append(f"outcome: {outcome}")
    return [f"- {' · '.join(parts)}"] + _note_lines("Note", record.get("note"))


def _skill(record: dict[str, Any], zone: tzinfo | None) -> list[str]:
    seconds = int(record.get("actual_seconds") or 0)
    minutes, rest = divmod(seconds, 60)
    length = f"{minutes} min {rest:02d} s" if rest else f"{minutes} min"
    done = "completed" if record.get("completed") else "stopped early"
    line = f"- {_clock(record, zone)} · {_text(record.get('skill', ''))} · {length} ({done})"
    before, after = record.get("craving_before"), record.get("craving_after")
    if before is not None or after is not None:
        line += f" · craving {'?' if before is None else before} → {'?' if after is None else after}"
    return [line]


def _journal(record: dict[str, Any], zone: tzinfo | None) -> list[str]:
    tags = " ".join(f"#{tag}" for tag in record.get("tags") or [])
    head = f"- {_clock(record, zone)}" + (f" · {tags}" if tags else "")
    if record.get("template"):
        head += f" · template {record['template']}"
    lines = str(record.get("text") or "").strip().splitlines() or [""]
    return [head] + [f"  > {line}" if line else "  >" for line in lines]


def _generic(record: dict[str, Any], zone: tzinfo | None) -> list[str]:
    """Any other table: short fields on one line, long or multi-line text quoted below it."""
    skip = {"id", "created_at", "updated_at", *_TIME_FIELDS}
    fields: list[str] = []
    quoted: list[str] = []
    for key, value in record.items():
        if key in skip or value in (None, "", [], {}):
            continue
        if isinstance(value, str) and ("\n" in value.strip() or len(value) > 80):
            quoted += _note_lines(key.replace("_", " ").capitalize(), value)
        else:
            fields.append(f"{key}: {_text(_cell(value))}")
    return [f"- {_clock(record, zone)} · " + "; ".join(fields)] + quoted


_RENDERERS: dict[str, tuple[str, Callable[[dict[str, Any], tzinfo | None], list[str]]]] = {
    "checkins": ("Check-in", _checkin),
    "triggers": ("Triggers", _trigger),
    "skill_sessions": ("Skills", _skill),
    "journal": ("Journal", _journal),
}
_ORDER = ["checkins", "journal", "counters", "triggers", "skill_sessions"]


class _Entry(msgspec.Struct, frozen=True):
    moment: datetime
    lines: list[str]


def _day_of(table: str, record: dict[str, Any], zone: tzinfo | None) -> date | None:
    if table == "checkins" and isinstance(record.get("date"), str):
        try:
            return date.fromisoformat(record["date"])
        except ValueError:
            pass
    moment = record_moment(record, zone)
    return moment.astimezone(zone).date() if moment is not None else None


def _counter_events(record: dict[str, Any], zone: tzinfo | None, since: datetime | None) -> list[tuple[date, _Entry]]:
    found: list[tuple[date, _Entry]] = []
    for event in record.get("events") or []:
        moment = _parse_moment(event.get("at"), zone)
        if moment is None or (since is not None and moment < since):
            continue
        local = moment.astimezone(zone)
        what = "started" if event.get("kind") == "start" else "restarted, history kept"
        line = f"- {local:%H:%M} · {_text(record.get('name', '?'))}: {what}"
        lines = [line] + _note_lines("Note", event.get("note"))
        found.append((local.date(), _Entry(moment, lines)))
    return found


def to_markdown(data: Tables, *, now: datetime, since: datetime | None = None) -> bytes:
    """The markdown journal: one section per day, oldest first."""
    zone = now.tzinfo
    days: dict[date, dict[str, list[_Entry]]] = defaultdict(lambda: defaultdict(list))
    for table in schemas.table_names():
        for record in data.get(table, {}).values():
            if table == "counters":
                for day, entry in _counter_events(record, zone, since):
                    days[day]["counters"].append(entry)
                continue
            record_day = _day_of(table, record, zone)
            moment = record_moment(record, zone)
            if record_day is None or moment is None:
                continue
            render = _RENDERERS.get(table, ("", _generic))[1]
            days[record_day][table].append(_Entry(moment, render(record, zone)))
    out = ["# recover journal", ""]
    out.append(f"Exported {now:%Y-%m-%d %H:%M}" + (f", entries since {since:%Y-%m-%d %H:%M}" if since else "") + ".")
    out.append("This file is private and not encrypted: keep it somewhere only you can read.")
    if not days:
        out += ["", "Nothing recorded in this period."]
    tables = _ORDER + [t for t in schemas.table_names() if t not in _ORDER]
    for day in sorted(days):
        out += ["", f"## {day:%A} {day.day} {day:%B %Y}"]
        for table in tables:
            entries = days[day].get(table)
            if not entries:
                continue
            title = _RENDERERS[table][0] if table in _RENDERERS else table.replace("_", " ").capitalize()
            if table == "counters":
                title = "Counters"
            out += ["", f"### {title}", ""]
            for entry in sorted(entries, key=lambda e: e.moment):
                out += entry.lines
    return visible("\n".join(out) + "\n").encode("utf-8")


# -- writing ----------------------------------------------------------------------------------
def default_path(fmt: str, now: datetime, folder: Path | None = None) -> Path:
    """recover-export-YYYYMMDD.json / .md / -csv in `folder` (default: the current folder)."""
    return (folder or Path.cwd()) / f"recover-export-{now:%Y%m%d}{EXTENSIONS[fmt]}"


def _refuse_existing(path: Path, overwrite: bool) -> None:
    if path.exists() and not overwrite:
        raise InvalidInput("out", f"{path} already exists; choose another path or add --force. Nothing was written.")


def _private_folder(path: Path) -> None:
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(path, 0o700)
    except OSError as exc:
        raise InvalidInput("out", f"cannot create the folder {path} ({exc.strerror or exc}).") from None


def write_file(path: Path, payload: bytes, *, overwrite: bool = False, regular_only: bool = False) -> Path:
    """Write one export file atomically, 0600, creating its folder (0700) if needed.

    A path that is a device or a pipe (`/dev/null`, `/dev/stdout`, a FIFO a script reads) is
    written into, never replaced: an atomic rename over `/dev/null` would put a plain file in
    its place for the whole machine. A link to a file is followed, so the link stays a link.

    `regular_only` (a file made to be handed on, such as a report) is stricter: a path under
    /dev, a symbolic link, a device, a pipe or anything else that is not a regular file is
    refused before anything is written (`refuse_special`).
    """
    if regular_only:
        refuse_special(path)
    elif path.is_symlink():
        path = path.resolve()
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise InvalidInput("out", f"{path} is a folder; give a file path. Nothing was written.")
    if mode is not None and not stat.S_ISREG(mode):
        _write_into(path, payload)
        return path
    _refuse_existing(path, overwrite)
    if not path.parent.exists():
        _private_folder(path.parent)
    atomic_write_bytes(path, payload)
    return path


def refuse_ours(store: Store, path: Path) -> None:
    """Refuse (InvalidInput on `out`) a path recover keeps for itself: the data file, its lock,
    its backups (store/owned.py), even with --force; a report or export there would replace them."""
    if owned.is_ours(store.path, path):
        raise InvalidInput("out", messages.own_file(path))


def refuse_special(path: Path) -> None:
    """Refuse (InvalidInput on `out`) a path under /dev, a symbolic link, or anything that exists
    and is not a regular file; a missing path or a regular file passes."""
    absolute = Path(os.path.abspath(path))
    if absolute == Path("/dev") or Path("/dev") in absolute.parents or Path("/dev") in path.resolve().parents:
        raise InvalidInput("out", f"{path} is under /dev; give the path of a file. Nothing was written.")
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise InvalidInput("out", f"cannot write there ({exc.strerror or exc}); nothing was written.") from None
    if stat.S_ISLNK(mode):
        raise InvalidInput("out", f"{path} is a symbolic link; give the path of the file itself. Nothing was written.")
    if stat.S_ISDIR(mode):
        raise InvalidInput("out", f"{path} is a folder; give a file path. Nothing was written.")
    if not stat.S_ISREG(mode):
        raise InvalidInput("out", f"{path} is not a regular file (a device, pipe or socket). Nothing was written.")


def _write_into(path: Path, payload: bytes) -> None:
    """Write `payload` into an existing device or pipe (no create, no truncate, no rename)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NOCTTY)
    except OSError as exc:
        raise InvalidInput("out", f"cannot write to {path} ({exc.strerror or exc}). Nothing was written.") from None
    try:
        view = memoryview(payload)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    except OSError as exc:
        raise InvalidInput("out", f"writing to {path} failed ({exc.strerror or exc}).") from None
    finally:
        os.close(fd)


def write_csv(path: Path, files: dict[str, bytes], *, overwrite: bool = False) -> Path:
    """Write csv files into a 0700 folder, or one 0600 zip when `path` ends with .zip."""
    if path.suffix.lower() == ".zip":
        import zipfile

        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, payload in files.items():
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.external_attr = 0o600 << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, payload)
        return write_file(path, buffer.getvalue(), overwrite=overwrite)
    if path.exists() and not path.is_dir():
        raise InvalidInput("out", f"{path} is a file; csv needs a folder (or a path ending .zip).")
    if path.is_dir() and any(path.iterdir()) and not overwrite:
        raise InvalidInput("out", f"{path} is not empty; choose another folder or add --force. Nothing was written.")
    _private_folder(path)
    for name, payload in files.items():
        atomic_write_bytes(path / name, payload)
    fsync_directory(path)
    return path


class ExportResult(msgspec.Struct, frozen=True):
    """What an export wrote: where, the format, and how many records per table."""

    path: Path | None
    format: str
    counts: dict[str, int]


def render(store: Store, fmt: str, *, now: datetime, since: datetime | None = None) -> tuple[Tables, bytes]:
    """Build a json or markdown export in memory (for stdout or a file)."""
    if fmt not in ("json", "markdown"):
        raise InvalidInput("format", f"'{fmt}' cannot go to stdout; use json or markdown, or give --out.")
    data = snapshot(store, since=since)
    payload = to_json(data) if fmt == "json" else to_markdown(data, now=now, since=since)
    return data, payload


def export(
    store: Store,
    fmt: str,
    path: Path,
    *,
    now: datetime,
    since: datetime | None = None,
    overwrite: bool = False,
) -> ExportResult:
    """Export the data in `fmt` (json, csv or markdown) to `path`."""
    if fmt not in FORMATS:
        raise InvalidInput("format", messages.not_a_format(fmt, "json, csv or markdown"))
    refuse_ours(store, path)
    data = snapshot(store, since=since)
    counts = {table: len(records) for table, records in data.items() if table != "meta"}
    if fmt == "csv":
        write_csv(path, to_csv(data), overwrite=overwrite)
    elif fmt == "json":
        write_file(path, to_json(data), overwrite=overwrite)
    else:
        write_file(path, to_markdown(data, now=now, since=since), overwrite=overwrite)
    return ExportResult(path, fmt, counts)
