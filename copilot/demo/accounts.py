"""The demo logins: created by `seed_demo`, printed by `./dev run`. Demo data only."""

DEMO_LOGINS = [
    ("agent", "Ava Agent: works the case queue"),
    ("agent2", "Ben Agent: a second agent"),
    ("supervisor", "Sam Supervisor: approves over-limit and risky refunds"),
    ("admin", "Ada Admin: policies, tool permissions, copilot settings"),
    ("analyst", "Ana Analyst: metrics and CSV exports"),
]
DEMO_PASSWORD = "copilot-demo"  # noqa: S105 - printed on purpose: demo data only
# The customer message the README's curl and `./dev run` post: a demo rider whose last ride
# (seed 7) was a long detour, two days before the demo's instant.
DEMO_INBOUND = {
    "rider_id": "R-441817",
    "text": "My driver took a long detour on my last ride and I paid far more than quoted.",
}
