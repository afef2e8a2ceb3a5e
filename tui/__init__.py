"""Briefing's Textual app (front end over ``briefing.index``)."""
