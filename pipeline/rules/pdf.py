"""How a PDF page is read: bullets, page numbers, and which pages need OCR."""

from __future__ import annotations

# Arrows open an entry too: notes mark a result or a vote with one ("→ Abstimmung: ...", "⇒ beschlossen").
BULLET_GLYPHS = frozenset("•◦▪▫■□●○◆◇►▶➢➤✓✔-–—*·o§→⇒➔➜")
BULLET_FONTS = ("zapfdingbats", "symbol", "wingdings", "opensymbol", "dingbats")
PAGE_NUMBER_PATTERNS = (
    r"(page|p\.)?\s*\d{1,4}(\s*(of|/)\s*\d{1,4})?",
    r"[-–—]\s*\d{1,4}\s*[-–—]",
    r"[ivxlc]{1,6}",
)

# Characters OCR reads for a capital I in a roman numeral that opens a heading ("Il. CLOSED SESSION",
# "lV. REPORTS"): pipeline/pdf/textlayer.py mends them where the rest of the number is roman.
# A line ending in a hyphen before a lower-case word breaks that word ("nomine-" / "ringar": one word again), except
# before these, where the hyphen holds the first half of a compound whose second half follows ("Schützen-" / "und
# Bürgerverein", "pre-" / "and post-meeting") ...
SUSPENDED_HYPHEN_JOINERS = ("and", "or", "und", "oder", "bzw", "sowie", "et", "ou", "y", "o", "e", "oppure", "en", "of",
                            "och", "eller", "og", "samt", "ja", "tai", "i", "lub", "albo", "a", "nebo", "и", "или")
# ... and after these, the first halves of compounds written with their hyphen ("multi-" / "stakeholder work"), as
# after an abbreviation in capitals ("IT-" / "avdelningen").
HYPHEN_COMPOUND_PREFIXES = ("multi", "non", "co", "self", "pre", "post", "anti", "inter", "cross", "well", "ex",
                            "semi", "sub", "vice", "mid", "over", "under", "full", "part", "half", "long", "short",
                            "high", "low", "e", "x", "cyber", "micro", "macro", "mini", "socio", "after", "follow",
                            "check", "sign", "set", "start", "drop", "walk", "lock", "log", "year", "day", "end")
OCR_ROMAN_I_LOOKALIKES = "l1|"
# Characters real scans read for the I's of a roman heading number where no true numeral is left
# ("Til." for "III.", "L" for "I."): mended only where the roman headings before and after it leave
# that number and no other (pipeline/pdf/textlayer.py mend_roman_outline).
OCR_ROMAN_I_SHAPES = "Il1|LTtij!f"
# What OCR reads for the full stop after an item's letter ("Cz *Library Services Report", "Dz. *Financial
# Report"): a letter or mark run into the letter.
OCR_ITEM_STOP_SHAPES = "z2:;,"

# A table's rules that OCR reads into a cell's text: a word that is only such marks ("|", "¦", or
# short marks "_", "'" left of a rule) is dropped from the cell (structure/tables.py); these
# characters at a cell's ends are stripped when a cell's text is weighed (figures, names).
OCR_RULE_MARK_WORD = r"^(?:[|¦]+|[|¦_'‘’]{1,3})$"
OCR_RULE_MARKS = " |¦[]"

# -- text layer quality (pipeline/pdf/textlayer.py: which pages need OCR) --

# What a broken text layer is made of. Anywhere in a word: unmapped glyphs as pdfminer prints
# them, the replacement character, private-use code points (symbol fonts; Khmer whose shaping
# was lost). As whole words: glyph names (/G74/G97, g3, glyph12, uni0041; and as a font without a
# text encoding names them: /M/i/n/u/t/e/s/period, /C0041).
GARBAGE_CHARS_PATTERNS = (r"\(cid:\d+\)", r"[\ufffd\ufffe]", r"[\ue000-\uf8ff]")
GLYPH_NAME_PATTERN = (r"/?(?:[Gg]\d{1,5}|glyph\d{1,5}|uni[0-9A-Fa-f]{4,6}|cid\d{1,5}|index\d{1,5})"
                      r"|/(?:[A-Za-z]|[Cc]\d{2,5}|period|comma|hyphen|space|colon|semicolon|quoteright|quoteleft"
                      r"|quotedblleft|quotedblright|parenleft|parenright|slash|ampersand|zero|one|two|three|four"
                      r"|five|six|seven|eight|nine)")
# A page whose text has fewer letters than this, and images over this share of its area, is a scan
# (a scan is one picture of the whole page; photos in a report cover less, and are not read).
SCAN_MAX_TEXT_CHARS = 40
SCAN_MIN_IMAGE_SHARE = 0.6
# A scan whose text is all invisible (PDF text render mode 3) carries an OCR layer another program made (a
# scanner's "searchable PDF", OCRmyPDF): read again with OCR here, so every scan is read alike (its type sizes and
# bold restored, its doubtful words left out; a cheap scanner's layer read "FUNÜAC¡ÜN" and "2A24"). Where OCR
# cannot run, the layer is read as it is.
INVISIBLE_TEXT_RENDER_MODE = 3
OCR_LAYER_REDONE = "an OCR layer made by another program"
# A page with no text at all is a scan when one picture spans the page's width and covers this share of
# it: some scanners set the picture of a letter-size sheet on a larger page (a 599 x 1224 pt page, its scan
# 90% of its width and 54% of its area); photos laid out on a report's page span less of its width.
SCAN_MIN_IMAGE_SHARE_NO_TEXT = 0.3
SCAN_MIN_IMAGE_WIDTH_NO_TEXT = 0.8
# A page with no text but at least this many drawn curves holds its text as outlines (a word processor's
# "print as image", a design tool's export, a copier's "vector" scan: each letter a filled path); it is
# read with OCR like a scan. (A page of letters drawn so has a thousand or more; a drawing or a plan with
# no word on it, far fewer, and OCR finds little there.)
OUTLINE_TEXT_MIN_CURVES = 300
# Columns side by side (pipeline/pdf/columns.py): a gutter is a band down the page at least this
# many word heights wide that at most COLUMN_MAX_CROSSING_ROWS rows cross (a title over both columns),
# with at least COLUMN_MIN_OWN_ROWS rows on each side that have no words on the other (a form's
# labels all have their values beside them); a column whose lines are under COLUMN_SIDEBAR_SHARE of
# the other's width is a margin column, read after the text beside it. The columns may start below a head of
# up to COLUMN_MAX_HEAD_ROWS rows across the page (a letterhead and title over a sidebar of names and the text).
COLUMN_GUTTER_HEIGHTS = 0.8
COLUMN_MAX_CROSSING_ROWS = 2
COLUMN_MAX_HEAD_ROWS = 12
COLUMN_MIN_OWN_ROWS = 4
COLUMN_SIDEBAR_SHARE = 0.6
# Side heads (a label column at the left, each label beside the first line of its text): at least
# SIDE_HEAD_MIN_LABELS labels of at most SIDE_HEAD_MAX_WORDS words and SIDE_HEAD_MIN_LETTERS letters
# (a numbered list's numbers stand so too, and are no labels).
SIDE_HEAD_MIN_LABELS = 3
SIDE_HEAD_MAX_WORDS = 6
SIDE_HEAD_MIN_LETTERS = 3
# Boxes drawn side by side around columns are no table: a row of cells at least COLUMN_FRAME_HEIGHT_SHARE of
# the page high, each at least COLUMN_FRAME_MIN_WIDTH_SHARE of it wide.
COLUMN_FRAME_HEIGHT_SHARE = 0.5
COLUMN_FRAME_MIN_WIDTH_SHARE = 0.15
# A page is re-read with OCR when this share of its text is garbage tokens ...
GARBAGE_MAX_SHARE = 0.3
# ... or when less than this share of its text is words of the expected scripts.
WORDS_MIN_SHARE = 0.5
# Pages with less text than this are not judged by their words (a title page, a signature).
JUDGE_MIN_TEXT_CHARS = 80
# Letters of the scripts each OCR language is written in (Tesseract's language codes).
SCRIPT_LETTERS = {
    "latin": r"A-Za-z\u00c0-\u024f",
    "khmer": r"\u1780-\u17ff\u19e0-\u19ff",
    "cyrillic": r"\u0400-\u04ff",
    # Chinese characters (the unified ideographs, their extension A and compatibility forms); Japanese writes them
    # with its two kana, Korean beside its Hangul
    "han": r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
    "japanese": r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
    "hangul": r"\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u4e00-\u9fff",
}
# The marks written between Chinese and Japanese words: CJK punctuation, and full-width forms ("、", "：", "（").
CJK_MARKS = r"\u3000-\u303f\uff00-\uffef"
LANGUAGE_SCRIPTS = {
    "eng": "latin", "fra": "latin", "deu": "latin", "spa": "latin", "por": "latin", "ita": "latin",
    "nld": "latin", "vie": "latin", "ind": "latin", "swe": "latin", "dan": "latin", "nor": "latin", "pol": "latin",
    "fin": "latin", "ces": "latin", "hrv": "latin", "slv": "latin", "slk": "latin", "hun": "latin", "ron": "latin",
    "tur": "latin",
    "khm": "khmer", "rus": "cyrillic", "ukr": "cyrillic",
    "chi_tra": "han", "chi_sim": "han", "jpn": "japanese", "kor": "hangul",
}
# Bullets as Tesseract reads them ("•" -> "+", "¢", "«", "e" ...): a line on an OCR'd page that
# starts with one of these and a space is a list item.
OCR_BULLET_MISREADS = ("+", "¢", "«", "»", "°", "©", "®", "e", "*", "•", "·", "-", "–", "—", "o", "@")
# Tesseract's orientation and script detection names scripts so; they are read in the languages of
# LANGUAGE_SCRIPTS written in them.
OSD_SCRIPTS = {"Latin": "latin", "Khmer": "khmer", "Cyrillic": "cyrillic", "Han": "han", "Japanese": "japanese",
               "Korean": "hangul", "Hangul": "hangul"}
# Common words of each OCR language, spelt without accents (so a page read in another Latin
# language's model still shows them): a page made of another configured language's is read again in it.
LANGUAGE_COMMON_WORDS = {
    "eng": frozenset("the and of to in that is was for with on be by this are will at as from have it an were "
                     "which has not".split()),
    "deu": frozenset("der die das und ist nicht mit von zu den des ein eine wurde dem im auf sich wird auch sind "
                     "bei als werden nach oder zur zum durch dass".split()),
    "fra": frozenset("le la les et des du un une est que qui pour dans par sur au aux avec ne pas sont ont cette "
                     "ce il elle".split()),
    "spa": frozenset("el la los las y de que en por con para una del se es al fue como sus su lo".split()),
    "por": frozenset("o os as e de do da dos das que em para com um uma no na foi pelo pela ao".split()),
    "ita": frozenset("il lo gli le e di che per del della dei con una un sono nel alla al non si".split()),
    "nld": frozenset("de het een en van is dat op te met voor zijn niet bij werd door aan ook om er".split()),
    # The Nordic languages share many words: each list holds the shared ones its language uses and
    # those only it writes so ('och', 'att', 'inte'; 'af', 'blev', 'efter'; 'av', 'ble', 'etter'), so
    # that a page's own language has the most. None of the words other languages here write alike
    # ('i', 'at', 'for', 'de', 'den', 'der', 'er', 'om', 'kan', 'fra').
    "swe": frozenset("och att av som det till har inte vid skall ska samt eller efter sig vara var detta denna "
                     "dessa ett blir blev hos fick finns beslutar beslutade styrelsen protokoll justeras".split()),
    "dan": frozenset("og ikke af til det som med har var skal vil blev efter eller samt hvor hvis nogle deres "
                     "vores blive bliver havde skulle bestyrelsen formand referat vedtaget godkendt".split()),
    "nor": frozenset("og ikke av til det som med har var skal vil ble etter eller samt hvor hvis noen deres "
                     "blir hadde skulle styret leder referat vedtatt godkjent".split()),
    # (Polish, Finnish and Czech: none of the words the other languages here write alike, "on", "se", "na", "do",
    # "byl")
    "pol": frozenset("i w z nie sie ze jest od po oraz przez dla jak co byl byla bylo sa zostal zostala "
                     "zarzad czlonkow czlonkowie stowarzyszenia zebrania uchwala uchwale".split()),
    "fin": frozenset("ja ei etta oli kun mutta myos tai kuin joka jos niin seka ovat olla hallitus hallituksen "
                     "kokous kokouksen paatettiin esitys paatos yhtiokokous puheenjohtaja jasenet".split()),
    "ces": frozenset("je jako pro jsou byli bude ktery ktera ktere ale nebo pri clenu clenove schuze zapis "
                     "hlasovani spolku vyboru jeho take jsme valne hromady hromada pritomni predseda predsedy "
                     "schvalila schvaleno byly proto pozdeji ostatni clenstvi".split()),
    # (Croatian, Slovenian, Slovak, Hungarian, Romanian and Turkish: none of the words the others here write alike,
    # "je", "su", "pri", "predseda", "de", "es", "da", "la")
    "hrv": frozenset("koji koja koje kao biti nije sto takoder odnosno ili sjednica sjednice clanova predsjednik "
                     "skupstina skupstine odluka udruge tajnik prijedlog usvojen jednoglasno dnevni red u za su iz "
                     "te ce jer pa vec".split()),
    "slv": frozenset("ki ter tudi kot bil bila bilo smo so bo lahko sklep seja seje predsednik clani drustvo "
                     "sklepi soglasno prisotni ugotovi zbor".split()),
    "slk": frozenset("ktory ktora ktore alebo bolo bol boli tiez clenov schodze zapisnica uznesenie hlasovanie "
                     "sme ako aby podla ktorej".split()),
    "hun": frozenset("az hogy nem egy volt meg mint csak vagy ezt elnok tagok kozgyules jegyzokonyv "
                     "hatarozat szavazas egyhanguan ules tagja".split()),
    "ron": frozenset("si care pentru sunt fost este acest aceasta sedinta membrii presedinte hotarare aprobat "
                     "voturi din cu pe sau".split()),
    "tur": frozenset("ve bir bu ile icin olarak olan karar toplanti uyeler baskan yonetim kurulu oybirligi madde "
                     "gundem kabul edildi".split()),
}

# The font of Tesseract's invisible text layer (pdf renderer), by which an OCR'd page is known.
OCR_TEXT_LAYER_FONT = "GlyphLessFont"
