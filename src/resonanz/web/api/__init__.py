"""The JSON API under `/api` (OpenAPI at `/api/openapi.json`, docs at `/api/docs`)."""

from resonanz.web.api.routes import router

__all__ = ["router"]
