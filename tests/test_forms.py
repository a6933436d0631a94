"""Minutes kept on a form (structure/forms.py): vote grid at the left, agenda column, action column,
the form's head printed on every page. Layouts are built line by line, as OCR gives them back."""

from pipeline.pdf.extract import FormGrid, GridColumn, Layout, Line
from pipeline.structure import build_structure
from pipeline.structure.forms import read_form


def _line(text, top, *, x=140.0, x1=None, size=10.0, bold=False, page=1):
    return Line(text=text, page=page, x0=x, x1=x1 if x1 is not None else x + len(text) * size * 0.5, top=top,
                bottom=top + size, size=size, bold=bold, italic=False)


def _head(page):
    """The form's head as OCR reads it: the page number beside the second line, on every page."""
    return [
        _line("MINUTES", 30, x=290, page=page),
        _line(f"SPECIAL PUBLIC MEETING OF THE TOWN BOARD {page + 40}", 42, x=170, x1=540, page=page),
        _line("RIVERTON SCHOOL DISTRICT", 54, x=220, page=page),
        _line("AUDITORIUM, CIVIC CENTER", 66, x=230, page=page),
        _line("12 MAIN STREET", 78, x=260, page=page),
        _line("RIVERTON, OH 44101", 90, x=262, page=page),
        # the date line read in two pieces, the right one first
        _line("2001 7:00 p.m.", 100, x=230, x1=540, page=page), _line("March 3,", 100, x=147, page=page),
        _line("AGENDA ITEM", 116, x=260, page=page),
        _line("ACTION AUTHORIZED", 112, x=480, page=page),
        _line("BY BOARD", 124, x=480, page=page),
    ]


def _form():
    page1 = _head(1) + [
        _line("*Present", 140, x=30), _line("XXXXX", 140, x=75, x1=125),  # a footnote mark before the label
        _line("I. OPEN SESSION", 180, bold=True),
        _line("II. BUDGET", 240, bold=True),
        _line("Adoption of the budget for the year.", 264),
        # the grid's labels; OCR runs "Motion" and "Second" into the action column's lines
        _line("Motion Adopt the budget as", 240, x=30, x1=585),
        _line("Second presented. Approve.", 252, x=30, x1=580),
        _line("Ayes", 264, x=30), _line("Nays", 276, x=30), _line("Abstain", 288, x=30),
        _line("X", 240, x=76, x1=80), _line("X", 252, x=100, x1=104),
        _line("xX", 264, x=75, x1=82), _line("XXX", 264, x=90, x1=122), _line("X", 276, x=112, x1=116),
        # the action column, read after the agenda column
        _line("President Smith called the", 180, x=480), _line("meeting to order.", 192, x=480),
    ]
    page2 = _head(2) + [
        _line("III. ADJOURNMENT", 140, bold=True, page=2),
        _line("President Smith adjourned", 140, x=480, page=2),
        _line("the meeting at 9:00 p.m.", 152, x=480, page=2),
    ]
    return page1 + page2


def test_a_form_reads_its_letterhead_once_its_agenda_beside_its_actions_and_its_grid_as_votes():
    lines = _form()
    structure = build_structure(Layout(lines=lines, page_count=2))
    assert structure.title == "MINUTES: SPECIAL PUBLIC MEETING OF THE TOWN BOARD: RIVERTON SCHOOL DISTRICT"
    assert structure.place == "AUDITORIUM, CIVIC CENTER, 12 MAIN STREET, RIVERTON, OH 44101"
    assert "March 3, 2001 7:00 p.m." in [block.text for block in structure.front]
    # page 2's head, the column heads, the grid's labels and marks head no section
    assert [s.heading for s in structure.sections] == ["I. OPEN SESSION", "II. BUDGET", "III. ADJOURNMENT"]
    opening, budget, adjournment = (s.body for s in structure.sections)
    assert "President Smith called the meeting to order." in opening
    assert "Adopt the budget as presented. Approve." in budget
    assert not any(word in budget.split() for word in ("Motion", "Second", "Ayes", "Nays", "Abstain", "X"))
    assert "President Smith adjourned the meeting at 9:00 p.m." in adjournment
    # "xX" is one mark read twice in one narrow column: four members for, one against
    [vote] = structure.grid_votes
    assert (vote.page, vote.counts) == (1, {"for": 4, "against": 1, "abstain": 0})
    assert len(vote.marks["mover"]) == len(vote.marks["seconder"]) == 1
    assert vote.marks["mover"][0] < vote.marks["seconder"][0]  # moved by the first column's member


def test_a_blank_grid_counts_nothing():
    lines = [line for line in _form() if not set(line.text) <= set("xX")]
    [vote] = read_form(lines).votes
    assert vote.counts == {} and vote.marks == {}


def test_minutes_with_a_present_line_and_no_grid_are_no_form():
    """ "Present:" at the text's margin and an "Agenda item" heading: running minutes, left alone."""
    lines = [
        _line("Parish Council Minutes", 40, x=72), _line("Agenda item", 70, x=72),
        _line("Present: A. Jones, B. Smith", 100, x=72), _line("1. Apologies", 130, x=72),
        _line("X", 150, x=72), _line("Noted.", 170, x=400), _line("Agreed.", 190, x=400), _line("Done.", 210, x=400),
    ]
    reading = read_form(lines)
    assert reading.lines == lines and reading.votes == [] and reading.head == []


def test_a_vote_written_out_at_the_margin_is_no_grid():
    """ "Motion / Second / Ayes / Noes / Abstain" as lines of running minutes, at the text's margin."""
    lines = [_line("3. Budget", 100, x=72, bold=True), _line("Motion: Commissioner Lee", 120, x=72),
             _line("Second: Commissioner Roy", 132, x=72), _line("Ayes: Lee, Roy, Diaz", 144, x=72),
             _line("Noes: None", 156, x=72), _line("Abstain: None", 168, x=72),
             _line("The budget was adopted as presented by the treasurer.", 190, x=72)]
    reading = read_form(lines)
    assert reading.lines == lines and reading.votes == []


# -- the grid as read on the page image (pipeline/ocr/grid.py) ---------------------------------------

NAMES = ("BRAUN", "DE BECK", "LOPEZ", "OTTINGER", "ZIMMERMAN")


def _image_grid(marks=None, names=NAMES, rows=True):
    """Page 1's grid as the image shows it: five columns 10 pt wide from x=73 (the text's marks stand
    in the first, Motion, and the third, Second), its labels a point lower than the text layer has them."""
    marks = marks or {}
    columns = tuple(GridColumn(73 + 12 * i, 83 + 12 * i, name, tuple(marks.get(i, ()))) for i, name in enumerate(names))
    labels = tuple((246.0 + 12 * r, label) for r, label in enumerate(("Motion", "Second", "Ayes", "Nays", "Abstain")))
    return {1: FormGrid(columns, labels if rows else ())}


def test_the_columns_the_motion_and_second_rows_mark_name_the_mover_and_seconder():
    [vote] = read_form(_form(), _image_grid()).votes
    assert (vote.mover, vote.seconder) == ("BRAUN", "LOPEZ")
    [vote] = read_form(_form()).votes  # no names read: no one named
    assert (vote.mover, vote.seconder) == (None, None)


def test_a_mark_ocr_missed_is_found_on_the_image_by_the_rows_labels_there():
    """OCR read neither the Second row's label nor its mark: the image's "Second" row, under its
    "Motion" row, is marked in the second column."""
    lines = [line for line in _form() if not (line.text == "X" and line.top == 252)]
    lines = [line if not line.text.startswith("Second") else _line("presented. Approve.", 252, x=480) for line in lines]
    [vote] = read_form(lines, _image_grid({0: (246.5,), 1: (258.5,)})).votes
    assert (vote.mover, vote.seconder) == ("BRAUN", "DE BECK")
    # no guess: two columns marked in the row, a name not read, no labels read on the image
    assert read_form(lines, _image_grid({0: (246.5,), 1: (258.5,), 2: (258.0,)})).votes[0].seconder is None
    unread = ("BRAUN", "", "LOPEZ", "OTTINGER", "ZIMMERMAN")
    assert read_form(lines, _image_grid({0: (246.5,), 1: (258.5,)}, unread)).votes[0].seconder is None
    assert read_form(lines, _image_grid({0: (246.5,), 1: (258.5,)}, rows=False)).votes[0].seconder is None


# The image's marks of page 1's vote (the text's Ayes row left unread): Braun moved, Lopez seconded,
# four for, Ottinger against, a point lower than the text layer has them.
VOTED = {0: (246.5, 270.5), 1: (270.5,), 2: (258.5, 270.5), 3: (282.5,), 4: (270.5,)}


def _moved(marks, shift=0.0, widths=(10.0,) * 5, labels=True, typed=0.0):
    """`_image_grid` with the image `shift` points lower, columns of these widths, and the marks
    `typed` points lower than the labels."""
    columns = tuple(GridColumn(73 + 12 * i, 73 + 12 * i + width, "", tuple(y + shift + typed for y in marks.get(i, ())))
                    for i, width in enumerate(widths))
    rows = ((246.0 + shift, "Motion"), (258.0 + shift, "Second")) if labels else ()
    return {1: FormGrid(columns, rows)}


def _ayes_unread(lines):
    return [line for line in lines if not (line.top == 264 and set(line.text) <= set("xX"))]


def test_the_counts_ocr_missed_are_the_marks_in_the_rows_on_the_image():
    lines = _ayes_unread(_form())
    assert read_form(lines).votes[0].counts == {}  # OCR read no X in the Ayes row: no count
    assert read_form(lines, _moved(VOTED)).votes[0].counts == {"for": 4, "against": 1, "abstain": 0}
    # the rows stand where the image's own Motion label does, though the text layer is 4 points off
    assert read_form(lines, _moved(VOTED, shift=4.0)).votes[0].counts == {"for": 4, "against": 1, "abstain": 0}
    # OCR missed the Second row's label: the image's label under its Motion label tells the row
    unlabelled = [line if not line.text.startswith("Second") else _line("presented. Approve.", 252, x=480)
                  for line in lines]
    assert read_form(unlabelled, _moved(VOTED)).votes[0].counts == {"for": 4, "against": 1, "abstain": 0}
    # and with no label read on the image either, a mark in that row is in a row no one can name
    assert read_form(unlabelled, _moved(VOTED, labels=False)).votes[0].counts == {}
    # the X's typed 5 points under their rows' labels all through the vote: the marks OCR read on
    # the rows' lines (Motion, Second, Nays) tell how far; with none read, no row is sure
    assert read_form(lines, _moved(VOTED, typed=5.0)).votes[0].counts == {"for": 4, "against": 1, "abstain": 0}
    unmarked = [line for line in lines if not set(line.text) <= set("xX")]
    assert read_form(unmarked, _moved(VOTED)).votes[0].counts == {"for": 4, "against": 1, "abstain": 0}
    assert read_form(unmarked, _moved(VOTED, typed=5.0)).votes[0].counts == {}


def test_no_count_from_the_image_where_its_rows_are_not_known_with_confidence():
    lines = _ayes_unread(_form())
    counted = lambda marks, **kw: read_form(lines, _moved(marks, **kw)).votes[0].counts  # noqa: E731
    assert counted({**VOTED, 3: (276.5,)}) == {}  # a mark between the Ayes and Nays rows
    assert counted({**VOTED, 3: (270.5, 282.5)}) == {}  # a member marked for and against
    assert counted({**VOTED, 3: ()}) == {}  # the X OCR read in the Nays row is not on the image
    assert counted({**VOTED, 2: (263.5, 275.5)}) == {}  # one column's marks typed lower than the others'
    assert counted({0: (246.5,), 2: (258.5,), 3: (282.5,)}) == {}  # no one marked for: marks missed
    assert counted(VOTED, widths=(10.0, 10.0, 22.0, 10.0, 10.0)) == {}  # a rule not seen: two members in one
    # a row whose label neither OCR nor the image read, marked
    no_nays = [line for line in lines if line.text != "Nays"]
    assert read_form(no_nays, _moved({**VOTED, 3: (282.5,)})).votes[0].counts == {}


# -- what the grid and the signature block record (annotate/grid.py) --------------------------------

from pipeline.annotate import annotate  # noqa: E402
from pipeline.structure.forms import signatories  # noqa: E402


def _signature_block(page=2):
    """Two columns of signatures; OCR runs some lines of the two columns together."""
    return [
        _line("Respectfully submitted,", 600, x=80, page=page),
        _line("MARY ANN KOWALSKI", 630, x=380, page=page),
        _line("PETER O'NEILL Superintendent of Schools", 642, x=80, x1=520, page=page),
        _line("General Counsel", 654, x=80, page=page),
        _line("Approved:", 670, x=380, page=page),
        _line("2001-02 Series No. 7", 680, x=80, page=page),
        _line("Susan Reyes", 690, x=80, page=page),
        _line("Board Clerk JOHN SMITH", 702, x=80, x1=430, page=page),
        _line("President of Board", 714, x=380, page=page),
    ]


def test_a_signature_block_names_each_signatory_over_a_post():
    assert sorted(signatories(_signature_block())) == [
        ("JOHN SMITH", "President of Board"), ("MARY ANN KOWALSKI", "Superintendent of Schools"),
        ("PETER O'NEILL", "General Counsel"), ("Susan Reyes", "Board Clerk")]


def test_a_mark_a_signature_leaves_between_a_name_and_its_post_is_no_part_of_the_column():
    block = _signature_block() + [_line("(", 708, x=560, page=2)]  # a stroke of John Smith's signature
    assert ("JOHN SMITH", "President of Board") in signatories(block)


def test_a_forms_grid_votes_are_motions_and_its_signatories_people():
    lines = _form() + [_line("Member Peter O'Neill reported on the budget.", 170, page=2)] + _signature_block()
    structure = build_structure(Layout(lines=lines, page_count=2))
    # the signature block heads no section
    assert [s.heading for s in structure.sections] == ["I. OPEN SESSION", "II. BUDGET", "III. ADJOURNMENT"]
    annotations = annotate(structure)
    [motion] = annotations.motions
    assert motion.text == "Adopt the budget as presented. Approve."
    assert (motion.outcome, motion.votes_for, motion.votes_against, motion.votes_abstain) == ("carried", 4, 1, 0)
    assert motion.section_no == 2
    people = {p.name: p.role for p in annotations.speakers}
    # a name signed in capitals is written as the text writes it; a post under each name
    assert people["Peter O'Neill"] == "General Counsel"
    assert people["Mary Ann Kowalski"] == "Superintendent of Schools"
    assert people["Susan Reyes"] == "Board Clerk"
    assert people["John Smith"] == "President of Board"


def test_the_grids_mover_and_seconder_are_people_named_as_the_text_writes_them():
    lines = _form() + [_line("Member DeBeck and member Ottinger reported.", 170, page=2)]
    grids = _image_grid(names=("DEBECK", "BRAUN", "OTTINGER", "ZIMMERMAN", "LOPEZ"))
    annotations = annotate(build_structure(Layout(lines=lines, page_count=2, grids=grids)))
    [motion] = annotations.motions
    assert (motion.moved_by, motion.seconded_by) == ("DeBeck", "Ottinger")
    assert {"DeBeck", "Ottinger"} <= {p.name for p in annotations.speakers}
    assert "Braun" not in {p.name for p in annotations.speakers}  # a member who moved nothing is not named
    # a name the text does not write: its capitals as a name, a line left blank as a space
    grids = _image_grid(names=("DE BECK", "BRAUN", "OTTINGER", "ZIMMERMAN", "LOPEZ"))
    [motion] = annotate(build_structure(Layout(lines=_form(), page_count=2, grids=grids))).motions
    assert (motion.moved_by, motion.seconded_by) == ("De Beck", "Ottinger")


def test_the_action_columns_mover_form_names_the_mover_even_after_ocr_noise():
    lines = [line for line in _form() if not line.text.startswith(("Motion", "Second presented"))] + [
        _line("Motion", 240, x=30), _line("Second", 252, x=30),
        _line("Motion b 5 otion by member Garcia to", 240, x=480), _line("approve the budget.", 252, x=480)]
    [motion] = annotate(build_structure(Layout(lines=lines, page_count=2))).motions
    assert (motion.moved_by, motion.text) == ("Garcia", "to approve the budget.")
    assert motion.outcome == "carried"


def _bare_action(agenda):
    """The form with its budget vote's action a bare verb and an exhibit, beside `agenda` lines."""
    lines = [line for line in _form() if not line.text.startswith(("Motion", "Second presented", "II. BUDGET",
                                                                  "Adoption of the budget"))]
    return lines + agenda + [
        _line("Motion", 240, x=30), _line("Second", 252, x=30),
        _line("Adopt. See EXHIBIT C", 240, x=480), _line("which is made a part of", 252, x=480),
        _line("these minutes.", 264, x=480)]


def test_a_bare_verb_in_the_action_column_adopts_the_agenda_item_beside_the_vote():
    # the item's number OCR read apart from its text, a little lower
    lines = _bare_action([_line("II. BUDGET", 216, bold=True), _line("k.", 241),
                          _line("Adoption of the Budget for", 240, x=166), _line("the Year 2001-02.", 252, x=166)])
    structure = build_structure(Layout(lines=lines, page_count=2))
    assert structure.grid_votes[0].item == "Adoption of the Budget for the Year 2001-02."
    [motion] = annotate(structure).motions
    assert (motion.text, motion.outcome) == ("Adoption of the Budget for the Year 2001-02. Adopt.", "carried")
    assert "See EXHIBIT C" in structure.sections[-2].body  # the rest of the action stays in the text


def test_a_bare_verb_beside_a_remark_is_left_as_written():
    lines = _bare_action([_line("II. BUDGET", 216, bold=True),
                          _line("Member Lee asked for a delay of the vote.", 240)])
    [motion] = annotate(build_structure(Layout(lines=lines, page_count=2))).motions
    assert motion.text == "Adopt. See EXHIBIT C which is made a part of these minutes."


def test_a_line_beside_the_line_before_at_its_height_starts_a_block():
    """The agenda column's line, the action column's beside it, then the agenda column's next line
    (higher up than the action column's last): three paragraphs."""
    from pipeline.structure.blocks import build_blocks
    blocks = build_blocks([_line("Resolution in support of school health.", 363, x=157, x1=440),
                           _line("Approve and adopt the", 364, x=480, x1=575),
                           _line("minutes as presented", 376, x=480, x1=584),
                           _line("at the meeting of", 388, x=480, x1=584),
                           _line("June 6, 2000.", 400, x=480, x1=584),
                           _line("the agenda column goes on", 385, x=157, x1=420)])
    assert [b.text for b in blocks] == ["Resolution in support of school health.",
                                        "Approve and adopt the minutes as presented at the meeting of June 6, 2000.",
                                        "the agenda column goes on"]


def test_a_forms_numbered_items_head_sections_however_worded_but_not_what_a_person_did_there():
    page2 = [
        _line("A. SUPERINTENDENT'S SPECIAL REPORT", 140, bold=True, page=2),
        _line("1. Recognition of student academic and athletic", 160, page=2),
        _line("See EXHIBIT A1 which is", 160, x=480, page=2),
        _line("made a part of these minutes.", 172, x=480, page=2),
        _line("achievements.", 172, x=164, page=2),
        _line("(Time certain: 5:00 p.m.)", 184, x=164, bold=True, page=2),  # an aside alone: no heading
        _line("B. PUBLIC HEARINGS ON NEW MATTERS", 200, bold=True, page=2),
        _line("1. Carol Stewart addressed the Board in public hearing regarding the", 220, page=2),
        _line("placement of her child at Hearst Elementary School.", 232, x=164, page=2),
        _line("III. ADJOURNMENT", 260, bold=True, page=2),
    ]
    lines = [line for line in _form() if line.page == 1] + _head(2) + page2
    headings = [section.heading for section in build_structure(Layout(lines=lines, page_count=2)).sections]
    assert headings == ["I. OPEN SESSION", "II. BUDGET", "A. SUPERINTENDENT'S SPECIAL REPORT",
                        "1. Recognition of student academic and athletic achievements.",
                        "B. PUBLIC HEARINGS ON NEW MATTERS", "III. ADJOURNMENT"]


def test_a_bid_item_whose_letter_ocr_lost_is_named_by_its_first_sentence_and_adopted_by_the_bare_verb():
    # "a. Bid No. ..." read as ". Bid No. ...": OCR kept the full stop of the letter it lost
    lines = _bare_action([_line("II. BUDGET", 216, bold=True),
                          _line(". Bid No. 12-108, Purchase of Dual Purpose Bond Paper.", 240),
                          _line("Apparent low bidders are Paper Mill Inc. and Office Supply.", 252, x=150),
                          _line("Payment by purchase order.", 264, x=150)])
    structure = build_structure(Layout(lines=lines, page_count=2))
    assert "Bid No. 12-108, Purchase of Dual Purpose Bond Paper." in [s.heading for s in structure.sections]
    [motion] = annotate(structure).motions
    assert motion.text == "Bid No. 12-108, Purchase of Dual Purpose Bond Paper. Adopt."


def test_an_item_the_grid_records_a_vote_beside_heads_a_section_however_long():
    words = ("Ratify purchase orders in excess of $59,600 for materials, supplies, and services, or in excess of "
             "$15,000 for work to be done, February 26 through March 11, under contracts previously approved by "
             "the Board of Education.")
    tokens = words.split()
    rows = [" ".join(tokens[at:at + 10]) for at in range(0, len(tokens), 10)]
    agenda = [_line("II. BUDGET", 216, bold=True), _line(f"2. {rows[0]}", 240)]
    agenda += [_line(row, 252 + 12 * n, x=164) for n, row in enumerate(rows[1:])]
    structure = build_structure(Layout(lines=_bare_action(agenda), page_count=2))
    assert f"2. {words}" in [s.heading for s in structure.sections]
    # the same paragraph with no vote beside it (no Motion row) is text
    unvoted = [line for line in _bare_action(agenda) if line.text not in ("Motion", "Second")]
    structure = build_structure(Layout(lines=unvoted, page_count=2))
    assert f"2. {words}" not in [s.heading for s in structure.sections]
