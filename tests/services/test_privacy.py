"""Masking personal data by role and purpose (issue 7)."""

import pytest

from desktop.domain.errors import NotAllowed
from desktop.services import accounts, persons
from desktop.services.privacy import mask, mask_bank, mask_phone, protect

ID = "33010219900307006X"


def test_masks():
    assert mask({"id_number": ID})["id_number"] == "3301**********006X"
    assert mask_phone("13812345678") == "138****5678"
    assert mask_bank("6222 0212 3456 7890 123") == "6222***********0123"
    nested = {"person": {"id_number": ID, "phone": "13812345678", "id": 7, "person_id": 3},
              "family": [{"phone": "13900001111", "name": "李"}], "applicant_phone": "0571-87001234",
              "bank_account": "6222021234567890123", "id_number": ""}
    out = mask(nested)
    assert out["person"] == {"id_number": "3301**********006X", "phone": "138****5678", "id": 7, "person_id": 3}
    assert out["family"][0] == {"phone": "139****1111", "name": "李"}
    assert out["applicant_phone"].endswith("1234") and "7001" not in out["applicant_phone"]
    assert out["bank_account"] == "6222***********0123" and out["id_number"] == ""
    assert nested["person"]["id_number"] == ID  # the original is not changed


def test_protect_by_role_and_purpose(sqlite_ledger):
    ledger = sqlite_ledger
    p = persons.create_person(ledger, {"name": "张三", "id_number": ID, "bank_account": "6222021234567890123"})
    assert protect(ledger, p, full=True)["id_number"] == ID  # single-user mode: all allowed
    accounts.create_first_admin(ledger, "王管理", "admin-pass-1")
    accounts.login(ledger, "王管理", "admin-pass-1")
    accounts.create_user(ledger, "张三", "clerk-pass-1", "clerk")
    accounts.create_user(ledger, "李四", "review-pass-1", "reviewer")
    ledger.user = None
    accounts.login(ledger, "张三", "clerk-pass-1")
    assert protect(ledger, p)["id_number"] == "3301**********006X"
    with pytest.raises(NotAllowed, match="录入员 张三）无权查看完整的证件号码"):
        protect(ledger, p, full=True)
    with pytest.raises(NotAllowed):
        protect(ledger, p, "payment")
    ledger.user = None
    accounts.login(ledger, "李四", "review-pass-1")
    assert protect(ledger, p)["id_number"] == "3301**********006X"  # masked unless asked for
    assert protect(ledger, p, full=True)["id_number"] == ID
    paying = protect(ledger, {**p, "phone": "13812345678"}, "payment")
    assert paying["bank_account"] == "6222021234567890123" and paying["phone"] == "138****5678"


def test_protect_rows_checks_once_and_masks_each_row(sqlite_ledger):
    from desktop.services.privacy import protect_rows

    rows = [{"id_number": ID, "phone": "13812345678"}] * 3
    out = list(protect_rows(sqlite_ledger, iter(rows)))
    assert [r["id_number"] for r in out] == ["3301**********006X"] * 3
    assert list(protect_rows(sqlite_ledger, iter(rows), full=True)) == rows
