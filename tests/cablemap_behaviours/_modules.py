"""The case tables, in report order."""

from __future__ import annotations

from types import ModuleType

from tests.cablemap_behaviours import (
    cases_classified_by,
    cases_eo,
    cases_ids,
    cases_recipients,
    cases_references,
    cases_signers,
    cases_subject,
    cases_summary,
    cases_tags,
)

MODULES: tuple[ModuleType, ...] = (
    cases_references,
    cases_subject,
    cases_tags,
    cases_classified_by,
    cases_signers,
    cases_recipients,
    cases_eo,
    cases_summary,
    cases_ids,
)
