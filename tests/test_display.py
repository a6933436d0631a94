"""pipeline.display: text shown on a terminal has its control characters escaped."""

from __future__ import annotations

from pipeline.display import shown


def test_shown_escapes_controls_and_bidi_overrides_only() -> None:
    assert shown("a\x1b[2Jb\nc\rd\u202ee\u2067f") == "a\\x1b[2Jb\\nc\\rd\\u202ee\\u2067f"
    assert shown("Phnom Penh – ស្វាគមន៍ «ok» ü") == "Phnom Penh – ស្វាគមន៍ «ok» ü"
