"""minutes: PDF minutes -> structured records -> DuckDB.

Data flow, one module per step: extract -> structure -> annotate -> validate -> store.
"""

# Bumped whenever parsing output changes: stored documents with another version are re-parsed.
# What each version changed is in CHANGELOG.md.
PARSER_VERSION = "0.18.0"
