"""The speaker picker's name column leaves room for the roles the rows show: a name typed that also
matches a few long descriptions ("A spokesman for the harbour pilots of the northern coast") no longer
widens the column to cut every role beside blank space."""

from __future__ import annotations

from briefing.tui.render import name_column

NAMES = ["Mara Quinlan", "Tomas Brennan", "Lena Harbourne", "Omar Haddad",
         "A spokesman for the harbour pilots of the northern coast and islands",
         "Residents of the harbour district who attended the meeting on Tuesday"]
ROLES = ["chairwoman of the Northern Lighthouse Preservation Trust", "harbour master",
         "organizer with the Coastal Ferry Users Group"]


def test_long_descriptions_leave_the_roles_their_room():
    width = 104  # the picker's list at 160 columns
    column = name_column(NAMES, width, ROLES)
    role_room = width - 12 - column
    assert role_room >= len("organizer with the Coastal Ferry Users Group") + 2
    assert column >= max(len(n) for n in NAMES[:4])  # the names themselves are whole


def test_without_long_roles_a_description_is_shown_whole_when_it_fits():
    names = NAMES[:4] + ["a spokesman for the Brennan Harbour Pilots Association"] * 2
    assert name_column(names, 104, ["harbour master"]) == len(names[-1])


def test_a_narrow_picker_keeps_names_readable():
    column = name_column(NAMES, 58, ROLES)  # 80 columns
    assert 14 <= column <= 58 - 28
