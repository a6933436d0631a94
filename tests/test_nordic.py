"""Minutes in Swedish, Danish and Norwegian, built here: dates, organisers, attendance labels, posts
and decisions are read as in the other languages (issue 18: associations and boards of the Nordic
countries publish their minutes, "protokoll" and "referat")."""

import datetime as dt

import pytest

from pipeline.annotate.dates import parse_date
from tests.test_languages import build, people
from tests.test_motions import motions_of


@pytest.mark.parametrize(("text", "date"), [
    ("13 maj 2023", dt.date(2023, 5, 13)),
    ("den 4. marts 2021", dt.date(2021, 3, 4)),
    ("4 mars 2021", dt.date(2021, 3, 4)),
    ("17. mai 2022", dt.date(2022, 5, 17)),
    ("2 augusti 2020", dt.date(2020, 8, 2)),
    ("10. desember 2019", dt.date(2019, 12, 10)),
])
def test_nordic_dates(text, date) -> None:
    assert parse_date(text) == date


@pytest.mark.parametrize(("texts", "text", "outcome"), [
    (["Mötet beslutar att föreningen skall bildas."], "Mötet beslutar att föreningen skall bildas", "carried"),
    (["Det blev besluttet at hæve kontingentet til 300 kr."], "Det blev besluttet at hæve kontingentet til 300 kr",
     "carried"),
    (["Styret vedtok å kjøpe en ny båt."], "Styret vedtok å kjøpe en ny båt", "carried"),
    (["Budsjettet for 2024 ble vedtatt."], "Budsjettet for 2024 ble vedtatt", "carried"),
    (["Regnskabet for 2022 blev enstemmigt vedtaget af forsamlingen."],
     "Regnskabet for 2022 blev enstemmigt vedtaget af forsamlingen", "carried"),
    (["Årsmötet godkänner verksamhetsberättelsen för 2022."], "verksamhetsberättelsen för 2022", "carried"),
    # (regressions, a Swedish homeowners' association, rs9)
    (["Stämman beslutar om ansvarsfrihet för styrelsen."], "ansvarsfrihet för styrelsen", "carried"),
    (["Dagordningen för stämman godkännes."], "Dagordningen för stämman godkännes", "carried"),
    (["Styrelsen yrkar att vi fortsätter att arrangera containrar 2 gånger årligen. Stämman beslutar enligt "
      "yrkandet i framställan."], "Styrelsen yrkar att vi fortsätter att arrangera containrar", "carried"),
])
def test_nordic_decisions(texts, text, outcome) -> None:
    found = motions_of(("§ 5 Ärenden", texts))
    assert len(found) == 1 and text in found[0].text and found[0].outcome == outcome


def test_a_short_nordic_result_settles_the_proposal_before_it() -> None:
    found = motions_of(("Sak 3/23 Vedtekter", ["Forslag om nye vedtekter for foreningen.", "Vedtatt."]))
    assert len(found) == 1 and "nye vedtekter" in found[0].text and found[0].outcome == "carried"


def test_swedish_protocol_organiser_date_chair_paragraph_headings_and_decisions(tmp_path) -> None:
    doc = build(tmp_path, "sv", [
        ("Protokoll fört vid bildandet av Norrbygdens Båtklubb, 13 maj 2023", "bold", 13), "",
        "Närvarande: Anna Lindqvist, Erik Sundberg, Maria Holm",
        "Ordförande: Anna Lindqvist", "",
        ("§ 1 Mötets öppnande", "bold", 11),
        "Ordföranden öppnade mötet och hälsade alla välkomna.",
        ("§ 2 Stadgar", "bold", 11),
        "Mötet beslutar att anta stadgarna enligt förslaget.",
        ("§ 3 Budget", "bold", 11),
        "Budgeten fastställs.",
    ])
    assert (doc.meta.meeting_date, doc.meta.organizer) == (dt.date(2023, 5, 13), "Norrbygdens Båtklubb")
    assert [s.heading for s in doc.sections] == ["§ 1 Mötets öppnande", "§ 2 Stadgar", "§ 3 Budget"]
    assert people(doc)["Anna Lindqvist"].role == "Ordförande"
    assert [(m.text, m.outcome) for m in doc.motions] == [
        ("Mötet beslutar att anta stadgarna enligt förslaget", "carried"), ("Budgeten fastställs", "carried")]


def test_danish_and_norwegian_minutes_organiser_date_chair_and_decisions(tmp_path) -> None:
    danish = build(tmp_path, "da", [
        ("Referat fra bestyrelsesmøde i Grundejerforeningen Solbakken", "bold", 13), "den 4. marts 2021", "",
        "Til stede: Lars Jensen (formand), Mette Nielsen (kasserer), Søren Holm", "",
        ("1. Regnskab", "bold", 11), "Mette Nielsen gennemgik regnskabet. Regnskabet blev enstemmigt vedtaget."])
    assert (danish.meta.meeting_date, danish.meta.organizer) == (dt.date(2021, 3, 4), "Grundejerforeningen Solbakken")
    assert people(danish)["Lars Jensen"].role == "formand"
    assert [m.outcome for m in danish.motions] == ["carried"] and "vedtaget" in danish.motions[0].text
    norwegian = build(tmp_path, "no", [
        ("Protokoll fra årsmøte i Bergen Sjakklubb", "bold", 13), "Dato: 17. mai 2022", "",
        "Deltakere: Ola Nordmann (leder), Kari Hansen (nestleder), Per Olsen", "",
        ("Sak 1/22 Godkjenning av innkalling", "bold", 11), "Innkallingen ble godkjent."])
    assert (norwegian.meta.meeting_date, norwegian.meta.organizer) == (dt.date(2022, 5, 17), "Bergen Sjakklubb")
    assert people(norwegian)["Ola Nordmann"].role == "leder"
    assert [s.heading for s in norwegian.sections] == ["Sak 1/22 Godkjenning av innkalling"]
    assert [m.outcome for m in norwegian.motions] == ["carried"]


def test_nordic_results_unanimous_defeated_and_tallies() -> None:
    found = motions_of(("3. Regnskab", ["Kassereren fremlagde regnskabet.", "Regnskabet blev enstemmigt godkendt."]))
    assert [(m.text, m.outcome) for m in found] == [("Regnskabet blev enstemmigt godkendt", "carried")]
    found = motions_of(("9. Forslag", ["Forslag om at ændre vedtægterne.", "5 stemte for, 4 stemte imod.",
                                       "Forslaget forkastet."]))
    assert [(m.outcome, m.votes_for, m.votes_against) for m in found] == [("defeated", 5, 4)]
    found = motions_of(("§ 7 Motioner", ["Motionen om ny båt antogs med 12 ja-röster och 3 emot."]))
    assert [(m.text, m.votes_for, m.votes_against) for m in found] == [("Motionen om ny båt antogs", 12, 3)]


def test_swedish_speech_verbs_and_the_signatories_under_their_posts(tmp_path) -> None:
    """"Annie föreslår att ...", "Olav yrkar på ...": they speak; "Revisorn yrkar ..." is the auditor's post, no name.
    The posts set side by side over the signatories' names are no heading, and give each name its post."""
    from tests.test_languages import headings

    doc = build(tmp_path, "hostmote", [
        ("LiTHe kod höstmöte 2020", "bold", 16), "2020-11-24", "",
        ("Fastställande av röstlängden", "bold", 11),
        "Annie föreslår att röstlängden korrigeras inför varje behandlad punkt. Inga motsättningar.", "",
        ("Revisorns granskning", "bold", 11),
        "Revisorn yrkar på ett av två följande alternativ. Olav Övrebö yrkar på ett bordläggande.", "",
        ("Övriga frågor", "bold", 11), "Inga övriga frågor. Mötet avslutas 17:55.", "",
        ("Mötesordförande                Mötessekreterare", "bold", 11), "Edvard Thörnros              Gustav Sörnäs",
        "", ("Justeringsperson              Justeringsperson", "bold", 11),
        "Annie Wång                    Erik Mattfolk",
    ])
    assert headings(doc) == ["Fastställande av röstlängden", "Revisorns granskning", "Övriga frågor"]
    found = people(doc)
    assert "Revisorn" not in found and "Olav Övrebö" in found
    assert found["Annie Wång"].role == "Justeringsperson"
    assert [(m.text, m.outcome) for m in doc.motions] == [
        ("Annie föreslår att röstlängden korrigeras inför varje behandlad punkt", "carried")]
