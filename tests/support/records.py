"""The sample family the tests register: Wanjiru Mwangi, a child, her mother Grace, and a
medium-risk case opened with consent. Tests that need something else override a field
(`{**CASE, "risk": "high"}`) rather than copying the records."""

from __future__ import annotations

from typing import Any

FAMILY: dict[str, Any] = {"name": "Mwangi", "area": "Kibera", "phone": "+254 700 000000"}
CHILD: dict[str, Any] = {"given_name": "Wanjiru", "family_name": "Mwangi", "role": "child",
                         "sex": "female", "date_of_birth": "2016-04-02"}
MOTHER: dict[str, Any] = {"given_name": "Grace", "family_name": "Mwangi", "role": "caregiver",
                          "relationship": "mother", "estimated_age": 34}
CASE: dict[str, Any] = {"risk": "medium", "legal_basis": "consent",
                        "consent_given_by": "Grace Mwangi"}
