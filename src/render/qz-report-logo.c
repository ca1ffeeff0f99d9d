/* qz-report-logo.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-report"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "qz-report.h"

/* The logo of the reports is a file of Qizhen's own, in its data folder:
 * a copy of the image the user chose, checked and kept as the JPEG the
 * cover shows, so that it stays when the user's file is moved or gone. */

static char *
logo_folder (void)
{
  return g_build_filename (g_get_user_data_dir (), "qizhen", "logo", NULL);
}

/**
 * qz_report_logo_is_kept:
 * @path: a logo's path, as the settings hold it
 *
 * Returns: whether @path is a copy Qizhen keeps, not the user's file
 */
gboolean
qz_report_logo_is_kept (const char *path)
{
  g_autofree char *folder = logo_folder ();
  g_autofree char *parent = path ? g_path_get_dirname (path) : NULL;

  return parent != NULL && g_strcmp0 (parent, folder) == 0;
}

/* Only the logo just kept stays in the folder. */
static void
remove_others (const char *folder,
               const char *kept)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (g_strcmp0 (path, kept) != 0)
        g_remove (path);
    }
}

/**
 * qz_report_logo_keep:
 * @path: an image file the user chose
 * @error: return location for a #GIOError with a translated message
 *
 * Checks @path as qz_report_logo_load() does and keeps a copy of it, as
 * JPEG, in Qizhen's data folder, named after the file; an earlier copy
 * goes.
 *
 * Returns: (transfer full): the path of the copy, for the settings, or
 *   %NULL with @error set
 */
char *
qz_report_logo_keep (const char  *path,
                     GError     **error)
{
  g_autoptr(QzReportLogo) logo = qz_report_logo_load (path, error);
  g_autofree char *folder = logo_folder ();
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  g_autofree char *kept = NULL;
  char *dot;

  if (logo == NULL)
    return NULL;

  base = g_path_get_basename (path);
  if ((dot = strrchr (base, '.')) != NULL && dot != base)
    *dot = '\0';
  name = g_strconcat (base, ".jpg", NULL);
  kept = g_build_filename (folder, name, NULL);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _("The logo cannot be kept in “%s”: %s"),
                   folder, g_strerror (saved));
      return NULL;
    }
  if (!g_file_set_contents (kept, g_bytes_get_data (logo->image, NULL), g_bytes_get_size (logo->image), error))
    return NULL;

  remove_others (folder, kept);
  return g_steal_pointer (&kept);
}
