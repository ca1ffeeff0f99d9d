/* main.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "qz-application.h"

/* GLib decides once, at the first translation, whether to translate at
 * all: in a locale such as C.UTF-8 that has no catalogue of ours it
 * guesses that the program is not translated and never asks gettext
 * again, so that no report could be written in Chinese there. Let it
 * decide in the plain C locale, where it does translate; gettext then
 * chooses the catalogue as usual (none, unless $LANGUAGE names one). */
static void
keep_translating (void)
{
  g_autofree char *messages = g_strdup (setlocale (LC_MESSAGES, NULL));

  if (messages == NULL || !g_str_has_prefix (messages, "C."))
    return;

  setlocale (LC_MESSAGES, "C");
  g_dgettext (GETTEXT_PACKAGE, "");
  setlocale (LC_MESSAGES, messages);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(QzApplication) app = NULL;
  /* A build run before it is installed finds its translations where
   * QZ_LOCALEDIR says: the tests point it at the build's po folder. */
  const char *localedir = g_getenv ("QZ_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && localedir[0] != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  keep_translating ();

  app = qz_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
