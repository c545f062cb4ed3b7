"""newscrawl: a crawler that turns The Week into clean, deduplicated article datasets."""

__version__ = "1.1"
