"""Imported by the parse forkserver only: build the spaCy pipeline once, so each child starts warm.

A failure here must not stop the forkserver (each child would then build it itself).
"""

try:
    from pipeline.nlp import load_nlp

    load_nlp()
except Exception:  # noqa: BLE001, S110 - warming up is an optimisation only
    pass
