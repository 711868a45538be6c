"""`resonanz nlp annotate | evaluate | retrain` through click's runner and as a subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from resonanz.cli.nlp import nlp

SENTIMENTS = {"negative", "neutral", "positive"}
INTENTS = {"complaint", "question", "praise", "purchase_intent", "job", "press", "spam", "other"}


def _lines(records: list[object]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def test_annotate_echoes_ids_in_order(tmp_path: Path):
    records = [
        {"id": 1, "text": "Danke für den tollen Service!"},
        {"id": "abc", "text": "Where is my parcel?", "lang": "en"},
        {"id": None, "text": ""},
        {"id": {"nested": [1, 2.5]}, "text": "ok"},
        {"id": 12345678901234567890, "text": "Zug fällt aus. Schon wieder."},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text(_lines(records), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(nlp, ["annotate", str(src), str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [r["id"] for r in records]
    for row in rows:
        assert row["sentiment"] in SENTIMENTS
        assert row["intent"] in INTENTS
        assert 0.0 <= row["sentiment_score"] <= 1.0
        assert row["language"] == "unknown" or len(row["language"]) == 2
        assert row["model_version"]
    assert rows[0]["language"] == "de"
    assert rows[1]["language"] == "en"
    assert rows[2]["language"] == "unknown"


def test_annotate_survives_lone_surrogates_and_unicode(tmp_path: Path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"id": "\\ud800x", "text": "kaputt \\ud83d \\u00fc\\u00df \\ud83d\\ude00"}\n')
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(nlp, ["annotate", str(src), str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_bytes())["id"] == "\ud800x"


def test_annotate_stdin_to_stdout():
    result = CliRunner().invoke(
        nlp, ["annotate", "-", "-"], input=_lines([{"id": 7, "text": "Super, danke!"}])
    )
    assert result.exit_code == 0
    [line] = result.stdout.splitlines()
    assert json.loads(line)["id"] == 7


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("{not json", "not valid JSON"),
        ('["a list"]', "expected a JSON object"),
        ('{"text": "no id"}', "missing 'id'"),
        ('{"id": 3, "text": 42}', "'text'"),
        ("", "not valid JSON"),
    ],
)
def test_malformed_line_stops_after_writing_the_lines_before(tmp_path: Path, bad, message):
    good = _lines([{"id": i, "text": f"Beitrag {i}"} for i in range(300)])
    src = tmp_path / "in.jsonl"
    src.write_text(good + bad + "\n" + _lines([{"id": "after", "text": "x"}]), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(nlp, ["annotate", str(src), str(out)])
    assert result.exit_code != 0
    assert "line 301" in result.stderr
    assert message in result.stderr
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == list(range(300))


def test_evaluate_prints_the_metrics(tmp_path: Path):
    data = tmp_path / "data" / "sentiment"
    data.mkdir(parents=True)
    (data / "de_umsab_val.tsv").write_text(
        "text\tlabel\nDas ist toll, danke!\tpositive\nDas ist furchtbar.\tnegative\n"
        "Der Zug fährt um 8 Uhr.\tneutral\n",
        encoding="utf-8",
    )
    (data / "en_tweeteval_val.tsv").write_text(
        "text\tlabel\nI love it, thank you!\tpositive\nThis is awful.\tnegative\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(nlp, ["evaluate", "--data", str(tmp_path / "data")])
    assert result.exit_code == 0, result.output
    assert "umsab_de_val" in result.stdout and "macro-F1" in result.stdout
    assert "tweeteval_val" in result.stdout and "macro-recall" in result.stdout
    assert "language" in result.stdout
    assert "intent     complaint" in result.stdout


def test_retrain_with_corrections(tmp_path: Path):
    corrections = tmp_path / "corrections.jsonl"
    corrections.write_text(
        _lines(
            [
                {"text": "Die Lieferung kam mit der Spedition Blaufink.", "sentiment": "negative"},
                {"text": "Spedition Blaufink hat wieder geliefert.", "sentiment": "negative"},
                {"text": "Blaufink war heute da.", "intent": "complaint"},
            ]
        ),
        encoding="utf-8",
    )
    out = tmp_path / "model.npz"
    result = CliRunner().invoke(
        nlp,
        [
            "retrain",
            "--corrections",
            str(corrections),
            "--out",
            str(out),
            "--data",
            str(tmp_path / "nothing"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "before" in result.stdout and "after" in result.stdout
    assert "3/3 corrected labels reproduced" in result.stdout
    annotated = CliRunner().invoke(
        nlp,
        ["annotate", "--model", str(out), "-", "-"],
        input=_lines([{"id": 1, "text": "Spedition Blaufink hat wieder geliefert."}]),
    )
    assert json.loads(annotated.stdout)["sentiment"] == "negative"


def test_retrain_rejects_unknown_labels(tmp_path: Path):
    corrections = tmp_path / "c.tsv"
    corrections.write_text("text\tsentiment\nHallo\tangry\n", encoding="utf-8")
    result = CliRunner().invoke(
        nlp, ["retrain", "--corrections", str(corrections), "--out", str(tmp_path / "m.npz")]
    )
    assert result.exit_code != 0
    assert "unknown sentiment 'angry'" in result.stderr


def test_annotate_runs_with_the_network_cut_off(tmp_path: Path):
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-n", "true"], check=False).returncode:
        pytest.skip("unshare -n is not available here (needs root or user namespaces)")
    src = tmp_path / "in.jsonl"
    src.write_text(_lines([{"id": i, "text": "Danke, alles gut!"} for i in range(5)]))
    out = tmp_path / "out.jsonl"
    code = "import sys; from resonanz.cli.nlp import nlp; nlp(sys.argv[1:])"
    proc = subprocess.run(
        [unshare, "-n", sys.executable, "-c", code, "annotate", str(src), str(out)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert "annotated 5 posts" in proc.stderr
    assert len(out.read_text().splitlines()) == 5


def test_parallel_workers_keep_order_and_stop_at_a_malformed_line(tmp_path: Path):
    records = [
        {"id": i, "text": f"Beitrag {i}: Lieferung {'super' if i % 2 else 'zu spät'}"}
        for i in range(600)
    ]
    src = tmp_path / "in.jsonl"
    src.write_text(_lines(records), encoding="utf-8")
    single, parallel = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    runner = CliRunner()
    assert runner.invoke(nlp, ["annotate", "--workers", "1", str(src), str(single)]).exit_code == 0
    result = runner.invoke(
        nlp,
        ["annotate", "--workers", "2", "--parallel-after", "256", str(src), str(parallel)],
    )
    assert result.exit_code == 0, result.output
    assert parallel.read_bytes() == single.read_bytes()
    src.write_text(_lines(records[:399]) + "oops\n" + _lines(records[399:]), encoding="utf-8")
    result = runner.invoke(
        nlp,
        ["annotate", "--workers", "2", "--parallel-after", "256", str(src), str(parallel)],
    )
    assert result.exit_code != 0
    assert "line 400" in result.stderr
    ids = [json.loads(line)["id"] for line in parallel.read_text(encoding="utf-8").splitlines()]
    assert ids == list(range(399))
