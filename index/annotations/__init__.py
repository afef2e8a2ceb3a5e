"""The user's selections, notes, tags, stars, speaker merges and article marks, kept safe per corpus."""

from .store import AnnotationStore, fingerprint

__all__ = ["AnnotationStore", "fingerprint"]
