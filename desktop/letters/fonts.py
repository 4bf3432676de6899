"""Fonts for printed documents: a fallback chain per role, coverage checks, reportlab registration.

Roles follow GB/T 9704: ``body`` 仿宋, ``title`` 小标宋, ``heading`` 黑体, ``kai`` 楷体. Each role has
a chain of TrueType faces: the office's own fonts first (explicit overrides, then the PC's fonts
found by file or family name), then the fonts shipped under resources/fonts, then any other CJK
TrueType font on the PC as extra coverage. A character is drawn with the first face of the chain
that has a glyph for it; when none has one the text is refused, so no empty box is ever printed.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import threading
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts

from desktop.domain.errors import UserError

from ._paths import resource_path

ROLES = ("body", "title", "heading", "kai")


@dataclass(frozen=True)
class FontFace:
    """One TrueType face: a .ttf file, or one face of a .ttc collection."""

    path: str
    index: int = 0

    @cached_property
    def name(self) -> str:
        """The name reportlab knows the face by; unique per file and face."""
        digest = hashlib.sha1(f"{os.path.abspath(self.path)}#{self.index}".encode()).hexdigest()[:6]
        return f"{Path(self.path).stem}-{self.index}-{digest}"


# ---------------------------------------------------------------------------------------------
# reportlab: non-BMP characters in the text layer

def _utf16_hex(code_point: int) -> str:
    return chr(code_point).encode("utf-16-be", "surrogatepass").hex().upper()


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode CMap with correct UTF-16 for characters beyond U+FFFF.

    reportlab 5.1 writes ``<%04X>``, so 𠮷 (U+20BB7) became the five digits ``20BB7`` and viewers
    (pdftotext, search, copy) read U+20BB instead. A CMap destination must be UTF-16BE: a
    surrogate pair for such characters. The drawn glyph was always right; only the text was not.
    """
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<00> <%02X>" % (len(subset) - 1),
        "endcodespacerange",
        "%d beginbfchar" % len(subset),
    ]
    lines += ["<%02X> <%s>" % (i, _utf16_hex(v)) for i, v in enumerate(subset)]
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # module global looked up at PDF save time


# ---------------------------------------------------------------------------------------------
# Text normalisation

_FULLWIDTH_ALNUM = {
    c: unicodedata.normalize("NFKC", chr(c))
    for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
    for c in range(r[0], r[1] + 1)
}
_KANGXI_RADICALS = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0x2F00, 0x2FD6)}
_FOLD = {**_FULLWIDTH_ALNUM, **_KANGXI_RADICALS}


def _special_chars() -> re.Pattern[str]:
    """A character class of everything normalize_text has to look at one by one."""
    specials = set(_FOLD)
    for c in range(0x10000):
        if unicodedata.category(chr(c)) in ("Cc", "Cf"):
            specials.add(c)
    specials.update(range(0xFE00, 0xFE10))
    for lo, hi in ((0x110BD, 0x110BD), (0x110CD, 0x110CD), (0x13430, 0x1343F), (0x1BCA0, 0x1BCA3),
                   (0x1D173, 0x1D17A), (0xE0001, 0xE0001), (0xE0020, 0xE007F), (0xE0100, 0xE01EF)):
        specials.update(range(lo, hi + 1))
    ranges = []
    for c in sorted(specials):
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    body = "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges)
    return re.compile(f"[{body}]")


_SPECIAL = _special_chars()


def normalize_text(text: str) -> str:
    """Normalise text for printing (see the comment inside for why not NFKC).

    NFC, not NFKC: NFKC would turn Chinese full-width punctuation into ASCII (，：（）！？；→ , : ( ) ! ? ;),
    …… into "......", the ideographic space U+3000 into a plain space and ① into 1, all of which
    change how a document reads. NFC leaves them alone and still composes accents. NFC does map
    CJK *compatibility* ideographs (U+F900–FAFF, U+2F800–2FA1F) to their unified twins: they are
    canonical singletons, so no normal form keeps them. That is what we want for names: the
    unified character is the one ID cards and fonts use, and it looks the same.
    NFKC is applied to two narrow sets only: full-width letters and digits (ＡＢＣ１２３ → ABC123;
    GB/T 9704 writes numbers half-width, e.g. 〔2026〕12号) and Kangxi radicals (U+2F00–2FD5,
    which text copied out of PDFs often carries instead of the real ideograph, e.g. ⼀ for 一).
    Variation selectors and other invisible format characters are dropped (reportlab cannot
    select glyph variants, and they have no glyph of their own); tabs and line breaks become
    spaces, so a name pasted with a newline still prints on one line.
    """
    text = unicodedata.normalize("NFC", text)
    if not _SPECIAL.search(text):
        return text
    out = []
    for ch in text:
        folded = _FOLD.get(ord(ch))
        if folded is not None:
            out.append(folded)
            continue
        cat = unicodedata.category(ch)
        if cat == "Cc":
            if ch in "\t\n\r\x0b\x0c":
                out.append(" ")
        elif cat == "Cf" or cat == "Mn" and _is_variation_selector(ch):
            continue
        else:
            out.append(ch)
    return "".join(out)


def _is_variation_selector(ch: str) -> bool:
    c = ord(ch)
    return 0xFE00 <= c <= 0xFE0F or 0xE0100 <= c <= 0xE01EF or 0x180B <= c <= 0x180D


# ---------------------------------------------------------------------------------------------
# Per-face caches (process wide: a face is read and registered once)

_lock = threading.RLock()
_cmaps: dict[FontFace, frozenset[int]] = {}
# Faces whose quotation marks are proportional (Latin width): Chinese text sets them full width,
# so these characters are taken from the next face of the chain (Zhuque Fangsong 0.211 gives
# full-width quotes only through variation sequences, which reportlab cannot select; LXGW WenKai
# follows its Japanese parent). Noto Serif SC's are full width.
_PROPORTIONAL_MARKS = {"zhuquefangsong-regular.ttf": "“”‘’", "lxgwwenkai-regular.ttf": "“”‘’"}
_loadable: dict[FontFace, bool] = {}


def face_cmap(face: FontFace) -> frozenset[int]:
    """Code points the face has a real glyph for (fontTools cmap, cached)."""
    with _lock:
        cached = _cmaps.get(face)
        if cached is None:
            from fontTools.ttLib import TTFont as FTFont

            font = FTFont(face.path, fontNumber=face.index, lazy=True)
            try:
                cmap = font.getBestCmap() or {}
            finally:
                font.close()
            cached = frozenset(c for c, glyph in cmap.items() if glyph != ".notdef")
            skip = _PROPORTIONAL_MARKS.get(Path(face.path).name.lower())
            if skip:
                cached = cached - {ord(c) for c in skip}
            _cmaps[face] = cached
        return cached


def register_face(face: FontFace) -> bool:
    """Register the face with reportlab once; False when reportlab cannot use it (CFF, no embedding)."""
    with _lock:
        ok = _loadable.get(face)
        if ok is None:
            # Not pdfmetrics.getFont(): for an unknown name it searches every AFM file (0.2 s).
            if face.name in pdfmetrics.getRegisteredFontNames():
                ok = True
            else:
                try:
                    pdfmetrics.registerFont(ttfonts.TTFont(face.name, face.path, subfontIndex=face.index))
                    ok = True
                except Exception:  # noqa: BLE001 - any failure means "not usable here"
                    ok = False
            _loadable[face] = ok
        return ok


# ---------------------------------------------------------------------------------------------
# Where fonts come from

def shipped_faces() -> dict[str, FontFace]:
    fonts = resource_path("fonts")
    fangsong = fonts / "zhuque-fangsong" / "ZhuqueFangsong-Regular.ttf"
    # Zhuque Fangsong is listed only where the built TTF is present (see resources/fonts/README.md).
    return {
        **({"fangsong": FontFace(str(fangsong))} if fangsong.is_file() else {}),
        "serif": FontFace(str(fonts / "noto-serif-sc" / "NotoSerifSC-Regular.ttf")),
        "serif_bold": FontFace(str(fonts / "noto-serif-sc" / "NotoSerifSC-Bold.ttf")),
        "kai": FontFace(str(fonts / "lxgw-wenkai" / "LXGWWenKai-Regular.ttf")),
    }


def _shipped_chains() -> dict[str, list[FontFace]]:
    f = shipped_faces()
    missing = FontFace(str(resource_path("fonts", "zhuque-fangsong", "ZhuqueFangsong-Regular.ttf")))
    f.setdefault("fangsong", missing)  # FontSet skips a face whose file is absent
    # The body is 仿宋: Zhuque Fangsong (朱雀仿宋, OFL-1.1, built from its source with fontmake);
    # a character it lacks falls back to the Song-style Noto Serif SC, then to LXGW WenKai (楷体,
    # covers extension B incl. 𠮷), which ends every chain. No open 小标宋 or 黑体 TrueType exists:
    # Noto Serif SC Bold stands in for title and headings.
    return {
        "body": [f["fangsong"], f["serif"], f["kai"]],
        "title": [f["serif_bold"], f["serif"], f["kai"]],
        "heading": [f["serif_bold"], f["serif"], f["kai"]],
        "kai": [f["kai"], f["fangsong"], f["serif"]],
    }


# Windows file names of the fonts offices use, per role (compared lower-case).
_WINDOWS_ROLE_FILES = {
    "body": ("fs_gb2312.ttf", "仿宋_gb2312.ttf", "simfang.ttf"),
    "title": ("fzxbsjw.ttf", "方正小标宋简体.ttf", "fzxbsk.ttf", "方正小标宋_gbk.ttf"),
    "heading": ("simhei.ttf",),
    "kai": ("kaiti_gb2312.ttf", "楷体_gb2312.ttf", "simkai.ttf"),
}
_WINDOWS_EXTRA_FILES = ("simsun.ttc", "simsunb.ttf", "msyh.ttc")

# Family-name fragments (lower-case) that say which role a system font can fill.
_FAMILY_ROLE_HINTS = {
    "body": ("fangsong", "仿宋", "fang song"),
    "title": ("小标宋", "xiaobiaosong", "xbsj"),
    "heading": ("simhei", "黑体", "heiti", "hei ti"),
    "kai": ("kaiti", "楷体", "wenkai", "ukai", "kai ti"),
}


def _windows_faces() -> tuple[dict[str, list[FontFace]], list[FontFace]]:
    dirs = [Path(os.environ.get("WINDIR", r"C:\Windows"), "Fonts")]
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local, "Microsoft", "Windows", "Fonts"))
    files: dict[str, Path] = {}
    for d in dirs:
        try:
            for p in d.iterdir():
                files.setdefault(p.name.lower(), p)
        except OSError:
            continue
    roles = {role: [FontFace(str(files[n])) for n in names if n in files]
             for role, names in _WINDOWS_ROLE_FILES.items()}
    extras = [FontFace(str(files[n])) for n in _WINDOWS_EXTRA_FILES if n in files]
    return roles, extras


def _fontconfig_faces() -> tuple[dict[str, list[FontFace]], list[FontFace]]:
    roles: dict[str, list[FontFace]] = {role: [] for role in ROLES}
    extras: list[FontFace] = []
    if not shutil.which("fc-list"):
        return roles, extras
    try:
        out = subprocess.run(
            ["fc-list", "--format", "%{file}\t%{index}\t%{family}\t%{style}\t%{fontformat}\n", ":lang=zh"],
            capture_output=True, text=True, timeout=20, check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return roles, extras
    best: dict[str, tuple[int, FontFace, str]] = {}
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) != 5 or parts[4] != "TrueType":  # CFF-outline fonts cannot be embedded
            continue
        path, index, families, style = parts[0], parts[1], parts[2].lower(), parts[3].lower()
        family = families.split(",")[0]
        styles = [s.strip() for s in style.split(",")]
        # One face per family, the plain weight if there is one.
        rank = 0 if styles[0] in ("regular", "book", "normal") else 1 if "medium" in styles[0] else 2
        face = FontFace(path, int(index or 0))
        if family not in best or (rank, path) < (best[family][0], best[family][1].path):
            best[family] = (rank, face, families)
    for family in sorted(best):
        _, face, families = best[family]
        for role, hints in _FAMILY_ROLE_HINTS.items():
            if any(h in families for h in hints):
                roles[role].append(face)
        extras.append(face)
    return roles, extras


def system_faces() -> tuple[dict[str, list[FontFace]], list[FontFace]]:
    """The PC's own CJK TrueType faces: per role, and all of them as extra coverage."""
    if sys.platform.startswith("win"):
        return _windows_faces()
    return _fontconfig_faces()


# ---------------------------------------------------------------------------------------------

class FontSet:
    """The fallback chain of faces for each role, and the coverage check over it."""

    def __init__(self, chains: Mapping[str, Iterable[FontFace]]):
        missing = [r for r in ROLES if r not in chains]
        if missing:
            raise ValueError(f"font roles missing: {missing}")
        self._chains: dict[str, tuple[FontFace, ...]] = {}
        for role in ROLES:
            seen: list[FontFace] = []
            for face in chains[role]:
                if face not in seen and os.path.isfile(face.path):
                    seen.append(face)
            self._chains[role] = tuple(seen)
        self._runs_cache: dict[tuple[str, str], tuple] = {}
        self._coverage_cache: dict[str, list[tuple[str, frozenset[str]]]] = {}
        self._coverage_pos: dict[str, int] = {}

    @classmethod
    def shipped(cls) -> FontSet:
        """Only the fonts under resources/fonts: the same output on every PC (tests use this)."""
        return cls(_shipped_chains())

    @classmethod
    def discover(cls, *, system: bool = True,
                 overrides: Mapping[str, Sequence[str | FontFace]] | None = None) -> FontSet:
        """Office overrides, then the PC's fonts for each role, then shipped, then other PC fonts."""
        chains: dict[str, list[FontFace]] = {role: [] for role in ROLES}
        for role, faces in (overrides or {}).items():
            chains[role] += [f if isinstance(f, FontFace) else FontFace(str(f)) for f in faces]
        extras: list[FontFace] = []
        if system:
            by_role, extras = system_faces()
            for role in ROLES:
                chains[role] += by_role.get(role, [])
        for role, faces in _shipped_chains().items():
            chains[role] += faces + extras
        return cls(chains)

    def chain(self, role: str) -> tuple[FontFace, ...]:
        """Faces of a role, best first (unloadable ones are skipped when used)."""
        # Faces are read lazily: the first one when a style needs it, later ones only when a
        # character is missing from those before (see _runs), so a rare-character fallback
        # costs nothing until a name actually uses it.
        try:
            return self._chains[role]
        except KeyError:
            raise ValueError(f"unknown font role {role!r}") from None

    def primary(self, role: str) -> str:
        """reportlab name of the first usable face of the role (what styles are set in)."""
        first = self._face_chars(role, 0)
        if first is None:
            raise UserError("找不到可用的中文字体，请检查 resources/fonts 是否完整")
        return first[0]

    def _coverage(self, role: str) -> list[tuple[str, frozenset[str]]]:
        """(reportlab name, characters) of the role's usable faces, read as they are needed."""
        cov = self._coverage_cache.get(role)
        if cov is None:
            cov = self._coverage_cache[role] = []
        return cov

    def _face_chars(self, role: str, i: int) -> tuple[str, frozenset[str]] | None:
        """The i-th usable face of a role with its characters, or None past the end."""
        cov = self._coverage(role)
        faces = self.chain(role)
        pos = self._coverage_pos.get(role, 0)
        while len(cov) <= i and pos < len(faces):
            face = faces[pos]
            pos += 1
            if register_face(face):
                cov.append((face.name, frozenset(map(chr, face_cmap(face)))))
        self._coverage_pos[role] = pos
        return cov[i] if i < len(cov) else None

    def _runs(self, text: str, role: str) -> tuple:
        key = (text, role)
        hit = self._runs_cache.get(key)
        if hit is not None:
            return hit
        first = self._face_chars(role, 0)
        if first is None:
            raise UserError("找不到可用的中文字体，请检查 resources/fonts 是否完整")
        if first[1].issuperset(text):  # the usual case: one font has everything
            result: tuple = (((first[0], text),) if text else (), None)
        else:
            result = self._fallback_runs(text, role)
        if result[1] is None and len(self._runs_cache) < 50000:
            self._runs_cache[key] = result
        return result

    def _fallback_runs(self, text: str, role: str) -> tuple:
        runs: list[list[str]] = []
        for ch in text:
            name = None
            i = 0
            while (fc := self._face_chars(role, i)) is not None:
                if ch in fc[1]:
                    name = fc[0]
                    break
                i += 1
            if name is None:
                if ch != " ":
                    return (), ch
                name = self._face_chars(role, 0)[0]  # a face without U+0020 still advances
            if runs and runs[-1][0] == name:
                runs[-1][1] += ch
            else:
                runs.append([name, ch])
        return tuple((n, s) for n, s in runs), None

    def check_text(self, text: str, field_label: str, role: str = "body") -> list[tuple[str, str]]:
        """Split normalised text into (font name, substring) runs; refuse a character no face has."""
        runs, bad = self._runs(normalize_text(text), role)
        if bad is not None:
            raise UserError(
                f"字段“{field_label}”中的字符“{bad}”(U+{ord(bad):04X})在所有可用字体中都没有字形，无法打印",
                field=field_label,
            )
        return list(runs)

    def markup(self, text: str, field_label: str, role: str = "body", base: str | None = None) -> str:
        """Paragraph markup for text in a role: escaped, <font> only where it differs from `base`.

        `base` is the font of the paragraph style (the role's first face unless given).
        """
        primary = base or self.primary(role)
        parts = []
        for name, sub in self.check_text(text, field_label, role):
            sub = escape(sub)
            parts.append(sub if name == primary else f'<font name="{name}">{sub}</font>')
        return "".join(parts)


ROLE_LABELS = {"body": "正文（仿宋）", "title": "标题（小标宋）", "heading": "一级标题（黑体）", "kai": "二级标题、证书（楷体）"}


def family_name(face: FontFace) -> str:
    """The face's family name as its name table gives it (Chinese first), else the file name."""
    from fontTools.ttLib import TTFont as FTFont

    try:
        font = FTFont(face.path, fontNumber=face.index, lazy=True)
        try:
            names = font["name"]
            for lang in (0x804, 0x404, 0x409):
                rec = names.getName(1, 3, 1, lang)
                if rec is not None:
                    return str(rec)
            return str(names.getBestFamilyName() or Path(face.path).name)
        finally:
            font.close()
    except Exception:  # noqa: BLE001 - an unreadable face is reported by its file name
        return Path(face.path).name


def role_report(fonts: FontSet | None = None) -> list[dict[str, str]]:
    """Which face serves each role on this PC (the first usable face of its chain)."""
    fonts = fonts or default_fonts()
    shipped_dir = str(resource_path("fonts"))
    out = []
    for role in ROLES:
        face = next((f for f in fonts.chain(role) if register_face(f)), None)
        out.append({"role": role, "label": ROLE_LABELS[role],
                    "face": family_name(face) if face else "",
                    "file": Path(face.path).name if face else "",
                    "source": "" if face is None else ("随程序提供" if face.path.startswith(shipped_dir) else "本机")})
    return out


@lru_cache(maxsize=1)
def default_fonts() -> FontSet:
    """The font set for this PC (system fonts unless YIYONG_SYSTEM_FONTS=0)."""
    return FontSet.discover(system=os.environ.get("YIYONG_SYSTEM_FONTS", "1") != "0")


@lru_cache(maxsize=1)
def shipped_fonts() -> FontSet:
    """The shipped-only font set, shared so its caches are reused."""
    return FontSet.shipped()


def check_text(text: str, field_label: str, role: str = "body", fonts: FontSet | None = None) -> list[tuple[str, str]]:
    """(font, substring) runs for text in a role; UserError naming any character no font has."""
    return (fonts or default_fonts()).check_text(text, field_label, role)
