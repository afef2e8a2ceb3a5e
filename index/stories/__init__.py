"""Stories across outlets: group the articles that report one event, and read a story claim by claim."""

from __future__ import annotations

from .features import ArticleFeatures, library_features
from .grouping import assignments, group_stories
from .incremental import Grouping, library_grouping, stories_of
from .models import Claim, Story, StoryArticle, StoryClaims

__all__ = ["ArticleFeatures", "Claim", "Grouping", "Story", "StoryArticle", "StoryClaims", "assignments",
           "group_stories", "library_features", "library_grouping", "stories_of"]
