"""Ingest, the plain-Python part: what `flows/ingest.py` (the Prefect flow) runs around the parse.

In the order a run meets them: `discover` (the PDFs under the paths, the ingest's own files left
out), `plan` (fingerprint each file, decide what to parse, skip or move), `write` (the single
writer: batches into the database), `summary` (counts, timings, the artifact, the progress
listener). No Prefect here: the flow, its tasks and the task runners live in `flows/`.
"""
