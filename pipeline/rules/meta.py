"""Document metadata: month names, organiser verbs."""

from __future__ import annotations

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
ORGANIZER_VERBS = ("organized", "organised", "hosted", "convened")
