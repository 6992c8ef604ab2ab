"""Written-out statements for the hot path, built once per model from its fields.

A turn saves itself several times and writes a few rows every time it runs; the ORM's
compiler spent more CPU building those statements than PostgreSQL spent running them.
These helpers build the SQL once and prepare each value as the ORM does
(`get_db_prep_save`, after `pre_save` for new rows), so what is stored does not depend on
which path wrote it. An UPDATE sets only the columns given: `auto_now` is not applied.
"""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.db.models import Model

_INSERTS: dict[tuple[type[Model], int], tuple[str, list]] = {}
_UPDATES: dict[tuple[type[Model], tuple[str, ...], tuple[str, ...]], str] = {}


def update_row(model: type[Model], pk: Any, where: dict[str, Any] | None = None, /, **fields: Any) -> int:
    """UPDATE one row's columns by primary key; how many rows changed (0 or 1).

    `where` adds equality conditions (a fence: `{"attempts": 2}` writes only while the row is
    still the caller's). The first three are positional only: a model may have a field called
    `model` (Turn does).
    """
    meta = model._meta
    where = where or {}
    key = (model, tuple(fields), tuple(where))
    sql = _UPDATES.get(key)
    if sql is None:
        quote = connection.ops.quote_name
        assignments = ", ".join(f"{quote(meta.get_field(n).column)} = %s" for n in fields)
        conditions = "".join(f" AND {quote(meta.get_field(n).column)} = %s" for n in where)
        # Names come from the model's own fields (get_field refuses others); values are parameters.
        sql = (
            f"UPDATE {quote(meta.db_table)} SET {assignments} WHERE {quote(meta.pk.column)} = %s{conditions}"
        )
        _UPDATES[key] = sql
    params = [meta.get_field(n).get_db_prep_save(v, connection) for n, v in fields.items()]
    checks = [meta.get_field(n).get_db_prep_value(v, connection) for n, v in where.items()]
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, meta.pk.get_db_prep_value(pk, connection), *checks])
        return cursor.rowcount


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
        sql = f"INSERT INTO {quote(meta.db_table)} ({columns}) VALUES " + ", ".join([row] * len(rows))
        _INSERTS[key] = (sql, fields)
    sql, fields = _INSERTS[key]
    params = [f.get_db_prep_save(f.pre_save(obj, True), connection) for obj in rows for f in fields]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
