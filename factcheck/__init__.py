"""factcheck: cross-check the figures and quotes several news sources report about one event."""

__version__ = "0.1.0"
