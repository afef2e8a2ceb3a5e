"""``briefing stories`` (articles grouped by event) and ``briefing story ID`` (one story claim by claim)."""

from __future__ import annotations

from .common import add_command, library_from_args, print_json_line, stdout_console
from .search_cmd import _date  # the same date argument as 'briefing search --from/--to'


def register(sub) -> None:
    p = add_command(sub, "stories", "group the articles that report the same event", run_stories,
                    description="Group the indexed articles into stories: articles of one or more outlets that report "
                    "the same event (similar key terms, publication dates close together, the same people quoted). "
                    "Each story has a title (its most central headline), outlets, date span and articles.")
    p.add_argument("--since", type=_date, metavar="DATE", help="only articles published on or after DATE")
    p.add_argument("--until", type=_date, metavar="DATE", help="only articles published on or before DATE")
    p.add_argument("--json", action="store_true", help="one JSON object per story")
    p.add_argument("--regroup", action="store_true",
                   help="group every article afresh (new articles are otherwise placed into the stored stories)")
    s = add_command(sub, "story", "one story claim by claim across its outlets", run_story,
                    description="Align the sentences of a story's articles into claims: which outlets carry each "
                    "claim and how their wording differs, claims only one outlet has, possible contradictions "
                    "between outlets, and which speakers each outlet quotes. ID is a story id (from 'briefing "
                    "stories') or the id of any article of the story.")
    s.add_argument("id", metavar="ID", help="story id (st-…) or article id")
    s.add_argument("--json", action="store_true", help="print the story as one JSON object")
    s.add_argument("--markdown", action="store_true", help="print the story's claims and quotes as Markdown")


def run_stories(args) -> int:
    from ..stories.incremental import library_grouping, stories_of

    with library_from_args(args) as lib:
        grouping, _ = library_grouping(lib, regroup=args.regroup)
    stories = stories_of(grouping, since=args.since, until=args.until)
    if args.json:
        for s in stories:
            print_json_line(s)
        return 0
    print_stories(stories)
    return 0


def print_stories(stories) -> None:
    """A Rich table of stories, most recent first."""
    from rich.table import Table
    from rich.text import Text

    from ..sanitize import one_line

    console = stdout_console()
    if not stories:
        console.print(Text("No stories: no two articles report the same event (or none in the date range)."))
        return
    table = Table(expand=True, header_style="bold", show_lines=False)
    table.add_column("story", no_wrap=True)
    table.add_column("dates", no_wrap=True)
    table.add_column("n", justify="right")
    table.add_column("title", ratio=3)
    table.add_column("outlets", ratio=2)
    for s in stories:
        span = f"{s.first}" if s.first == s.last else f"{s.first} … {s.last}"
        table.add_row(Text(s.id), Text(span if s.first else "—"), Text(str(len(s.articles))),
                      Text(one_line(s.title, 200)), Text(one_line(", ".join(s.outlets) or "—", 200)))
    console.print(table)
    count = f"{len(stories)} " + ("story" if len(stories) == 1 else "stories")
    console.print(Text(f"{count}; 'briefing story ID' shows one claim by claim", style="dim"))


def run_story(args) -> int:
    from ..stories.claims import align_story, find_story

    with library_from_args(args) as lib:
        story, articles, quotes = find_story(lib, args.id)
    view = align_story(story, articles, quotes)
    if args.json:
        print_json_line(view)
        return 0
    if args.markdown:
        from ..stories.markdown import story_markdown

        print(story_markdown(view), end="")
        return 0
    from .story_print import print_story

    print_story(view)
    return 0
