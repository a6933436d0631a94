"""Programs the tests start for real (Tesseract and its languages, headless Chromium): Debian packages.

The test setup installs them itself, so a fresh machine runs the same tests as CI:
`require(...)` installs what is missing with apt-get when running as root, and otherwise
skips the test with the command to run (in CI, where CI=true, it fails instead: a skipped
test there would hide a missing install step). `.ci/run` installs them all up front
(`python3 tests/system_packages.py`), so the apt lists are read once.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

# Debian package -> a program it puts on PATH (how we tell it is installed).
DEBIAN_PACKAGES: dict[str, str] = {
    "tesseract-ocr": "tesseract",
    "tesseract-ocr-eng": "",
    "tesseract-ocr-khm": "",
    "tesseract-ocr-deu": "",
    "tesseract-ocr-fra": "",
    "tesseract-ocr-spa": "",
    "tesseract-ocr-por": "",
    "tesseract-ocr-ita": "",
    "tesseract-ocr-nld": "",
    "tesseract-ocr-swe": "",
    "tesseract-ocr-dan": "",
    "tesseract-ocr-nor": "",
    "tesseract-ocr-fin": "",
    "tesseract-ocr-pol": "",
    "tesseract-ocr-ces": "",
    "tesseract-ocr-hrv": "",
    "tesseract-ocr-slv": "",
    "tesseract-ocr-slk": "",
    "tesseract-ocr-hun": "",
    "tesseract-ocr-ron": "",
    "tesseract-ocr-tur": "",
    "tesseract-ocr-rus": "",
    "tesseract-ocr-chi-tra": "",
    "tesseract-ocr-chi-sim": "",
    "tesseract-ocr-jpn": "",
    "tesseract-ocr-kor": "",
    "chromium": "chromium",
}
APT_TIMEOUT_SECONDS = 900


def _installed(package: str) -> bool:
    program = DEBIAN_PACKAGES.get(package, "")
    if program:
        return shutil.which(program) is not None
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True, check=False
    )
    return result.returncode == 0 and "install ok installed" in result.stdout


def missing(packages: list[str]) -> list[str]:
    return [package for package in packages if not _installed(package)]


def install(packages: list[str]) -> str | None:
    """apt-get install what is missing of `packages`; None on success, else why not."""
    todo = missing(packages)
    if not todo:
        return None
    if shutil.which("apt-get") is None:
        return "apt-get is not available on this machine"
    if os.geteuid() != 0:
        return "installing Debian packages needs root"
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for command in (
        ["apt-get", "update", "-qq"],
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *todo],
    ):
        result = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=APT_TIMEOUT_SECONDS, check=False
        )
        if result.returncode != 0:
            tail = (result.stderr or result.stdout).strip().splitlines()[-3:]
            return f"{' '.join(command[:2])} failed: {' / '.join(tail)}"
    still = missing(todo)
    return f"still missing after apt-get install: {', '.join(still)}" if still else None


def require(*packages: str) -> None:
    """Install `packages` if needed; skip the calling test when that is not possible (fail in CI)."""
    import pytest

    problem = install(list(packages))
    if problem is None:
        return
    message = f"needs {' '.join(packages)} ({problem}); run: apt-get install {' '.join(packages)}"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


if __name__ == "__main__":
    problem = install(list(DEBIAN_PACKAGES))
    if problem:
        print(f"system packages: {problem}", file=sys.stderr)
        sys.exit(1)
    print(f"system packages installed: {' '.join(DEBIAN_PACKAGES)}")
