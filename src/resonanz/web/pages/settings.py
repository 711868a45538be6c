"""The user's own settings: interface language and personal API tokens."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from resonanz.store import users as user_store
from resonanz.web.auth import CurrentUser, get_store
from resonanz.web.rendering import renderer

router = APIRouter()


@router.get("/settings", include_in_schema=False)
def settings_page(request: Request, user: CurrentUser) -> Response:
    return renderer(request).render(
        request, "settings.html", {"new_token": "", "token_name": "", "nav": "settings"}
    )


@router.post("/settings/tokens", include_in_schema=False)
def create_token(
    request: Request, user: CurrentUser, name: Annotated[str, Form(max_length=100)] = ""
) -> Response:
    """Create a personal API token; it is shown once, only its hash is stored."""
    name = name.strip() or "API"
    with get_store(request).transaction() as conn:
        token = user_store.create_api_token(conn, user.saved_id, name)
    return renderer(request).render(
        request, "settings.html", {"new_token": token, "token_name": name, "nav": "settings"}
    )
