import pytest

from desktop.domain.errors import NotFound, StaleRecord, ValidationError
from desktop.services import persons
from desktop.store.models import AuditEntry, Person

GOOD_ID = "11010519491231002X"  # the standard's own example: female, 1949-12-31


def test_create_fills_birth_date_gender_and_pinyin(ledger):
    p = persons.create_person(ledger, {"name": "张三", "id_number": "11010519491231002x"})
    assert p["id_number"] == GOOD_ID
    assert str(p["birth_date"]) == "1949-12-31" and p["gender"] == "female"
    assert p["name_initials"] == "zs" and p["name_pinyin"] == "zhangsan"
    assert p["hukou_division"] == "110105"
    assert p["origin"] == "330102" and p["version"] == 1 and len(p["uuid"]) == 36


def test_bad_id_is_refused_with_reason_and_nothing_written(ledger):
    with pytest.raises(ValidationError) as e:
        persons.create_person(ledger, {"name": "李四", "id_number": "110105194912310021"})
    assert e.value.field == "id_number" and "校验位应为 X" in e.value.message
    with ledger.reading():
        assert Person.select().count() == 0
        assert AuditEntry.select().count() == 0


def test_typed_birth_date_must_match_id(ledger):
    with pytest.raises(ValidationError, match="出生日期"):
        persons.create_person(ledger, {"name": "李四", "id_number": GOOD_ID, "birth_date": "1950-01-01"})


def test_duplicate_id_number_refused(ledger):
    persons.create_person(ledger, {"name": "张三", "id_number": GOOD_ID})
    with pytest.raises(ValidationError, match="已登记为“张三”"):
        persons.create_person(ledger, {"name": "张叁", "id_number": GOOD_ID})


def test_foreign_document_without_check(ledger):
    p = persons.create_person(ledger, {"name": "约翰·史密斯", "id_type": "passport", "id_number": "E12345678",
                                       "gender": "male"})
    assert p["id_number"] == "E12345678" and p["birth_date"] is None


def test_search_by_name_pinyin_initials_and_id(ledger):
    persons.create_person(ledger, {"name": "张三", "id_number": GOOD_ID})
    persons.create_person(ledger, {"name": "王喆"})
    persons.create_person(ledger, {"name": "𠮷祥"})
    find = lambda t: [p["name"] for p in persons.search_persons(ledger, t)]  # noqa: E731
    assert find("zs") == ["张三"]
    assert find("zhangsan") == ["张三"]
    assert find("张") == ["张三"]
    assert find(GOOD_ID) == ["张三"]
    assert find("002X") == ["张三"] == find("002x")
    assert find("喆") == ["王喆"]
    assert find("𠮷") == ["𠮷祥"]
    assert find("nobody") == []
    assert persons.count_persons(ledger) == 3
    assert [p["name"] for p in persons.search_persons(ledger)] == ["𠮷祥", "王喆", "张三"]


def test_update_versions_audits_and_refuses_stale(ledger):
    p = persons.create_person(ledger, {"name": "张三", "phone": "13800000000"})
    q = persons.update_person(ledger, p["id"], {"phone": "13900000000"}, expected_version=1)
    assert q["version"] == 2 and q["phone"] == "13900000000"
    with pytest.raises(StaleRecord, match="已被其他用户修改"):
        persons.update_person(ledger, p["id"], {"phone": "13700000000"}, expected_version=1)
    with ledger.reading():
        entries = list(AuditEntry.select().where(AuditEntry.record_uuid == p["uuid"]).order_by(AuditEntry.id))
    assert [e.action for e in entries] == ["create", "update"]
    assert '"phone":["13800000000","13900000000"]' in entries[1].changes


def test_update_rejects_bad_values(ledger):
    p = persons.create_person(ledger, {"name": "张三"})
    with pytest.raises(ValidationError, match="人员状态“飞行”无效"):
        persons.update_person(ledger, p["id"], {"state": "飞行"})
    with pytest.raises(ValidationError, match="姓名不能为空"):
        persons.update_person(ledger, p["id"], {"name": " "})
    assert persons.get_person(ledger, p["id"])["version"] == 1


def test_delete_leaves_tombstone(ledger):
    p = persons.create_person(ledger, {"name": "张三"})
    persons.delete_person(ledger, p["id"])
    with pytest.raises(NotFound):
        persons.get_person(ledger, p["id"])
    with ledger.reading():
        row = Person.get_by_id(p["id"])
    assert row.deleted and row.version == 2
    assert persons.search_persons(ledger, "zs") == []


def test_family_members_and_overview(ledger):
    p = persons.create_person(ledger, {"name": "张三", "state": "deceased"})
    persons.add_family_member(ledger, p["id"], {"name": "李梅", "relation": "配偶", "dependant": "否"})
    with pytest.raises(ValidationError, match="关系不能为空"):
        persons.add_family_member(ledger, p["id"], {"name": "张小"})
    o = persons.person_overview(ledger, p["id"])
    assert [f["name"] for f in o["family"]] == ["李梅"] and o["family"][0]["relation_label"] == "配偶"
