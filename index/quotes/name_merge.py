"""Full names of one person written two ways: a nickname and a suffix are no second person.

``Joe Biden`` and ``Joseph R. Biden Jr.`` are one person (identities ``joe biden`` and ``joseph biden jr``):
the first names are a given name and its nickname (``Joe``/``Joseph``, ``Bill``/``William``,
``Mike``/``Michael``; the table of the ``nicknames`` package, hand-curated English given names), the
surnames are the same, and a suffix written on one form only (``Jr.``, ``III``) blocks nothing when that
form is a full formal name (it writes a middle initial too: ``Joseph R. Biden Jr.``; ``Donald Trump
Jr.`` is the son of a ``Donald Trump``). Two forms never merge when

- their suffixes differ (``Jr.`` and ``Sr.`` of one name are father and son), or their middle
  initials do (``George W. Bush``, ``George H. W. Bush``), or
- one article quotes both (``Donald J. Trump`` and ``Donald Trump Jr.``: an article names one person
  one way), or
- the corpus says he of one and she of the other, or their first names are known a man's and a woman's, or
- both have roles and no role of one has the head word of a role of the other (``coach Joe Smith``,
  ``Senator Joseph Smith``; ``AOL chief executive Jonathan Miller``, ``chief of counterterrorism John
  Miller``), or neither has a post in common with the other while more people of the corpus share
  the surname (``John Miller``, ``Jonathan Miller`` among five Millers), or
- one of them could be two people of the corpus that are not one (``Bill Smith`` with ``William`` and
  ``Robert Smith``, ``Joseph Biden`` with ``Joseph Biden Jr.`` and ``Joseph Biden Sr.``).

A first name that spells the initials of a full name with one middle name is that person too (``Jeb Bush``,
``John Ellis Bush``) when every article that quotes the full name quotes or writes the short one too, whatever else
the corpus says of them, unless he/she, a suffix or a middle initial disagrees (``Ann Nash`` and ``Alice
Nicole Nash`` quoted apart are two people).
``Bill Clinton`` and ``Hillary Clinton`` are different first names, not nicknames: they stay apart.
Used by :mod:`.grouping` once per corpus, over the distinct identities only.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Iterable, Mapping

from .gender import first_name_gender
from .name_forms import SUFFIXES, parse_name
from .surname_owner import person_form


_TABLE_ERROR: list[str] = []  # why the nickname table could not be read (a broken install), once read


def nickname_table_error() -> str | None:
    """Why the nicknames package's table cannot be used (then first names merge only when equal), or None."""
    _nicknames()
    return _TABLE_ERROR[0] if _TABLE_ERROR else None


@lru_cache(maxsize=1)
def _nicknames() -> dict[str, frozenset[str]]:
    """Given name -> its nicknames, and nickname -> its given names (both directions, lower case)."""
    try:
        from nicknames import NickNamer

        nn = NickNamer()
    except Exception as exc:  # noqa: BLE001 - a broken install: told by nickname_table_error, never a crash
        _TABLE_ERROR.append(f"{type(exc).__name__}: {exc}")
        return {}
    out: dict[str, set[str]] = {}
    for formal, nicks in nn.nickname_lookup.items():
        for n in nicks:
            out.setdefault(formal, set()).add(n)
            out.setdefault(n, set()).add(formal)
    return {k: frozenset(v) for k, v in out.items()}


def same_given_name(a: str, b: str) -> bool:
    """``a`` and ``b`` (folded first names) are one given name: equal, or a name and its nickname."""
    return a == b or b in _nicknames().get(a, ())


def spelled_initials(short: str, first: str, mids: set[str], ident: str) -> bool:
    """``short`` (a folded first name) spells the initials of a full name written with one middle name:
    'jeb' of 'John Ellis Bush' (``first`` 'john', ``mids`` {'E'}, ``ident`` 'john bush')."""
    if len(mids) != 1 or not 3 <= len(short) <= 4:
        return False
    return short == first[:1] + next(iter(mids)).lower() + ident.split()[1][:1]


def _spelled_out(short: str, short_id: str, first: str, full_id: str, facts) -> bool:
    """``short`` spells the initials of the full name ``full_id`` and the corpus quotes that full name only in
    articles that quote or write the short one too ('Jeb Bush' and 'John Ellis Bush' in one article); 'Ann
    Nash' and 'Alice Nicole Nash' quoted in articles of their own are two people."""
    if not spelled_initials(short, first, facts(full_id)[1], full_id):
        return False
    full_arts, short_arts = facts(full_id)[0], facts(short_id, True)[0]
    return bool(full_arts) and full_arts <= short_arts


def middle_initials(plain: str) -> str:
    """The initials of the names between the first name and the surname ('Joseph R. Biden Jr.' -> 'R', 'George
    H.W. Bush' -> 'HW')."""
    toks = [t for t in plain.split() if t.lower().strip(".,") not in SUFFIXES]
    return "".join((t.replace(".", "") if t.count(".") > 1 and t.replace(".", "").isupper() else t[0]).upper()
                   for t in toks[1:-1] if t[:1].isalpha())


_HEAD_ENDS = {"of", "for", "at", "with", "from", "on", "in", "to"}


def role_head(role: str) -> str:
    """The word a role phrase names a post by, folded: 'executive' ('AOL chief executive'), 'chief'
    ('chief of counterterrorism'), 'president' ('Vice Presidents')."""
    words = [w.lower().strip(".,") for w in role.split()]
    cut = next((i for i, w in enumerate(words) if w in _HEAD_ENDS and i), len(words))
    return words[cut - 1].rstrip("s") if cut else ""


def pair_facts(pairs: Mapping[tuple[str, str], list], trips: Iterable[tuple],
               named: Iterable[tuple[str, list[str]]] = ()) -> Callable[..., tuple[set[str], set[str]]]:
    """``facts`` for :func:`merge_identities` from :mod:`.grouping`'s pairs (``(speaker, mention) -> [identity,
    ...]``), triples (``(speaker, role, mention, rows, articles, n)``) and (article, full names it writes)
    rows, worked out the first time it is asked: an identity's articles (with ``written``, also those that
    write its name) and its middle initials."""
    known: dict[str, tuple[set[str], set[str]]] = {}
    names_in: dict[str, set[str]] = {}

    def facts(ident: str, written: bool = False) -> tuple[set[str], set[str]]:
        if not known:  # one pass over the triples
            for sp, _role, men, _idx, aids, _ns in trips:
                i = pairs[(sp, men)][0]
                if i:
                    arts, mids = known.setdefault(i, (set(), set()))
                    arts.update(aids)
                    mid = middle_initials(parse_name(person_form(sp, men)).plain)
                    if mid:
                        mids.add(mid)
        arts, mids = known.get(ident, (set(), set()))
        if written and not names_in:  # one pass over the names the articles write (asked only of initials)
            names_in[""] = set()
            for aid, names in named:
                for full in names:
                    if i := parse_name(full).identity:
                        names_in.setdefault(i, set()).add(aid)
        return (arts | names_in.get(ident, set()) if written else arts), mids

    return facts


def _split(ident: str) -> tuple[str, str, tuple[str, ...]] | None:
    toks = ident.split()
    if len(toks) < 2 or any(t not in SUFFIXES for t in toks[2:]):
        return None  # 'lord x y' and other identities that are not first name, surname, suffixes
    return toks[0], toks[1], tuple(toks[2:])


def merge_identities(idents: Iterable[str], sex: Mapping[str, str | None], roles: Callable[[str], set[str]],
                     counts: Mapping[str, int], facts: Callable[[str], tuple[set[str], set[str]]]) -> dict[str, str]:
    """{identity: the identity it is one person with} for the identities that merge (module doc); the
    one kept is the fullest (a suffix), then the most quoted, then the longest first name. ``roles``: the
    head words of an identity's roles (:func:`role_head`); ``facts``:
    an identity's articles and the middle initials its forms write (asked only of names that fit)."""
    by_surname: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {}
    for i in idents:
        s = _split(i)
        if s is not None:
            by_surname.setdefault(s[1], []).append((i, s[0], s[2]))
    out: dict[str, str] = {}
    for people in by_surname.values():
        if len(people) >= 2:
            out.update(_merge_surname(people, sex, roles, counts, facts))
    return out


def _merge_surname(people, sex, roles, counts, facts) -> dict[str, str]:
    def fits(a, b) -> bool:
        (ia, fa, sa), (ib, fb, sb) = a, b
        if sa and sb and sa != sb:
            return False
        spelled = not same_given_name(fa, fb) and (_spelled_out(fa, ia, fb, ib, facts) or _spelled_out(fb, ib, fa, ia, facts))
        if not spelled and not same_given_name(fa, fb):
            return False
        if sex.get(ia) and sex.get(ib) and sex[ia] != sex[ib]:
            return False
        ga, gb = (first_name_gender(fa) or "")[:1], (first_name_gender(fb) or "")[:1]
        if ga and gb and ga != gb:
            return False
        if fa != fb and not spelled:  # a nickname: the roles must not name two posts
            ra, rb = roles(ia), roles(ib)
            if (ra and rb or crowded) and not (ra & rb):
                return False
        (arts_a, mid_a), (arts_b, mid_b) = facts(ia), facts(ib)
        if len(mid_a) == 1 and len(mid_b) == 1 and mid_a != mid_b:
            return False
        if (sa and not mid_a) or (sb and not mid_b) if bool(sa) != bool(sb) else False:
            return False  # 'Donald Trump Jr.' is the son of a 'Donald Trump'; 'Joseph R. Biden Jr.' a full name
        return spelled or not (arts_a & arts_b)  # (an article spells out 'Jeb': John Ellis Bush)

    n = len(people)
    crowded = n > 2  # other people share the surname: a nickname needs a post in common
    link = {k: {j for j in range(n) if j != k and fits(people[k], people[j])} for k in range(n)}
    # a form that fits two people who do not fit each other is either of them: it stays apart
    torn = {k for k, near in link.items() if any(b not in link[a] for a in near for b in near if a != b)}
    out: dict[str, str] = {}
    seen: set[int] = set()
    for k in range(n):
        if k in seen or k in torn:
            continue
        comp, todo = set(), [k]
        while todo:
            x = todo.pop()
            if x in comp:
                continue
            comp.add(x)
            todo.extend(link[x] - torn - comp)
        seen |= comp
        if len(comp) < 2 or any(b not in link[a] for a in comp for b in comp if a != b):
            continue  # only people who all fit each other are one
        keep = max(comp, key=lambda j: (len(people[j][2]), counts.get(people[j][0], 0), len(people[j][1]), people[j][0]))
        out.update({people[j][0]: people[keep][0] for j in comp if j != keep})
    return out
