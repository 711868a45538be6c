"""Actions: verb functions that do the whole job of a change (Zulip's `do_<verb>` idea).

Each action checks the actor's permission, validates its input, writes the change with its
audit entry and the follow-up jobs in one transaction, and hands the jobs to a dispatcher
after the commit. The web and the CLI call these and nothing below them, so no face can skip
a permission check, an audit entry or a backfill.
"""

from resonanz.actions.monitors import (
    MonitorChanges,
    MonitorSpec,
    add_monitor,
    check_query,
    delete_monitor,
    request_backfill,
    update_monitor,
)

__all__ = [
    "MonitorChanges",
    "MonitorSpec",
    "add_monitor",
    "check_query",
    "delete_monitor",
    "request_backfill",
    "update_monitor",
]
