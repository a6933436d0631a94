"""Prefect flows that run the pipeline over many files."""
