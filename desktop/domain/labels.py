"""Which code list gives each field's label: records become dicts with "<field>_label" beside the code."""

from __future__ import annotations

# code lists whose labels are added to dicts as "<field>_label"
LABELLED = {
    "gender": "gender", "ethnicity": "ethnicity", "id_type": "id_type", "state": None,
    "political_status": "political_status", "education": "education", "category": "deed_category",
    "outcome": "outcome", "source": "case_source", "decision": "decision", "level": "commendation_level",
    "merit": "merit", "payment_state": "payment_state", "kind": None, "department": "department",
    "relation": "relation", "occasion": "visit_occasion", "media_kind": "media_kind",
    "review_result": "review_result",
}
# "state" and "kind" name a different list in each model
STATE_LISTS = {"Person": "person_state", "GuaranteeItem": "guarantee_state"}
KIND_LISTS = {"GuaranteeItem": "guarantee_kind"}
