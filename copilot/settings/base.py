"""Settings shared by every environment; values come from the environment through env.py.

The launcher (`./dev run`) sets DATABASE_URL and REDIS_URL to the embedded servers it
starts when none are configured, so these settings never guess a database.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError

from copilot.settings.env import env_bool, env_float, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# SECURITY
# ------------------------------------------------------------------------------
SECRET_KEY = env_str("SECRET_KEY", "insecure-dev-key-only-for-local-runs-never-in-production")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 12 * 3600, minimum=300)

# APPS
# ------------------------------------------------------------------------------
INSTALLED_APPS = [
    "daphne",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "channels",
    "django_htmx",
    "template_partials",
    "axes",
    "copilot",
    "policies",
    "tools",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "copilot.realtime.origin.PageOriginMiddleware",
    "copilot.core.headers.NoStoreMiddleware",
    # Last but one, so it sees the resolved view: every view must declare who may use it.
    "copilot.core.access.RoleRequiredMiddleware",
    # Last, as django-axes asks: it answers a locked-out login.
    "axes.middleware.AxesMiddleware",
]

# A strict Content-Security-Policy (django-csp): every script and style comes from the app's own static
# files (no inline script, style or handler anywhere: htmx's own indicator style is switched off in
# base.html), and the page talks only to its own origin (CSP 3's 'self' covers its websockets).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

ROOT_URLCONF = "copilot.urls"
ASGI_APPLICATION = "copilot.asgi.application"
WSGI_APPLICATION = "copilot.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "copilot.core.access.roles_context",
            ],
            # The metrics page's chart tags live with the metrics (copilot/analytics/).
            "libraries": {"charts": "copilot.analytics.charts", "desk": "copilot.desk.display"},
        },
    },
]

# DATABASE
# ------------------------------------------------------------------------------
_database_url = env_str("DATABASE_URL", "")
if not _database_url:
    raise ImproperlyConfigured(
        "DATABASE_URL is not set; run commands through `./dev manage ...`, which starts the embedded "
        "PostgreSQL, or set DATABASE_URL to your server."
    )
try:
    _database = dj_database_url.parse(_database_url, conn_max_age=0)
except Exception:  # several exception kinds, all meaning "not a URL we can read"
    _database = {}
if _database.get("ENGINE") != "django.db.backends.postgresql":
    raise ImproperlyConfigured(
        "DATABASE_URL is malformed: expected postgres://user:password@host:port/database."
    )
# A psycopg connection pool per process: turn threads give their connection back before
# every model call (which may take seconds) and get one again cheaply after it.
_database.setdefault("OPTIONS", {})["pool"] = {
    "min_size": env_int("DATABASE_POOL_MIN_SIZE", 2, minimum=0),
    "max_size": env_int("DATABASE_POOL_MAX_SIZE", 20, minimum=1),
    "timeout": env_float("DATABASE_POOL_TIMEOUT_SECONDS", 10.0, minimum=0.1),
}
# Parameters bound by the server, and statements a connection runs again and again (a turn's
# claim and saves, an ingest's reads) prepared once: PostgreSQL stops re-parsing and
# re-planning them for every turn.
# A connection is checked before use after an error or when it leaves the pool (psycopg_pool's
# check): after a PostgreSQL restart every process replaces its dead connections by itself.
_database["CONN_HEALTH_CHECKS"] = env_bool("DATABASE_HEALTH_CHECKS", True)
_database["OPTIONS"]["server_side_binding"] = True
_database["OPTIONS"]["prepare_threshold"] = env_int("DATABASE_PREPARE_THRESHOLD", 5, minimum=0)
DATABASES = {"default": _database}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# REDIS: cache, channel layer, Celery broker
# ------------------------------------------------------------------------------
REDIS_URL = env_str("REDIS_URL", "")
if not REDIS_URL:
    raise ImproperlyConfigured(
        "REDIS_URL is not set; run commands through `./dev manage ...`, which starts the embedded "
        "Valkey, or set REDIS_URL to your server."
    )
if not REDIS_URL.startswith(("redis://", "rediss://", "unix://")):
    raise ImproperlyConfigured("REDIS_URL must start with redis://, rediss:// or unix://.")

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "copilot",
        "TIMEOUT": 300,
    }
}

# Redis pub/sub: a group event is one PUBLISH, and each process holds one subscription that
# hands events to its consumers in memory. The list-based layer (channels_redis.core) cost
# several round trips per event on both sides and polled per process; its buffering bought
# nothing here, because the layer is at-most-once either way: a page that misses a frame or
# reconnects re-reads the turn from the database.
CHANNEL_LAYERS = {
    "default": {
        "BACKEND": "copilot.realtime.channel_layer.PubSubChannelLayer",
        "CONFIG": {
            "hosts": [
                {
                    "address": REDIS_URL,
                    "max_connections": env_int("CHANNEL_LAYER_MAX_CONNECTIONS", 1000),
                    "socket_timeout": 30,
                    # A Redis restart leaves dead sockets in the pool; one retry on a fresh
                    # connection keeps the first event or connect after it from failing.
                    "retry": Retry(NoBackoff(), 1),
                    "retry_on_error": [RedisConnectionError],
                }
            ],
            "prefix": "copilot-ws",
        },
    }
}

# CELERY
# ------------------------------------------------------------------------------
CELERY_BROKER_URL = REDIS_URL
CELERY_BROKER_TRANSPORT = (
    "copilot.runtime.broker:Transport"  # kombu's Redis transport, one client per channel
)
CELERY_RESULT_BACKEND = REDIS_URL
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
# Tasks are idempotent, so they are acknowledged after they finish and re-delivered
# when a worker dies mid-task, instead of being lost.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": env_int("CELERY_VISIBILITY_TIMEOUT", 3600)}
CELERY_RESULT_BACKEND_TRANSPORT_OPTIONS = CELERY_BROKER_TRANSPORT_OPTIONS
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 300, minimum=10)
CELERY_TASK_SOFT_TIME_LIMIT = CELERY_TASK_TIME_LIMIT - 5
CELERY_TIMEZONE = "UTC"
CELERY_BEAT_SCHEDULE: dict[str, dict] = {}

# AUTH
# ------------------------------------------------------------------------------
LOGIN_URL = "login"
# Login throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one username from one
# address, that pair is locked out for AXES_COOLOFF_MINUTES; admins see and lift lockouts on the
# admin console's settings page.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_MINUTES = env_int("AXES_COOLOFF_MINUTES", 15, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=AXES_COOLOFF_MINUTES)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "copilot.desk.views.locked_out"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

# I18N
# ------------------------------------------------------------------------------
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# STATIC
# ------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# LOGGING
# ------------------------------------------------------------------------------
LOG_LEVEL = env_str("LOG_LEVEL", "INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    # The PII filter sits on the handler, so it sees every record of every logger.
    "filters": {"redact_pii": {"()": "copilot.pii.logfilter.RedactPiiFilter"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["redact_pii"]}
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Presidio reports each recognizer it loads at INFO; only its warnings matter.
        "presidio-analyzer": {"level": "WARNING"},
        # The HTTP clients log every request at INFO (the model endpoint's URL and status): noise at
        # scale; their warnings and errors still come through.
        "httpx": {"level": "WARNING"},
        "httpx2": {"level": "WARNING"},
        "httpcore": {"level": "WARNING"},
    },
}

# COPILOT
# ------------------------------------------------------------------------------
# "offline" is the built-in deterministic planner; "openai" is any OpenAI-compatible
# endpoint. With no endpoint configured the offline planner is used.
OPENAI_API_KEY = env_str("OPENAI_API_KEY", "")
OPENAI_BASE_URL = env_str("OPENAI_BASE_URL", "")
COPILOT_MODEL = env_str("COPILOT_MODEL", "gpt-4o-mini")
COPILOT_PROVIDER = env_str("COPILOT_PROVIDER", "openai" if (OPENAI_API_KEY or OPENAI_BASE_URL) else "offline")
if COPILOT_PROVIDER not in {"offline", "openai"}:
    raise ImproperlyConfigured(f"COPILOT_PROVIDER must be offline or openai, not {COPILOT_PROVIDER!r}.")
COPILOT_MODEL_TIMEOUT_SECONDS = env_float("COPILOT_MODEL_TIMEOUT_SECONDS", 30.0, minimum=0.1)
COPILOT_TOOL_TIMEOUT_MS = env_int("COPILOT_TOOL_TIMEOUT_MS", 800, minimum=50)
COPILOT_TRIP_SERVICE = env_str("COPILOT_TRIP_SERVICE", "copilot.trips.service.DatabaseTripService")
COPILOT_MAX_MESSAGE_CHARS = env_int("COPILOT_MAX_MESSAGE_CHARS", 4000, minimum=100)
COPILOT_TOOL_CACHE_TTL_SECONDS = env_int("COPILOT_TOOL_CACHE_TTL_SECONDS", 60, minimum=0)
COPILOT_TOOL_CONCURRENCY = env_int("COPILOT_TOOL_CONCURRENCY", 4, minimum=1)
COPILOT_TOOL_RETRIES = env_int("COPILOT_TOOL_RETRIES", 2, minimum=0)
COPILOT_ENCRYPTION_KEYS = env_list("COPILOT_ENCRYPTION_KEYS", [])
# Raw customer text and PII vaults of resolved cases are purged after this many days.
COPILOT_PII_RETENTION_DAYS = env_int("COPILOT_PII_RETENTION_DAYS", 30, minimum=1)
CELERY_BEAT_SCHEDULE["purge-expired-pii"] = {"task": "copilot.tasks.purge_expired_pii", "schedule": 3600.0}
# Celery keeps Django's logging (and its PII filter) instead of installing its own handlers.
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
COPILOT_MODEL_RETRIES = env_int("COPILOT_MODEL_RETRIES", 2, minimum=0)
# Estimated cost per million tokens (USD), for the turn audit and the analysts' cost per case.
COPILOT_PRICE_IN_PER_MTOK = env_float("COPILOT_PRICE_IN_PER_MTOK", 0.15, minimum=0)
COPILOT_PRICE_OUT_PER_MTOK = env_float("COPILOT_PRICE_OUT_PER_MTOK", 0.60, minimum=0)
COPILOT_MAX_ITERATIONS = env_int("COPILOT_MAX_ITERATIONS", 8, minimum=1)
COPILOT_MAX_TOOL_CALLS = env_int("COPILOT_MAX_TOOL_CALLS", 16, minimum=1)
# Every turn worker process stamps the turns it runs this often (copilot/agent/lease.py); a running
# turn whose stamp is older than the stale limit (four missed beats) lost its worker, and the
# sweeper, as often as the heartbeat, sends it again: a dead worker's turns re-run within seconds.
COPILOT_TURN_HEARTBEAT_SECONDS = env_float("COPILOT_TURN_HEARTBEAT_SECONDS", 3.0, minimum=0.5)
COPILOT_TURN_STALE_SECONDS = env_float(
    "COPILOT_TURN_STALE_SECONDS",
    4 * COPILOT_TURN_HEARTBEAT_SECONDS,
    minimum=2 * COPILOT_TURN_HEARTBEAT_SECONDS,
)
CELERY_BEAT_SCHEDULE["sweep-turns"] = {
    "task": "copilot.tasks.sweep_turns",
    "schedule": COPILOT_TURN_HEARTBEAT_SECONDS,
}
# A message still unredacted, or a turn still queued, this long after it was sent to its worker is
# sent again: its task was lost with a killed worker (unacknowledged tasks come back only after the
# broker's visibility timeout) or a Redis restart. A second copy of a task that was only slow finds
# its work done and does nothing.
COPILOT_REQUEUE_SECONDS = env_float("COPILOT_REQUEUE_SECONDS", 15.0, minimum=1.0)
CELERY_BEAT_SCHEDULE["sweep-messages"] = {"task": "copilot.tasks.sweep_messages", "schedule": 5.0}
# An experiment that starts or ends on its own (not by an admin's click) reaches open case pages.
CELERY_BEAT_SCHEDULE["announce-experiment-boundaries"] = {
    "task": "policies.tasks.announce_experiment_boundaries",
    "schedule": 15.0,
}
COPILOT_TURN_QUEUE = "turns"
COPILOT_INGEST_QUEUE = "ingest"
# Messages waiting for redaction that one ingest task takes together (NER in `nlp.pipe` batches).
COPILOT_INGEST_BATCH = env_int("COPILOT_INGEST_BATCH", 16, minimum=1)
CELERY_TASK_ROUTES = {
    "copilot.tasks.run_turn": {"queue": "turns"},
    "copilot.tasks.ingest_message": {"queue": "ingest"},
}
# Bearer token of the chat/email system that posts customer messages to /api/inbound/messages.
COPILOT_INBOUND_TOKEN = env_str("COPILOT_INBOUND_TOKEN", "")

# OBSERVABILITY (copilot/observability/, docs/observability.md)
# ------------------------------------------------------------------------------
# Traces go over OTLP/HTTP when an endpoint is set; without one no tracer is installed at all.
OTEL_EXPORTER_OTLP_ENDPOINT = env_str("OTEL_EXPORTER_OTLP_ENDPOINT", "")
OTEL_SERVICE_NAME = env_str("OTEL_SERVICE_NAME", "support-copilot")
# Unset: every trace a request, task or turn starts, and no trace of a lone Redis or SQL call (the
# brokers' polls); set, the SDK's own samplers (`parentbased_traceidratio` with OTEL_TRACES_SAMPLER_ARG).
OTEL_TRACES_SAMPLER = env_str("OTEL_TRACES_SAMPLER", "")
# The share of turns whose traces also hold their SQL and Redis calls, decided by the trace id (a turn
# has them in every process or in none); every trace keeps the copilot's own spans. Lower it to cut
# what is exported (0.01: ~20 spans a turn instead of ~47, a quarter of the bytes).
COPILOT_TRACE_CLIENT_SHARE = env_float("COPILOT_TRACE_CLIENT_SHARE", 1.0, minimum=0.0)
# GET /metrics answers only a request bearing this token; without one the page does not exist (404).
COPILOT_METRICS_TOKEN = env_str("COPILOT_METRICS_TOKEN", "")
# Where /metrics reads every process's metric files (sub-folders included); the launcher sets
# PROMETHEUS_MULTIPROC_DIR for its processes, and compose gives each container a folder under one root.
COPILOT_METRICS_DIR = env_str("COPILOT_METRICS_DIR", env_str("PROMETHEUS_MULTIPROC_DIR", ""))
