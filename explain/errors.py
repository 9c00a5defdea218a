"""The one error type for input a page must explain to a student in their own language."""


class InputError(ValueError):
    """Input that cannot be used; `code` and `params` let the page say why in any language."""

    def __init__(self, code: str, message: str, **params):
        super().__init__(message)
        self.code = code
        self.params = params
