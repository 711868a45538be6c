"""One exception tree for everything Resonanz raises on purpose.

```
ResonanzError
 ├─ ConfigError          (an invalid setting; names the setting)
 ├─ SourceError          (a connector failed; the cursor does not move)
 │   ├─ RateLimited       (carries retry_after)
 │   ├─ SourceUnavailable
 │   └─ MalformedPayload  (carries the line/item and the field)
 ├─ QueryError            (carries line and column for the editor)
 ├─ StoreError
 ├─ NotFound
 ├─ PermissionDenied
 └─ DeliveryError         (an alert channel failed; retried, never dropped)
```
"""

from __future__ import annotations


class ResonanzError(Exception):
    """Base of every error Resonanz raises on purpose."""


class ConfigError(ResonanzError):
    def __init__(self, setting: str, message: str) -> None:
        super().__init__(f"{setting}: {message}")
        self.setting = setting


class SourceError(ResonanzError):
    """A source could not deliver a batch; nothing of that batch is stored."""


class RateLimited(SourceError):
    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class SourceUnavailable(SourceError):
    pass


class MalformedPayload(SourceError):
    """An item of a source could not be read. `line` is 1-based where the input has lines."""

    def __init__(self, message: str, *, line: int | None = None, field: str | None = None) -> None:
        where = []
        if line is not None:
            where.append(f"line {line}")
        if field:
            where.append(f"field {field!r}")
        prefix = (", ".join(where) + ": ") if where else ""
        super().__init__(prefix + message)
        self.line = line
        self.field = field


class QueryError(ResonanzError):
    """A monitor query could not be parsed. Positions are 1-based."""

    def __init__(
        self,
        message: str,
        *,
        line: int = 1,
        column: int = 1,
        expected: str = "",
        suggestion: str = "",
        query: str = "",
    ) -> None:
        super().__init__(f"line {line}, column {column}: {message}")
        self.message = message
        self.line = line
        self.column = column
        self.expected = expected
        self.suggestion = suggestion
        self.query = query


class StoreError(ResonanzError):
    pass


class NotFound(ResonanzError):
    pass


class PermissionDenied(ResonanzError):
    pass


class DeliveryError(ResonanzError):
    pass
