"""Reading zip files that may have been tampered with: no paths out of the package, no links,
no zip bombs, no entry larger than it says."""

from __future__ import annotations

import re
import stat
import zipfile
from typing import BinaryIO, Iterator

from desktop.domain.errors import UserError

MAX_ENTRIES = 200_000
MAX_ENTRY_BYTES = 4 << 30
MAX_RATIO = 200  # uncompressed / compressed, for entries over 1 MB
_DRIVE = re.compile(r"^[A-Za-z]:")


class BadPackage(UserError):
    """The package is refused as a whole; the message says why."""


def check_name(name: str) -> None:
    if (not name or name.startswith(("/", "\\")) or _DRIVE.match(name) or "\\" in name
            or any(part in ("..", "") for part in name.split("/")) or "\x00" in name):
        raise BadPackage(f"数据包中含有不安全的路径“{name}”（绝对路径或 ..），已拒绝导入")


class SafeZip:
    def __init__(self, file: BinaryIO | str, what: str = "数据包"):
        self.what = what
        try:
            self.zip = zipfile.ZipFile(file)
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
            raise BadPackage(f"{what}文件已损坏或不完整（无法读取其目录），请重新拷贝") from exc
        if len(infos) > MAX_ENTRIES:
            raise BadPackage(f"{what}中的条目过多（{len(infos)} 个）")
        self.infos: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            check_name(info.filename)
            mode = (info.external_attr >> 16) & 0o177777
            if stat.S_ISLNK(mode):
                raise BadPackage(f"数据包中含有符号链接“{info.filename}”，已拒绝导入")
            if info.is_dir():
                raise BadPackage(f"数据包中含有意外的文件夹“{info.filename}”")
            if info.flag_bits & 0x1:
                raise BadPackage(f"数据包条目“{info.filename}”使用了不支持的 zip 加密")
            if info.filename in self.infos:
                raise BadPackage(f"数据包中条目“{info.filename}”重复出现")
            if info.file_size > MAX_ENTRY_BYTES:
                raise BadPackage(f"数据包条目“{info.filename}”过大（{info.file_size} 字节）")
            if info.file_size > (1 << 20) and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise BadPackage(f"数据包条目“{info.filename}”压缩比异常（疑似“压缩炸弹”），已拒绝导入")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise BadPackage(f"数据包条目“{info.filename}”使用了不支持的压缩方式")
            self.infos[info.filename] = info

    def names(self) -> list[str]:
        return list(self.infos)

    def chunks(self, name: str, limit: int | None = None, size: int = 1 << 20) -> Iterator[bytes]:
        info = self.infos.get(name)
        if info is None:
            raise BadPackage(f"{self.what}缺少条目“{name}”，文件不完整")
        limit = info.file_size if limit is None else min(limit, info.file_size)
        total = 0
        try:
            with self.zip.open(info) as fh:
                while True:
                    block = fh.read(size)
                    if not block:
                        break
                    total += len(block)
                    if total > limit:
                        raise BadPackage(f"数据包条目“{name}”解压后超过声明的大小（疑似“压缩炸弹”），已拒绝导入")
                    yield block
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise BadPackage(f"{self.what}文件已损坏（条目“{name}”无法读取），请重新拷贝") from exc
        except Exception as exc:  # zlib.error and the like
            if isinstance(exc, UserError):
                raise
            raise BadPackage(f"{self.what}文件已损坏（条目“{name}”无法解压），请重新拷贝") from exc

    def read(self, name: str, limit: int) -> bytes:
        info = self.infos.get(name)
        if info is not None and info.file_size > limit:
            raise BadPackage(f"数据包条目“{name}”过大")
        return b"".join(self.chunks(name, limit))

    def close(self) -> None:
        self.zip.close()
