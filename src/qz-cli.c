/* qz-cli.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-cli"

#include "qz-config.h"

#include <glib/gi18n-lib.h>

#include "qz-cli.h"
#include "qz-enterprise-store.h"
#include "qz-framework-loader.h"

/* Tabs and line breaks would break the one-record-a-line format. */
static void
append_field (GString    *out,
              const char *text)
{
  for (const char *p = text; *p; p++)
    g_string_append_c (out, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
}

static void
append_line (GString           *out,
             const char * const *fields,
             guint               n_fields)
{
  for (guint f = 0; f < n_fields; f++)
    {
      if (f > 0)
        g_string_append_c (out, '\t');
      append_field (out, fields[f]);
    }
  g_string_append_c (out, '\n');
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

      append_line (out, fields, G_N_ELEMENTS (fields));
    }

  return TRUE;
}

/**
 * qz_cli_print_frameworks:
 * @out: where the lines go
 * @error: return location for a #QzFrameworkError
 *
 * Appends one line per built-in framework: id, version and title, tab-separated.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_cli_print_frameworks (GString  *out,
                         GError  **error)
{
  g_autoptr(GPtrArray) frameworks = qz_framework_load_builtin (error);

  if (frameworks == NULL)
    return FALSE;

  for (guint i = 0; i < frameworks->len; i++)
    {
      QzFramework *framework = g_ptr_array_index (frameworks, i);
      const char *fields[] = {
        qz_framework_get_id (framework),
        qz_framework_get_version (framework),
        qz_text_get (qz_framework_get_title (framework)),
      };

      append_line (out, fields, G_N_ELEMENTS (fields));
    }

  return TRUE;
}

/**
 * qz_cli_validate_framework:
 * @path: a framework file
 * @out: where the verdict goes when the file is valid
 * @err: where each problem goes, one a line, "FILE: JSON path: message"
 *
 * Returns: the exit status: 0 when the file is valid, 1 otherwise
 */
int
qz_cli_validate_framework (const char *path,
                           GString    *out,
                           GString    *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(QzFramework) framework = qz_framework_load_file (path, &problems, &error);

  if (framework == NULL)
    {
      g_string_append_printf (err, "%s\n", error->message);
      for (guint i = 0; problems != NULL && i < problems->len; i++)
        g_string_append_printf (err, "%s: %s\n", path, (char *) g_ptr_array_index (problems, i));
      return 1;
    }

  g_string_append_printf (out, _("%s: valid framework “%s” %s, %u indicators\n"),
                          path, qz_framework_get_id (framework),
                          qz_framework_get_version (framework),
                          qz_framework_get_n_indicators (framework));
  return 0;
}
