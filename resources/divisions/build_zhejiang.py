"""Regenerate zhejiang.json (GB/T 2260 division codes of Zhejiang) from python-stdnum's data.

    python resources/divisions/build_zhejiang.py

Source: python-stdnum's ``stdnum/cn/loc.dat`` (LGPL; compiled from the Chinese Wikipedia lists of
division codes), province ``33``, plus SUPPLEMENT below for changes that stdnum's data may lack.
A line such as ``  0206 county="[1985-1986]滨海区,[1987-]北仑区"`` gives one or more periods
``[from-to]name``; ``to`` is the last year the code was in force, an empty bound is unknown/open.

Each entry: code, name (the latest name), level (province / city / county / district_group),
parent (code), valid_from (year or null), valid_to (year or null = in force), and history (every
period: name, from, to). ``district_group`` marks groupings that are not county-level units:
市辖区 (e.g. 330101), 市区 (330120) and 省直辖县级行政单位 (339000).
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import stdnum.cn

PROVINCE = "33"
OUT = Path(__file__).resolve().with_name("zhejiang.json")
EXPECTED_IN_FORCE = {"city": 11, "county": 90}
GROUP_NAMES = {"市辖区", "市区", "省直辖县级行政单位"}

# code -> periods that replace/extend stdnum's (name, from, to). Zhejiang changes of 2021
# (国函〔2021〕24号): 下城区 merged into 拱墅区, 江干区 split; 临平区 and 钱塘区 created.
SUPPLEMENT: dict[str, list[tuple[str, int | None, int | None]]] = {
    "330103": [("下城区", 1983, 2021)],
    "330104": [("江干区", 1983, 2021)],
    "330113": [("临平区", 2021, None)],
    "330114": [("钱塘区", 2021, None)],
}

_PERIOD = re.compile(r"^(?:\[(\d*)-(\d*)\])?(.+)$")


def loc_dat_path() -> Path:
    return Path(os.path.dirname(stdnum.cn.__file__)) / "loc.dat"


def parse_periods(value: str) -> list[tuple[str, int | None, int | None]]:
    periods = []
    for part in value.split(","):
        m = _PERIOD.match(part.strip())
        if not m:
            raise ValueError(f"cannot parse period {part!r}")
        start, end, name = m.groups()
        periods.append((name, int(start) if start else None, int(end) if end else None))
    return periods


def read_province(path: Path, province: str) -> dict[str, list[tuple[str, int | None, int | None]]]:
    codes: dict[str, list] = {}
    inside = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not line.startswith(" "):
            inside = line.split()[0] == province
            continue
        if inside:
            sub, _, rest = line.strip().partition(" ")
            m = re.fullmatch(r'county="(.*)"', rest.strip())
            if not m:
                raise ValueError(f"cannot parse line {line!r}")
            codes[province + sub] = parse_periods(m.group(1))
    return codes


def level_of(code: str, name: str) -> str:
    if code.endswith("0000"):
        return "province"
    if name in GROUP_NAMES:
        return "district_group"
    if code.endswith("00"):
        return "city"
    return "county"


def build() -> list[dict]:
    codes = read_province(loc_dat_path(), PROVINCE)
    codes.update(SUPPLEMENT)
    entries = []
    for code in sorted(codes):
        periods = codes[code]
        name = periods[-1][0]
        level = level_of(code, name)
        if level == "province":
            parent = None
        elif code.endswith("00") or code[:4] + "00" not in codes:
            parent = code[:2] + "0000"
        else:
            parent = code[:4] + "00"
        entries.append({
            "code": code,
            "name": name,
            "level": level,
            "parent": parent,
            "valid_from": periods[0][1],
            "valid_to": periods[-1][2],
            "history": [{"name": n, "from": f, "to": t} for n, f, t in periods],
        })
    return entries


def check(entries: list[dict]) -> None:
    for level, expected in EXPECTED_IN_FORCE.items():
        found = sum(1 for e in entries if e["level"] == level and e["valid_to"] is None)
        if found != expected:
            raise SystemExit(f"expected {expected} in-force {level} entries, found {found}")


def main() -> int:
    entries = build()
    check(entries)
    doc = {
        "source": "python-stdnum stdnum/cn/loc.dat (province 33) + 2021 supplement; "
                  "regenerate with resources/divisions/build_zhejiang.py",
        "divisions": entries,
    }
    # One division per line: small, readable diffs when the data is regenerated.
    lines = [json.dumps(e, ensure_ascii=False) for e in entries]
    text = ('{\n "source": ' + json.dumps(doc["source"], ensure_ascii=False)
            + ',\n "divisions": [\n  ' + ",\n  ".join(lines) + "\n ]\n}\n")
    assert json.loads(text) == doc
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(entries)} entries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
