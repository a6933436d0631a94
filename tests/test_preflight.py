"""pipeline.pdf.preflight: what a file that is not a PDF is, in words, never quoting its contents."""

from __future__ import annotations

import pytest

from pipeline.pdf.preflight import describe_bytes

SECRET = "hunter2 the private key of somebody else"


@pytest.mark.parametrize("head", [SECRET.encode(), SECRET.encode("utf-16"), b"\xef\xbb\xbf" + SECRET.encode()])
def test_a_text_file_is_named_as_such_never_quoted(head: bytes) -> None:
    description = describe_bytes(head)
    assert description == "a text file"
    assert "hunter2" not in description
