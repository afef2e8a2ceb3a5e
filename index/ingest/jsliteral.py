"""JavaScript literals read as data, never run: the object a Nuxt 2 page's state function returns
(``window.__NUXT__=(function(a,b,c){return {layout:"default",data:[…]}}(false,null,"…"))``), its parameters bound
to the arguments written after it.

Read: objects (keys bare, quoted or numeric), arrays, strings in either quote with JavaScript's escapes,
numbers, ``true``/``false``/``null``/``undefined``/``void 0``, and a bare name, which stands for the argument of
that parameter (any other name, a call, an operator: nothing, ``None``). Bounded: the text read, the values made
and the nesting; past a bound the payload is not read.
"""

from __future__ import annotations

import re
from typing import Any

MAX_CHARS = 4_000_000
"""A payload longer than this is not read."""
MAX_VALUES = 100_000
"""A payload of more values than this is not read."""
MAX_DEPTH = 60
"""Values nested deeper than this end the reading."""
MAX_EXPANDED = 8_000_000
"""At most this many values and characters are made in all: a value referenced many times (a parameter, a
Nuxt 3 index) counts each time it stands, and a reference past this is None, so a small payload cannot
stand for a huge one."""

_NUXT = re.compile(r"__NUXT__\s*=\s*(?:\(\s*)?function\s*\(([\w$,\s]{0,2000})\)\s*\{")
"""(The space around an optional '(' is matched once: two runs of optional space side by side would try every
split of a long run of spaces.)"""
_RETURN = re.compile(r"\s*return\b\s*")
_MADE = re.compile(r"Array\(\s*(?P<array>\d{1,7})\s*\)|(?P<empty>Object\.create\(\s*null\s*\))|"
                   r"new (?P<collection>Set|Map)\b(?:\(\s*\))?|new Date\(\s*-?[\d.eE+]{1,30}\s*\)|(?P<boxed>Object\()")
_SPACE = re.compile(r"(?:\s+|/\*.*?\*/|//[^\n]*)*", re.DOTALL)
_NAME = re.compile(r"[A-Za-z_$][\w$]*")
_NUMBER = re.compile(r"-?(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)")
_STRING = re.compile(r"'([^'\\]*(?:\\.[^'\\]*)*)'" r'|"([^"\\]*(?:\\.[^"\\]*)*)"', re.DOTALL)
JS_ESCAPE = re.compile(r"\\(u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\s\S])")
_ESCAPED = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0", "\n": ""}
_WORDS = {"true": True, "false": False, "null": None, "undefined": None, "NaN": None, "Infinity": None}


class NotLiteral(ValueError):
    """The text is no literal this reader takes, or it passes a bound."""


class _Ref:
    """A parameter's name where a value stands, bound once the arguments are read."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


def js_unescape(m: re.Match) -> str:
    """The character a JavaScript escape of a string literal stands for ('\\x3C', '\\u003E', '\\u{1F600}'), from a
    match whose group 1 is what follows the backslash."""
    e = m[1]
    if e[0] == "u" and len(e) > 1:
        code = int(e[2:-1] if e[1] == "{" else e[1:], 16)
        return chr(code) if code <= 0x10FFFF else ""
    if e[0] == "x" and len(e) == 3:
        return chr(int(e[1:], 16))
    return _ESCAPED.get(e, e)


class _Reader:
    def __init__(self, text: str, names: frozenset[str]) -> None:
        self.text, self.names, self.values = text, names, 0

    def space(self, at: int) -> int:
        return _SPACE.match(self.text, at).end()

    def value(self, at: int, depth: int = 0) -> tuple[Any, int]:
        """The value at ``at`` and the index after it."""
        self.values += 1
        if depth > MAX_DEPTH or self.values > MAX_VALUES:
            raise NotLiteral("too deep or too large")
        at = self.space(at)
        c = self.text[at:at + 1]
        if c == "{":
            return self.obj(at + 1, depth)
        if c == "[":
            return self.arr(at + 1, depth)
        if c in "\"'" and c:
            m = _STRING.match(self.text, at)
            if not m:
                raise NotLiteral("unclosed string")
            raw = m[1] if m[1] is not None else m[2]
            text = JS_ESCAPE.sub(js_unescape, raw) if "\\" in raw else raw
            return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace"), m.end()
        m = _NUMBER.match(self.text, at)
        if m:
            s = m[0]
            try:
                return (int(s, 16) if s.lower().lstrip("-").startswith("0x") else float(s) if any(
                    x in s for x in ".eE") else int(s)), m.end()
            except ValueError:
                raise NotLiteral("bad number") from None
        if self.text.startswith("void", at):
            end = self.space(at + 4)
            m = _NUMBER.match(self.text, end)
            if m:
                return None, m.end()
        m = _NAME.match(self.text, at)
        if not m:
            raise NotLiteral(f"no value at {at}")
        name, end = m[0], m.end()
        made = _MADE.match(self.text, at)
        if made:  # an empty value devalue writes for statements to fill ('Array(3)', 'Object.create(null)')
            return self.made(made, depth)
        if self.text[self.space(end):self.space(end) + 1] in ("(", ".", "["):
            raise NotLiteral("a call or a member: code, not data")
        if name in _WORDS:
            return _WORDS[name], end
        return (_Ref(name) if name in self.names else None), end

    def made(self, m: re.Match, depth: int) -> tuple[Any, int]:
        """The value of a constructor devalue writes: ``Array(n)`` (n empty places), ``Object.create(null)`` and
        ``new Set``/``new Map`` (empty), ``new Date(…)`` (None), ``Object(value)`` (the value)."""
        if m["array"] is not None:
            n = int(m["array"])
            self.values += n
            if self.values > MAX_VALUES:
                raise NotLiteral("too large")
            return [None] * n, m.end()
        if m["boxed"] is not None:
            value, at = self.value(m.end(), depth + 1)
            at = self.space(at)
            if self.text[at:at + 1] != ")":
                raise NotLiteral("no ')'")
            return value, at + 1
        return ({} if m["empty"] else [] if m["collection"] else None), m.end()

    def obj(self, at: int, depth: int) -> tuple[dict, int]:
        out: dict[str, Any] = {}
        while True:
            at = self.space(at)
            c = self.text[at:at + 1]
            if c == "}":
                return out, at + 1
            if c in "\"'" and c:
                m = _STRING.match(self.text, at)
                if not m:
                    raise NotLiteral("unclosed key")
                key = m[1] if m[1] is not None else m[2]
            else:
                m = _NAME.match(self.text, at) or _NUMBER.match(self.text, at)
                if not m:
                    raise NotLiteral(f"no key at {at}")
                key = m[0]
            at = self.space(m.end())
            if self.text[at:at + 1] != ":":
                raise NotLiteral("no ':' after a key")
            out[key], at = self.value(at + 1, depth + 1)
            at = self.space(at)
            c = self.text[at:at + 1]
            if c == ",":
                at += 1
            elif c != "}":
                raise NotLiteral(f"no ',' or '}}' at {at}")

    def arr(self, at: int, depth: int) -> tuple[list, int]:
        out: list[Any] = []
        while True:
            at = self.space(at)
            c = self.text[at:at + 1]
            if c == "]":
                return out, at + 1
            value, at = self.value(at, depth + 1)
            out.append(value)
            at = self.space(at)
            c = self.text[at:at + 1]
            if c == ",":
                at += 1
            elif c != "]":
                raise NotLiteral(f"no ',' or ']' at {at}")

    def args(self, at: int) -> tuple[list, int]:
        """The arguments of a call at ``at`` ('(' … ')')."""
        at = self.space(at)
        if self.text[at:at + 1] != "(":
            raise NotLiteral("no arguments")
        out: list[Any] = []
        at += 1
        while True:
            at = self.space(at)
            if self.text[at:at + 1] == ")":
                return out, at + 1
            value, at = self.value(at, 1)
            out.append(value)
            at = self.space(at)
            if self.text[at:at + 1] == ",":
                at += 1
            elif self.text[at:at + 1] != ")":
                raise NotLiteral("no ',' or ')' in the arguments")


class _Binder:
    """Parameters' names replaced by their arguments, each argument bound once (its own names too: a statement
    may have set a parameter inside another's value) and shared where it stands; a name met again while its own
    argument is being bound (``a.self=a``) is None. A reference costs the values and characters its argument
    stands for, from :data:`MAX_EXPANDED`; past it a reference is None."""

    def __init__(self, env: dict[str, Any]) -> None:
        self.env, self.done, self.busy, self.left = env, {}, set(), MAX_EXPANDED

    def name(self, name: str) -> tuple[Any, int]:
        if name in self.done:
            return self.done[name]
        if name in self.busy or name not in self.env:
            return None, 1
        self.busy.add(name)
        self.done[name] = self.bind(self.env[name], 0)
        self.busy.discard(name)
        return self.done[name]

    def bind(self, node: Any, depth: int) -> tuple[Any, int]:
        """``node`` bound, and the values and characters it stands for (at most :data:`MAX_EXPANDED` + 1)."""
        if depth > MAX_DEPTH:
            return None, 1
        if isinstance(node, _Ref):
            value, weight = self.name(node.name)
            self.left -= weight
            return (value, weight) if self.left >= 0 else (None, 1)
        if isinstance(node, dict):
            out, weight = {}, 1
            for k, v in node.items():
                out[k], w = self.bind(v, depth + 1)
                weight = min(MAX_EXPANDED + 1, weight + w)
            return out, weight
        if isinstance(node, list):
            items, weight = [], 1
            for v in node:
                x, w = self.bind(v, depth + 1)
                items.append(x)
                weight = min(MAX_EXPANDED + 1, weight + w)
            return items, weight
        return node, 1 + (len(node) if isinstance(node, str) else 0)


_ASSIGN = re.compile(r"=(?!=)")
MAX_STATEMENTS = 20_000
"""A state function with more statements before its ``return`` is not read."""


def _statements(reader: _Reader, at: int, params: frozenset[str]) -> tuple[list[tuple[str, list, Any]], int]:
    """The assignments before a state function's ``return`` (``a.title="…";b[0]=a;c["x-y"]=1``, as devalue
    writes a value that stands in several places), as (parameter, keys, value), and the index of ``return``.
    A statement of another form (``a.add(1)``) is passed over; past :data:`MAX_STATEMENTS` statements or
    :data:`MAX_VALUES` values the payload is not read."""
    out: list[tuple[str, list, Any]] = []
    code = reader.text
    for _ in range(MAX_STATEMENTS):
        at = reader.space(at)
        if _RETURN.match(code, at):
            return out, at
        m = _NAME.match(code, at)
        if not m:
            raise NotLiteral(f"no statement at {at}")
        name, keys, at = m[0], [], m.end()
        while True:
            at = reader.space(at)
            c = code[at:at + 1]
            if c == ".":
                k = _NAME.match(code, reader.space(at + 1))
                if not k:
                    break
                keys.append(k[0])
                at = k.end()
            elif c == "[":
                key, at = reader.value(at + 1, 1)
                at = reader.space(at)
                if code[at:at + 1] != "]" or not isinstance(key, (str, int)) or isinstance(key, bool):
                    raise NotLiteral("a computed key")
                keys.append(key)
                at += 1
            else:
                break
        if name in params and keys and _ASSIGN.match(code, at):
            value, at = reader.value(at + 1, 1)
            out.append((name, keys, value))
        else:
            at = _statement_end(reader, at)
        at = reader.space(at)
        if code[at:at + 1] in (";", ","):
            at += 1
        elif code[at:at + 1] == "}":
            raise NotLiteral("no return")
    raise NotLiteral("too many statements")


def _statement_end(reader: _Reader, at: int) -> int:
    """The index of the ';' (or '}') that ends the statement at ``at``, strings passed over whole."""
    code = reader.text
    while at < len(code):
        c = code[at]
        if c in ";}":
            return at
        if c in "\"'":
            m = _STRING.match(code, at)
            if not m:
                raise NotLiteral("unclosed string")
            at = m.end()
            continue
        at += 1
    raise NotLiteral("no end of statement")


def _assign(env: dict[str, Any], name: str, keys: list, value: Any) -> None:
    """Set ``value`` at ``keys`` inside the argument of ``name`` (where that place exists)."""
    target = env.get(name)
    for key in keys[:-1]:
        target = _at(target, key)
    key = keys[-1]
    if isinstance(target, dict):
        target[str(key)] = value
    elif isinstance(target, list) and (isinstance(key, int) or str(key).isdigit()) and int(key) < len(target):
        target[int(key)] = value


def _at(node: Any, key: Any) -> Any:
    if isinstance(node, dict):
        return node.get(str(key))
    if isinstance(node, list) and (isinstance(key, int) or str(key).isdigit()) and int(key) < len(node):
        return node[int(key)]
    return None


def nuxt_state(code: str) -> Any:
    """The state a Nuxt page's ``window.__NUXT__=(function(…){…;return {…}}(…))`` returns, its parameters
    bound to the arguments and to what the statements before ``return`` set in them; None when the script holds
    no such payload or it cannot be read as data."""
    if len(code) > MAX_CHARS or "__NUXT__" not in code:
        return None
    m = _NUXT.search(code)
    if not m:
        return None
    params = [p.strip() for p in m[1].split(",") if p.strip()]
    reader = _Reader(code, frozenset(params))
    try:
        statements, at = _statements(reader, m.end(), reader.names)
        r = _RETURN.match(code, at)
        state, at = reader.value(r.end())
        at = reader.space(at)
        at = reader.space(at + 1) if code[at:at + 1] == ";" else at
        if code[at:at + 1] != "}":
            return None
        at = reader.space(at + 1)
        at = at + 1 if code[at:at + 1] == ")" else at  # '(function(){…})(…)' as well as '(function(){…}(…))'
        args, _ = reader.args(at)
    except (NotLiteral, RecursionError):
        return None
    env = dict(zip(params, args))
    for name, keys, value in statements:
        _assign(env, name, keys, value)
    return _Binder(env).bind(state, 0)[0]


MAX_REVIVED = 200_000
"""At most this many values of a Nuxt 3 payload are rebuilt."""
_WRAPPERS = {"ShallowReactive", "Reactive", "Ref", "ShallowRef", "EmptyRef", "EmptyShallowRef", "Object"}
"""Nuxt's and devalue's names for a value that wraps the one it points at."""


def revived(data: Any) -> Any:
    """Nuxt 3's ``__NUXT_DATA__`` (devalue's flat array: index 0 the root, every array item and object value
    the index of its value, typed values as ``["Name", index…]``) as the nested value it stands for; None when
    ``data`` is not such an array. A value that points back at one being rebuilt is None, as are values past
    :data:`MAX_DEPTH`, :data:`MAX_REVIVED` or :data:`MAX_EXPANDED`."""
    if not isinstance(data, list) or not data or not isinstance(data[0], (list, dict)):
        return None
    done: dict[int, Any] = {}
    weight: dict[int, int] = {}  # index → the values and characters its value stands for, references and all
    busy: set[int] = set()
    budget = [MAX_REVIVED]
    left = [MAX_EXPANDED]

    def value(i: Any, depth: int) -> Any:
        if not isinstance(i, int) or isinstance(i, bool) or not 0 <= i < len(data) or i in busy:
            return None  # (negative: undefined, NaN, a hole)
        if i in done:
            if weight[i] > left[0]:
                return None
            left[0] -= weight[i]
            return done[i]
        before = left[0]
        left[0] -= 1 + (len(data[i]) if isinstance(data[i], str) else 0)
        budget[0] -= 1
        if depth > MAX_DEPTH or budget[0] < 0:
            return None
        node = data[i]
        busy.add(i)
        if isinstance(node, list):
            if node and isinstance(node[0], str):  # a typed value
                name, rest = node[0], node[1:]
                out = value(rest[0], depth + 1) if name in _WRAPPERS and rest else \
                    [value(j, depth + 1) for j in rest] if name in ("Set", "Map") else None
            else:
                out = [value(j, depth + 1) for j in node]
        elif isinstance(node, dict):
            out = {k: value(v, depth + 1) for k, v in node.items()}
        else:
            out = node if left[0] >= 0 else None
        busy.discard(i)
        done[i], weight[i] = out, before - left[0]
        return out

    return value(0, 0)
