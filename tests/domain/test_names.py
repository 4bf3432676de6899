"""names._lazy: the fast reading of a name must equal pypinyin's lazy_pinyin exactly (the stored
pinyin of old and new records must agree, or search would miss people)."""

import random

from pypinyin import Style, lazy_pinyin
from pypinyin.constants import PHRASES_DICT, PINYIN_DICT, RE_HANS

from desktop.domain import names

# Characters of names, including polyphones whose reading changes inside phrases (长 行 重 乐 单 …).
COMMON = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
          "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
          "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华建国长行重乐单朝阳和都会觉得数解省调藏发降参差"
          "长春弘文正清红兴银海波宁春燕小龙飞凤玲子涵梓轩浩宇一诺欣怡雨彤俊杰佳琪家豪")


def slow(text):
    return tuple(lazy_pinyin(text, style=Style.NORMAL, errors="ignore"))


def test_every_character_alone_reads_as_pypinyin_reads_it():
    names._pypinyin()
    chars = [chr(c) for c in PINYIN_DICT if RE_HANS.match(chr(c))]
    assert len(chars) > 20_000
    for ch in chars:
        assert names._lazy(ch) == slow(ch), ch


def test_generated_names_read_as_pypinyin_reads_them():
    rng = random.Random(19)
    pool = list(COMMON) + [chr(c) for c in rng.sample(sorted(PINYIN_DICT), 3000) if RE_HANS.match(chr(c))]
    phrases = [p for p in PHRASES_DICT if 2 <= len(p) <= 3]
    fast = 0
    for i in range(30_000):
        n = rng.choice((1, 2, 2, 3, 3, 4))
        text = "".join(rng.choice(pool if rng.random() < 0.5 else COMMON) for _ in range(n))
        if i % 10 == 0:  # names that hold a listed phrase, where the reading depends on it
            text = rng.choice(COMMON) + rng.choice(phrases)
        n_parts = len(text)
        if not any(text[a:b] in PHRASES_DICT for a in range(n_parts - 1) for b in range(a + 2, n_parts + 1)):
            fast += 1
        assert names._lazy(text) == slow(text), text
    assert fast > 15_000  # most names take the fast path: the comparison is not of the slow path alone


def test_mixed_scripts_and_marks_go_to_pypinyin():
    for text in ("Anna·李", "李·娜", "阿卜杜·热合曼", "李a", "𠮷祥", "王䶮", "〇", "张 三", "", "ABC"):
        assert names._lazy(text) == slow(text), text


def test_a_phrase_in_a_name_is_read_as_the_phrase():
    assert names.pinyin_full("李长江") == "lichangjiang"
    assert names.pinyin_full("张重庆") == "zhangchongqing"
    assert names.pinyin_full("单田芳") == "shantianfang"
