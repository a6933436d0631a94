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
    words = {"parkside": 1, "parks": 1, "ide": 1}
    assert glued_words("PARKSIDESTREET", words, set()) is None  # PARKSIDE STREET or PARKS IDE STREET
    assert glued_words("RIVERSIDESCHOOL", {"riverside": 1}, set()) == ["RIVERSIDE", "SCHOOL"]
    assert glued_words("RIVERSIDESCHOOLS", {"riverside": 1}, set()) == ["RIVERSIDE", "SCHOOLS"]
    assert glued_words("RIVERSIDESCHOOLX", {"riverside": 1}, set()) is None  # X is no word
    # a compound of the document's words that names no body, building or address stays whole
    assert glued_words("HEADMASTER", {"head": 1, "master": 1}, set()) is None
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
