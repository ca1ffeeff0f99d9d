/* qz-cli-exchange.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line's exchange files: --export-cases, --import, --digest.
 */

#define G_LOG_DOMAIN "qz-cli"

#include "qz-config.h"

#include <glib/gi18n-lib.h>

#include "qz-cli-private.h"
#include "qz-exchange.h"

gboolean
_qz_cli_check_export_cases (const char  *output,
                            GError     **error)
{
  if (output == NULL)
    {
      g_set_error_literal (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_INVALID,
                           _("--export-cases needs the file to write, given with --output FILE.qizhen."));
      return FALSE;
    }
  return TRUE;
}

/* @argument: UUIDs separated by commas, or "--all" (or "all"). */
gboolean
_qz_cli_export_cases (QzDatabase  *database,
                      const char  *argument,
                      const char  *output,
                      const char  *author,
                      GError     **error)
{
  g_auto(GStrv) uuids = NULL;

  if (database == NULL)
    {
      g_set_error_literal (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND,
                           _("There are no cases to export yet."));
      return FALSE;
    }
  if (g_strcmp0 (argument, "--all") != 0 && g_strcmp0 (argument, "all") != 0)
    {
      uuids = g_strsplit (argument, ",", -1);
      for (guint i = 0; uuids[i] != NULL; i++)
        if (!g_uuid_string_is_valid (g_strstrip (uuids[i])))
          {
            g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_INVALID,
                         _("“%s” is not an enterprise id (a UUID, as --list prints)."), uuids[i]);
            return FALSE;
          }
    }

  qz_database_set_author (database, author);
  return qz_exchange_export (database, (const char *const *) uuids, output, error);
}

static void
append_summary (GString                 *out,
                const QzExchangeSummary *summary)
{
  g_string_append_printf (out, _("Enterprises: %u new, %u updated, %u unchanged\n"),
                          summary->enterprises_new, summary->enterprises_updated, summary->enterprises_unchanged);
  g_string_append_printf (out, _("Assessments: %u new, %u updated, %u unchanged\n"),
                          summary->assessments_new, summary->assessments_updated, summary->assessments_unchanged);
  g_string_append_printf (out, _("Answers updated: %u\n"), summary->answers_updated);
  g_string_append_printf (out, _("Plan items, photos and contacts updated: %u\n"), summary->others_updated);
  g_string_append_printf (out, _("Conflicts: %u\n"), summary->conflicts);
}

gboolean
_qz_cli_import_cases (QzDatabase  *database,
                      const char  *path,
                      const char  *author,
                      GString     *out,
                      GError     **error)
{
  g_autoptr(QzExchangeSummary) summary = NULL;

  qz_database_set_author (database, author);
  summary = qz_exchange_import (database, path, FALSE, error);
  if (summary == NULL)
    return FALSE;

  append_summary (out, summary);
  return TRUE;
}

/* @argument: an enterprise's UUID, or "all". */
gboolean
_qz_cli_print_digest (QzDatabase  *database,
                      const char  *argument,
                      GString     *out,
                      GError     **error)
{
  const char *uuid = g_strcmp0 (argument, "all") == 0 ? NULL : argument;
  g_autofree char *digest = NULL;

  if (uuid != NULL && !g_uuid_string_is_valid (uuid))
    {
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_INVALID,
                   _("“%s” is not an enterprise id (a UUID, as --list prints)."), uuid);
      return FALSE;
    }
  if (database == NULL)
    return TRUE;

  digest = qz_exchange_digest (database, uuid, error);
  if (digest == NULL)
    return FALSE;
  g_string_append_printf (out, "%s\n", digest);
  return TRUE;
}
