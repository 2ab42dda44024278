"""Hypothesis settings of the robustness suite, and the shared .docx audit.

In CI (``CI=true``, or ``UCD_HYPOTHESIS_PROFILE=ci``) the run is derandomised: the same
inputs every time, no example database, so a failure is repeatable from the log. On a
developer's machine examples are random and failures are remembered in .hypothesis/.
``UCD_HYPOTHESIS_PROFILE=deep`` runs ten times more examples.

The profiles are only used through ``settings_for`` by the tests of this folder; they
do not change hypothesis' global settings for the rest of the suite.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

from tests.robustness.docx_check import DocxAudit

_COMMON = {
    "deadline": None,
    "suppress_health_check": [
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
        HealthCheck.function_scoped_fixture,
    ],
    "print_blob": True,
}
settings.register_profile("ucd-ci", derandomize=True, database=None, **_COMMON)  # type: ignore[arg-type]
settings.register_profile("ucd-dev", **_COMMON)  # type: ignore[arg-type]
settings.register_profile("ucd-deep", **_COMMON)  # type: ignore[arg-type]


def profile_name() -> str:
    chosen = os.environ.get("UCD_HYPOTHESIS_PROFILE", "").strip().lower()
    if chosen in ("ci", "dev", "deep"):
        return f"ucd-{chosen}"
    ci = os.environ.get("CI", "").strip().lower()
    return "ucd-ci" if ci in ("1", "true", "yes") else "ucd-dev"


def settings_for(examples: int) -> settings:
    """The profile's settings with ``examples`` examples (ten times more when deep)."""
    name = profile_name()
    scale = 10 if name == "ucd-deep" else 1
    return settings(settings.get_profile(name), max_examples=examples * scale)


@pytest.fixture(scope="session")
def audit(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocxAudit]:
    yield DocxAudit(tmp_path_factory.mktemp("audit"))
