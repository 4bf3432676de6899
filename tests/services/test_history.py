"""A record's history from the hash-chained audit trail (issue 7)."""

from desktop.services import accounts, persons
from desktop.services.history import record_history


def test_history_names_who_changed_what_and_masks_personal_data(ledger):
    accounts.create_first_admin(ledger, "王管理", "admin-pass-1")
    accounts.login(ledger, "王管理", "admin-pass-1")
    accounts.create_user(ledger, "张三", "clerk-pass-1", "clerk")
    ledger.user = None
    accounts.login(ledger, "张三", "clerk-pass-1")
    p = persons.create_person(ledger, {"name": "赵六", "phone": "13812345678"})
    persons.update_person(ledger, p["id"], {"phone": "13900001111", "employer": "某公司"})
    h = record_history(ledger, "person", p["id"])
    assert [(e["actor"], e["action_label"]) for e in h["entries"]] == [("张三", "新建"), ("张三", "修改")]
    changed = {c["label"]: (c["before"], c["after"]) for c in h["entries"][1]["changes"]}
    assert changed == {"联系电话": ("138****5678", "139****1111"), "工作单位": (None, "某公司")}
    ledger.user = None
    accounts.login(ledger, "王管理", "admin-pass-1")
    full = record_history(ledger, "person", p["uuid"], full=True)
    assert {c["label"]: c["after"] for c in full["entries"][1]["changes"]}["联系电话"] == "13900001111"
