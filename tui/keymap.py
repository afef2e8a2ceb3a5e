"""The keys bound to each action as the user has them: the classes' ``BINDINGS`` with the keymap of
config.json applied (by binding id, as Textual applies it when it runs a key)."""

from __future__ import annotations

from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode


def declared_bindings(node: DOMNode) -> list[Binding]:
    """The bindings the classes of ``node`` declare (their ``BINDINGS``), a subclass's over its bases'."""
    by_key: dict[str, list[Binding]] = {}
    for base in reversed(type(node).__mro__):
        declared: dict[str, list[Binding]] = {}
        for binding in Binding.make_bindings(base.__dict__.get("BINDINGS", ())):
            declared.setdefault(binding.key, []).append(binding)
        by_key.update(declared)
    return [b for group in by_key.values() for b in group]


def user_bindings(node: DOMNode, keymap: "dict[str, str] | None") -> list[tuple[str, Binding]]:
    """(key, binding) for each key ``node`` binds, the keys of a binding id remapped by ``keymap``."""
    bindings = BindingsMap(declared_bindings(node))
    if keymap:
        bindings.apply_keymap({ident: ",".join(k.strip() for k in keys.split(",")) for ident, keys in keymap.items()})
    return list(bindings)


def keys_of(node: DOMNode, keymap: "dict[str, str] | None", action: str) -> list[Binding]:
    """The bindings (one per key) that run ``action`` on ``node``, as remapped."""
    return [b for _key, b in user_bindings(node, keymap) if b.action == action]


def runs(binding: Binding, key: str, character: "str | None") -> bool:
    """Whether a key event (its key name and character) is ``binding``'s key: a keymap may name a key
    either way ("/" or "slash")."""
    return binding.key == key or (character is not None and binding.key == character)
