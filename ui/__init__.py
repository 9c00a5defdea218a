"""Shared UI of First Look: shell (sidebar, language, URL state, projector mode), controls and charts."""
