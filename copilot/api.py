"""The inbound API: the chat or email system hands customer messages to the desk.

Authenticated by a bearer token (COPILOT_INBOUND_TOKEN), not by a user session: it is a
system talking. Every request is validated; errors name the field.
"""

from __future__ import annotations

import hmac
import json
from typing import Literal

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from copilot.access import public
from copilot.jsonl import describe_validation_error
from copilot.models import Case, Rider
from copilot.services import case_open, case_receive_message


class InboundMessage(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rider_id: str = Field(min_length=1, max_length=32)
    text: str = Field(min_length=1)
    case_id: int | None = None
    channel: Literal["chat", "email"] = "chat"
    subject: str = Field(default="", max_length=200)


def _authorised(request: HttpRequest) -> bool:
    token = settings.COPILOT_INBOUND_TOKEN
    given = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    return bool(token) and hmac.compare_digest(given.encode(), token.encode())


def _no_rider(rider_id: str) -> JsonResponse:
    return JsonResponse({"error": f"rider_id: no rider {rider_id}"}, status=404)


@public  # authenticated by the integration token below, not by a session
@csrf_exempt
@require_POST
def inbound_message(request: HttpRequest) -> JsonResponse:
    if not _authorised(request):
        return JsonResponse({"error": "A valid bearer token is required."}, status=401)
    try:
        data = InboundMessage.model_validate(json.loads(request.body or b"{}"))
    except json.JSONDecodeError:
        return JsonResponse({"error": "The body must be a JSON object."}, status=400)
    except ValidationError as exc:
        return JsonResponse({"error": describe_validation_error(exc)}, status=400)
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
            # The common request, a message to an open case, costs one lookup for both ids.
            case = Case.objects.filter(pk=data.case_id, rider__rider_id=data.rider_id).first()
            if case is None:
                if not Rider.objects.filter(rider_id=data.rider_id).exists():
                    return _no_rider(data.rider_id)
                return JsonResponse({"error": f"case_id: no case {data.case_id} for this rider"}, status=404)
            message = case_receive_message(case=case, text=data.text, defer_redaction=True)
    except ValueError as exc:
        return JsonResponse({"error": f"text: {exc}"}, status=400)
    return JsonResponse({"case_id": case.pk, "message_id": message.pk}, status=201)
