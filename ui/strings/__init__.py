"""The catalog, one module per page so a translator finds a page's text in one place (merged in ui.catalog)."""
