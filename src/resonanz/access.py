"""Who may do what: permissions, the role → permission table and `require()`.

Every state-changing verb (in `resonanz.actions` and the verbs it calls) checks its actor with
`require(by, Permission.X)` before it writes; the web and the CLI never check roles themselves.
Department scope: a department lead or an agent acts only within the departments they belong
to; `require(user, perm, department="Kundenservice")` checks that as well.

| role | permissions |
|---|---|
| administrator | all |
| social media manager | all but manage users and administer, in every department |
| department lead | view, correct, work cases and approve, in their own departments |
| agent | view, correct, work cases, in their own departments |
| viewer | view dashboards |
"""

from __future__ import annotations

import enum
from collections.abc import Mapping

from resonanz.errors import PermissionDenied
from resonanz.model import Role, User


class Permission(enum.StrEnum):
    VIEW_DASHBOARDS = "view_dashboards"
    """Read dashboards, mentions, reports and the API; manage one's own settings and tokens."""
    CORRECT_ANALYSIS = "correct_analysis"
    """Correct a post's sentiment or intent."""
    EDIT_MONITORS = "edit_monitors"
    """Create, change and delete monitors; start backfills."""
    MANAGE_SOURCES = "manage_sources"
    """Add, change and remove sources; run them now."""
    MANAGE_USERS = "manage_users"
    """Add users, change their roles and departments."""
    WORK_CASES = "work_cases"
    """Work inbox cases: assign, answer, close (department-scoped for leads and agents)."""
    MANAGE_PLAYBOOKS = "manage_playbooks"
    """Write playbooks, guidelines and alert rules."""
    APPROVE = "approve"
    """Approve answers, reports and plans (department-scoped for leads)."""
    ADMINISTER = "administer"
    """Background jobs, the audit log, system settings."""


_ALL = frozenset(Permission)

ROLE_PERMISSIONS: Mapping[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: _ALL,
    Role.SOCIAL_MEDIA_MANAGER: _ALL - {Permission.MANAGE_USERS, Permission.ADMINISTER},
    Role.DEPARTMENT_LEAD: frozenset(
        {
            Permission.VIEW_DASHBOARDS,
            Permission.CORRECT_ANALYSIS,
            Permission.WORK_CASES,
            Permission.APPROVE,
        }
    ),
    Role.AGENT: frozenset(
        {Permission.VIEW_DASHBOARDS, Permission.CORRECT_ANALYSIS, Permission.WORK_CASES}
    ),
    Role.VIEWER: frozenset({Permission.VIEW_DASHBOARDS}),
}
"""The one table of who may do what (docs/architecture.md shows it)."""

DEPARTMENT_SCOPED: frozenset[Role] = frozenset({Role.DEPARTMENT_LEAD, Role.AGENT})
"""Roles that act only within the departments they belong to."""


def can(user: User, permission: Permission, *, department: str | None = None) -> bool:
    """Whether `user` holds `permission` (within `department`, when one is given)."""
    if not user.active or permission not in ROLE_PERMISSIONS.get(user.role, frozenset()):
        return False
    if department is not None and user.role in DEPARTMENT_SCOPED:
        return department in user.departments
    return True


def require(user: User, permission: Permission, *, department: str | None = None) -> None:
    """Raise `PermissionDenied` unless `user` holds `permission` (within `department`)."""
    if not can(user, permission, department=department):
        where = f" in department {department!r}" if department is not None else ""
        raise PermissionDenied(
            f"{user.username} ({user.role}) may not {permission.value.replace('_', ' ')}{where}"
        )


def permissions_of(role: Role) -> frozenset[Permission]:
    return ROLE_PERMISSIONS[role]
