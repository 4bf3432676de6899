"""Generate a province-sized database: people, deeds, cases, awards, guarantees and their audit trail.

    python -m benchmarks.generate --db /tmp/province.db                 # 1,000,000 people (SQLite)
    python -m benchmarks.generate --db /tmp/small.db --persons 20000
    python -m benchmarks.generate --db postgresql://postgres@127.0.0.1:5432/yiyong --persons 200000

The records are spread over every Zhejiang county code (retired ones included: twenty years of
packages from every county) and over 2006-2026, as the province's aggregate database would hold
them. Everything is fictional. Rows are written in bulk (executemany / execute_values in chunks,
one transaction per chunk), bypassing the per-record Writer for speed but filling what it fills
— uuid, origin, version, vclock, seq, name_pinyin, name_initials, id_rev — and a hash-chained
audit entry for every record created, so `desktop check` and audit.verify_chain() hold.
The SQLite full-text triggers are dropped during the load and the index rebuilt once at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
import time
import uuid as uuidlib
from pathlib import Path

from peewee import fn

from desktop.domain import divisions, names
from desktop.domain.id_number import check_digit
from desktop.store import audit, search
from desktop.store.db import is_postgres
from desktop.store.models import (
    AuditEntry, Award, CommendationBatch, ConfirmationCase, Counter, Deed, DeedPerson, GuaranteeItem,
    Office, Person, Setting,
)
from desktop.store.values import dumps

PROVINCE = ("330000", "浙江省见义勇为基金会")
ACTOR = "生成器"
CHUNK = 5000

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
            "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
            "楼应俞葛诸屠骆单裘")
COMPOUND = ["欧阳", "诸葛", "司马", "上官"]
GIVEN = ("伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华建国志红文辉鹏飞玲燕春梅海波宇浩瑞晨雪琳欣怡子轩梓涵"
         "一诺然雨桐宏斌晓东立新永卫德忠兴旺福荣贵金银玉凤兰君佳嘉琪琦思雅婷婧萍莉丹颖倩慧敏聪睿哲喆堃珺玥昇赟")
STREETS = ["人民路", "解放路", "中山路", "建设路", "文化路", "新华路", "环城北路", "滨江路", "学院路", "工业路",
           "凤起路", "延安路", "体育场路", "江南大道", "钱江路", "东风路", "胜利路", "和平路", "公园路", "青年路"]
PLACE_KINDS = ["与{}交叉口", "菜市场", "公交站", "河边", "小区", "汽车站", "码头", "水库", "国道旁", "商场门口",
               "工地", "学校门口", "农贸市场", "江边", "公园"]
EMPLOYER_KINDS = ["物流有限公司", "建筑工程有限公司", "餐饮管理有限公司", "中学", "小学", "社区居民委员会", "电子有限公司",
                  "出租汽车有限公司", "农业专业合作社", "纺织有限公司", "机械制造有限公司", "人民医院", "供电公司",
                  "快递服务部", "超市", "宾馆", "汽车维修厂", "家具有限公司"]
EMPLOYER_WORDS = ["恒达", "鑫源", "华通", "宏远", "金桥", "新世纪", "东方", "众诚", "永安", "同心", "天成", "海纳",
                  "瑞丰", "兴业", "华泰", "绿源", "博远", "万家", "中兴", "联华"]
OCCUPATIONS = ["农民", "工人", "司机", "外卖骑手", "快递员", "教师", "学生", "个体户", "保安", "医生", "渔民",
               "厨师", "职员", "退休人员", "建筑工人", "出租车司机", "环卫工人", "村干部"]
CATEGORIES = ["crime", "disaster", "fire", "flood", "traffic", "drowning", "other"]
CAT_WEIGHTS = [30, 6, 12, 5, 15, 25, 7]
DEEDS = {
    "crime": ["徒手制止持刀抢劫", "勇擒抢夺财物嫌疑人", "制止入室盗窃", "协助民警抓获逃犯", "制止暴力伤人"],
    "disaster": ["台风中转移被困群众", "山体滑坡中抢救村民", "泥石流中救出老人"],
    "fire": ["冲入火场救出老人", "扑灭仓库大火", "火场中救出被困儿童"],
    "flood": ["洪水中抢救被困司机", "洪水中转移被困群众"],
    "traffic": ["车祸现场救出伤员", "拦停失控车辆", "救出侧翻货车驾驶员"],
    "drowning": ["跳河救起落水儿童", "跳入水库救起轻生女子", "冰面救起落水少年", "江中救起落水老人"],
    "other": ["勇救煤气中毒一家三口", "电梯故障中救出被困群众", "救助突发疾病老人"],
}
OUTCOMES = ["unhurt", "injured", "disabled", "died"]
OUTCOME_WEIGHTS = [70, 22, 5, 3]
STATE_OF = {"unhurt": "unhurt", "injured": "injured", "disabled": "disabled", "died": "deceased"}
HONOURS = ["zj_warrior", "zj_advanced", "city_advanced", "county_advanced", "county_commended"]
GUARANTEES = {"injured": ["medical", "work_injury", "hardship"],
              "disabled": ["medical", "disability", "employment", "social_insurance", "housing"],
              "deceased": ["martyr", "pension", "condolence_grant", "schooling", "housing"]}
EDUCATION = ["primary", "junior", "senior", "college", "bachelor", "postgraduate", "none"]
POLITICAL = ["cpc", "cyl", "masses", "masses", "masses", "masses"]


class Loader:
    """Bulk rows into one table, in chunks, each chunk in a transaction."""

    def __init__(self, db, model):
        self.db, self.model = db, model
        self.fields = [f for f in model._meta.sorted_fields]
        self.columns = [f.column_name for f in self.fields]
        self.names = [f.name for f in self.fields]
        self.pg = is_postgres(db)
        cols = ", ".join(f'"{c}"' for c in self.columns)
        if self.pg:
            self.sql = f'INSERT INTO "{model._meta.table_name}" ({cols}) VALUES %s'
        else:
            marks = ", ".join("?" for _ in self.columns)
            self.sql = f'INSERT INTO "{model._meta.table_name}" ({cols}) VALUES ({marks})'
        self.rows: list[tuple] = []
        self.count = 0

    def add(self, values: dict) -> None:
        self.rows.append(tuple(values.get(n) for n in self.names))

    def flush(self) -> None:
        """Write the rows held (inside the caller's transaction)."""
        if not self.rows:
            return
        cursor = self.db.cursor()
        if self.pg:
            from psycopg2.extras import execute_values
            execute_values(cursor, self.sql, self.rows, page_size=1000)
        else:
            cursor.executemany(self.sql, self.rows)
        self.count += len(self.rows)
        self.rows = []


class Generator:
    def __init__(self, db, persons: int, seed: int):
        self.db, self.n, self.rng = db, persons, random.Random(seed)
        self.pg = is_postgres(db)
        self.counties = [d.code for d in divisions.counties(include_retired=True)]
        self.county_names = {c: divisions.full_name(c) for c in self.counties}
        self.seq = 0
        self.pinyin: dict[str, tuple[str, str]] = {}
        self.ids: set[str] = set()
        self.loaders = {m: Loader(db, m) for m in (Person, Deed, DeedPerson, ConfirmationCase,
                                                   CommendationBatch, Award, GuaranteeItem, AuditEntry)}
        self.batches: dict[tuple[str, int], int] = {}
        self.next_id = {m: (m.select(fn.MAX(m.id)).scalar() or 0) + 1 for m in self.loaders}
        last = AuditEntry.select(AuditEntry.hash).order_by(AuditEntry.id.desc()).first()
        self.prev_hash = last.hash if last else audit.GENESIS
        self.given_pool = [self._given() for _ in range(4000)]

    # -- values ----------------------------------------------------------------
    def d(self, value: dt.date | dt.datetime | None):
        if value is None or self.pg:
            return value
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()

    def _given(self) -> str:
        return "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2, 2, 2))))

    def name(self) -> str:
        surname = self.rng.choice(COMPOUND) if self.rng.random() < 0.004 else self.rng.choice(SURNAMES)
        return surname + self.rng.choice(self.given_pool)

    def pinyin_of(self, name: str) -> tuple[str, str]:
        got = self.pinyin.get(name)
        if got is None:  # pypinyin once per distinct name: names repeat
            got = self.pinyin[name] = (names.pinyin_full(name), names.pinyin_initials(name))
        return got

    def resident_id(self, county: str, birth: dt.date, male: bool) -> str:
        while True:
            seq = self.rng.randrange(0, 500) * 2 + (1 if male else 0)
            first17 = f"{county}{birth:%Y%m%d}{seq:03d}"
            number = first17 + check_digit(first17)
            if number not in self.ids:
                self.ids.add(number)
                return number

    def travelling(self, model, origin: str, at: dt.datetime) -> dict:
        self.seq += 1
        rid = self.next_id[model]
        self.next_id[model] = rid + 1
        return {"id": rid, "uuid": str(uuidlib.UUID(int=self.rng.getrandbits(128), version=4)),
                "origin": origin, "version": 1, "vclock": f'{{"{origin}":1}}', "seq": self.seq,
                "created_at": self.d(at), "updated_at": self.d(at), "updated_by": origin, "deleted": False}

    def audited(self, model, table: str, values: dict, at: dt.datetime, office: str, keys: tuple[str, ...]) -> None:
        self.loaders[model].add(values)
        changes = dumps({k: [None, values[k]] for k in keys if values.get(k) not in (None, "", False)})
        at_text = at.isoformat(sep=" ")
        h = audit.entry_hash(self.prev_hash, at_text, ACTOR, office, "create", table, values["uuid"], changes, None)
        aid = self.next_id[AuditEntry]
        self.next_id[AuditEntry] = aid + 1
        self.loaders[AuditEntry].add({"id": aid, "at": self.d(at), "actor": ACTOR, "office": office,
                                      "action": "create", "table": table, "record_uuid": values["uuid"],
                                      "changes": changes, "package": None, "prev_hash": self.prev_hash,
                                      "hash": h})
        self.prev_hash = h

    def flush(self) -> None:
        """One transaction for the chunk, tables in the order their foreign keys need."""
        with self.db.atomic():
            for loader in self.loaders.values():
                loader.flush()

    # -- records ---------------------------------------------------------------
    def run(self, progress) -> dict[str, int]:
        rng = self.rng
        made = 0
        day0, days = dt.date(2006, 1, 1), (dt.date(2026, 11, 27) - dt.date(2006, 1, 1)).days
        while made < self.n:
            k = min(rng.choices((1, 2, 3), (70, 20, 10))[0], self.n - made)
            county = rng.choice(self.counties)
            occurred = day0 + dt.timedelta(days=min(days, (made * days) // self.n + rng.randrange(30)))
            at = dt.datetime.combine(occurred, dt.time(9)) + dt.timedelta(days=rng.randrange(1, 60),
                                                                           minutes=rng.randrange(600))
            self.deed(county, occurred, at, k)
            made += k
            if len(self.loaders[Person].rows) >= CHUNK:
                self.flush()
            if made % 50000 < k:
                progress(made)
        self.flush()
        with self.db.atomic():
            Counter.insert(name="change", value=self.seq).on_conflict(
                conflict_target=[Counter.name], update={Counter.value: self.seq}).execute()
        return {m._meta.table_name: loader.count for m, loader in self.loaders.items()}

    def person(self, county: str, occurred: dt.date, at: dt.datetime, outcome: str) -> dict:
        rng = self.rng
        name = self.name()
        full, initials = self.pinyin_of(name)
        male = rng.random() < 0.78
        home = county if rng.random() < 0.7 else rng.choice(self.counties)
        birth = dt.date(occurred.year - rng.randrange(16, 70), rng.randrange(1, 13), rng.randrange(1, 29))
        number = self.resident_id(home, birth, male)
        v = self.travelling(Person, county, at)
        v.update({
            "name": name, "name_pinyin": full, "name_initials": initials,
            "gender": "male" if male else "female", "ethnicity": "01", "birth_date": self.d(birth),
            "id_type": "resident", "id_number": number, "id_rev": number[::-1], "hukou_division": home,
            "hukou_address": f"{self.county_names[home]}{rng.choice(STREETS)}{rng.randrange(1, 400)}号",
            "migrant_worker": rng.random() < 0.25,
            "occupation": rng.choice(OCCUPATIONS),
            "employer": (self.county_names[county][-3:] + rng.choice(EMPLOYER_WORDS) + rng.choice(EMPLOYER_KINDS))
            if rng.random() < 0.6 else None,
            "political_status": rng.choice(POLITICAL), "education": rng.choice(EDUCATION),
            "phone": f"1{rng.choice('35789')}{rng.randrange(10**9):09d}",
            "address": f"{self.county_names[county]}{rng.choice(STREETS)}{rng.randrange(1, 200)}弄{rng.randrange(1, 30)}号",
            "bank_name": None, "bank_account": None, "state": STATE_OF[outcome], "do_not_publicise": rng.random() < 0.02,
            "photo_sha256": None, "notes": "曾多次参与社区志愿服务" if rng.random() < 0.05 else None,
        })
        self.audited(Person, "person", v, at, county, ("name", "gender", "birth_date", "id_number", "hukou_division",
                                                      "occupation", "employer", "phone", "address", "state"))
        return v

    def deed(self, county: str, occurred: dt.date, at: dt.datetime, k: int) -> None:
        rng = self.rng
        category = rng.choices(CATEGORIES, CAT_WEIGHTS)[0]
        street = rng.choice(STREETS)
        place = self.county_names[county] + street + rng.choice(PLACE_KINDS).format(rng.choice(STREETS))
        outcomes = [rng.choices(OUTCOMES, OUTCOME_WEIGHTS)[0] for _ in range(k)]
        people = [self.person(county, occurred, at, o) for o in outcomes]
        what = rng.choice(DEEDS[category])
        names_text = "、".join(p["name"] for p in people)
        deed = self.travelling(Deed, county, at)
        deed.update({
            "title": f"{names_text[:20]}{what}", "occurred_on": self.d(occurred),
            "occurred_time": f"{rng.randrange(24):02d}:{rng.randrange(60):02d}", "division_code": county,
            "place": place, "category": category,
            "narrative": f"{occurred.year}年{occurred.month}月{occurred.day}日，{names_text}在{place}{what}，"
                         f"{'本人受伤' if outcomes[0] != 'unhurt' else '未受伤'}。",
            "beneficiaries": rng.choice(["一名儿童", "一名老人", "被害人一家", "过往群众", "一名女子", "两名游客"]),
            "police_report_no": f"{county}{occurred.year}{rng.randrange(10**6):06d}" if category == "crime" else None,
            "witnesses": None, "evidence": None,
        })
        self.audited(Deed, "deed", deed, at, county, ("title", "occurred_on", "division_code", "place", "category"))
        for p, outcome in zip(people, outcomes):
            link = self.travelling(DeedPerson, county, at)
            link.update({"deed": deed["id"], "person": p["id"], "outcome": outcome,
                         "role": "主要实施人" if p is people[0] else "参与人", "notes": None})
            self.audited(DeedPerson, "deed_person", link, at, county, ("deed", "person", "outcome"))
        # the confirmation case: old ones decided, recent ones still in progress
        age = (dt.date(2026, 11, 28) - occurred).days
        received = occurred + dt.timedelta(days=rng.randrange(3, 60))
        if age > 240:
            state = rng.choices(["confirmed", "not_confirmed"], (90, 10))[0]
        else:
            state = rng.choice(["received", "accepted", "investigating", "notice", "decided"])
        decided = received + dt.timedelta(days=rng.randrange(30, 90)) if state in ("confirmed", "not_confirmed") else None
        case = self.travelling(ConfirmationCase, county, at)
        case.update({
            "deed": deed["id"], "source": rng.choice(["self", "relative", "employer", "organisation", "police"]),
            "applicant_name": people[0]["name"], "applicant_relation": "本人", "applicant_phone": people[0]["phone"],
            "received_on": self.d(received), "accepted_on": self.d(received + dt.timedelta(days=5)),
            "accepting_unit": self.county_names[county][-3:] + "公安局", "state": state, "extensions": 0,
            "extension_reason": None, "investigation": None, "notice_start": None, "informed_on": None,
            "statement": None, "decision": ("confirmed" if state == "confirmed" else "not_confirmed") if decided else None,
            "decision_no": f"{county}见义〔{decided.year}〕{rng.randrange(1, 300)}号" if decided else None,
            "decision_date": self.d(decided), "reasons": None, "served_on": self.d(decided),
            "review_requested_on": None, "review_result": None, "review_decided_on": None, "notes": None,
        })
        self.audited(ConfirmationCase, "case", case, at, county, ("deed", "source", "received_on", "state"))
        if state == "confirmed":
            for p in people:
                if rng.random() < 0.35:
                    self.award(county, decided, p, deed)
                if p["state"] != "unhurt":
                    for kind in rng.sample(GUARANTEES[p["state"]], rng.randrange(1, 3)):
                        g = self.travelling(GuaranteeItem, county, at)
                        g.update({"person": p["id"], "kind": kind, "department": None,
                                  "state": rng.choice(["applied", "processing", "granted", "granted", "closed"]),
                                  "amount": f"{rng.randrange(1, 200) * 500}.00" if kind != "employment" else None,
                                  "disability_grade": rng.randrange(1, 11) if kind == "disability" else None,
                                  "applied_on": self.d(decided), "decided_on": None,
                                  "due_on": self.d(decided + dt.timedelta(days=rng.randrange(30, 400))),
                                  "description": None})
                        self.audited(GuaranteeItem, "guarantee", g, at, county, ("person", "kind", "state", "amount"))

    def award(self, county: str, decided: dt.date, person: dict, deed: dict) -> None:
        rng = self.rng
        year = decided.year
        batch_id = self.batches.get((county, year))
        at = dt.datetime.combine(decided, dt.time(10))
        if batch_id is None:
            b = self.travelling(CommendationBatch, county, at)
            b.update({"title": f"{year}年度{self.county_names[county][-3:]}见义勇为表彰", "level": "county",
                      "year": year, "issuing_body": self.county_names[county][-3:] + "人民政府",
                      "document_no": f"〔{year}〕{rng.randrange(1, 99)}号", "decided_on": self.d(decided), "notes": None})
            self.audited(CommendationBatch, "batch", b, at, county, ("title", "level", "year"))
            batch_id = self.batches[(county, year)] = b["id"]
        a = self.travelling(Award, county, at)
        a.update({"batch": batch_id, "person": person["id"], "deed": deed["id"],
                  "honour_title": rng.choice(HONOURS), "merit": "none",
                  "amount": f"{rng.choice((2000, 5000, 10000, 20000, 50000))}.00",
                  "payment_state": rng.choice(["pending", "approved", "paid", "paid", "paid"]),
                  "approved_on": self.d(decided), "paid_on": None, "certificate_no": None,
                  "roll_order": 0, "notes": None})
        self.audited(Award, "award", a, at, county, ("batch", "person", "honour_title", "amount"))


def _reset_sequences(db) -> None:
    """PostgreSQL: the id sequences continue after the ids written here."""
    for model in (Person, Deed, DeedPerson, ConfirmationCase, CommendationBatch, Award, GuaranteeItem, AuditEntry):
        t = model._meta.table_name
        db.execute_sql(f"SELECT setval(pg_get_serial_sequence('\"{t}\"', 'id'), "
                       f"COALESCE((SELECT MAX(id) FROM \"{t}\"), 0) + 1, false)")


def generate(target: str, persons: int = 1_000_000, *, seed: int = 20261128, quiet: bool = False) -> dict:
    """Create (migrate) the database at `target`, which must hold no people yet, and fill it."""
    from desktop.services.ledger import Ledger

    def say(text: str) -> None:
        if not quiet:
            print(text, file=sys.stderr, flush=True)

    started = time.perf_counter()
    ledger = Ledger.open(target, actor=ACTOR)
    db = ledger.db
    ledger.bind()
    if Person.select().exists():
        raise SystemExit(f"数据库 {target} 里已有人员记录：请给一个新的文件或空数据库")
    with db.atomic():
        Office.insert(code=PROVINCE[0], name=PROVINCE[1], level="province", is_self=True, trusted=True).on_conflict_ignore().execute()
        for key, value in (("office.code", PROVINCE[0]), ("office.name", PROVINCE[1])):
            Setting.insert(key=key, value=value).on_conflict_replace().execute() if not is_postgres(db) else \
                Setting.insert(key=key, value=value).on_conflict(conflict_target=[Setting.key],
                                                                 update={Setting.value: value}).execute()
    search.suspend_sync(db)
    if not is_postgres(db):
        db.execute_sql("PRAGMA synchronous = OFF")
    gen = Generator(db, persons, seed)
    counts = gen.run(lambda n: say(f"  {n:,} 人 …  {time.perf_counter() - started:.0f} s"))
    say(f"写入完成 {time.perf_counter() - started:.0f} s；建立全文索引 …")
    if is_postgres(db):
        _reset_sequences(db)
    search.resume_sync(db)
    if not is_postgres(db):
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    counts["seconds"] = round(time.perf_counter() - started, 1)
    counts["distinct_names"] = len(gen.pinyin)
    ledger.close()
    say(json.dumps(counts, ensure_ascii=False))
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="生成省级规模的测试数据库（全部为虚构数据）")
    ap.add_argument("--db", required=True, help="SQLite 文件路径或 postgresql:// 地址（应为新库）")
    ap.add_argument("--persons", type=int, default=1_000_000, help="人员数（默认 1,000,000）")
    ap.add_argument("--seed", type=int, default=20261128)
    ap.add_argument("--force", action="store_true", help="SQLite 文件已存在时先删除")
    args = ap.parse_args(argv)
    if args.force and "://" not in args.db:
        for suffix in ("", "-wal", "-shm"):
            Path(args.db + suffix).unlink(missing_ok=True)
    generate(args.db, args.persons, seed=args.seed)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("YIYONG_HOME", "/tmp/yiyong-bench-home")
    sys.exit(main())
