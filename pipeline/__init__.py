"""minutes: PDF minutes -> structured records -> DuckDB.

Data flow, one module per step: extract -> structure -> annotate -> validate -> store.
"""

# Bumped whenever parsing output changes: stored documents with another version are re-parsed.
# 0.2.0: pages that are scans or garbage are read with OCR; provenance records OCR pages.
PARSER_VERSION = "0.2.0"
