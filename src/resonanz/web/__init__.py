"""The web face of Resonanz: pages, JSON API, authentication. Build it with `create_app`."""

from resonanz.web.app import create_app

__all__ = ["create_app"]
