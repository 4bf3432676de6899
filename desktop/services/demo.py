"""Demo data to practise on: clearly fictional people and deeds covering every case the office meets.

Every record is marked 演示数据（虚构）. Names include rare characters (喆 堃 珺 玥 昇 赟 䶮 𠮷), some
heroes come from other provinces (外来务工人员), some died and have families, and there is a
provincial commendation batch of 23 people of whom 7 are migrant workers.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from desktop.domain import divisions
from desktop.domain.errors import ValidationError
from desktop.domain.id_number import check_digit
from desktop.services import awards, care, cases, deeds, persons
from desktop.services.ledger import Ledger

MARK = "演示数据（虚构）"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华建国志红文辉鹏飞玲燕春梅海波宇浩瑞晨雪琳欣怡子轩梓涵一诺浩然雨桐宏斌晓东立新永强卫东建华"
RARE_NAMES = ["王喆", "李堃", "陈珺", "张玥", "刘昇", "周赟", "吴䶮", "𠮷祥"]
MIGRANT_CODES = ["411521", "340321", "511621", "430524", "522422", "360321", "410526", "342422", "450921"]
PLACES = ["{}人民路与解放路交叉口", "{}滨江公园亲水平台", "{}城东菜市场", "{}新塘河畔", "{}104国道旁",
          "{}汽车客运站", "{}某小区12幢", "{}西湖大道公交站"]
EMPLOYERS = ["某物流公司", "某建筑工程有限公司", "某餐饮店", "某中学", "某社区居委会", "个体经营", "某外卖平台",
             "某电子厂", "某出租车公司", "务农"]
TITLES = {
    "crime": "徒手制止持刀抢劫", "disaster": "台风中转移被困群众", "fire": "冲入火场救出老人",
    "flood": "洪水中抢救被困司机", "traffic": "车祸现场救出伤员", "drowning": "跳河救起落水儿童",
    "other": "勇救煤气中毒一家三口",
}


def _resident_id(rng: random.Random, code: str, birth: dt.date, gender: str) -> str:
    seq = rng.randrange(0, 500) * 2 + (1 if gender == "male" else 0)
    first17 = f"{code}{birth:%Y%m%d}{seq:03d}"
    return first17 + check_digit(first17)


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def generate(ledger: Ledger, persons_count: int = 300, *, seed: int = 20261128) -> dict[str, int]:
    """Fill the database with demo data in one transaction; returns counts of what was made."""
    if persons_count < 30:
        raise ValidationError("演示数据至少需要30人（省级表彰批次有23人）", "persons")
    if persons_count > 200_000:
        raise ValidationError("演示数据最多200000人", "persons")
    rng = random.Random(seed)
    today = ledger.today()
    office = ledger.office_code
    counties = _counties_near(office)
    made = {"persons": 0, "deeds": 0, "cases": 0, "awards": 0, "guarantees": 0, "visits": 0, "family": 0}
    with ledger.atomic():
        people = [_make_person(ledger, rng, i, counties, today) for i in range(persons_count)]
        made["persons"] = len(people)
        confirmed: list[dict[str, Any]] = []
        pool = list(people)
        rng.shuffle(pool)
        categories = ["crime", "disaster", "fire", "flood", "traffic", "drowning", "other"]
        deed_no = 0
        while pool:
            group = [pool.pop() for _ in range(min(len(pool), rng.choice((1, 1, 1, 2, 2, 3))))]
            category = categories[deed_no % len(categories)]
            deed_no += 1
            age_days = rng.randrange(3, 365 * 6)
            occurred = today - dt.timedelta(days=age_days)
            county = rng.choice(counties)
            outcomes = [rng.choices(["unhurt", "injured", "disabled", "died"], [50, 30, 10, 10])[0] for _ in group]
            if deed_no <= 4:  # every outcome appears whatever the random draw
                outcomes[0] = ["unhurt", "injured", "disabled", "died"][deed_no - 1]
            deed = deeds.record_deed(ledger, {
                "title": f"{TITLES[category]}（演示）", "occurred_on": occurred,
                "occurred_time": f"{rng.randrange(0, 24):02d}:{rng.randrange(0, 60):02d}",
                "division_code": county, "place": rng.choice(PLACES).format(divisions.name_of(county)),
                "category": category,
                "narrative": f"{MARK}。{occurred.year}年{occurred.month}月{occurred.day}日，"
                             f"{'、'.join(p['name'] for p in group)}在{divisions.name_of(county)}"
                             f"{TITLES[category]}，事迹经过为虚构的演示内容。",
                "police_report_no": f"DEMO{occurred:%Y%m%d}{deed_no:04d}",
                "witnesses": "证明人甲（虚构）、证明人乙（虚构）",
            }, [{"person_id": p["id"], "outcome": o} for p, o in zip(group, outcomes)])
            made["deeds"] += 1
            state = _make_case(ledger, rng, deed, age_days, today)
            if state is not None:
                made["cases"] += 1
            if state in ("confirmed", "served", "closed"):
                confirmed += [p for p in group]
        for p in people:
            made["family"] += _care(ledger, rng, p, today, made)
        made["awards"] = _commend(ledger, rng, people, confirmed, today)
    return made


def _counties_near(office: str) -> list[str]:
    all_counties = [d.code for d in divisions.counties()]
    div = divisions.get(office)
    if div and div.level == "county":
        same_city = [c for c in all_counties if c[:4] == office[:4] and c != office]
        return [office, office, office] + same_city[:3]
    if div and div.level == "city":
        return [c for c in all_counties if c[:4] == office[:4]] or all_counties[:6]
    return all_counties


def _make_person(ledger: Ledger, rng: random.Random, i: int, counties: list[str], today: dt.date) -> dict[str, Any]:
    migrant = i % 5 == 1 or i < 10 and i % 2 == 0
    gender = "male" if rng.random() < 0.78 else "female"
    birth = dt.date(rng.randrange(1960, 2004), rng.randrange(1, 13), rng.randrange(1, 29))
    code = rng.choice(MIGRANT_CODES) if migrant else rng.choice(counties)
    name = RARE_NAMES[i] if i < len(RARE_NAMES) else _name(rng)
    data = {
        "name": name, "gender": gender, "ethnicity": "01" if rng.random() < 0.95 else rng.choice(["03", "22", "15"]),
        "id_type": "resident", "id_number": _resident_id(rng, code, birth, gender),
        "hukou_address": divisions.full_name(code) or code, "migrant_worker": migrant,
        "occupation": rng.choice(["工人", "司机", "教师", "个体户", "农民", "学生", "快递员", "保安"]),
        "employer": rng.choice(EMPLOYERS) + "（虚构）",
        "political_status": rng.choice(["masses", "masses", "cpc", "cyl"]),
        "education": rng.choice(["junior", "senior", "college", "bachelor"]),
        "phone": f"1{rng.choice('3589')}{rng.randrange(10**8, 10**9)}",
        "address": f"{divisions.name_of(counties[0])}某街道某小区（虚构）",
        "bank_name": "某银行（虚构）", "bank_account": f"6222{rng.randrange(10**14, 10**15)}",
        "do_not_publicise": i % 37 == 5, "notes": MARK,
    }
    return dict(persons.create_person(ledger, data))


def _make_case(ledger: Ledger, rng: random.Random, deed: dict[str, Any], age: int, today: dt.date) -> str | None:
    """A case for the deed. A deed in a neighbouring county is transferred to the office of the place
    (实施办法, place of the act); the random draws go on as if it were decided here, so that every demo of a seed
    holds the same people and outcomes whatever the place of each deed."""
    home = cases.in_area(ledger.office_code, deed["division_code"])

    def act(cid: int, action: str, params: dict[str, Any] | None = None) -> None:
        if home:
            cases.act(ledger, cid, action, params)

    if rng.random() < 0.05:
        return None  # not every deed has an application yet
    occurred = deed["occurred_on"]
    received = min(occurred + dt.timedelta(days=rng.randrange(1, 20)), today)
    source = rng.choice(["self", "relative", "employer", "organisation", "police"])
    case = cases.open_case(ledger, deed["id"], {
        "source": source, "received_on": received,
        "applicant_name": None if source == "police" else deed["participants"][0]["person_name"] if source == "self" else "举荐人（虚构）",
    })
    cid = case["id"]
    if (today - received).days < 2:
        return "received"
    if not home:
        cases.act(ledger, cid, "transfer", {"transferred_to": deed["division_code"],
                                            "transferred_on": min(received + dt.timedelta(days=1), today)})
    state = _decide(rng, act, cid, received, today)
    return state if home else "transferred"


def _decide(rng: random.Random, act, cid: int, received: dt.date, today: dt.date) -> str:
    accepted = min(received + dt.timedelta(days=rng.randrange(0, 5)), today)
    unit = "某公安分局（虚构）"
    act(cid, "accept", {"accepted_on": accepted, "accepting_unit": unit})
    if (today - accepted).days < 2:
        return "accepted"
    act(cid, "investigate")
    since = (today - accepted).days
    if since < 40 and rng.random() < 0.7:
        return "investigating"  # recent cases stay open, some near their deadline
    decided = min(accepted + dt.timedelta(days=rng.randrange(10, 29)), today)
    year = decided.year
    if rng.random() < 0.12:
        act(cid, "inform", {"informed_on": decided - dt.timedelta(days=3),
                            "reasons": "经调查，该行为系履行法定职责（虚构）"})
        act(cid, "hear", {"statement_on": decided - dt.timedelta(days=1),
                          "statement": "申请人到场陈述，未提出新的事实和证据（虚构）"})
        act(cid, "refuse", {"decision_no": f"演公不确〔{year}〕{rng.randrange(1, 99)}号",
                            "decision_date": decided, "reasons": "属于履行法定职责（虚构）"})
        state = "not_confirmed"
    else:
        act(cid, "confirm", {"decision_no": f"演公确〔{year}〕{rng.randrange(1, 99)}号", "decision_date": decided})
        state = "confirmed"
    served = min(decided + dt.timedelta(days=rng.randrange(1, 6)), today)
    if (today - decided).days < 3:
        return state
    act(cid, "serve", {"served_on": served})
    if (today - served).days <= 15:
        return "served" if state == "confirmed" else state
    if state == "not_confirmed" and rng.random() < 0.4:
        act(cid, "request_review", {"review_requested_on": served + dt.timedelta(days=7)})
        return state
    act(cid, "close")
    return "closed" if state == "confirmed" else state


def _care(ledger: Ledger, rng: random.Random, person: dict[str, Any], today: dt.date, made: dict[str, int]) -> int:
    p = persons.get_person(ledger, person["id"])
    family = 0
    if p["state"] in ("deceased", "disabled"):
        surname = p["name"][0]
        for relation, gender, age in (("spouse", "female" if p["gender"] == "male" else "male", 40),
                                      ("son", "male", 14), ("mother", "female", 68)):
            if rng.random() < 0.85:
                persons.add_family_member(ledger, p["id"], {
                    "name": (surname if relation == "son" else rng.choice(SURNAMES)) + rng.choice(GIVEN) + rng.choice(GIVEN),
                    "relation": relation, "gender": gender, "dependant": relation != "spouse",
                    "birth_date": dt.date(today.year - age, rng.randrange(1, 13), rng.randrange(1, 28)),
                    "phone": f"13{rng.randrange(10**8, 10**9)}", "notes": MARK})
                family += 1
    kinds = {"injured": ["medical"], "disabled": ["medical", "disability", "employment"],
             "deceased": ["martyr", "pension", "condolence_grant", "schooling"]}.get(p["state"], [])
    for kind in kinds:
        state = rng.choice(["applied", "processing", "granted", "granted"])
        item = {"kind": kind, "state": state, "department": rng.choice(["civil_affairs", "hrss", "veterans", "foundation"]),
                "applied_on": today - dt.timedelta(days=rng.randrange(20, 400)), "description": MARK}
        drawn_state = state
        if kind == "disability" and state == "granted":
            item["disability_grade"] = rng.randrange(1, 11)
        if kind == "disability":  # applied within 3 years of the injury, granted after the 7-working-day notice
            injured = care.injury_date(ledger, p["id"])
            if injured is not None:
                item["applied_on"] = max(injured, min(injured + (today - item["applied_on"]) // 4,
                                                      today - dt.timedelta(days=30)))
            if state == "granted":
                item["decided_on"] = min(item["applied_on"] + dt.timedelta(days=20), today)
                if item["decided_on"] - item["applied_on"] < dt.timedelta(days=14):  # too recent to be granted
                    state = item["state"] = "processing"
                    item.pop("disability_grade")
                    item.pop("decided_on")
        if kind in ("medical", "pension", "condolence_grant"):
            item["amount"] = Decimal(rng.choice([5000, 12000, 30000, 50000]))
        if drawn_state in ("applied", "processing"):  # (the draws as for any seed, whatever the rules changed)
            item["due_on"] = today + dt.timedelta(days=rng.randrange(-5, 40))
        care.add_guarantee(ledger, p["id"], item)
        made["guarantees"] += 1
    if p["state"] in ("deceased", "disabled") and rng.random() < 0.6:
        care.add_visit(ledger, p["id"], {"visited_on": today - dt.timedelta(days=rng.randrange(30, 500)),
                                         "occasion": "spring_festival", "unit": "县见义勇为基金会（虚构）",
                                         "visitors": "工作人员（虚构）", "amount": Decimal(2000), "notes": MARK})
        made["visits"] += 1
    if not p["do_not_publicise"] and rng.random() < 0.15:
        care.add_publicity(ledger, {"published_on": today - dt.timedelta(days=rng.randrange(1, 300)),
                                    "media_kind": rng.choice(["newspaper", "tv", "online", "wechat"]),
                                    "outlet": "某日报（虚构）", "title": f"{p['name']}见义勇为事迹报道（虚构）"},
                           person_ref=p["id"])
    return family


def _commend(ledger: Ledger, rng: random.Random, people: list[dict[str, Any]],
             confirmed: list[dict[str, Any]], today: dt.date) -> int:
    count = 0
    year = today.year
    states = {p["id"]: persons.get_person(ledger, p["id"]) for p in people}
    migrants = [p for p in people if states[p["id"]]["migrant_worker"]]
    locals_ = [p for p in people if not states[p["id"]]["migrant_worker"]]
    dead = [p for p in locals_ if states[p["id"]]["state"] == "deceased"][:3]
    chosen = migrants[:7] + dead + [p for p in locals_ if p not in dead][: 23 - 7 - len(dead)]
    batch = awards.create_batch(ledger, {
        "title": f"{year}年度浙江省见义勇为先进分子表彰（演示）", "level": "province", "year": year,
        "issuing_body": "浙江省见义勇为工作联席会议办公室（虚构）", "document_no": f"演浙见〔{year}〕1号",
        "decided_on": today - dt.timedelta(days=10)})
    for i, p in enumerate(chosen):
        warrior = i % 8 == 0
        awards.add_award(ledger, batch["id"], p["id"], {
            "honour_title": "浙江省见义勇为勇士" if warrior else "浙江省见义勇为先进分子",
            "merit": "first", "amount": Decimal(100000 if warrior else 80000),
            "payment_state": "approved" if i % 3 else "pending",
            "approved_on": None, "certificate_no": f"ZJ{year}{i + 1:03d}"})
        count += 1
    for y in (year - 2, year - 1):
        b = awards.create_batch(ledger, {"title": f"{y}年度见义勇为先进个人表彰（演示）", "level": "county",
                                         "year": y, "issuing_body": "县见义勇为工作领导小组（虚构）",
                                         "document_no": f"演县见〔{y}〕3号", "decided_on": dt.date(y, 11, 22)})
        for p in rng.sample(confirmed, min(len(confirmed), 12)) if confirmed else []:
            awards.add_award(ledger, b["id"], p["id"], {
                "honour_title": "见义勇为先进个人", "merit": "none", "amount": Decimal(rng.choice([5000, 10000, 20000])),
                "payment_state": "paid", "paid_on": dt.date(y, 12, 20)})
            count += 1
    return count
