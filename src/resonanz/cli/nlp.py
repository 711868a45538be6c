"""`resonanz nlp …`: annotate JSON Lines, evaluate on the validation data, retrain with corrections.

The exact interface of `annotate` is in `design/CONTRACTS.md`: one output object per input
line, in input order, streamed in constant memory; progress and messages on stderr only; a
malformed line stops with an error naming its line number after the lines before it are written.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import IO, Any

import click

DEFAULT_DATA = Path("..") / "shared" / "data"


class _Progress:
    """A single self-overwriting line on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self.started = time.monotonic()
        self.last = 0.0
        self.count = 0

    def add(self, n: int) -> None:
        self.count += n
        now = time.monotonic()
        if self.enabled and now - self.last > 0.25:
            self.last = now
            rate = self.count / max(now - self.started, 1e-9)
            click.echo(f"\rannotated {self.count:,} posts ({rate:,.0f}/s)", err=True, nl=False)

    def done(self) -> None:
        elapsed = time.monotonic() - self.started
        rate = self.count / max(elapsed, 1e-9)
        prefix = "\r" if self.enabled else ""
        click.echo(
            f"{prefix}annotated {self.count:,} posts in {elapsed:.1f} s ({rate:,.0f}/s)", err=True
        )


@click.group()
def nlp() -> None:
    """Language, sentiment and intent models: annotate, evaluate, retrain."""


@nlp.command()
@click.argument("input_file", metavar="INPUT", type=click.File("rb"))
@click.argument("output_file", metavar="OUTPUT", type=click.File("wb", lazy=False))
@click.option(
    "--model",
    "model_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A retrained model file instead of the shipped one.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=min(2, os.cpu_count() or 1),
    show_default="min(2, CPU cores)",
    help="Worker processes for large inputs (the first lines are done in-process).",
)
@click.option("--parallel-after", type=click.IntRange(min=0), default=4096, hidden=True)
def annotate(
    input_file: IO[bytes],
    output_file: IO[bytes],
    model_path: Path | None,
    workers: int,
    parallel_after: int,
) -> None:
    """Annotate JSON Lines: {"id": …, "text": …} per line in, enrichment per line out.

    INPUT and OUTPUT may be `-` for standard input and output.
    """
    from resonanz.nlp.annotate import MalformedLine, annotate_stream

    progress = _Progress()
    try:
        annotate_stream(
            input_file,
            output_file,
            model_path=model_path,
            workers=workers,
            parallel_after=parallel_after,
            progress=progress.add,
        )
    except MalformedLine as error:
        raise click.ClickException(str(error)) from None
    progress.done()


@nlp.command()
@click.option(
    "--data",
    "data_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_DATA,
    show_default=True,
    help="Directory with sentiment/ (and sentiment-extra/) as in shared/data.",
)
@click.option(
    "--model",
    "model_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A retrained model file instead of the shipped one.",
)
def evaluate(data_dir: Path, model_path: Path | None) -> None:
    """Print the standard metrics on the validation data found under DATA."""
    from resonanz.nlp import load_enricher
    from resonanz.nlp.evaluation import evaluate as run_evaluation

    enricher = load_enricher(model_path)
    click.echo(f"model {enricher.version}")
    report = run_evaluation(enricher, data_dir)
    if not report.sentiment:
        click.echo(f"no sentiment validation data found under {data_dir}", err=True)
    for line in report.lines():
        click.echo(line)


def read_corrections(path: Path) -> list[Any]:
    """Corrections from JSON Lines (`text`, `sentiment`, `intent`, optional `lang`) or a TSV
    with a header naming the same columns."""
    from resonanz.nlp.retrain import LabelledText

    out: list[LabelledText] = []
    with path.open(encoding="utf-8", newline="") as handle:
        if path.suffix.lower() in (".tsv", ".csv"):
            import csv

            delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
            rows: list[dict[str, Any]] = list(csv.DictReader(handle, delimiter=delimiter))
        else:
            rows = []
            for number, line in enumerate(handle, start=1):
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise click.ClickException(f"{path}: line {number}: {exc}") from None
                if not isinstance(row, dict):
                    raise click.ClickException(f"{path}: line {number}: expected an object")
                rows.append(row)
    for number, row in enumerate(rows, start=1):
        text = row.get("text")
        if not isinstance(text, str) or not text:
            raise click.ClickException(f"{path}: record {number}: 'text' missing")
        try:
            out.append(
                LabelledText(
                    text,
                    sentiment=str(row.get("sentiment") or ""),
                    intent=str(row.get("intent") or ""),
                    lang=str(row.get("lang") or ""),
                )
            )
        except ValueError as exc:
            raise click.ClickException(f"{path}: record {number}: {exc}") from None
    return out


HOLD_BACK = 5
"""Of the stored corrections, every 5th is held back from the refit to measure it."""


def stored_corrections(ctx: click.Context) -> list[Any]:
    """The corrections people made in the UI/API, from the database (latest per post and field)."""
    from resonanz.cli.context import Context
    from resonanz.errors import ResonanzError
    from resonanz.nlp.retrain import LabelledText
    from resonanz.store.corrections import list_corrections

    context = ctx.find_object(Context) or Context()
    try:
        store = context.store()
        with store.read() as conn:
            rows = list_corrections(conn)
    except ResonanzError as exc:
        raise click.ClickException(f"{type(exc).__name__}: {exc}") from exc
    return [
        LabelledText(r.text, sentiment=r.sentiment, intent=r.intent, lang=r.language) for r in rows
    ]


@nlp.command()
@click.option(
    "--corrections",
    "corrections_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Corrected labels: JSON Lines or TSV with text, sentiment and/or intent (and lang). "
    "Without it, the corrections stored in the database (--database-url) are used.",
)
@click.option(
    "--out",
    "out_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the refitted model file (load it with --model or load_enricher(path)).",
)
@click.option(
    "--model",
    "model_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Refit this model instead of the shipped one (e.g. the last refit).",
)
@click.option(
    "--data",
    "data_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_DATA,
    show_default=True,
    help="Validation data for the before/after figures.",
)
@click.option("--l2", type=float, default=0.05, show_default=True, help="Pull towards the base.")
@click.pass_context
def retrain(
    ctx: click.Context,
    corrections_path: Path | None,
    out_path: Path,
    model_path: Path | None,
    data_dir: Path,
    l2: float,
) -> None:
    """Refit sentiment and intent with corrections; print before/after validation figures.

    Without --corrections, the corrections people made on the mention pages or through
    `POST /api/mentions/{id}/correction` are read from the database; every 5th of them is held
    back from the refit and used for a before/after figure of its own.

    The refitted model is written to OUT only: use it with `resonanz nlp annotate --model OUT`
    or `resonanz nlp evaluate --model OUT`, and refit it further with `--model OUT`. To enrich
    newly ingested posts with it, set the setting nlp_model (resonanz.toml or
    RESONANZ_NLP_MODEL) to OUT.
    """
    from resonanz.nlp.enricher import Enricher, load_model, model_version
    from resonanz.nlp.evaluation import evaluate as run_evaluation
    from resonanz.nlp.retrain import retrain as refit

    held_back: list[Any] = []
    if corrections_path is not None:
        corrections = read_corrections(corrections_path)
        if not corrections:
            raise click.ClickException(f"{corrections_path}: no corrections")
    else:
        stored = stored_corrections(ctx)
        if not stored:
            raise click.ClickException("no corrections stored in the database")
        corrections = [c for i, c in enumerate(stored) if i % HOLD_BACK != HOLD_BACK - 1]
        held_back = [c for i, c in enumerate(stored) if i % HOLD_BACK == HOLD_BACK - 1]
        click.echo(
            f"{len(stored)} stored corrections: {len(corrections)} to refit, "
            f"{len(held_back)} held back",
            err=True,
        )
    base, base_version = load_model(model_path)
    before = Enricher(base, base_version)
    click.echo(f"refitting {base_version} with {len(corrections)} corrections …", err=True)
    model = refit(base, corrections, l2=l2)
    data = model.to_bytes()
    out_path.write_bytes(data)
    after = Enricher(model, model_version(model, data))

    def reproduced(enricher: Enricher, examples: list[Any]) -> tuple[int, int]:
        results = enricher.enrich([c.text for c in examples])
        pairs = [
            (c.sentiment, r.sentiment.value)
            for c, r in zip(examples, results, strict=True)
            if c.sentiment
        ] + [(c.intent, r.intent.value) for c, r in zip(examples, results, strict=True) if c.intent]
        return sum(1 for g, p in pairs if g == p), len(pairs)

    def fit_on_corrections(enricher: Enricher) -> str:
        hit, total = reproduced(enricher, corrections)
        text = f"{hit}/{total} corrected labels reproduced"
        if held_back:
            hit, total = reproduced(enricher, held_back)
            text += f"; held back: {hit}/{total}"
        return text

    report_before = run_evaluation(before, data_dir).lines()
    report_after = run_evaluation(after, data_dir).lines()
    click.echo(f"before ({before.version}): {fit_on_corrections(before)}")
    for line in report_before:
        click.echo(f"  {line}")
    click.echo(f"after  ({after.version}): {fit_on_corrections(after)}")
    for line in report_after:
        click.echo(f"  {line}")
    click.echo(f"wrote {out_path}", err=True)
