"""Written-out statements for the hot path, built once per model from its fields.

A turn writes a few rows every time it runs; the ORM's compiler spent more CPU building
those statements than PostgreSQL spent running them. These helpers build the SQL once and
prepare each value exactly as the ORM does (`pre_save`, then `get_db_prep_save`), so what
is stored does not depend on which path wrote it.
"""

from __future__ import annotations

from django.db import connection
from django.db.models import Model

_INSERTS: dict[tuple[type[Model], int], tuple[str, list]] = {}


def insert_rows(rows: list[Model]) -> None:
    """INSERT new instances of one model in a single statement (atomic on its own).

    Database-generated primary keys are not read back: for audit rows nobody reads again.
    """
    if not rows:
        return
    model = type(rows[0])
    key = (model, len(rows))
    if key not in _INSERTS:
        meta = model._meta
        fields = [f for f in meta.concrete_fields if not (f.primary_key and f.db_returning)]
        quote = connection.ops.quote_name
        columns = ", ".join(quote(f.column) for f in fields)
        row = "(" + ", ".join(["%s"] * len(fields)) + ")"
        # Names come from the model's own fields; values are parameters.
        sql = f"INSERT INTO {quote(meta.db_table)} ({columns}) VALUES " + ", ".join([row] * len(rows))  # noqa: S608
        _INSERTS[key] = (sql, fields)
    sql, fields = _INSERTS[key]
    params = [f.get_db_prep_save(f.pre_save(obj, True), connection) for obj in rows for f in fields]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
