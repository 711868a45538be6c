"""`MonitorMatcher`: match posts against all active monitors at once (the ingest hot path)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from resonanz.errors import QueryError
from resonanz.model import Monitor, Post, Span
from resonanz.query.anchors import Anchor, anchors, candidate_anchors
from resonanz.query.ast import Query
from resonanz.query.compile import compile_query
from resonanz.query.document import Document
from resonanz.query.evaluate import Expr
from resonanz.query.parser import parse_query
from resonanz.query.prefilter import Prefilter

__all__ = ["MonitorMatch", "MonitorMatcher", "compile_text"]

#: (monitor id, the spans that made it match)
MonitorMatch = tuple[int, tuple[Span, ...]]


@dataclass(frozen=True, slots=True)
class _Compiled:
    id: int
    expr: Expr
    exclusion: Expr | None
    languages: frozenset[str]


def _named(error: QueryError, what: str) -> QueryError:
    """The same error, its message starting with what the query belongs to."""
    return QueryError(
        f"{what}: {error.message}",
        line=error.line,
        column=error.column,
        expected=error.expected,
        suggestion=error.suggestion,
        query=error.query,
    )


def compile_text(text: str, *, what: str = "") -> Expr:
    """Parse and compile one query; `what` names it in the error ("monitor 'Bahn' (id 3)")."""
    try:
        return compile_query(parse_query(text))
    except QueryError as error:
        if not what:
            raise
        raise _named(error, what) from error


def _sorted_spans(spans: list[Span]) -> tuple[Span, ...]:
    return tuple(sorted(set(spans), key=lambda s: (s.field != "title", s.start, s.end, s.term)))


def _language(code: str) -> str:
    return code.strip().lower().replace("_", "-").partition("-")[0]


class MonitorMatcher:
    """All active monitors, compiled once; `match(post)` returns those that match.

    `noise` is a shared query (spam, job ads …): a post it matches matches no monitor.
    `exclusions` maps a monitor id to a query whose matches that monitor ignores.
    A monitor with `languages` only matches posts detected in one of them (primary subtag,
    `de-AT` counts as `de`). Monitors without an id are numbered by their position.

    Raises `QueryError` naming the monitor if a query is invalid.
    """

    def __init__(
        self,
        monitors: Sequence[Monitor],
        *,
        noise: str | None = None,
        exclusions: Mapping[int, str] | None = None,
    ) -> None:
        exclusions = exclusions or {}
        self._monitors: list[_Compiled] = []
        self._prefilter = Prefilter()
        parsed: list[tuple[int, Monitor, Query]] = []
        usage: Counter[Anchor] = Counter()
        for position, monitor in enumerate(monitors):
            if not monitor.active:
                continue
            monitor_id = monitor.id if monitor.id is not None else position
            try:
                query = parse_query(monitor.query)
            except QueryError as error:
                raise _named(error, f"monitor {monitor.name!r} (id {monitor_id})") from error
            parsed.append((monitor_id, monitor, query))
            usage.update(candidate_anchors(query.root))
        for monitor_id, monitor, query in parsed:
            what = f"monitor {monitor.name!r} (id {monitor_id})"
            expr = compile_query(query)
            # Exclusions given here win over the monitor's own (`Monitor.exclusions`).
            exclusion_text = exclusions.get(monitor_id, monitor.exclusions)
            exclusion = (
                compile_text(exclusion_text, what=f"exclusions of {what}")
                if exclusion_text and exclusion_text.strip()
                else None
            )
            languages = frozenset(_language(code) for code in monitor.languages if code)
            self._prefilter.add(len(self._monitors), anchors(query.root, usage))
            self._monitors.append(_Compiled(monitor_id, expr, exclusion, languages))
        self._prefilter.freeze()
        self._noise = (
            compile_text(noise, what="noise list") if noise is not None and noise.strip() else None
        )

    def __len__(self) -> int:
        """How many active monitors were compiled."""
        return len(self._monitors)

    def match(self, post: Post) -> list[MonitorMatch]:
        """(monitor id, spans) for every monitor that matches `post`, in monitor order."""
        doc = Document(post)
        candidates = self._prefilter.candidates(doc)
        if not candidates:
            return []
        monitors = self._monitors
        hits: list[_Compiled] = []
        for index in sorted(candidates):
            compiled = monitors[index]
            if compiled.languages and doc.language not in compiled.languages:
                continue
            if not compiled.expr.test(doc):
                continue
            if compiled.exclusion is not None and compiled.exclusion.test(doc):
                continue
            hits.append(compiled)
        if not hits or (self._noise is not None and self._noise.test(doc)):
            return []
        results: list[MonitorMatch] = []
        for compiled in hits:
            spans: list[Span] = []
            compiled.expr.collect(doc, spans)
            results.append((compiled.id, _sorted_spans(spans)))
        return results

    def match_many(self, posts: Sequence[Post]) -> list[list[MonitorMatch]]:
        """`match` for each post, in order."""
        return [self.match(post) for post in posts]

    def candidates(self, post: Post) -> list[int]:
        """Ids of the monitors the prefilter lets through for `post` (for tests and tuning)."""
        doc = Document(post)
        return [self._monitors[i].id for i in sorted(self._prefilter.candidates(doc))]
