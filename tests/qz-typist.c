/* qz-typist.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Not a test itself: Qizhen as it runs (its application, its window, its
 * signal handling) with a hand on the keyboard. It opens the database of
 * $XDG_DATA_HOME, types TEXT into the city of the enterprise shown, and
 * says so on stdout, for test-kill-window to kill it or end its session.
 *
 *   qz-typist kill TEXT   types, then prints "typed"
 *   qz-typist term TEXT   types while another connection holds the write
 *                         lock, lets the lock go, then prints "pending":
 *                         the edit waits to be retried
 */

#include "qz-config.h"

#include <adwaita.h>
#include <sqlite3.h>
#include <stdio.h>

#include "qz-application.h"
#include "qz-gtk-test-utils.h"
#include "qz-window.h"

static const char *mode;
static const char *text;

static void
say (const char *line)
{
  printf ("%s\n", line);
  fflush (stdout);
}

/* Types as a user does, a character at a time into the city's row. */
static void
type_city (QzWindow *window)
{
  GtkEditable *city = GTK_EDITABLE (qz_test_find_by_label (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW, "City"));
  int position = 0;

  gtk_editable_set_text (city, "");
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    gtk_editable_insert_text (city, p, g_utf8_next_char (p) - p, &position);
}

static gboolean
type_cb (gpointer data)
{
  QzWindow *window = data;
  sqlite3 *blocker = NULL;
  g_autofree char *path = NULL;

  /* The window shows its enterprise once it has read the database. */
  if (qz_window_get_selected (window) == NULL)
    return G_SOURCE_CONTINUE;

  if (g_str_equal (mode, "kill"))
    {
      type_city (window);
      say ("typed");
      return G_SOURCE_REMOVE;
    }

  path = g_build_filename (g_get_user_data_dir (), "qizhen", "qizhen.db", NULL);
  if (sqlite3_open (path, &blocker) != SQLITE_OK ||
      sqlite3_exec (blocker, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
    g_error ("The write lock could not be taken");
  type_city (window);
  sqlite3_exec (blocker, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (blocker);
  say ("pending");
  return G_SOURCE_REMOVE;
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window)
{
  if (QZ_IS_WINDOW (window))
    g_timeout_add_full (G_PRIORITY_DEFAULT, 10, type_cb, g_object_ref (window), g_object_unref);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(QzApplication) app = NULL;
  char *app_argv[] = { argv[0], NULL };

  if (argc != 3 || (!g_str_equal (argv[1], "kill") && !g_str_equal (argv[1], "term")))
    {
      g_printerr ("usage: %s kill|term TEXT\n", argv[0]);
      return 2;
    }
  mode = argv[1];
  text = argv[2];

  app = qz_application_new ();
  /* Beside any other Qizhen of the session, without its bus name. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);
  return g_application_run (G_APPLICATION (app), 1, app_argv);
}
