"""Which Tesseract languages a page is read in (the plan kept for one document)."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.ocr.words import OcrWord
from pipeline.rules import LANGUAGE_COMMON_WORDS, LANGUAGE_SCRIPTS, OSD_SCRIPTS

# A page is read again in another configured language of its script when that language has at
# least LANGUAGE_MIN_HITS of its common words on the page, LANGUAGE_MARGIN times those of the first.
LANGUAGE_MIN_HITS = 8
LANGUAGE_MARGIN = 2.0
# Where several languages of the first script are installed, the document's language is told from
# the strip of LANGUAGE_STRIP_SHARE of its first page's height that holds the most ink (some five
# lines), read at LANGUAGE_STRIP_DPI (common words read as well there; half the pixels of 300 dpi):
# LANGUAGE_STRIP_MIN_HITS common words of another language there are enough.
LANGUAGE_STRIP_SHARE = 0.08
LANGUAGE_STRIP_DPI = 150
LANGUAGE_STRIP_MIN_HITS = 4


@dataclass
class LanguagePlan:
    """Which languages to read a page in: the first configured one, or the one this document's pages
    were found to be in (`found`); those of another script where a page shows that script."""

    languages: list[str]
    found: str | None = None

    def first(self) -> str:
        return self.found or self.languages[0]

    def to_choose(self) -> bool:
        """Whether the first script has several languages here, so a page's language must be told."""
        script = LANGUAGE_SCRIPTS.get(self.languages[0])
        return self.found is None and sum(LANGUAGE_SCRIPTS.get(code) == script for code in self.languages) > 1

    def for_script(self, script: str) -> str | None:
        """The languages to read a page of `script` (OSD's name: "Latin", "Khmer") in: in the first
        language's script, the document's language (another of that script is told by its words);
        in another script, its configured languages with the first language after them (documents
        mix in English). None when no configured language is written in it."""
        codes = [code for code in self.languages if LANGUAGE_SCRIPTS.get(code) == OSD_SCRIPTS.get(script)]
        if not codes:
            return None
        if LANGUAGE_SCRIPTS.get(self.languages[0]) == OSD_SCRIPTS.get(script):
            return self.first()  # all the script's languages at once read no better, and cost several times more
        return "+".join([*codes, self.languages[0]])

    def other_language(self, words: list[OcrWord], languages: str, min_hits: int = LANGUAGE_MIN_HITS) -> str | None:
        """Another configured language of the same script whose common words the page is made of."""
        if "+" in languages:
            return None  # read in a script's languages together already
        script = LANGUAGE_SCRIPTS.get(languages)
        tokens = [word.text.lower().strip(".,;:()\"'") for word in words]
        hits = {code: sum(token in LANGUAGE_COMMON_WORDS.get(code, ()) for token in tokens)
                for code in self.languages if LANGUAGE_SCRIPTS.get(code) == script}
        best = max(hits, key=lambda code: hits[code], default=languages)
        if best != languages and hits[best] >= min_hits and hits[best] >= LANGUAGE_MARGIN * hits.get(languages, 0):
            return best
        return None
