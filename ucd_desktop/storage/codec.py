"""Dataclasses <-> JSON-ready values, checked field by field.

Reading names the exact place of a problem ("notice.body[3].kind") so a broken file
gets a precise message. Every string read is cleaned (NFC, no control characters):
text from a file is input like any other.
"""

from __future__ import annotations

import dataclasses
import math
import reprlib
import types
import typing
from enum import Enum
from functools import cache
from typing import Any, TypeVar, Union, get_args, get_origin

from ucd_desktop.i18n import N_
from ucd_desktop.i18n import gettext_ as _
from ucd_desktop.model.notice import is_single_line
from ucd_desktop.text.clean import clean_field

__all__ = ["CodecError", "from_jsonable", "to_jsonable"]

T = TypeVar("T")


class CodecError(ValueError):
    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    return value


@cache
def _hints(cls: Any) -> dict[str, Any]:
    return typing.get_type_hints(cls)


#: A value quoted in a message stays short, whatever a broken file holds.
_SHORT = reprlib.Repr()
_SHORT.maxstring = 60
_SHORT.maxother = 60
_KINDS: tuple[tuple[type | tuple[type, ...], str], ...] = (
    (bool, N_("true or false")),
    ((int, float), N_("a number")),
    (str, N_("some text")),
    (list, N_("a list")),
    (dict, N_("an object")),
)


def _kind(data: Any) -> str:
    """What a JSON value is, in the user's words."""
    if data is None:
        return "null"
    for types_, name in _KINDS:
        if isinstance(data, types_):
            return _(name)
    return type(data).__name__


def _type_name(tp: Any) -> str:
    return getattr(tp, "__name__", str(tp))


def from_jsonable(tp: Any, data: Any, where: str = "", single_line: bool = False) -> Any:
    """Build a value of type ``tp`` from ``data``; raise CodecError naming ``where``.

    ``single_line``: the text (or each text of a list) is one line, as the dataclass
    field it goes into is marked (``model.notice.ONE_LINE``); a newline becomes a space.
    """
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        options = get_args(tp)
        if data is None and type(None) in options:
            return None
        real = [o for o in options if o is not type(None)]
        if len(real) == 1:  # Optional[X]: report X's own error, with its exact place
            return from_jsonable(real[0], data, where, single_line)
        errors = []
        for option in options:
            if option is type(None):
                continue
            try:
                return from_jsonable(option, data, where, single_line)
            except CodecError as exc:
                errors.append(exc.problem)
        raise CodecError(where, "; ".join(errors) or _("unexpected value"))
    if tp is Any:
        return _clean_any(data)
    if origin is list:
        if not isinstance(data, list):
            raise CodecError(where, _("expected a list, found {kind}").format(kind=_kind(data)))
        (item_tp,) = get_args(tp)
        return [from_jsonable(item_tp, v, f"{where}[{i}]", single_line) for i, v in enumerate(data)]
    if origin is dict:
        if not isinstance(data, dict):
            raise CodecError(where, _("expected an object, found {kind}").format(kind=_kind(data)))
        _key_tp, val_tp = get_args(tp)
        # A key is data (a field path, a fact's name), not a field: values follow the
        # dict's own field. Judged by their key, the template's source and rendered text
        # of "issuing_body" (lines joined by "\n") lost their line breaks on every load.
        return {
            clean_field(str(k), multiline=False): from_jsonable(
                val_tp, v, f"{where}.{k}", single_line
            )
            for k, v in data.items()
        }
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(data)
        except ValueError:
            allowed = ", ".join(repr(m.value) for m in tp)
            raise CodecError(
                where,
                _("unknown value {value} (allowed: {allowed})").format(
                    value=_SHORT.repr(data), allowed=allowed
                ),
            ) from None
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _dataclass(tp, data, where)
    if tp is bool:
        if not isinstance(data, bool):
            raise CodecError(where, _("expected true or false"))
        return data
    if tp is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise CodecError(where, _("expected a whole number"))
        return data
    if tp is float:
        if isinstance(data, bool) or not isinstance(data, int | float):
            raise CodecError(where, _("expected a number"))
        if not math.isfinite(data):
            # NaN and Infinity are not JSON, but Python's reader (and TOML) accept them;
            # no margin or size can be either, and the layout cannot place them.
            raise CodecError(where, _("expected a finite number"))
        return float(data)
    if tp is str:
        if not isinstance(data, str):
            raise CodecError(where, _("expected text, found {kind}").format(kind=_kind(data)))
        return clean_field(data, multiline=not single_line)
    raise CodecError(where, _("unsupported type {name}").format(name=_type_name(tp)))


def _dataclass(cls: type[T], data: Any, where: str) -> T:
    if not isinstance(data, dict):
        raise CodecError(where or cls.__name__, _("expected an object"))
    hints = _hints(typing.cast(Any, cls))
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in data:
            path = f"{where}.{f.name}" if where else f.name
            one_line = is_single_line(f)
            kwargs[f.name] = from_jsonable(hints[f.name], data[f.name], path, one_line)
    return cls(**kwargs)


def _clean_any(data: Any) -> Any:
    """Facts are free-form JSON; clean their text all the same."""
    if isinstance(data, str):
        return clean_field(data)
    if isinstance(data, list):
        return [_clean_any(v) for v in data]
    if isinstance(data, dict):
        return {clean_field(str(k), multiline=False): _clean_any(v) for k, v in data.items()}
    if data is None or isinstance(data, bool | int | float):
        return data
    raise CodecError("", _("unsupported value {kind}").format(kind=_kind(data)))
