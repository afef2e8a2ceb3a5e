"""Stories across outlets: group the articles that report one event, and read a story claim by claim."""

from __future__ import annotations

from .features import ArticleFeatures, library_features
from .grouping import assignments, group_stories
from .models import Claim, Story, StoryArticle, StoryClaims

__all__ = ["ArticleFeatures", "Claim", "Story", "StoryArticle", "StoryClaims", "assignments", "group_stories",
           "library_features"]
