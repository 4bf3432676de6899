"""Encrypting the payload of a package: X25519 + HKDF-SHA256 + AES-256-GCM, or scrypt + AES-256-GCM.

The plaintext is cut into chunks of CHUNK bytes, each sealed on its own (a STREAM construction):
nonce = prefix (7 bytes) || chunk index (4 bytes, big-endian) || last flag (1 byte, 1 on the final
chunk). The additional data of every chunk is the SHA-256 of the envelope bytes, so a changed
envelope, a reordered, dropped or truncated chunk all fail to open.
"""

from __future__ import annotations

import hashlib
import os
from typing import BinaryIO, Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop.domain.errors import UserError
from desktop.sync.keys import b64, box_public_key, unb64

CHUNK = 1 << 20
TAG = 16
METHOD_BOX = "x25519-hkdf-sha256-aes256gcm"
METHOD_PASS = "scrypt-aes256gcm"
METHOD_NONE = "none"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 15, 8, 1
HKDF_INFO = b"yiyong package v2"


def _raw_pub(key) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def for_box(receiver_box_b64: str) -> tuple[dict, bytes]:
    """Envelope parameters and the content key for a receiving office's X25519 key."""
    eph = X25519PrivateKey.generate()
    receiver = box_public_key(receiver_box_b64)
    shared = eph.exchange(receiver)
    eph_pub = _raw_pub(eph.public_key())
    key = HKDF(hashes.SHA256(), 32, salt=eph_pub + _raw_pub(receiver), info=HKDF_INFO).derive(shared)
    return {"method": METHOD_BOX, "ephemeral": b64(eph_pub), "recipient": receiver_box_b64,
            "nonce_prefix": b64(os.urandom(7)), "chunk": CHUNK}, key


def for_passphrase(passphrase: str) -> tuple[dict, bytes]:
    salt = os.urandom(16)
    key = _scrypt(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return {"method": METHOD_PASS, "salt": b64(salt), "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
            "nonce_prefix": b64(os.urandom(7)), "chunk": CHUNK}, key


def _scrypt(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    if not passphrase:
        raise UserError("口令不能为空")
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def open_key(params: dict, *, box_private: X25519PrivateKey | None, passphrase: str | None) -> bytes:
    """The content key for an envelope, from this office's private key or the passphrase."""
    method = params.get("method")
    if method == METHOD_BOX:
        if box_private is None:
            raise UserError("数据包是为接收单位的密钥加密的，本单位没有密钥")
        mine = _raw_pub(box_private.public_key())
        if unb64(str(params.get("recipient", ""))) != mine:
            raise UserError("数据包不是为本单位的密钥加密的（接收单位不符，或本单位更换过密钥）")
        eph = box_public_key(str(params.get("ephemeral", "")))
        shared = box_private.exchange(eph)
        return HKDF(hashes.SHA256(), 32, salt=_raw_pub(eph) + mine, info=HKDF_INFO).derive(shared)
    if method == METHOD_PASS:
        if not passphrase:
            raise UserError("数据包用口令加密，请输入对方告诉您的口令", cli_hint="--passphrase-file 口令文件")
        n, r, p = (params.get(k) for k in ("n", "r", "p"))
        if not (type(n) is int and type(r) is int and type(p) is int) or n not in (1 << 14, 1 << 15, 1 << 16, 1 << 17) \
                or not (1 <= r <= 16) or not (1 <= p <= 4):
            raise UserError("数据包的口令参数不正确")
        return _scrypt(passphrase, unb64(str(params.get("salt", "")), "口令盐值"), n, r, p)
    raise UserError(f"数据包使用了本程序不认识的加密方式“{method}”，请升级见义勇为工作台")


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + index.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def seal_stream(key: bytes, params: dict, envelope_bytes: bytes, src: BinaryIO, dst: BinaryIO) -> None:
    aead = AESGCM(key)
    prefix = unb64(params["nonce_prefix"])
    aad = hashlib.sha256(envelope_bytes).digest()
    index = 0
    chunk = src.read(CHUNK)
    while True:
        following = src.read(CHUNK)
        last = not following
        dst.write(aead.encrypt(_nonce(prefix, index, last), chunk, aad))
        if last:
            return
        chunk, index = following, index + 1


def open_stream(key: bytes, params: dict, envelope_bytes: bytes, read: Callable[[int], bytes],
                dst: BinaryIO) -> None:
    aead = AESGCM(key)
    prefix = unb64(str(params.get("nonce_prefix", "")))
    if len(prefix) != 7 or type(params.get("chunk")) is not int or params["chunk"] != CHUNK:
        raise UserError("数据包的加密参数不正确")
    aad = hashlib.sha256(envelope_bytes).digest()
    size = CHUNK + TAG
    index = 0
    block = read(size)
    while True:
        following = read(size)
        last = not following
        try:
            dst.write(aead.decrypt(_nonce(prefix, index, last), block, aad))
        except InvalidTag:
            raise UserError("数据包无法解密：口令或密钥不对，或文件已损坏、被截断或被改动") from None
        if last:
            return
        block, index = following, index + 1


class SealWriter:
    """A write-only stream that seals what is written chunk by chunk (same layout as seal_stream),
    so a package is encrypted while it is being zipped, without a temporary file."""

    def __init__(self, key: bytes | None, params: dict, envelope_bytes: bytes, dst: BinaryIO):
        self.aead = AESGCM(key) if key is not None else None
        self.prefix = unb64(params["nonce_prefix"]) if key is not None else b""
        self.aad = hashlib.sha256(envelope_bytes).digest()
        self.dst, self.index, self.pending = dst, 0, bytearray()

    def write(self, data) -> int:
        if self.aead is None:
            self.dst.write(data)
            return len(data)
        self.pending += data
        while len(self.pending) > CHUNK:
            self.dst.write(self.aead.encrypt(_nonce(self.prefix, self.index, False), bytes(self.pending[:CHUNK]),
                                             self.aad))
            del self.pending[:CHUNK]
            self.index += 1
        return len(data)

    def flush(self) -> None:
        pass

    def finish(self) -> None:
        if self.aead is not None:
            self.dst.write(self.aead.encrypt(_nonce(self.prefix, self.index, True), bytes(self.pending), self.aad))
            self.pending = bytearray()
