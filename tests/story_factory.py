"""Generate a corpus of one event told by several outlets, plus unrelated articles of the same days.

The bridge story is told four times: the Gazette in full, the Ledger reordered and reworded with a
different traffic figure, the Wire with a denial of the state's approval and an extra quoted speaker,
Channel 9 in four sentences. A storm is reported by two outlets; three articles stand alone.
"""

from __future__ import annotations

from pathlib import Path

BRIDGE = {
    "gazette-bridge": ("Riverton Gazette", "2024-05-14", "Council approves $40 million Harbor Street bridge repair", [
        "The Riverton city council voted 7 to 2 on Tuesday to approve a $40 million plan to repair the Harbor Street bridge.",
        "Mayor Linda Okafor said the bridge had been closed to trucks since March after inspectors found cracks in two steel girders.",
        "\u201cWe cannot wait for another winter,\u201d Okafor said.",
        "Work is scheduled to begin in June and to finish by the end of next year.",
        "The state transportation department approved the repair design last month.",
        "About 30,000 vehicles crossed the bridge each day before the restrictions.",
        "Council member David Reyes, who voted against the plan, said the city should have sought state funding first.",
        "The repairs will be paid for with municipal bonds, according to the city finance director, Maria Chen.",
    ]),
    "ledger-bridge": ("Daily Ledger", "2024-05-14", "Riverton votes to fix cracked Harbor Street bridge", [
        "Repair work on the Harbor Street bridge is scheduled to begin in June and to be finished by the end of next year.",
        "On Tuesday the Riverton city council voted 7 to 2 to approve the $40 million repair plan.",
        "About 13,000 vehicles crossed the bridge each day before the restrictions.",
        "Mayor Linda Okafor said the bridge has been closed to trucks since March, when inspectors found cracks in two steel girders.",
        "Council member David Reyes said the city should have sought state funding first.",
        "\u201cThis is a rushed decision,\u201d Reyes said.",
    ]),
    "wire-bridge": ("Metro Wire", "2024-05-15", "Harbor Street bridge repairs approved, but questions remain", [
        "Riverton's council approved a $40 million plan on Tuesday to repair the Harbor Street bridge.",
        "The state transportation department has not approved the repair design, a department spokesman said.",
        "The repairs will be paid for with municipal bonds, the finance director, Maria Chen, said.",
        "\u201cResidents are relieved that something is finally happening,\u201d said Janet Moss, who runs a bakery near the bridge.",
        "Okafor said the bridge had been closed to trucks since March after cracks were found in two steel girders.",
    ]),
    "channel9-bridge": ("Channel 9", "2024-05-15", "Harbor Street bridge: council says yes to $40 million repair", [
        "The Riverton city council on Tuesday approved a $40 million plan to repair the Harbor Street bridge, by a vote of 7 to 2.",
        "Work is scheduled to begin in June.",
        "\u201cWe cannot wait for another winter,\u201d Mayor Linda Okafor said.",
        "The bridge has been closed to trucks since March.",
    ]),
}

STORM = {
    "gazette-storm": ("Riverton Gazette", "2024-05-14", "Storm knocks out power to thousands in Riverton", [
        "A severe thunderstorm knocked out power to about 12,000 homes in Riverton on Monday night.",
        "Falling trees blocked roads in the northern suburbs, the fire department said.",
        "The utility company said most customers would have power back by Wednesday.",
    ]),
    "wire-storm": ("Metro Wire", "2024-05-15", "Thousands without power after Riverton thunderstorm", [
        "About 12,000 homes in Riverton lost power when a severe thunderstorm swept through on Monday night.",
        "The utility company expects most customers to have power back by Wednesday.",
        "Falling trees blocked several roads in the northern suburbs.",
    ]),
}

OTHERS = {
    "ledger-school": ("Daily Ledger", "2024-05-14", "School board weighs later start times", [
        "The Riverton school board is considering moving high school start times to 9 a.m. next autumn.",
        "Parents at a packed meeting were divided over the effect on sports practice and family schedules.",
    ]),
    "channel9-sports": ("Channel 9", "2024-05-15", "Riverton Rapids win the regional final", [
        "The Riverton Rapids beat the Lakeside Otters 3-1 on Tuesday to win the regional hockey final.",
        "Goalkeeper Tom Brandt made 34 saves in front of a sold-out arena.",
    ]),
    "gazette-museum": ("Riverton Gazette", "2024-03-02", "Museum reopens after renovation", [
        "The Riverton history museum reopened on Saturday after a two-year renovation of its galleries.",
        "Visitors can now see the restored steam engine that once served the harbor line.",
    ]),
}


def write_article(root: Path, name: str, source: str, date: str, title: str, sentences: list[str]) -> Path:
    """One Markdown article with front matter (title, source, date), one paragraph per sentence."""
    p = root / f"{name}.md"
    body = "\n\n".join(sentences)
    p.write_text(f"---\ntitle: \"{title}\"\nsource: \"{source}\"\ndate: {date}\n---\n{body}\n", encoding="utf-8")
    return p


def make_story_corpus(root: Path, *, storm: bool = True, others: bool = True) -> Path:
    """Write the bridge articles (and the storm and unrelated ones) into ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    for group, wanted in ((BRIDGE, True), (STORM, storm), (OTHERS, others)):
        if wanted:
            for name, (source, date, title, sentences) in group.items():
                write_article(root, name, source, date, title, sentences)
    return root
