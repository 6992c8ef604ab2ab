"""HTTP through Django (the inbound API's hot path just in front), websockets through Channels."""

import os

from django.core.asgi import get_asgi_application

from copilot.observability import tracing

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "copilot.settings.base")
# Before Django loads its middleware: the Django instrumentation adds its own (off without an endpoint).
tracing.setup_process("web")
# Django must be set up before the consumers (and their models) are imported.
django_asgi_app = get_asgi_application()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402
from channels.sessions import CookieMiddleware  # noqa: E402

from copilot.intake.endpoint import InboundEndpoint  # noqa: E402
from copilot.realtime.routing import websocket_urlpatterns  # noqa: E402
from copilot.runtime import heap  # noqa: E402

application = ProtocolTypeRouter(
    {
        # The inbound API's POST is answered in front of Django: it starts every turn.
        "http": InboundEndpoint(django_asgi_app),
        # Cookies only: the consumers read the session afresh at every check (copilot/realtime/consumers.py),
        # so a session or auth middleware would only repeat that work on every connect.
        "websocket": AllowedHostsOriginValidator(CookieMiddleware(URLRouter(websocket_urlpatterns))),
    }
)

heap.settle()  # Daphne imports this module once, before it serves
