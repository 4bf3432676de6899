"""Office key pairs: Ed25519 to sign packages, X25519 to receive encrypted ones.

Private keys live in the office's data folder (data_dir()/<office code>/, mode 0600), never in the
database and never in a package. Public keys and the fingerprint are kept in the Office table.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from desktop.domain.errors import UserError
from desktop.store.db import data_dir

SIGN_FILE = "sign_ed25519.key"
BOX_FILE = "box_x25519.key"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, what: str = "公钥") -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except Exception as exc:
        raise UserError(f"{what}格式不正确（不是有效的 Base64 文本）") from exc


def fingerprint(sign_public_b64: str, box_public_b64: str) -> str:
    """30 digits in six groups of five, easy to read aloud on the phone (from SHA-256 of both keys)."""
    digest = hashlib.sha256(b"yiyong-fp-v1" + unb64(sign_public_b64) + unb64(box_public_b64)).digest()
    groups = []
    for i in range(6):
        chunk = int.from_bytes(digest[i * 5:(i + 1) * 5], "big")
        groups.append(f"{chunk % 100000:05d}")
    return " ".join(groups)


@dataclass
class OfficeKeys:
    office: str
    sign: Ed25519PrivateKey
    box: X25519PrivateKey

    @property
    def sign_public(self) -> str:
        return b64(self.sign.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))

    @property
    def box_public(self) -> str:
        return b64(self.box.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_public, self.box_public)


def key_folder(office: str) -> Path:
    if not office.isdigit() or len(office) != 6:
        raise UserError(f"单位代码“{office}”不正确")
    return data_dir() / office


def _write_private(path: Path, data: bytes) -> None:
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def _raw_private(key) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def load_keys(office: str, *, create: bool = False) -> OfficeKeys:
    """This office's key pair, made on first use when `create`."""
    folder = key_folder(office)
    sign_path, box_path = folder / SIGN_FILE, folder / BOX_FILE
    if not sign_path.exists() or not box_path.exists():
        if not create:
            raise UserError(f"本单位（{office}）的密钥不存在：请先运行 init，或在设置中生成密钥"
                            f"（密钥文件夹：{folder}）")
        folder.mkdir(parents=True, exist_ok=True)
        try:
            os.chmod(folder, 0o700)
        except OSError:
            pass
        if not sign_path.exists():
            _write_private(sign_path, _raw_private(Ed25519PrivateKey.generate()))
        if not box_path.exists():
            _write_private(box_path, _raw_private(X25519PrivateKey.generate()))
    try:
        sign = Ed25519PrivateKey.from_private_bytes(sign_path.read_bytes())
        box = X25519PrivateKey.from_private_bytes(box_path.read_bytes())
    except Exception as exc:
        raise UserError(f"本单位的密钥文件已损坏：{folder}") from exc
    return OfficeKeys(office, sign, box)


def sign_public_key(b64text: str) -> Ed25519PublicKey:
    raw = unb64(b64text, "签名公钥")
    if len(raw) != 32:
        raise UserError("签名公钥长度不正确")
    return Ed25519PublicKey.from_public_bytes(raw)


def box_public_key(b64text: str) -> X25519PublicKey:
    raw = unb64(b64text, "加密公钥")
    if len(raw) != 32:
        raise UserError("加密公钥长度不正确")
    return X25519PublicKey.from_public_bytes(raw)
