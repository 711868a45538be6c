"""The database: schema, migrations and every SQL statement of Resonanz."""

from resonanz.store.database import Store

__all__ = ["Store"]
