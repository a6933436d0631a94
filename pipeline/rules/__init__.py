"""Every rule the parser applies, kept as data in one package, one module per concern.

Extraction, structure and annotation read their patterns from here; adding an honorific is a
change to `pipeline/rules/people.py`, a heading label to `headings.py`, a count phrase to
`counts.py`, a date or organiser word to `meta.py`, a text-layer threshold to `pdf.py`,
a motion or vote word to `motions.py`.
"""

from pipeline.rules.counts import *  # noqa: F403
from pipeline.rules.forms import *  # noqa: F403
from pipeline.rules.glued import *  # noqa: F403
from pipeline.rules.headings import *  # noqa: F403
from pipeline.rules.meta import *  # noqa: F403
from pipeline.rules.motions import *  # noqa: F403
from pipeline.rules.pdf import *  # noqa: F403
from pipeline.rules.people import *  # noqa: F403
from pipeline.rules.qa import *  # noqa: F403
