"""Users, departments and personal API tokens. Passwords are stored as argon2 hashes only."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from resonanz.access import Permission, require
from resonanz.errors import NotFound, PermissionDenied, StoreError
from resonanz.model import Role, User
from resonanz.store import audit
from resonanz.store.migrations import SYSTEM_USERNAME
from resonanz.store.schema import api_tokens, departments, user_departments, users

LOCALES = ("de", "en")


def _hasher() -> PasswordHasher:
    return PasswordHasher()


def _user(conn: sa.Connection, row: sa.Row[tuple[object, ...]]) -> User:
    m = row._mapping
    names = conn.execute(
        sa.select(departments.c.name)
        .select_from(user_departments.join(departments))
        .where(user_departments.c.user_id == m["id"])
        .order_by(departments.c.name)
    ).scalars()
    return User(
        id=m["id"],
        username=m["username"],
        display_name=m["display_name"],
        role=Role(m["role"]),
        locale=m["locale"],
        timezone=m["timezone"],
        active=m["active"],
        created_at=m["created_at"],
        departments=tuple(names),
    )


def add_user(
    conn: sa.Connection,
    username: str,
    password: str,
    *,
    role: Role = Role.VIEWER,
    display_name: str = "",
    locale: str = "de",
    departments_: tuple[str, ...] = (),
    by: User,
    now: datetime,
) -> User:
    """Create a user with an argon2-hashed password and record it in the audit log. `by`
    needs `manage_users` (the CLI acts as the system user, an administrator)."""
    require(by, Permission.MANAGE_USERS)
    username = username.strip()
    if not username or len(username) > 100:
        raise StoreError("a user name must be 1 to 100 characters")
    if len(password) < 10:
        raise StoreError("a password must have at least 10 characters")
    if locale not in LOCALES:
        raise StoreError(f"locale must be one of {', '.join(LOCALES)}")
    if conn.execute(sa.select(users.c.id).where(users.c.username == username)).first():
        raise StoreError(f"a user named {username!r} exists already")
    user_id = conn.execute(
        sa.insert(users)
        .values(
            username=username,
            display_name=display_name or username,
            password_hash=_hasher().hash(password),
            role=str(role),
            locale=locale,
            created_at=now,
        )
        .returning(users.c.id)
    ).scalar_one()
    for name in departments_:
        dep_id = conn.execute(
            sa.select(departments.c.id).where(departments.c.name == name)
        ).scalar()
        if dep_id is None:
            dep_id = conn.execute(
                sa.insert(departments).values(name=name).returning(departments.c.id)
            ).scalar_one()
        conn.execute(sa.insert(user_departments).values(user_id=user_id, department_id=dep_id))
    audit.record(
        conn, audit.AuditAction.USER_ADD, username, by=by, now=now, detail={"role": str(role)}
    )
    return get_user(conn, user_id)


def get_user(conn: sa.Connection, user_id: int) -> User:
    row = conn.execute(sa.select(users).where(users.c.id == user_id)).first()
    if row is None:
        raise NotFound(f"user {user_id} does not exist")
    return _user(conn, row)


def list_users(conn: sa.Connection) -> list[User]:
    """Every user but the system user."""
    stmt = sa.select(users).where(users.c.username != SYSTEM_USERNAME).order_by(users.c.id)
    return [_user(conn, r) for r in conn.execute(stmt)]


def count_users(conn: sa.Connection) -> int:
    """How many people have accounts (the system user does not count)."""
    stmt = sa.select(sa.func.count()).select_from(users).where(users.c.username != SYSTEM_USERNAME)
    return int(conn.execute(stmt).scalar_one())


def system_user(conn: sa.Connection) -> User:
    """The named actor of the command line and of scheduled work (created by migration m004)."""
    row = conn.execute(sa.select(users).where(users.c.username == SYSTEM_USERNAME)).first()
    if row is None:
        raise NotFound("the system user is missing: run the migrations")
    return _user(conn, row)


def authenticate(conn: sa.Connection, username: str, password: str) -> User | None:
    """The active user with this name and password, or None. Takes the same time either way."""
    row = conn.execute(sa.select(users).where(users.c.username == username.strip())).first()
    hasher = _hasher()
    if row is None or not row.active:
        try:  # spend the same effort, so timing does not reveal which names exist
            hasher.verify(_DUMMY_HASH, password)
        except (VerificationError, InvalidHashError):
            pass
        return None
    try:
        hasher.verify(row.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    return _user(conn, row)


# The hash of a random password nobody knows: verifying against it costs what a real check costs.
_DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$YViM43liq2Fe+8VPDfps9A$"
    "UsaCtM0Q+s4r3Bf5OVeo//i+ZFmWC9pxB6yOV8ZzDxQ"
)


def _require_self_or_manager(by: User, user_id: int) -> None:
    """One's own account needs only `view_dashboards`; someone else's needs `manage_users`."""
    if by.id == user_id:
        require(by, Permission.VIEW_DASHBOARDS)
    else:
        require(by, Permission.MANAGE_USERS)


def set_locale(conn: sa.Connection, user_id: int, locale: str, *, by: User, now: datetime) -> None:
    """Set the user's interface language (their own, or anyone's with `manage_users`)."""
    if locale not in LOCALES:
        raise StoreError(f"locale must be one of {', '.join(LOCALES)}")
    _require_self_or_manager(by, user_id)
    old = conn.execute(sa.select(users.c.locale).where(users.c.id == user_id)).scalar()
    if old is None:
        raise NotFound(f"user {user_id} does not exist")
    if old == locale:
        return
    conn.execute(sa.update(users).where(users.c.id == user_id).values(locale=locale))
    audit.record(
        conn,
        audit.AuditAction.USER_UPDATE,
        str(user_id),
        by=by,
        now=now,
        detail={"locale": {"old": old, "new": locale}},
    )


def set_password(
    conn: sa.Connection, user_id: int, password: str, *, by: User, now: datetime
) -> None:
    """Set a new password (one's own, or anyone's with `manage_users`)."""
    if len(password) < 10:
        raise StoreError("a password must have at least 10 characters")
    _require_self_or_manager(by, user_id)
    done = conn.execute(
        sa.update(users).where(users.c.id == user_id).values(password_hash=_hasher().hash(password))
    )
    if not done.rowcount:
        raise NotFound(f"user {user_id} does not exist")
    audit.record(conn, audit.AuditAction.USER_PASSWORD, str(user_id), by=by, now=now)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_api_token(conn: sa.Connection, name: str, *, by: User, now: datetime) -> str:
    """A new personal API token of `by` (acting as them); only its hash is stored, the token
    is shown once. The system user cannot hold tokens: it never logs in."""
    name = name.strip()
    if not name or len(name) > 100:
        raise StoreError("a token name must be 1 to 100 characters")
    require(by, Permission.VIEW_DASHBOARDS)
    if by.id is None or by.username == SYSTEM_USERNAME:
        raise PermissionDenied("the system user cannot hold API tokens")
    token = "rz_" + secrets.token_urlsafe(32)
    conn.execute(
        sa.insert(api_tokens).values(
            user_id=by.id, name=name, token_hash=_token_hash(token), created_at=now
        )
    )
    audit.record(conn, audit.AuditAction.TOKEN_CREATE, name, by=by, now=now)
    return token


def user_for_token(conn: sa.Connection, token: str) -> User | None:
    row = conn.execute(
        sa.select(api_tokens.c.id, api_tokens.c.user_id).where(
            api_tokens.c.token_hash == _token_hash(token)
        )
    ).first()
    if row is None:
        return None
    conn.execute(
        sa.update(api_tokens)
        .where(api_tokens.c.id == row.id)
        .values(last_used_at=datetime.now(UTC))
    )
    user = get_user(conn, row.user_id)
    return user if user.active else None
