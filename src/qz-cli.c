/* qz-cli.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-cli"

#include "qz-config.h"

#include "qz-cli.h"
#include "qz-enterprise-store.h"

/* Tabs and line breaks would break the one-record-a-line format. */
static void
append_field (GString    *out,
              const char *text)
{
  for (const char *p = text; *p; p++)
    g_string_append_c (out, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
}

static char *
format_time (gint64 usec)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);

  return g_date_time_format_iso8601 (time);
}

/**
 * qz_cli_print_list:
 * @database_path: the database file
 * @out: where the lines go
 * @error: return location for a #QzDatabaseError
 *
 * Appends one line per enterprise, most recently changed first, with
 * tab-separated fields: UUID, name, credit code, industry code, region
 * and the time of the last change (ISO 8601, UTC). A database that does
 * not exist yet lists nothing and is not created; nothing is written.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_cli_print_list (const char  *database_path,
                   GString     *out,
                   GError     **error)
{
  g_autoptr(QzDatabase) database = NULL;
  g_autoptr(QzEnterpriseStore) store = NULL;
  guint n_items;

  if (!g_file_test (database_path, G_FILE_TEST_EXISTS))
    return TRUE;

  database = qz_database_open_read_only (database_path, error);
  if (database == NULL)
    return FALSE;

  store = qz_enterprise_store_new (database, error);
  if (store == NULL)
    return FALSE;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (store));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(QzEnterprise) enterprise = g_list_model_get_item (G_LIST_MODEL (store), i);
      g_autofree char *region = qz_enterprise_dup_region (enterprise);
      g_autofree char *updated = format_time (qz_enterprise_get_updated (enterprise));
      const char *fields[] = {
        qz_enterprise_get_uuid (enterprise),
        qz_enterprise_get_name (enterprise),
        qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_USCC),
        qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_INDUSTRY_CODE),
        region,
        updated,
      };

      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        {
          if (f > 0)
            g_string_append_c (out, '\t');
          append_field (out, fields[f]);
        }
      g_string_append_c (out, '\n');
    }

  return TRUE;
}
