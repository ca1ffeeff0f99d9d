/* qz-exchange-rows.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The records that travel between databases, and the key that names each:
 * "kind/UUID", or "answer/ASSESSMENT-UUID/INDICATOR" for an answer.
 */

#define G_LOG_DOMAIN "qz-exchange"

#include "qz-config.h"

#include <string.h>

#include "qz-exchange-private.h"

static const char *const enterprise_columns[] = {
  "name", "uscc", "industry_code", "province", "city", "county", "address", "contact_name",
  "contact_phone", "notes", "employees", "revenue", "deleted", "notes_internal", NULL
};
static const char *const assessment_columns[] = {
  "visit_date", "assessors", "target_level", "status", "deleted", "opinion",
  "signoff_experts", "signoff_representative", "signoff_date", NULL
};
static const char *const answer_columns[] = {
  "na", "options", "value", "numerator", "denominator", "grade", "note", "flagged",
  "note_internal", "review", NULL
};
static const char *const plan_item_columns[] = {
  "position", "measure", "indicator", "title", "detail", "effect", "phase", "priority", "status",
  "owner", "start_date", "due_date", "budget_min", "budget_max", "edited", "stale", "deleted",
  "carried_from", "weakest", NULL
};
/* The photo of an evidence never changes: it is set when the row comes. */
static const char *const evidence_columns[] = {
  "indicator", "caption", "deleted", NULL
};
static const char *const contact_columns[] = {
  "position", "name", "title", "mobile", "wechat", "deleted", NULL
};

/* What the history shows of a row: an answer's choice or figure first. */
#define ANSWER_DISPLAY \
  "CASE WHEN na THEN 'N/A' WHEN options IS NOT NULL THEN options" \
  " WHEN grade IS NOT NULL THEN grade WHEN value IS NOT NULL THEN printf ('%g', value)" \
  " WHEN numerator IS NOT NULL THEN printf ('%g/%g', numerator, denominator) ELSE '–' END" \
  " || CASE WHEN note <> '' THEN ' “' || note || '”' ELSE '' END"

static const QzRecordKind kinds[QZ_N_RECORD_KINDS] = {
  { "enterprise", "enterprise", enterprise_columns,
    "name || ' · ' || uscc || ' · ' || province || city || county || ' · ' || address"
    " || ' · ' || coalesce (employees, '') || ' · ' || coalesce (revenue, '')"
    " || CASE WHEN deleted IS NOT NULL THEN ' ×' ELSE '' END",
    "FROM enterprise t JOIN enterprise e ON e.id = t.id", "t.uuid", "NULL", "NULL" },
  { "assessment", "assessment", assessment_columns,
    "visit_date || ' · ' || assessors || ' · ' || target_level || ' · ' || status"
    " || CASE WHEN deleted IS NOT NULL THEN ' ×' ELSE '' END",
    "FROM assessment t JOIN enterprise e ON e.id = t.enterprise", "t.uuid", "e.uuid", "t.framework" },
  { "answer", "answer", answer_columns, ANSWER_DISPLAY,
    "FROM answer t JOIN assessment a ON a.id = t.assessment JOIN enterprise e ON e.id = a.enterprise",
    "a.uuid", "t.indicator", "a.framework" },
  { "plan_item", "plan_item", plan_item_columns,
    "title || ' · ' || owner || ' · ' || due_date || ' · ' || status"
    " || CASE WHEN deleted IS NOT NULL THEN ' ×' ELSE '' END",
    "FROM plan_item t JOIN assessment a ON a.id = t.assessment JOIN enterprise e ON e.id = a.enterprise",
    "t.uuid", "a.uuid", "a.framework" },
  { "evidence", "evidence", evidence_columns,
    "caption || CASE WHEN deleted IS NOT NULL THEN ' ×' ELSE '' END",
    "FROM evidence t JOIN assessment a ON a.id = t.assessment JOIN enterprise e ON e.id = a.enterprise",
    "t.uuid", "a.uuid", "t.photo" },
  { "contact", "contact", contact_columns,
    "name || ' · ' || mobile || CASE WHEN deleted IS NOT NULL THEN ' ×' ELSE '' END",
    "FROM contact t JOIN enterprise e ON e.id = t.enterprise", "t.uuid", "e.uuid", "NULL" },
};

const QzRecordKind *
qz_record_kind (guint index)
{
  g_return_val_if_fail (index < QZ_N_RECORD_KINDS, NULL);

  return &kinds[index];
}

/**
 * qz_record_kind_of_key:
 * @record: a record key
 *
 * Returns: (nullable): the kind of record @record names
 */
const QzRecordKind *
qz_record_kind_of_key (const char *record)
{
  const char *slash = record != NULL ? strchr (record, '/') : NULL;

  if (slash == NULL)
    return NULL;
  for (guint i = 0; i < QZ_N_RECORD_KINDS; i++)
    if (strlen (kinds[i].kind) == (gsize) (slash - record) &&
        strncmp (kinds[i].kind, record, slash - record) == 0)
      return &kinds[i];
  return NULL;
}

char *
qz_record_key (guint       kind,
               const char *uuid,
               const char *indicator)
{
  g_return_val_if_fail (kind < QZ_N_RECORD_KINDS, NULL);

  if (kind == QZ_RECORD_ANSWER)
    return g_strconcat ("answer/", uuid, "/", indicator, NULL);
  return g_strconcat (kinds[kind].kind, "/", uuid, NULL);
}

/* "SELECT @what FROM table WHERE <the row of the key bound at ?1, ?2>". */
char *
qz_record_select_sql (const QzRecordKind *kind,
                      const char         *what)
{
  if (kind == &kinds[QZ_RECORD_ANSWER])
    return g_strdup_printf ("SELECT %s FROM answer WHERE assessment ="
                            " (SELECT id FROM assessment WHERE uuid = ?1) AND indicator = ?2", what);
  return g_strdup_printf ("SELECT %s FROM %s WHERE uuid = ?1", what, kind->table);
}

/* Binds the UUID (and an answer's indicator) of @record at ?1 (and ?2). */
gboolean
qz_record_bind_key (sqlite3_stmt *stmt,
                    const char   *record)
{
  const char *uuid = strchr (record, '/');
  const char *indicator;

  if (uuid == NULL)
    return FALSE;
  uuid++;
  indicator = g_str_has_prefix (record, "answer/") ? strchr (uuid, '/') : NULL;
  if (indicator != NULL)
    {
      sqlite3_bind_text (stmt, 1, uuid, indicator - uuid, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, indicator + 1, -1, SQLITE_TRANSIENT);
    }
  else
    sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  return TRUE;
}

/**
 * qz_record_content_sql:
 * @kind: a kind of record
 * @alias: (nullable): the table's alias in the query
 *
 * Returns: (transfer full): SQL for the record's content as one text, what
 *   the merge and the digest compare: whether deleted rather than when
 */
char *
qz_record_content_sql (const QzRecordKind *kind,
                       const char         *alias)
{
  GString *sql = g_string_new (NULL);
  g_autofree char *prefix = alias ? g_strconcat (alias, ".", NULL) : g_strdup ("");

  for (guint i = 0; kind->columns[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (sql, " || ',' || ");
      if (g_strcmp0 (kind->columns[i], "deleted") == 0)
        g_string_append_printf (sql, "(%sdeleted IS NOT NULL)", prefix);
      else
        g_string_append_printf (sql, "quote (%s%s)", prefix, kind->columns[i]);
    }
  return g_string_free (sql, FALSE);
}

/* "SELECT key, content …" of every record of @kind, of the enterprise
 * bound at ?1 or of all when it is NULL, in the order of their keys. */
char *
qz_record_digest_sql (guint kind_index)
{
  const QzRecordKind *kind = qz_record_kind (kind_index);
  g_autofree char *content = qz_record_content_sql (kind, "t");

  return g_strdup_printf ("SELECT '%s/' || %s%s%s, %s %s WHERE ?1 IS NULL OR e.uuid = ?1 ORDER BY 1",
                          kind->kind, kind->key0,
                          kind_index == QZ_RECORD_ANSWER ? " || '/' || " : "",
                          kind_index == QZ_RECORD_ANSWER ? kind->key1 : "",
                          content, kind->from);
}
