"""Search at scale: every branch answered by an index, both renderings of a search agree,
the full-text index follows every write, keyset pages of the people table."""

from __future__ import annotations

import pytest

from desktop.services import deeds, persons
from desktop.services.records import to_dict
from desktop.store import person_search
from desktop.store.models import Person

GOOD_ID = "11010519491231002X"


@pytest.fixture
def people(ledger):
    made = [
        persons.create_person(ledger, {"name": "张三", "id_number": GOOD_ID, "employer": "杭州恒达物流有限公司"}),
        persons.create_person(ledger, {"name": "张三丰", "hukou_address": "浙江省杭州市上城区人民路118号"}),
        persons.create_person(ledger, {"name": "王喆", "occupation": "外卖骑手", "notes": "曾参加志愿服务"}),
        persons.create_person(ledger, {"name": "欧阳娜娜", "address": "宁波市海曙区中山西路5号"}),
        persons.create_person(ledger, {"name": "李100%_", "employer": "100%_测试"}),
    ]
    return {p["name"]: p for p in made}


def names(rows):
    return [r["name"] for r in rows]


TEXTS = ["zs", "zhangsan", "ZS", "oyn", "张", "张三", "张三丰", "喆", "欧阳", GOOD_ID, "002X", "1231002x",
         "恒达物流", "人民路118", "外卖骑手", "志愿服务", "中山西路", "100%_", "nobody", "无此人名", ""]


@pytest.mark.parametrize("text", TEXTS)
def test_fast_path_and_query_path_agree(ledger, people, text):
    """search_persons' own SQL and person_search.query (used by the tables and deeds) find the same people."""
    fast = persons.search_persons(ledger, text)
    with ledger.reading():
        slow = [to_dict(p) for p in person_search.query(ledger.db, text).order_by(Person.name_pinyin, Person.id)]
    assert fast == slow
    assert persons.count_persons(ledger, text) == len(slow)


def test_each_kind_of_text_finds_what_a_clerk_expects(ledger, people):
    find = lambda t: names(persons.search_persons(ledger, t))  # noqa: E731
    assert find("zs") == ["张三", "张三丰"] and find("zsf") == ["张三丰"]
    assert find("oyn") == ["欧阳娜娜"] and find("ouyang") == ["欧阳娜娜"]
    assert find("张三") == ["张三", "张三丰"]
    assert find("三丰") == ["张三丰"]  # no name starts so: anywhere in the name
    assert find("恒达物流") == ["张三"]  # employer, by the trigram index
    assert find("人民路118号") == ["张三丰"]  # household address
    assert find("海曙区中山") == ["欧阳娜娜"]  # home address
    assert find("志愿服务") == ["王喆"]  # notes
    assert find("100%_") == ["李100%_"]  # wildcards are plain characters
    assert find("10%") == []
    assert find("1231002X") == ["张三"] and find(GOOD_ID.lower()) == ["张三"]


def test_full_text_index_follows_edits_and_deletes(ledger, people):
    zs = people["张三"]
    persons.update_person(ledger, zs["id"], {"employer": "宁波甬江造船厂"})
    assert names(persons.search_persons(ledger, "恒达物流")) == []
    assert names(persons.search_persons(ledger, "甬江造船")) == ["张三"]
    persons.update_person(ledger, zs["id"], {"name": "张叁"})
    assert names(persons.search_persons(ledger, "zs")) == ["张叁", "张三丰"]
    persons.delete_person(ledger, people["王喆"]["id"])
    assert persons.search_persons(ledger, "志愿服务") == []


def test_deed_free_text(ledger, people):
    d = deeds.record_deed(ledger, {"title": "跳河救起落水儿童", "occurred_on": "2025-07-01", "division_code": "330102",
                                   "place": "杭州市上城区新塘河畔", "category": "drowning",
                                   "narrative": "张三跳入新塘河，将落水儿童托上岸边"},
                          [{"person_id": people["张三"]["id"], "outcome": "unhurt"}])
    found = lambda t: [x["id"] for x in deeds.list_deeds(ledger, t)]  # noqa: E731
    assert found("落水儿童") == [d["id"]]
    assert found("托上岸边") == [d["id"]]  # narrative, by the trigram index
    assert found("新塘河") == [d["id"]]
    assert found("zs") == [d["id"]]  # through its people
    assert found("河") == [d["id"]]
    assert found("火场") == []


def test_keyset_pages_walk_the_table_both_ways(ledger):
    for i in range(23):
        persons.create_person(ledger, {"name": f"测试{chr(0x4e00 + i * 7)}{i}"})
    everyone = persons.search_persons(ledger, limit=100)
    assert len(everyone) == 23
    pages, after = [], None
    while True:
        page = persons.page(ledger, after=after, limit=5)
        if not page:
            break
        pages += page
        after = (page[-1]["name_pinyin"], page[-1]["id"])
    assert pages == everyone
    last = persons.page(ledger, last=True, limit=5)
    assert last == everyone[-5:]
    before = persons.page(ledger, before=(last[0]["name_pinyin"], last[0]["id"]), limit=5)
    assert before == everyone[-10:-5]
    assert persons.page(ledger, "cs", last=True, limit=3) == persons.search_persons(ledger, "cs", limit=100)[-3:]
    assert persons.page(ledger, last=True, limit=3, filters={"state": "unhurt"}) == everyone[-3:]


def test_migration_made_the_search_objects(ledger):
    db = ledger.db
    if type(db).__name__.startswith("Postgres"):
        cur = db.execute_sql("SELECT indexname FROM pg_indexes WHERE tablename IN ('person', 'deed')")
        have = {r[0] for r in cur.fetchall()}
        assert {"person_text_trgm", "deed_text_trgm", "person_live_order", "person_id_rev_pattern"} <= have
    else:
        cur = db.execute_sql("SELECT name FROM sqlite_master WHERE name LIKE '%fts%' OR name = 'person_live_order'")
        have = {r[0] for r in cur.fetchall()}
        assert {"person_fts", "deed_fts", "person_fts_ai", "person_fts_au", "person_fts_ad",
                "person_live_order"} <= have


def test_table_pages_in_the_second_half_read_backwards_alike(ledger):
    """listing.fetch_rows(total=…) reads late pages from the end: the same rows as OFFSET, in any order."""
    from desktop.services import listing
    for i in range(17):
        persons.create_person(ledger, {"name": f"王{chr(0x4e00 + i * 11)}", "employer": None if i % 3 else f"单位{i % 4}",
                                       "state": ["unhurt", "injured"][i % 2]})
    n = listing.count_rows(ledger, "persons")
    for order in (None, [("employer", False)], [("employer", True)], [("state", False), ("name", True)]):
        for offset in (0, 5, 9, 12, 15, 16):
            plain = listing.fetch_rows(ledger, "persons", order=order, limit=4, offset=offset)
            assert listing.fetch_rows(ledger, "persons", order=order, limit=4, offset=offset, total=n) == plain


@pytest.mark.parametrize("cap", [2000, 3])
def test_pinyin_search_reads_both_halves_alike_whichever_way(ledger, monkeypatch, cap):
    """Initials and full pinyin are read apart and merged (person_search._pinyin_page): by the initials index
    when few people have the initials, by walking the pinyin order when many do (cap=3 forces it).
    Either way: the same people, in the same order, as the one ORed query, on every page."""
    monkeypatch.setattr(person_search, "INITIALS_SORT_CAP", cap)
    for name in ["夏兰", "夏兰霞", "徐琳", "许丽", "谢磊", "向林", "夏鹏", "熊亮", "薛龙", "谢小龙", "西林", "萧乐",
                 "肖李", "夏立", "辛鲁", "张三", "郑霞", "周玲"]:
        persons.create_person(ledger, {"name": name})
    gone = persons.create_person(ledger, {"name": "许林"})
    persons.delete_person(ledger, gone["id"])
    for text in ["x", "xl", "xia", "xl x", "z", "zs", "zhang", "zz", "xz", "q"]:
        with ledger.reading():
            slow = [to_dict(p) for p in person_search.query(ledger.db, text).order_by(Person.name_pinyin, Person.id)]
            everyone = [to_dict(p) for p in Person.select().where(Person.deleted == False)]  # noqa: E712
        typed = text.replace(" ", "")
        by_hand = sorted((p for p in everyone if p["name_initials"].startswith(typed) or p["name_pinyin"].startswith(typed)),
                         key=lambda p: (p["name_pinyin"], p["id"]))
        assert slow == by_hand, text
        assert persons.search_persons(ledger, text, limit=100) == slow, text
        assert persons.count_persons(ledger, text) == len(slow)
        assert persons.count_persons(ledger, text, {"state": "unhurt"}) == len(slow)
        assert "许林" not in names(slow)
        for offset in (0, 2, 5):
            assert persons.search_persons(ledger, text, limit=3, offset=offset) == slow[offset:offset + 3]
        pages, after = [], None
        while page := persons.page(ledger, text, after=after, limit=4):
            pages += page
            after = (page[-1]["name_pinyin"], page[-1]["id"])
        assert pages == slow
        assert persons.page(ledger, text, last=True, limit=3) == slow[-3:]
    assert len(persons.search_persons(ledger, "xl")) == 13  # 谢小龙 is xxl, 夏鹏 xp, 许林 deleted


@pytest.mark.parametrize("cap", [2000, 3])
def test_people_table_pages_by_pinyin_search_alike(ledger, monkeypatch, cap):
    """The people table's default order goes through the search box's SQL: same rows as the plain query."""
    from desktop.services import listing
    monkeypatch.setattr(person_search, "INITIALS_SORT_CAP", cap)
    for i, name in enumerate(["夏兰", "徐琳", "许丽", "谢磊", "向林", "熊亮", "薛龙", "西林", "萧乐", "张三", "王喆"]):
        persons.create_person(ledger, {"name": name, "state": ["unhurt", "injured"][i % 2]})
    for text in ["", "xl", "x", "喆", "张"]:
        with ledger.reading():
            plain = [to_dict(p) for p in person_search.query(ledger.db, text).order_by(Person.name_pinyin, Person.id)]
        n = listing.count_rows(ledger, "persons", text)
        assert n == len(plain)
        for desc in (False, True):
            want = plain[::-1] if desc else plain
            for offset in range(0, n, 3):
                for total in (None, n):
                    got = listing.fetch_rows(ledger, "persons", text, order=[("name", desc)], limit=3,
                                             offset=offset, total=total)
                    assert got == want[offset:offset + 3], (text, desc, offset, total)


@pytest.mark.parametrize("cap", [2000, 1])
def test_one_or_two_characters_anywhere_in_a_name(ledger, monkeypatch, cap):
    """One or two characters are looked for at every position, from the name-part indexes
    (migration 6): 2nd, 3rd, and further in names of four or more characters. When many names
    hold it (cap=1 forces it) the pinyin order is walked with LIKE instead: the same people."""
    monkeypatch.setattr(person_search, "INITIALS_SORT_CAP", cap)
    for name in ["王喆", "张三丰", "欧阳娜娜", "阿卜杜·热合曼", "李100%_", "司马相如", "喆"]:
        persons.create_person(ledger, {"name": name})
    gone = persons.create_person(ledger, {"name": "赵相如"})
    persons.delete_person(ledger, gone["id"])
    find = lambda t: sorted(names(persons.search_persons(ledger, t)))  # noqa: E731
    assert find("喆") == ["喆", "王喆"]  # a name starts so, another holds it
    assert find("三丰") == ["张三丰"] and find("丰") == ["张三丰"]  # 2nd and 3rd character
    assert find("娜娜") == ["欧阳娜娜"] and find("阳娜") == ["欧阳娜娜"]
    assert find("相如") == ["司马相如"]  # 3rd of four; the deleted 赵相如 is not found
    assert find("如") == ["司马相如"]  # 4th
    assert find("合曼") == ["阿卜杜·热合曼"] and find("曼") == ["阿卜杜·热合曼"]  # 6th, 7th
    assert find("0%") == ["李100%_"] and find("%_") == ["李100%_"] and find("%") == ["李100%_"]
    assert find("_") == ["李100%_"] and find("9%") == []  # wildcards are plain characters
    assert find("无") == []
    for text in ["丰", "相如", "如", "曼", "%_"]:
        with ledger.reading():
            slow = [to_dict(p) for p in person_search.query(ledger.db, text).order_by(Person.name_pinyin, Person.id)]
        assert persons.search_persons(ledger, text) == slow
        assert persons.count_persons(ledger, text) == len(slow) == 1


@pytest.mark.parametrize("cap", [2000, 1])
def test_a_part_of_names_finds_every_name_holding_it_those_starting_with_it_first(ledger, monkeypatch, cap):
    """金伟 starts some names and sits inside others: the search box finds all of them (the set the
    plain query finds), those starting with it first, each group in pinyin order, on every page and
    read backwards alike; the count is of them all."""
    from desktop.services import listing
    monkeypatch.setattr(person_search, "INITIALS_SORT_CAP", cap)
    for name in ["王金伟", "金伟明", "李金伟华", "金伟", "金建", "赵金", "欧阳金伟", "金"]:
        persons.create_person(ledger, {"name": name})
    gone = persons.create_person(ledger, {"name": "金伟强"})
    persons.delete_person(ledger, gone["id"])
    expect = {"金伟": ["金伟", "金伟明", "李金伟华", "欧阳金伟", "王金伟"],
              "金": ["金", "金建", "金伟", "金伟明", "李金伟华", "欧阳金伟", "王金伟", "赵金"],
              "伟": ["金伟", "金伟明", "李金伟华", "欧阳金伟", "王金伟"]}
    for text, want in expect.items():
        assert names(persons.search_persons(ledger, text)) == want, text
        with ledger.reading():
            plain = [to_dict(p) for p in person_search.query(ledger.db, text).order_by(Person.name_pinyin, Person.id)]
        assert sorted(names(plain)) == sorted(want)
        assert persons.count_persons(ledger, text) == len(want) == listing.count_rows(ledger, "persons", text)
        for offset in range(len(want)):
            assert names(persons.search_persons(ledger, text, limit=2, offset=offset)) == want[offset:offset + 2]
            for total in (None, len(want)):
                got = listing.fetch_rows(ledger, "persons", text, order=[("name", True)], limit=2, offset=offset,
                                         total=total)
                assert names(got) == want[::-1][offset:offset + 2], (text, offset, total)


def _by_hand(everyone, text):
    """What the search box must list for one or two characters: the names holding them, those
    starting with them first, each group in pinyin order (a Python filter over every live person)."""
    key = lambda p: (p["name_pinyin"], p["id"])  # noqa: E731
    start = sorted((p for p in everyone if p["name"].startswith(text)), key=key)
    inside = sorted((p for p in everyone if text in p["name"][1:] and not p["name"].startswith(text)), key=key)
    return start + inside


@pytest.mark.parametrize("cap", [2000, 1])
def test_a_bare_first_character_reads_its_people_in_pinyin_order(ledger, monkeypatch, cap):
    """张 alone: its people come from the first-character index (migration 10) in pinyin order, page by
    page, then the names holding it further in — the same as a Python filter, deleted people left out."""
    monkeypatch.setattr(person_search, "INITIALS_SORT_CAP", cap)
    for name in ["张三", "张伟", "张三丰", "章张", "王张", "张", "单雄信", "单田芳", "简单", "曾国藩", "金", "金伟",
                 "王金", "长孙无忌", "张爱玲"]:
        persons.create_person(ledger, {"name": name})
    gone = persons.create_person(ledger, {"name": "张飞"})
    persons.delete_person(ledger, gone["id"])
    with ledger.reading():
        everyone = [to_dict(p) for p in Person.select().where(Person.deleted == False)]  # noqa: E712
    for text in ["张", "单", "金", "曾", "长", "王", "简"]:
        want = _by_hand(everyone, text)
        assert persons.search_persons(ledger, text) == want, text
        assert persons.count_persons(ledger, text) == len(want), text
        for offset in range(len(want) + 1):
            assert persons.search_persons(ledger, text, limit=2, offset=offset) == want[offset:offset + 2], (text, offset)
    assert names(persons.search_persons(ledger, "张")) == ["张", "张爱玲", "张三", "张三丰", "张伟", "王张", "章张"]


@pytest.mark.parametrize("cap", [2000, 1])
def test_one_pinyin_letter_is_one_stretch_of_the_pinyin_order(ledger, monkeypatch, cap):
    """One letter: initials start with it exactly when the full pinyin does (one stretch read); two or
    more letters by the initials index (cap 2000) or the walk (cap 1): the same as a Python filter."""
    monkeypatch.setattr(person_search, "INITIALS_SORT_CAP", cap)
    for name in ["王丽", "王磊", "吴林", "万里", "魏来", "汪伦", "王小丽", "文静", "张三", "周树民", "郑思敏",
                 "张书明", "阿卜杜·热合曼", "欧阳娜娜", "区伟"]:
        persons.create_person(ledger, {"name": name})
    gone = persons.create_person(ledger, {"name": "王立"})
    persons.delete_person(ledger, gone["id"])
    with ledger.reading():
        everyone = [to_dict(p) for p in Person.select().where(Person.deleted == False)]  # noqa: E712
    for text in ["w", "wl", "wan", "z", "zsm", "zs", "a", "o", "oy", "q", "wxl"]:
        want = sorted((p for p in everyone if p["name_initials"].startswith(text) or p["name_pinyin"].startswith(text)),
                      key=lambda p: (p["name_pinyin"], p["id"]))
        assert persons.search_persons(ledger, text) == want, text
        assert persons.count_persons(ledger, text) == len(want), text
        for offset in range(len(want) + 1):
            assert persons.search_persons(ledger, text, limit=2, offset=offset) == want[offset:offset + 2], (text, offset)
    assert names(persons.search_persons(ledger, "wl")) == ["王磊", "王丽", "汪伦", "万里", "魏来", "吴林"]


def test_free_text_pages_in_pinyin_order_every_way(ledger):
    """Free text (PostgreSQL: the trigram matches sorted where they are found, the page's first ids
    only): every page, forwards and backwards, as a Python filter over every live person."""
    from desktop.services import listing
    for i, name in enumerate(["张三", "李四", "王五", "赵六", "钱七", "孙八", "周九", "吴十", "郑一", "冯二"]):
        persons.create_person(ledger, {"name": name, "employer": "杭州恒达物流有限公司" if i % 3 else "宁波造船厂",
                                       "address": "人民路118号" if i % 4 == 0 else None})
    gone = persons.create_person(ledger, {"name": "陈删", "employer": "杭州恒达物流有限公司"})
    persons.delete_person(ledger, gone["id"])
    with ledger.reading():
        everyone = [to_dict(p) for p in Person.select().where(Person.deleted == False)]  # noqa: E712
    for text in ["恒达物流", "人民路118", "造船厂", "无此单位"]:
        want = sorted((p for p in everyone if any(text in (p[c] or "") for c in ("employer", "address"))),
                      key=lambda p: (p["name_pinyin"], p["id"]))
        assert persons.search_persons(ledger, text) == want, text
        assert persons.count_persons(ledger, text) == len(want)
        for offset in range(len(want) + 1):
            assert persons.search_persons(ledger, text, limit=2, offset=offset) == want[offset:offset + 2], (text, offset)
            got = listing.fetch_rows(ledger, "persons", text, order=[("name", True)], limit=2, offset=offset)
            assert names(got) == names(want[::-1][offset:offset + 2]), (text, offset)
