"""Errors the pipeline raises on purpose, each with a reason a person can act on."""


class MinutesError(Exception):
    """Base of the pipeline's own errors."""


class UnreadablePDF(MinutesError):
    """The file cannot be turned into text; `reason` says why in plain words."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason
