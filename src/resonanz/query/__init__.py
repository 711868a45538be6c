"""The monitor query language: parse, print, match, highlight and prefilter for full-text search.

```python
from resonanz.query import MonitorMatcher, parse_query, format_query

q = parse_query('("Deutsche Bahn" OR DB) AND (Verspätung OR verspätet) NOT author:db_bahn')
format_query(q)  # canonical text
matcher = MonitorMatcher(monitors, noise="Stellenangebot OR Gewinnspiel")
for monitor_id, spans in matcher.match(post): ...
```

See `docs/query-language.md` for the language itself.
"""

from resonanz.errors import QueryError
from resonanz.query.ast import Query
from resonanz.query.fts import fts_document, fts_prefilter, required_terms
from resonanz.query.highlight import highlight
from resonanz.query.matcher import MonitorMatch, MonitorMatcher
from resonanz.query.normalise import normalise_text
from resonanz.query.parser import parse_query
from resonanz.query.printer import format_query

__all__ = [
    "MonitorMatch",
    "MonitorMatcher",
    "Query",
    "QueryError",
    "format_query",
    "fts_document",
    "fts_prefilter",
    "highlight",
    "normalise_text",
    "parse_query",
    "required_terms",
]
