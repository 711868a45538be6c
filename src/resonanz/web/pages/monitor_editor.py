"""The monitor editor: create and edit monitors (admins only), with a live preview of the query.

While the query is typed, htmx posts it to `/monitors/preview`, which answers a fragment: the
inline error (line, column, expected, suggestion and a caret under the column) or how many of
the newest stored posts match, with a few highlighted samples. Saving calls the monitor action
(`resonanz.actions.monitors`), which schedules the backfill as a job, and redirects at once to
the monitor's page; there the backfill's progress (`/monitors/{id}/backfill`, polled by htmx
while the job is active) shows from the job ledger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from resonanz import actions
from resonanz.access import Permission, can
from resonanz.backfill import PreviewResult, backfill_key, count_matches
from resonanz.errors import QueryError, StoreError
from resonanz.jobs.dispatch import Dispatcher
from resonanz.model import Monitor, MonitorKind, User
from resonanz.pipeline import MatcherFactory, matcher_factory
from resonanz.query import highlight
from resonanz.store import jobs as ledger
from resonanz.store import monitors as monitor_store
from resonanz.store.jobs import Job
from resonanz.web.auth import AdminUser, Viewer, get_store
from resonanz.web.rendering import renderer

router = APIRouter()

FLASH = "monitor_saved"
SNIPPET = 280
SAMPLES = 5
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})?$")


def _matcher_factory(request: Request) -> MatcherFactory:
    """The matcher ingest uses: with the shared noise list from the settings."""
    return matcher_factory(noise=request.app.state.settings.noise_query)


def _dispatcher(request: Request) -> Dispatcher:
    dispatcher: Dispatcher = request.app.state.dispatcher
    return dispatcher


def latest_backfill(request: Request, monitor_id: int) -> Job | None:
    """The monitor's newest backfill job from the ledger (None if it never had one)."""
    with get_store(request).read() as conn:
        found = ledger.list_jobs(conn, key=backfill_key(monitor_id), limit=1)
    return found[0] if found else None


def backfill_context(user: User, job: Job | None) -> dict[str, Any]:
    """What the progress partial shows: the job, its share done, and whether to poll again.
    The last error (an exception's message) is for those who may edit monitors only."""
    percent = 0
    if job is not None and job.progress_total:
        percent = min(100, round(100 * job.progress_done / job.progress_total))
    return {
        "job": job,
        "percent": percent,
        "poll": job is not None and job.active,
        "show_error": can(user, Permission.EDIT_MONITORS),
    }


def parse_languages(text: str) -> tuple[str, ...] | None:
    """ "de, en" → ("de", "en"); None if a code does not look like a language code."""
    codes = [c.strip().lower() for c in re.split(r"[\s,;]+", text) if c.strip()]
    if not all(_LANGUAGE.match(c) for c in codes):
        return None
    return tuple(dict.fromkeys(codes))


def error_context(exc: QueryError, query: str) -> dict[str, Any]:
    """What the template shows for an invalid query: position, texts and the caret line."""
    lines = (exc.query or query).splitlines() or [""]
    line = lines[max(1, min(exc.line, len(lines))) - 1]
    return {
        "line": exc.line,
        "column": exc.column,
        "message": exc.message,
        "expected": exc.expected,
        "suggestion": exc.suggestion,
        "text": line,
        "caret": " " * max(0, exc.column - 1) + "^",
    }


def preview_context(result: PreviewResult) -> dict[str, Any]:
    samples = [
        {
            "post_id": post_id,
            "segments": highlight(text[:SNIPPET], spans)
            + ([("…", False)] if len(text) > SNIPPET else []),
        }
        for post_id, text, spans in result.sample
    ]
    return {"result": result, "samples": samples}


@dataclass
class EditorForm:
    name: str = ""
    kind: str = MonitorKind.TOPIC.value
    query: str = ""
    languages: str = ""
    description: str = ""
    active: bool = True
    exclusions: str = ""
    errors: list[str] = field(default_factory=list)
    query_error: dict[str, Any] | None = None

    @classmethod
    def of(cls, monitor: Monitor) -> EditorForm:
        return cls(
            name=monitor.name,
            kind=str(monitor.kind),
            query=monitor.query,
            languages=", ".join(monitor.languages),
            description=monitor.description,
            active=monitor.active,
            exclusions=monitor.exclusions,
        )

    def validate(self) -> tuple[str, ...]:
        """Check the fields; fills `errors` (translation keys) and `query_error`. Returns the
        parsed languages."""
        if not self.name.strip():
            self.errors.append("editor.name_required")
        if self.kind not in {k.value for k in MonitorKind}:
            self.errors.append("editor.kind_invalid")
        languages = parse_languages(self.languages)
        if languages is None:
            self.errors.append("editor.languages_invalid")
        if not self.query.strip():
            self.errors.append("editor.query_required")
        else:
            try:
                actions.check_query(self.query, self.exclusions)
            except QueryError as exc:
                self.errors.append("editor.query_invalid")
                self.query_error = error_context(exc, self.query)
        return languages or ()


def _render(
    request: Request, form: EditorForm, monitor: Monitor | None, *, status: int = 200
) -> Response:
    return renderer(request).render(
        request,
        "monitor_edit.html",
        {
            "form": form,
            "monitor": monitor,
            "kinds": [k.value for k in MonitorKind],
            "action": f"/monitors/{monitor.id}/edit" if monitor else "/monitors/new",
            "nav": "dashboard",
        },
        status_code=status,
    )


def _saved(request: Request, monitor: Monitor, job: Job | None) -> Response:
    request.session[FLASH] = {"name": monitor.name, "backfilled": job is not None}
    return RedirectResponse(f"/monitors/{monitor.id}", status_code=303)


Text = Annotated[str, Form(max_length=200)]
LongText = Annotated[str, Form(max_length=5000)]


@router.get("/monitors/new", include_in_schema=False)
def new_monitor_form(request: Request, user: AdminUser) -> Response:
    return _render(request, EditorForm(), None)


@router.post("/monitors/new", include_in_schema=False)
def create_monitor(
    request: Request,
    user: AdminUser,
    name: Text = "",
    kind: Text = "topic",
    query: LongText = "",
    languages: Text = "",
    description: LongText = "",
    exclusions: LongText = "",
) -> Response:
    form = EditorForm(name.strip(), kind, query, languages, description.strip())
    form.exclusions = exclusions.strip()
    parsed = form.validate()
    if form.errors:
        return _render(request, form, None, status=400)
    spec = actions.MonitorSpec(
        name=form.name,
        query=form.query,
        kind=MonitorKind(form.kind),
        languages=parsed,
        description=form.description,
        exclusions=form.exclusions,
    )
    try:
        saved, job = actions.add_monitor(
            get_store(request),
            spec,
            by=user,
            now=request.app.state.clock(),
            dispatcher=_dispatcher(request),
        )
    except StoreError:
        form.errors.append("editor.name_taken")
        return _render(request, form, None, status=400)
    return _saved(request, saved, job)


@router.get("/monitors/{monitor_id}/edit", include_in_schema=False)
def edit_monitor_form(request: Request, monitor_id: int, user: AdminUser) -> Response:
    with get_store(request).read() as conn:
        monitor = monitor_store.get_monitor(conn, monitor_id)
    return _render(request, EditorForm.of(monitor), monitor)


@router.post("/monitors/{monitor_id}/edit", include_in_schema=False)
def update_monitor(
    request: Request,
    monitor_id: int,
    user: AdminUser,
    name: Text = "",
    kind: Text = "topic",
    query: LongText = "",
    languages: Text = "",
    description: LongText = "",
    active: Text = "",
    exclusions: LongText = "",
) -> Response:
    store = get_store(request)
    with store.read() as conn:
        old = monitor_store.get_monitor(conn, monitor_id)
    form = EditorForm(name.strip(), kind, query, languages, description.strip(), bool(active))
    form.exclusions = exclusions.strip()
    parsed = form.validate()
    if form.errors:
        return _render(request, form, old, status=400)
    changes = actions.MonitorChanges(
        name=form.name,
        kind=MonitorKind(form.kind),
        query=form.query,
        languages=parsed,
        description=form.description,
        exclusions=form.exclusions,
        active=form.active,
    )
    try:
        new, job = actions.update_monitor(
            store,
            monitor_id,
            changes,
            by=user,
            now=request.app.state.clock(),
            dispatcher=_dispatcher(request),
        )
    except StoreError:
        form.errors.append("editor.name_taken")
        return _render(request, form, old, status=400)
    return _saved(request, new, job)


@router.post("/monitors/preview", include_in_schema=False)
def preview(
    request: Request,
    user: AdminUser,
    query: LongText = "",
    languages: Text = "",
) -> Response:
    """The live preview fragment for the editor (htmx, with the CSRF header)."""
    context: dict[str, Any] = {"empty": not query.strip(), "error": None, "preview": None}
    if query.strip():
        try:
            result = count_matches(
                get_store(request),
                query,
                languages=parse_languages(languages) or (),
                sample_size=SAMPLES,
                factory=_matcher_factory(request),
            )
        except QueryError as exc:
            context["error"] = error_context(exc, query)
        else:
            context["preview"] = preview_context(result)
    return renderer(request).render(request, "partials/query_preview.html", context)


@router.get("/monitors/{monitor_id}/backfill", include_in_schema=False)
def backfill_status(request: Request, monitor_id: int, user: Viewer) -> Response:
    """The backfill's progress as a fragment (who may see the monitor may see this); while the
    job is queued or running, the fragment polls itself again."""
    with get_store(request).read() as conn:
        monitor = monitor_store.get_monitor(conn, monitor_id)
    return renderer(request).render(
        request,
        "partials/backfill.html",
        {"monitor": monitor, **backfill_context(user, latest_backfill(request, monitor_id))},
    )
