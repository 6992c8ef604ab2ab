"""Encryption at rest for raw customer text and PII vaults (Fernet: AES-128-CBC + HMAC-SHA256).

Keys come from COPILOT_ENCRYPTION_KEYS (comma-separated Fernet keys, newest first, so old
tokens stay readable during a rotation). Without it, one key is derived from SECRET_KEY
with HKDF; rotating SECRET_KEY then needs the old derived key listed explicitly.
"""

from __future__ import annotations

import base64
import functools

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver


def derived_key(secret: str) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"support-copilot", info=b"pii-at-rest-v1")
    return base64.urlsafe_b64encode(hkdf.derive(secret.encode()))


@functools.cache
def _fernet() -> MultiFernet:
    keys = list(settings.COPILOT_ENCRYPTION_KEYS) or [derived_key(settings.SECRET_KEY).decode()]
    return MultiFernet([Fernet(key.encode() if isinstance(key, str) else key) for key in keys])


@receiver(setting_changed)
def _forget_keys(*, setting: str, **_kwargs) -> None:
    if setting in {"COPILOT_ENCRYPTION_KEYS", "SECRET_KEY"}:
        _fernet.cache_clear()


def encrypt(text: str) -> str:
    return _fernet().encrypt(text.encode()).decode()


def decrypt(token: str) -> str:
    """The plain text; raises ValueError when the token is not ours or was tampered with."""
    try:
        return _fernet().decrypt(token.encode()).decode()
    except InvalidToken:
        raise ValueError("the encrypted value cannot be read with the configured keys") from None
