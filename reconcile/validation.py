"""Pydantic models of the TOML files users write, and their errors as one line naming file and field.

A model validates a parsed TOML table; `first_problem` turns pydantic's ValidationError into the
message the CLI prints after the file name ("article 2: 'outlet' is required"), in the order a
reader checks the file: unknown keys first, then the fields as the model declares them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, ClassVar
from urllib.parse import urlsplit

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError
from pydantic_core import PydanticCustomError


def type_name(v: Any) -> str:
    """'a string', 'an integer', ... for messages about wrong types."""
    return {
        str: "a string",
        int: "an integer",
        float: "a number",
        bool: "a boolean",
        list: "an array",
        dict: "a table",
    }.get(type(v), type(v).__name__)


def problem(message: str) -> PydanticCustomError:
    """A validation error whose message is shown as is (after the field name, for a field)."""
    return PydanticCustomError("reconcile", message)


def non_empty(v: Any) -> str:
    if not isinstance(v, str) or not v.strip():
        got = ("an empty string" if not v else "only white space") if isinstance(v, str) else type_name(v)
        raise problem(f"must be a non-empty string, got {got}")
    return v.strip()


def url_syntax_problem(url: str) -> str | None:
    """Why an http(s)-looking URL cannot be fetched as written ('Invalid IPv6 URL', 'Port out of range
    0-65535'), or None: found while validating, so a typo is a usage or manifest error, not a skip."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - parses the port, raising ValueError for a bad one
    except ValueError as e:
        return str(e)
    if not parts.hostname:
        return "no host"
    return None


def _string(v: Any) -> str:
    if not isinstance(v, str):
        raise problem(f"must be a string, got {type_name(v)}")
    return v


def _boolean(v: Any) -> bool:
    if not isinstance(v, bool):
        raise problem(f"must be true or false, got {type_name(v)}")
    return v


NonEmptyStr = Annotated[str, BeforeValidator(non_empty)]
"""A string with something in it (stripped); else "must be a non-empty string, got ..."."""
Str = Annotated[str, BeforeValidator(_string)]
"""A string, no coercion; else "must be a string, got ..."."""
Bool = Annotated[bool, BeforeValidator(_boolean)]
"""true or false, no coercion."""


def plain(message: str) -> PydanticCustomError:
    """A validation error whose message is shown as is, without the field name before it."""
    return PydanticCustomError("reconcile_plain", message)


class Table(BaseModel):
    """A TOML table: unknown keys refused, values frozen once read. Field validators do the type checks
    (no coercion: a number where a string belongs is an error, with the type named)."""

    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)
    ALLOWED: ClassVar[str] = ""
    """How messages list the allowed keys (default: the field names)."""
    NESTED: ClassVar[dict[str, type[Table]]] = {}
    """Sub-table and array-of-tables fields and their models (for ordering and naming errors)."""
    TABLE: ClassVar[str] = ""
    """The [name] of a sub-table, for its unknown keys ("unknown key(s) in [schedule]: ...")."""

    @classmethod
    def allowed(cls) -> str:
        return cls.ALLOWED or ", ".join(cls.model_fields)


def _split(loc: tuple) -> tuple[tuple, tuple]:
    """(container, rest): the part of the location up to the last list index, and what follows."""
    for n in range(len(loc), 0, -1):
        if isinstance(loc[n - 1], int):
            return loc[:n], loc[n:]
    return (), loc


def _owner(model: type[Table], loc: tuple) -> type[Table]:
    """The model of the table at `loc` (a sub-table or an array item)."""
    m = model
    for part in loc:
        if isinstance(part, str) and part in m.NESTED:
            m = m.NESTED[part]
    return m


def _order(model: type[Table], err: dict) -> tuple:
    key: list[Any] = []
    m = model
    loc = tuple(err["loc"])
    for i, part in enumerate(loc):
        if isinstance(part, int):
            key.append((2, part))
            continue
        fields = list(m.model_fields)
        if err["type"] == "extra_forbidden" and i == len(loc) - 1:
            key.append((0, 0))
        else:
            key.append((1, fields.index(part) if part in fields else len(fields)))
        m = m.NESTED.get(part, m)
    key.append((3, 0))  # a table's own (model-level) problem after those of its fields
    return tuple(key)


def first_problem(e: ValidationError, model: type[Table], where: Callable[[tuple], str] = lambda c: "") -> str:
    """One line for the first problem of a ValidationError, in reading order: at each level unknown keys
    (all of them) first, then the fields as the model declares them, then the table as a whole.

    `where(container)` names a table inside an array ("article 2: ") from its location."""
    errors = sorted(e.errors(include_url=False), key=lambda err: _order(model, err))
    err = errors[0]
    container, rest = _split(tuple(err["loc"]))
    prefix = where(container) if container else ""
    if err["type"] == "extra_forbidden":
        same = sorted(
            {
                str(x["loc"][-1])
                for x in errors
                if x["type"] == "extra_forbidden" and tuple(x["loc"][:-1]) == tuple(err["loc"][:-1])
            }
        )
        owner = _owner(model, tuple(err["loc"][:-1]))
        where = f" in [{owner.TABLE}]:" if owner.TABLE else ""
        return f"{prefix}unknown key(s){where} {', '.join(map(repr, same))} (allowed: {owner.allowed()})"
    field = ".".join(str(p) for p in rest)
    msg = err["msg"]
    if err["type"] == "missing":
        return f"{prefix}'{field}' is required"
    if err["type"] == "reconcile_plain" or not field:
        return f"{prefix}{msg}"
    if err["type"] == "reconcile":
        return f"{prefix}'{field}' {msg}"
    return f"{prefix}'{field}': {msg}"
