"""Capitals OCR ran together, split into words (pipeline/pdf/glued.py)."""

from pipeline.pdf.extract import Layout, Line
from pipeline.pdf.glued import glued_words, split_glued_capitals


def _line(text, top, page=1):
    return Line(text=text, page=page, x0=100.0, x1=100.0 + 5 * len(text), top=top, bottom=top + 10, size=10.0,
                bold=False, italic=False)


def test_a_letterhead_run_together_is_split_into_the_documents_words_and_its_nouns():
    lines = [_line("SPECIAL MEETING OF THE BOARDOFEDUCATION", 40), _line("SANDIEGOUNIFIED", 52),
             _line("AUDITORIUM, EUGENEBRUCKEREDUCATIONCENTER", 64), _line("4100 NORMALSTREET", 76),
             _line("The Board met in San Diego; the SUPERINTENDENT and the Workshop reported. OVERVIEW", 100),
             _line("WORKSHOP BOARDOFEDUCATION", 120, page=2)]
    layout = split_glued_capitals(Layout(lines=lines, page_count=2), [1])
    assert [line.text for line in layout.lines] == [
        "SPECIAL MEETING OF THE BOARD OF EDUCATION", "SAN DIEGO UNIFIED",
        "AUDITORIUM, EUGENEBRUCKER EDUCATION CENTER", "4100 NORMAL STREET",
        "The Board met in San Diego; the SUPERINTENDENT and the Workshop reported. OVERVIEW",
        "WORKSHOP BOARDOFEDUCATION"]  # a page read from its text layer: as it is


def test_no_split_unless_it_is_the_only_one_and_uses_every_letter():
    assert glued_words("HOMESTEAD", {"home": 1, "stead": 1, "homes": 1, "tead": 1}, set()) is None  # two splits
    assert glued_words("FORTREST", {"for": 1, "trest": 1}, set()) is None  # FOR opens no split
    words = {"fort": 1, "rest": 1, "for": 1, "st": 1}
    assert glued_words("FORTREST", words, set()) == ["FORT", "REST"]
    assert glued_words("FORTRESS", words, set()) is None  # SS is no word
    # a function word only between two others; a word written in small letters stays whole
    assert glued_words("OFBOARDS", {"boards": 1}, set()) is None
    assert glued_words("TOWNHALLS", {"town": 1, "halls": 1}, {"townhalls"}) is None
    # a letterhead's nouns are cut from a name before them only if the name is long enough
    assert glued_words("HIGHSCHOOL", {}, set()) is None
    # the pieces of a word broken at a line's end or joined by a hyphen are no words
    lines = [_line("OFFICE OF THE SUPERINTENDENT", 40), _line("The Superinten-", 52), _line("dent's report.", 64),
             _line("A self-study", 76)]
    layout = split_glued_capitals(Layout(lines=lines + [_line("SELFSTUDY GROUPS", 88)], page_count=1), [1])
    assert [line.text for line in layout.lines][0::4] == ["OFFICE OF THE SUPERINTENDENT", "SELFSTUDY GROUPS"]
    assert glued_words("RIVERTONSCHOOLDISTRICT", {}, set()) == ["RIVERTON", "SCHOOL", "DISTRICT"]
