"""Text from files and PDFs made safe to show a person: the one helper every human-facing output uses.

A file name or a PDF's text can hold ESC sequences (which recolour, move the cursor or retitle
a terminal), carriage returns and newlines (which forge log or summary lines) and bidi overrides
(which show text in another order than it is). `shown` replaces each with a visible escape
(`\\x1b`, `\\n`, `\\u202e`); the stored text keeps them as they are.
"""

from __future__ import annotations

import re

# C0 controls and DEL, C1 controls, and the Unicode bidirectional formatting characters
# (marks, embeddings, overrides, isolates) that can reorder what a reader sees.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f{BIDI_CONTROLS}]")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char in "\n\r\t":
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}[char]
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def shown(text: object) -> str:
    """`text` (str() of it) with control characters and bidi overrides as visible escapes, on one line."""
    return _UNSAFE.sub(_escape, str(text))
