from django.urls import path

from copilot.realtime import consumers

websocket_urlpatterns = [
    path("ws/cases/<int:case_id>/", consumers.CaseConsumer.as_asgi()),
    path("ws/queue/", consumers.QueueConsumer.as_asgi()),
]
