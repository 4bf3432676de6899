"""Pinyin forms of Chinese names, for search and for sorting by pinyin."""

from __future__ import annotations

import unicodedata

from functools import lru_cache


@lru_cache(maxsize=1)
def _pypinyin():
    """pypinyin, loaded on first use: its dictionaries cost ~55 MB and ~0.35 s, and the program
    only needs them when a name is written (search and sorting read the stored pinyin)."""
    from pypinyin import Style, lazy_pinyin, load_single_dict

    # Characters found in names that pypinyin's dictionary lacks (CJK extension B and beyond).
    load_single_dict({0x20BB7: "jí", 0x4DAE: "yǎn"})  # 𠮷 (吉 variant), 䶮
    return lazy_pinyin, Style.NORMAL


@lru_cache(maxsize=1)
def _dictionaries():
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT, RE_HANS
    _pypinyin()  # the extra characters above are in PINYIN_DICT from here on
    return PHRASES_DICT, PINYIN_DICT, RE_HANS


@lru_cache(maxsize=None)
def _char(ch: str) -> str | None:
    """One character's reading as lazy_pinyin gives it alone; None when it has none or not one."""
    lazy_pinyin, normal = _pypinyin()
    _, pinyin_dict, re_hans = _dictionaries()
    if ord(ch) not in pinyin_dict or not re_hans.match(ch):
        return None
    got = lazy_pinyin(ch, style=normal, errors="ignore")
    return got[0] if len(got) == 1 and got[0] else None


def _lazy(text: str) -> tuple[str, ...]:
    """lazy_pinyin(text, NORMAL, errors="ignore"), the same result, about twenty times faster for
    the usual name: when every character is a Chinese character with a reading and no part of two
    or more characters is in pypinyin's phrase list, pypinyin reads each character alone (its
    segmenter can only join characters into a listed phrase), so each character's cached reading is
    the answer. Anything else (phrases, other scripts, unknown characters) goes to pypinyin itself.
    tests/domain/test_names.py compares both over every character and many generated names."""
    out = []
    for ch in text:
        py = _char(ch)
        if py is None:
            break
        out.append(py)
    else:
        phrases = _dictionaries()[0]
        n = len(text)
        if not any(text[i:j] in phrases for i in range(n - 1) for j in range(i + 2, n + 1)):
            return tuple(out)
    lazy_pinyin, normal = _pypinyin()
    return tuple(lazy_pinyin(text, style=normal, errors="ignore"))

# Surnames whose reading differs from the character's most common reading.
_SURNAME_READINGS = {
    "单": "shan", "曾": "zeng", "仇": "qiu", "解": "xie", "查": "zha", "区": "ou",
    "朴": "piao", "覃": "qin", "尉迟": "yuchi", "万俟": "moqi", "乐": "yue", "盖": "ge",
    "缪": "miao", "翟": "zhai", "秘": "bi", "种": "chong", "长孙": "zhangsun", "任": "ren",
    "召": "shao", "繁": "po", "员": "yun", "令狐": "linghu", "重": "chong",
}
_SURNAMES_LONGEST_FIRST = sorted(_SURNAME_READINGS, key=len, reverse=True)


def normalize_name(name: str) -> str:
    """Trim a name and join the parts; keep the middle dot of minority and foreign names."""
    name = unicodedata.normalize("NFC", name or "").strip()
    name = name.replace("\u3000", " ")
    for dot in ("•", "‧", "・", ".", "·"):
        name = name.replace(dot, "·")
    return " ".join(name.split())


@lru_cache(maxsize=65536)  # given names repeat far more than whole names (a package of 20,000 people)
def _given(rest: str) -> tuple[str, ...]:
    return _lazy(rest)


@lru_cache(maxsize=4096)  # pinyin_full and pinyin_initials of the same name, one after the other
def _syllables(name: str) -> tuple[str, ...]:
    for surname in _SURNAMES_LONGEST_FIRST:
        if name.startswith(surname):
            rest = name[len(surname):]
            return (_SURNAME_READINGS[surname],) + (_given(rest) if rest else ())
    return _lazy(name)


def pinyin_full(name: str) -> str:
    """Full pinyin without tones or spaces, lower case: 张三 → zhangsan."""
    return "".join(s.lower() for s in _syllables(normalize_name(name)) if s.isalpha())


def pinyin_initials(name: str) -> str:
    """Initials of each syllable: 张三 → zs; 欧阳娜娜 → oynn."""
    return "".join(s[0].lower() for s in _syllables(normalize_name(name)) if s and s[0].isalpha())


def sort_key(name: str) -> str:
    """A key that sorts Chinese names by pinyin (the way an office ledger is ordered)."""
    return " ".join(_syllables(normalize_name(name))).lower() or name
