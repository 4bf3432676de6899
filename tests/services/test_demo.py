from desktop.domain import codes
from desktop.services import awards, demo, persons
from desktop.store.models import ConfirmationCase, Deed, DeedPerson, FamilyMember, Person


def test_demo_covers_every_case_the_office_meets(sqlite_ledger):
    ledger = sqlite_ledger
    made = demo.generate(ledger, 120)
    assert made["persons"] == 120
    with ledger.reading():
        assert {d.category for d in Deed.select()} == {e.code for e in codes.entries("deed_category")}
        assert {l.outcome for l in DeedPerson.select()} == {"unhurt", "injured", "disabled", "died"}
        assert {p.state for p in Person.select()} == {"unhurt", "injured", "disabled", "deceased"}
        assert len({d.occurred_on.year for d in Deed.select()}) >= 4
        assert len({d.division_code for d in Deed.select()}) >= 3
        states = {c.state for c in ConfirmationCase.select()}
        assert {"investigating", "closed"} <= states and "not_confirmed" in {c.decision for c in ConfirmationCase.select()}
        deceased = Person.select().where(Person.state == "deceased")
        assert FamilyMember.select().where(FamilyMember.person.in_(deceased)).count() > 0
        names = {p.name for p in Person.select()}
        assert {"王喆", "李堃", "陈珺", "张玥", "刘昇", "周赟", "吴䶮", "𠮷祥"} <= names
        assert all("虚构" in (p.notes or "") for p in Person.select())
    provincial = [b for b in awards.list_batches(ledger) if b["level"] == "province"]
    assert len(provincial) == 1
    roll = awards.batch_roll(ledger, provincial[0]["id"])
    assert len(roll) == 23
    assert sum(1 for a in roll if a["migrant_worker"]) == 7
    assert any(a["person_state"] == "deceased" for a in roll)
    assert persons.search_persons(ledger, "wz")[0]["name_initials"].startswith("wz")


def test_demo_is_repeatable_with_the_same_seed(tmp_path):
    from tests.conftest import _ledger

    a, b = _ledger(str(tmp_path / "a.db")), _ledger(str(tmp_path / "b.db"))
    demo.generate(a, 40, seed=7)
    demo.generate(b, 40, seed=7)
    pick = lambda lg: [(p["name"], p["id_number"]) for p in persons.search_persons(lg, limit=100)]  # noqa: E731
    assert pick(a) == pick(b)
