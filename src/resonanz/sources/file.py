"""The `file` source: import posts from a CSV or JSON Lines file, with a column mapping.

The cursor is the byte offset after the last imported record, so a re-run continues where the
last committed batch ended, and rows appended to the file later are picked up by the next run
(the file is followed like a log). A malformed record raises `MalformedPayload` naming the line
and the field; the batch it is in is not stored, the batches before it are.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, ClassVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from resonanz.errors import ConfigError, MalformedPayload, SourceUnavailable
from resonanz.hookspecs import hookimpl
from resonanz.model import Author, Metrics, RawPost
from resonanz.plugin_settings import Setting
from resonanz.sources.base import Batch, Clock, Source, utc_now

#: Our field → the default column (CSV header or JSON key) it is read from.
DEFAULT_MAPPING: dict[str, str] = {
    "native_id": "id",
    "text": "text",
    "created_at": "created_at",
    "author": "author",
    "author_name": "author_name",
    "followers": "followers",
    "url": "url",
    "title": "title",
    "platform": "platform",
    "language": "lang",
    "likes": "likes",
    "reposts": "reposts",
    "replies": "replies",
    "reply_to": "reply_to",
    "repost_of": "repost_of",
}
REQUIRED = ("native_id", "text", "created_at")
_INT_FIELDS = ("followers", "likes", "reposts", "replies")


def parse_time(value: Any, tz: ZoneInfo | None) -> datetime:
    """ISO 8601 (with or without zone; `Z` allowed), `YYYY-MM-DD HH:MM:SS`, or Unix seconds."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(float(value), UTC)
    text = str(value).strip()
    if not text:
        raise ValueError("empty time")
    if text.replace(".", "", 1).isdigit():
        return datetime.fromtimestamp(float(text), UTC)
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz or UTC)
    return parsed.astimezone(UTC)


def _get(record: Mapping[str, Any], key: str) -> Any:
    """A value by key, or by dotted path into nested JSON objects (`user.name`)."""
    if key in record:
        return record[key]
    value: Any = record
    for part in key.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


class FileSource(Source):
    name: ClassVar[str] = "file"
    title: ClassVar[str] = "File import (CSV / JSON Lines)"
    settings: ClassVar[tuple[Setting, ...]] = (
        Setting("path", str, "Path of the CSV or JSON Lines file", required=True),
        Setting("format", str, "csv or jsonl (default: from the file name)"),
        Setting("mapping", dict, 'Our field → your column, e.g. {"text": "message"}', default={}),
        Setting(
            "platform", str, "Platform name when the file has no platform column", default="file"
        ),
        Setting("timezone", str, "Zone of times written without one", default="UTC"),
        Setting("delimiter", str, "CSV delimiter", default=","),
        Setting("encoding", str, "Text encoding of the file", default="utf-8-sig"),
        Setting("batch_size", int, "Records per batch (one transaction)", default=1000),
    )

    def __init__(self, config: Mapping[str, Any], *, clock: Clock = utc_now) -> None:
        super().__init__(config, clock=clock)
        cfg = self.config
        self.path = Path(cfg["path"]).expanduser()
        fmt = (cfg["format"] or self.path.suffix.lstrip(".")).lower()
        if fmt in ("jsonl", "ndjson", "json"):
            fmt = "jsonl"
        if fmt not in ("csv", "jsonl", "tsv"):
            raise ConfigError("file.format", f"must be csv or jsonl (got {fmt!r})")
        self.format = fmt
        unknown = set(cfg["mapping"]) - set(DEFAULT_MAPPING)
        if unknown:
            raise ConfigError(
                "file.mapping",
                f"unknown field {sorted(unknown)[0]!r}; fields: {', '.join(DEFAULT_MAPPING)}",
            )
        self.mapping = {**DEFAULT_MAPPING, **{k: str(v) for k, v in cfg["mapping"].items()}}
        try:
            self.tz = ZoneInfo(cfg["timezone"])
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigError("file.timezone", f"unknown time zone {cfg['timezone']!r}") from None
        if cfg["batch_size"] < 1:
            raise ConfigError("file.batch_size", "must be at least 1")
        self.delimiter = "\t" if fmt == "tsv" else cfg["delimiter"]
        self._reader: Iterator[tuple[int, int, dict[str, Any]]] | None = None
        self._position: tuple[int, int] | None = None
        self._handle: BinaryIO | None = None

    @classmethod
    def example_config(cls, directory: Path) -> dict[str, Any]:
        """A two-row CSV file written under `directory`."""
        path = directory / "example.csv"
        path.write_text(
            csv_text(
                [
                    {"id": "1", "text": "Erster Beitrag", "created_at": "2025-03-01T09:00:00Z"},
                    {"id": "2", "text": "Second post", "created_at": "2025-03-01T09:05:00Z"},
                ]
            ),
            encoding="utf-8",
        )
        return {"path": str(path), "batch_size": 1}

    # -- reading -------------------------------------------------------------------------

    def _lines(self, handle: BinaryIO, offset: int, line: int) -> Iterator[tuple[str, int, int]]:
        """Decoded lines with the byte offset after each and its 1-based line number."""
        handle.seek(offset)
        encoding = self.config["encoding"]
        for raw in handle:
            offset += len(raw)
            line += 1
            try:
                yield raw.decode(encoding), offset, line
            except UnicodeDecodeError as exc:
                raise MalformedPayload(f"not valid {encoding}: {exc}", line=line) from None

    def _records(self, offset: int, line: int) -> Iterator[tuple[int, int, dict[str, Any]]]:
        """(line, offset after the record, record) from the byte `offset` on."""
        try:
            handle = self.path.open("rb")
        except OSError as exc:
            raise SourceUnavailable(f"cannot open {self.path}: {exc.strerror}") from None
        self._handle = handle
        if self.format == "jsonl":
            yield from self._jsonl_records(handle, offset, line)
        else:
            yield from self._csv_records(handle, offset, line)

    def _jsonl_records(
        self, handle: BinaryIO, offset: int, line: int
    ) -> Iterator[tuple[int, int, dict[str, Any]]]:
        for text, end, number in self._lines(handle, offset, line):
            if not text.strip():
                continue
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                raise MalformedPayload(f"not valid JSON: {exc.msg}", line=number) from None
            if not isinstance(record, dict):
                raise MalformedPayload("expected a JSON object", line=number)
            yield number, end, record

    def _csv_records(
        self, handle: BinaryIO, offset: int, line: int
    ) -> Iterator[tuple[int, int, dict[str, Any]]]:
        header_end = {"end": 0, "line": 0}

        def header_lines() -> Iterator[str]:
            for text, end, number in self._lines(handle, 0, 0):
                header_end["end"], header_end["line"] = end, number
                yield text

        header_reader = csv.reader(header_lines(), delimiter=self.delimiter)
        try:
            header = next(header_reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise MalformedPayload(f"unreadable header: {exc}", line=1) from None
        self._check_header(header)
        if offset == 0:
            offset, line = header_end["end"], header_end["line"]
        position = {"end": offset, "line": line}

        def tracked() -> Iterator[str]:
            for text, end, number in self._lines(handle, offset, line):
                position["end"], position["line"] = end, number
                yield text

        reader = csv.reader(tracked(), delimiter=self.delimiter, strict=True)
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise MalformedPayload(f"bad CSV: {exc}", line=position["line"]) from None
            if not row:
                continue
            if len(row) != len(header):
                raise MalformedPayload(
                    f"{len(row)} columns, the header has {len(header)}", line=position["line"]
                )
            yield position["line"], position["end"], dict(zip(header, row, strict=True))

    def _check_header(self, header: list[str]) -> None:
        for field in REQUIRED:
            column = self.mapping[field]
            if column not in header:
                raise ConfigError(
                    f"file.mapping.{field}",
                    f"column {column!r} is not in the header of {self.path.name} "
                    f"(columns: {', '.join(header)})",
                )

    # -- mapping -------------------------------------------------------------------------

    def to_raw_post(self, record: Mapping[str, Any], line: int) -> RawPost:
        """Map one record onto a `RawPost`; anything unmapped is kept in `unmapped`."""
        m = self.mapping

        def value(field: str) -> Any:
            v = _get(record, m[field])
            return None if v == "" else v

        for field in REQUIRED:
            if value(field) is None:
                raise MalformedPayload("missing value", line=line, field=m[field])
        try:
            created_at = parse_time(value("created_at"), self.tz)
        except (ValueError, TypeError, OverflowError, OSError):
            raise MalformedPayload(
                f"cannot read time {value('created_at')!r}", line=line, field=m["created_at"]
            ) from None
        numbers: dict[str, int] = {}
        for field in _INT_FIELDS:
            v = value(field)
            try:
                numbers[field] = int(float(v)) if v is not None else 0
            except (TypeError, ValueError):
                raise MalformedPayload(
                    f"expected a number, got {v!r}", line=line, field=m[field]
                ) from None
        if not isinstance(value("text"), str):
            raise MalformedPayload("expected text", line=line, field=m["text"])
        platform = str(value("platform") or self.config["platform"])
        handle = str(value("author") or "unknown")
        used = {m[f] for f in DEFAULT_MAPPING}
        return RawPost(
            platform=platform,
            native_id=str(value("native_id")),
            created_at=created_at,
            text=value("text"),
            title=str(value("title") or ""),
            url=str(value("url") or ""),
            language_hint=str(value("language") or ""),
            reply_to=str(value("reply_to") or ""),
            repost_of=str(value("repost_of") or ""),
            author=Author(
                platform=platform,
                handle=handle,
                name=str(value("author_name") or handle),
                followers=numbers["followers"],
            ),
            metrics=Metrics(
                likes=numbers["likes"], reposts=numbers["reposts"], replies=numbers["replies"]
            ),
            unmapped={k: v for k, v in record.items() if k not in used},
        )

    # -- the contract --------------------------------------------------------------------

    def fetch(self, cursor: str | None) -> Batch:
        offset, line = _read_cursor(cursor)
        if not self.path.exists():
            raise SourceUnavailable(f"file not found: {self.path}")
        if offset > self.path.stat().st_size:
            raise SourceUnavailable(
                f"{self.path} is shorter than the imported part (was it replaced?); "
                "add it as a new source to import it again"
            )
        if self._reader is None or self._position != (offset, line):
            self.close()
            self._reader = self._records(offset, line)
        items: list[RawPost] = []
        end, last_line = offset, line
        size = self.config["batch_size"]
        try:
            for number, end_offset, record in self._reader:
                items.append(self.to_raw_post(record, number))
                end, last_line = end_offset, number
                if len(items) >= size:
                    break
            else:
                self.close()
        except BaseException:
            self.close()
            raise
        self._position = (end, last_line)
        has_more = len(items) >= size
        return Batch(items=items, next_cursor=_write_cursor(end, last_line), has_more=has_more)

    def progress(self, cursor: str | None) -> tuple[int, int] | None:
        try:
            size = self.path.stat().st_size
        except OSError:
            return None
        return min(_read_cursor(cursor)[0], size), size

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
        self._handle = None
        self._reader = None


def _read_cursor(cursor: str | None) -> tuple[int, int]:
    if not cursor:
        return 0, 0
    try:
        data = json.loads(cursor)
        return int(data["offset"]), int(data["line"])
    except (ValueError, KeyError, TypeError):
        raise ConfigError("cursor", f"unreadable file cursor {cursor!r}") from None


def _write_cursor(offset: int, line: int) -> str:
    return json.dumps({"offset": offset, "line": line})


def csv_text(rows: list[dict[str, Any]]) -> str:
    """Rows as CSV text with a header (used by tests and the benchmark)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


@hookimpl
def register_sources(register: Callable[[type[Source]], None]) -> None:
    register(FileSource)
