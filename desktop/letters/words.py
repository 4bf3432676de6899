"""Chinese words, for breaking titles between words (jieba, loaded on first use)."""

from __future__ import annotations

import logging
import threading
from functools import lru_cache

_lock = threading.Lock()
_ready = False
# Words of this domain jieba's dictionary may not keep whole.
_DOMAIN_WORDS = ("见义勇为", "先进分子", "先进个人", "先进集体", "表彰名单", "决定书", "嘉奖信", "慰问信",
                 "荣誉证书", "不予确认", "英雄群体", "外来务工")


def _init() -> None:
    global _ready
    with _lock:
        if not _ready:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            for w in _DOMAIN_WORDS:
                jieba.add_word(w, freq=2_000_000)
            _ready = True


@lru_cache(maxsize=512)
def _cut(text: str) -> tuple[str, ...]:
    import jieba

    _init()
    return tuple(jieba.cut(text, HMM=True))


def words_of(text: str) -> list[str]:
    """The words of a text in order (joined they give the text back)."""
    return list(_cut(text)) if text else []
