"""The rule tables in pipeline/rules/ (words and patterns kept as data)."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import pipeline.rules

RULE_MODULES = [info.name for info in pkgutil.iter_modules(pipeline.rules.__path__)]


def _word_tuples(module_name: str) -> dict[str, tuple[str, ...]]:
    module = importlib.import_module(f"pipeline.rules.{module_name}")
    return {name: tuple(value) for name, value in vars(module).items()
            if name.isupper() and isinstance(value, (tuple, list)) and value and all(isinstance(v, str) for v in value)}


@pytest.mark.parametrize("module_name", RULE_MODULES)
def test_no_rule_table_lists_a_word_twice(module_name: str) -> None:
    """A word listed twice is a merge's leftover: harmless to the matching, but it hides which list a word was
    meant for and lets the two copies drift apart when one is edited."""
    repeated = {name: sorted({word for word in words if words.count(word) > 1})
                for name, words in _word_tuples(module_name).items()}
    assert {name: words for name, words in repeated.items() if words} == {}


def test_the_repeat_check_sees_the_rule_tables() -> None:
    assert "SPEECH_VERBS" in _word_tuples("people") and "TRIGGER_WORDS" in _word_tuples("motions")
