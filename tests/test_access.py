"""`access`: the role → permission table, `can`/`require`, and department scope."""

from __future__ import annotations

import pytest

from resonanz.access import (
    DEPARTMENT_SCOPED,
    ROLE_PERMISSIONS,
    Permission,
    can,
    permissions_of,
    require,
)
from resonanz.errors import PermissionDenied
from resonanz.model import Role, User


def person(role: Role, *departments: str, active: bool = True) -> User:
    return User(username="tomas", role=role, departments=departments, active=active, id=7)


def test_every_role_has_an_entry_and_everyone_may_view() -> None:
    assert set(ROLE_PERMISSIONS) == set(Role)
    for role in Role:
        assert Permission.VIEW_DASHBOARDS in permissions_of(role)
    assert permissions_of(Role.ADMINISTRATOR) == frozenset(Permission)
    assert permissions_of(Role.VIEWER) == {Permission.VIEW_DASHBOARDS}


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (Role.ADMINISTRATOR, set(Permission)),
        (
            Role.SOCIAL_MEDIA_MANAGER,
            set(Permission) - {Permission.MANAGE_USERS, Permission.ADMINISTER},
        ),
        (
            Role.DEPARTMENT_LEAD,
            {
                Permission.VIEW_DASHBOARDS,
                Permission.CORRECT_ANALYSIS,
                Permission.WORK_CASES,
                Permission.APPROVE,
            },
        ),
        (
            Role.AGENT,
            {Permission.VIEW_DASHBOARDS, Permission.CORRECT_ANALYSIS, Permission.WORK_CASES},
        ),
        (Role.VIEWER, {Permission.VIEW_DASHBOARDS}),
    ],
)
def test_require_follows_the_table(role: Role, allowed: set[Permission]) -> None:
    user = person(role, "Kundenservice")
    for permission in Permission:
        if permission in allowed:
            require(user, permission)
            assert can(user, permission)
        else:
            with pytest.raises(PermissionDenied, match=permission.value.replace("_", " ")):
                require(user, permission)
            assert not can(user, permission)


@pytest.mark.parametrize("role", sorted(DEPARTMENT_SCOPED))
def test_leads_and_agents_act_only_within_their_departments(role: Role) -> None:
    user = person(role, "Kundenservice", "Vertrieb")
    require(user, Permission.WORK_CASES, department="Kundenservice")
    require(user, Permission.WORK_CASES, department="Vertrieb")
    with pytest.raises(PermissionDenied, match="in department 'Presse'"):
        require(user, Permission.WORK_CASES, department="Presse")
    with pytest.raises(PermissionDenied):
        require(person(role), Permission.WORK_CASES, department="Kundenservice")
    # without a department named, the permission alone decides
    require(user, Permission.WORK_CASES)
    # a department does not add a permission the role lacks
    with pytest.raises(PermissionDenied):
        require(user, Permission.EDIT_MONITORS, department="Kundenservice")


@pytest.mark.parametrize("role", [Role.ADMINISTRATOR, Role.SOCIAL_MEDIA_MANAGER])
def test_unscoped_roles_act_in_every_department(role: Role) -> None:
    require(person(role), Permission.WORK_CASES, department="Presse")
    require(person(role, "Vertrieb"), Permission.APPROVE, department="Presse")


def test_viewers_are_refused_whatever_the_department() -> None:
    with pytest.raises(PermissionDenied):
        require(person(Role.VIEWER, "Presse"), Permission.WORK_CASES, department="Presse")
    require(person(Role.VIEWER, "Presse"), Permission.VIEW_DASHBOARDS, department="Presse")


def test_an_inactive_account_may_do_nothing() -> None:
    gone = person(Role.ADMINISTRATOR, active=False)
    for permission in Permission:
        assert not can(gone, permission)
        with pytest.raises(PermissionDenied):
            require(gone, permission)


def test_the_message_names_who_and_what() -> None:
    with pytest.raises(PermissionDenied) as info:
        require(person(Role.AGENT, "Vertrieb"), Permission.APPROVE, department="Vertrieb")
    assert str(info.value) == "tomas (agent) may not approve in department 'Vertrieb'"
