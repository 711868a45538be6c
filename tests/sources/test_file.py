"""The file source: CSV and JSON Lines with a mapping; bad lines are named; nothing is lost."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from resonanz.errors import ConfigError, MalformedPayload
from resonanz.model import SourceConfig
from resonanz.pipeline import Ingestor
from resonanz.sources.file import FileSource, csv_text
from resonanz.store import Store
from resonanz.store import sources as source_store
from resonanz.store import users as user_store
from resonanz.store.schema import posts

ROWS = [
    {
        "message": "Brenntal Service war gut",
        "post_id": "a1",
        "date": "2026-11-01T10:00:00Z",
        "user": "anna",
        "fans": "120",
        "net": "forum",
    },
    {
        "message": 'Zitat "mit Komma, und Zeilen-\numbruch"',
        "post_id": "a2",
        "date": "2026-11-01 11:30:00",
        "user": "ben",
        "fans": "",
        "net": "forum",
    },
    {
        "message": "Brenntal: the support was bad",
        "post_id": "a3",
        "date": "1793534400",
        "user": "cleo",
        "fans": "7",
        "net": "reviews",
    },
]
MAPPING = {
    "text": "message",
    "native_id": "post_id",
    "created_at": "date",
    "author": "user",
    "followers": "fans",
    "platform": "net",
}


def add_file_source(store: Store, path: Path, **config: object) -> SourceConfig:
    with store.transaction() as conn:
        return source_store.add_source(
            conn,
            SourceConfig(
                name="import", kind="file", config={"path": str(path), "mapping": MAPPING, **config}
            ),
            by=user_store.system_user(conn),
            now=datetime.now(UTC),
        )


def stored(store: Store) -> list[tuple[str, str, str]]:
    with store.read() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                sa.select(posts.c.platform, posts.c.native_id, posts.c.text).order_by(posts.c.id)
            )
        ]


def test_csv_with_mapping_quotes_and_times(
    store: Store, ingestor: Ingestor, tmp_path: Path
) -> None:
    path = tmp_path / "export.csv"
    path.write_text(csv_text(ROWS) + "\n")
    config = add_file_source(store, path, batch_size=2)
    result = ingestor.ingest_source(config)
    assert (result.fetched, result.new_posts) == (3, 3)
    assert stored(store) == [
        ("forum", "a1", ROWS[0]["message"]),
        ("forum", "a2", ROWS[1]["message"]),
        ("reviews", "a3", ROWS[2]["message"]),
    ]
    with store.read() as conn:
        times = conn.execute(sa.select(posts.c.created_at).order_by(posts.c.id)).scalars().all()
        unmapped = conn.execute(sa.select(posts.c.unmapped)).scalars().first()
    assert [t.isoformat() for t in times] == [
        "2026-11-01T10:00:00+00:00",
        "2026-11-01T11:30:00+00:00",
        "2026-11-01T12:00:00+00:00",
    ]
    assert unmapped == {}


def test_appended_rows_are_picked_up_and_nothing_twice(
    store: Store, ingestor: Ingestor, tmp_path: Path
) -> None:
    path = tmp_path / "export.csv"
    path.write_text(csv_text(ROWS[:2]))
    config = add_file_source(store, path)
    ingestor.ingest_source(config)
    with path.open("a") as f:
        f.write(csv_text(ROWS[2:]).split("\n", 1)[1])
    with store.read() as conn:
        config = source_store.get_source(conn, config.id or 0)
    assert ingestor.ingest_source(config).new_posts == 1
    assert ingestor.ingest_source(config).new_posts == 0
    assert len(stored(store)) == 3


def test_jsonl_with_nested_fields(store: Store, ingestor: Ingestor, tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    lines = [
        {
            "id": 7,
            "text": "Hallo Brenntal",
            "created_at": "2026-11-01T10:00:00+01:00",
            "user": {"screen_name": "dora", "followers_count": 900},
            "extra": [1, 2],
        }
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n")
    with store.transaction() as conn:
        config = source_store.add_source(
            conn,
            SourceConfig(
                name="j",
                kind="file",
                config={
                    "path": str(path),
                    "mapping": {"author": "user.screen_name", "followers": "user.followers_count"},
                },
            ),
            by=user_store.system_user(conn),
            now=datetime.now(UTC),
        )
    assert ingestor.ingest_source(config).new_posts == 1
    with store.read() as conn:
        row = conn.execute(
            sa.select(posts.c.native_id, posts.c.reach, posts.c.created_at, posts.c.unmapped)
        ).one()
    assert row.native_id == "7" and row.reach == 900
    assert row.created_at.hour == 9 and row.unmapped == {
        "user": {"screen_name": "dora", "followers_count": 900},
        "extra": [1, 2],
    }


@pytest.mark.parametrize(
    ("bad_row", "line", "field"),
    [
        ({"date": "gestern"}, 5, "date"),
        ({"fans": "viele"}, 5, "fans"),
        ({"message": ""}, 5, "message"),
    ],
)
def test_malformed_row_names_line_and_field_and_keeps_earlier_batches(
    store: Store,
    ingestor: Ingestor,
    tmp_path: Path,
    bad_row: dict[str, str],
    line: int,
    field: str,
) -> None:
    rows = [dict(ROWS[0], post_id=f"p{i}") for i in range(4)]
    rows[3] = dict(rows[3], **bad_row)
    path = tmp_path / "export.csv"
    path.write_text(csv_text(rows))
    config = add_file_source(store, path, batch_size=2)
    with pytest.raises(MalformedPayload) as info:
        ingestor.ingest_source(config)
    assert (info.value.line, info.value.field) == (line, field)
    assert f"line {line}" in str(info.value)
    assert [r[1] for r in stored(store)] == ["p0", "p1"]  # the first batch; none of the second
    with store.read() as conn:
        assert f"line {line}" in source_store.get_source(conn, config.id or 0).last_error


def test_wrong_column_count_and_bad_json_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("id,text,created_at\n1,a,2026-11-01\n2,b\n")
    with pytest.raises(MalformedPayload, match="line 3: 2 columns"):
        FileSource({"path": str(path)}).fetch(None)
    path = tmp_path / "x.jsonl"
    path.write_text('{"id": 1, "text": "a", "created_at": "2026-11-01"}\n{"id": 2,\n')
    with pytest.raises(MalformedPayload, match="line 2: not valid JSON"):
        FileSource({"path": str(path)}).fetch(None)


def test_invalid_config_names_the_setting(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("id,body,created_at\n")
    with pytest.raises(ConfigError, match=r"file.mapping.text: column 'text' is not in"):
        FileSource({"path": str(path)}).fetch(None)
    with pytest.raises(ConfigError, match=r"file\.mapping: unknown field 'txt'"):
        FileSource({"path": str(path), "mapping": {"txt": "body"}})
    with pytest.raises(ConfigError, match=r"file\.batch_size"):
        FileSource({"path": str(path), "batch_size": "many"})
    with pytest.raises(ConfigError, match=r"file\.path: is required"):
        FileSource({})
    with pytest.raises(ConfigError, match=r"file\.colour: unknown setting"):
        FileSource({"path": str(path), "colour": "red"})


def test_killed_import_resumes_with_every_row_exactly_once(tmp_path: Path) -> None:
    """Kill -9 the real `resonanz ingest` mid-import; the re-run completes it, no duplicates."""
    n = 15_000
    path = tmp_path / "big.csv"
    with path.open("w") as f:
        f.write("id,text,created_at,author\n")
        for i in range(n):
            f.write(
                f"{i},Beitrag Nummer {i} über Brenntal,2026-11-01T10:{i % 60:02d}:00Z,u{i % 97}\n"
            )
    db = tmp_path / "r.db"
    env = {**os.environ, "RESONANZ_DATABASE_URL": f"sqlite:///{db}"}
    cli = [sys.executable, "-m", "resonanz"]
    subprocess.run(
        [*cli, "sources", "add", "big", "file", "--set", f"path={path}", "--set", "batch_size=200"],
        env=env,
        check=True,
        capture_output=True,
    )
    engine = sa.create_engine(f"sqlite:///{db}")

    def count() -> int:
        with engine.connect() as conn:
            return int(conn.execute(sa.text("select count(*) from posts")).scalar_one())

    proc = subprocess.Popen(
        [*cli, "ingest"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 60
    while count() < 600 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)  # waiting for another process; nothing in Resonanz sleeps here
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    at_kill = count()
    assert 0 < at_kill < n, f"not killed mid-import ({at_kill} of {n} rows)"
    assert at_kill % 200 == 0  # only whole batches were committed
    subprocess.run([*cli, "ingest", "--all"], env=env, check=True, capture_output=True)
    with engine.connect() as conn:
        ids = conn.execute(sa.text("select native_id from posts")).scalars().all()
    engine.dispose()
    assert len(ids) == n and set(ids) == {str(i) for i in range(n)}
