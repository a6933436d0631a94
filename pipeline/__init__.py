"""minutes: PDF minutes -> structured records -> DuckDB.

Data flow, one module per step: extract -> structure -> annotate -> validate -> store.
"""

# Bumped whenever parsing output changes: stored documents with another version are re-parsed.
# 0.2.0: pages that are scans or garbage are read with OCR; provenance records OCR pages.
# 0.2.1: scans read better: doubtful OCR words left out, table rules found whole on page images, header
#        rows known by their repeat, bold by stroke width, subtitles centred under a title; text PDFs unchanged.
PARSER_VERSION = "0.2.1"
