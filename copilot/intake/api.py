"""The inbound API: the chat or email system hands customer messages to the desk.

Authenticated by a bearer token (COPILOT_INBOUND_TOKEN), not by a user session: it is a
system talking. Every request is validated; errors name the field.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from typing import Any, Literal

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from copilot.core.access import public
from copilot.core.jsonl import MAX_JSON_DEPTH, describe_validation_error, too_deep
from copilot.intake.services import case_open, message_receive_for_case, receipt_claim, receipt_complete
from copilot.models import Rider
from copilot.observability import tracing


class InboundMessage(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rider_id: str = Field(min_length=1, max_length=32)
    text: str = Field(min_length=1)
    case_id: int | None = Field(default=None, ge=1, le=2**63 - 1)  # a PostgreSQL bigint
    channel: Literal["chat", "email"] = "chat"
    subject: str = Field(default="", max_length=200)

    @field_validator("rider_id")
    @classmethod
    def _printable_id(cls, value: str) -> str:
        if not value.isprintable():
            raise ValueError("a rider id has no control characters")
        return value


Answer = tuple[int, dict[str, Any]]


def _authorised(authorization: str) -> bool:
    token = settings.COPILOT_INBOUND_TOKEN
    if not authorization.startswith("Bearer "):
        return False  # the scheme is part of the contract: a bare token is refused
    given = authorization.removeprefix("Bearer ").strip()
    return bool(token) and hmac.compare_digest(given.encode(), token.encode())


def _no_rider(rider_id: str) -> Answer:
    return 404, {"error": f"rider_id: no rider {rider_id}"}


def parse_inbound(*, authorization: str, body: bytes) -> InboundMessage | Answer:
    """The request checked without the database: the message, or the error answer."""
    if not _authorised(authorization):
        return 401, {"error": "A valid bearer token is required: send 'Authorization: Bearer <token>'."}
    # Every answer below is final: a sender must not retry a body that can never succeed.
    try:
        text = (body or b"{}").decode("utf-8")
    except UnicodeDecodeError as exc:
        return 400, {"error": f"The body must be UTF-8 encoded JSON (invalid byte at position {exc.start})."}
    if too_deep(body):
        return 400, {"error": f"The JSON is nested more than {MAX_JSON_DEPTH} levels deep."}
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return 400, {"error": f"The body must be a JSON object ({exc.msg} at position {exc.pos})."}
    except ValueError:  # a number of thousands of digits (Python refuses to convert it)
        return 400, {"error": "A number in the body is too long."}
    try:
        return InboundMessage.model_validate(data)
    except ValidationError as exc:
        return 400, {"error": describe_validation_error(exc)}


# An opaque token of the sender's choosing (a UUID, say): never free text, which could hold PII.
_IDEMPOTENCY_KEY = re.compile(r"[A-Za-z0-9._:-]{8,128}")


def parse_idempotency_key(value: str) -> str | Answer:
    """The Idempotency-Key header's key ("" when absent), or the error answer."""
    key = value.strip().removeprefix('"').removesuffix('"')  # a structured-field string may be quoted
    if not value.strip():
        return ""
    if not _IDEMPOTENCY_KEY.fullmatch(key):
        return 400, {
            "error": "Idempotency-Key: 8 to 128 characters, each a letter, a digit or one of . _ : -"
        }
    return key


def _fingerprint(data: InboundMessage) -> str:
    fields = json.dumps(data.model_dump(mode="json"), sort_keys=True, ensure_ascii=False).encode()
    return hmac.new(settings.SECRET_KEY.encode(), fields, hashlib.sha256).hexdigest()


def inbound_store(*, data: InboundMessage, idempotency_key: str = "") -> Answer:
    """Store a validated inbound message (a new case, or a message to the rider's case).

    With an idempotency key, the message is stored once: a retry of the same key gets the first
    answer again (200); the key sent again with a different message is refused (422)."""
    # Under Daphne this span starts the turn's trace; through Django it is the request span's child.
    with tracing.server_span("inbound.receive", case_id=data.case_id) as traced:
        status, payload = _store_once(data=data, idempotency_key=idempotency_key)
        traced.set(status=status, case_id=payload.get("case_id"), message_id=payload.get("message_id"))
    return status, payload


def _store_once(*, data: InboundMessage, idempotency_key: str) -> Answer:
    if not idempotency_key:
        return _store(data)
    fingerprint = _fingerprint(data)
    with transaction.atomic():
        receipt = receipt_claim(key=idempotency_key, fingerprint=fingerprint)
        if receipt is not None:
            if not hmac.compare_digest(receipt.fingerprint, fingerprint):
                return 422, {"error": "Idempotency-Key: already used for a different message."}
            return 200, {"case_id": receipt.case_id, "message_id": receipt.message_id, "replayed": True}
        status, payload = _store(data)
        if status != 201:
            transaction.set_rollback(True)  # a refused message leaves no receipt: it may be sent again
            return status, payload
        receipt_complete(key=idempotency_key, case_id=payload["case_id"], message_id=payload["message_id"])
    return status, payload


def _store(data: InboundMessage) -> Answer:
    try:
        if data.case_id is None:
            rider = Rider.objects.filter(rider_id=data.rider_id).first()
            if rider is None:
                return _no_rider(data.rider_id)
            case = case_open(
                rider=rider, text=data.text, channel=data.channel, subject=data.subject, defer_redaction=True
            )
            message = case.messages.get()
        else:
            # The common request, a message to an open case, is one statement for both ids.
            message_id = message_receive_for_case(
                case_id=data.case_id, rider_id=data.rider_id, text=data.text
            )
            if message_id is None:
                if not Rider.objects.filter(rider_id=data.rider_id).exists():
                    return _no_rider(data.rider_id)
                return 404, {"error": f"case_id: no case {data.case_id} for this rider"}
            return 201, {"case_id": data.case_id, "message_id": message_id}
    except ValueError as exc:
        return 400, {"error": f"text: {exc}"}
    return 201, {"case_id": case.pk, "message_id": message.pk}


@public  # authenticated by the integration token, not by a session
@csrf_exempt
@require_POST
def inbound_message(request: HttpRequest) -> JsonResponse:
    """The route through Django (WSGI, the test client); under Daphne `copilot.intake.endpoint` answers."""
    parsed = parse_inbound(authorization=request.headers.get("Authorization", ""), body=request.body)
    key = parse_idempotency_key(request.headers.get("Idempotency-Key", ""))
    if isinstance(parsed, tuple):
        status, payload = parsed
    elif isinstance(key, tuple):
        status, payload = key
    else:
        status, payload = inbound_store(data=parsed, idempotency_key=key)
    return JsonResponse(payload, status=status)
