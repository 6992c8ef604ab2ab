"""Settings for the test suite: the same real PostgreSQL and Redis as development."""

from copilot.settings.base import *  # noqa: F403

DEBUG = False
# Hashing strength is not under test; a fast hasher keeps persona set-up cheap.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Serve static files from the source folders; the suite never runs collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Threads of database_sync_to_async must not keep connections open past a test, or
# the test database cannot be dropped at the end of the session.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
# pytest-django wraps tests in transactions on one connection; a pool would hand out others.
DATABASES["default"]["OPTIONS"].pop("pool", None)  # noqa: F405
