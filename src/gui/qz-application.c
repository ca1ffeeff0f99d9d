/* qz-application.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-application"

#include "qz-config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <signal.h>

#include "qz-application.h"
#include "qz-cli.h"
#include "qz-enterprise-store.h"
#include "qz-preferences-window.h"
#include "qz-trash.h"
#include "qz-window.h"

struct _QzApplication
{
  AdwApplication     parent_instance;

  /* Owned references */
  GSettings         *settings;
  QzEnterpriseStore *store;
  GError            *open_error;
  guint              signal_sources[3];
};

G_DEFINE_FINAL_TYPE (QzApplication, qz_application, ADW_TYPE_APPLICATION)

static int
qz_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  g_autofree char *database_path = qz_database_dup_default_path ();

  return qz_cli_run (options, database_path);
}

/* What waited in Recently Deleted for its time goes for good, once a
 * start. A failure leaves it for the next start. */
static void
purge_trash (QzEnterpriseStore *store)
{
  g_autoptr(QzTrash) trash = qz_trash_new (store);
  g_autoptr(GError) error = NULL;
  guint n_purged = 0;

  if (!qz_trash_purge (trash, g_get_real_time (), &n_purged, &error))
    g_warning ("Recently deleted items could not be purged: %s", error->message);
  else if (n_purged > 0)
    g_debug ("Purged %u items deleted more than %d days ago", n_purged, QZ_TRASH_KEEP_DAYS);
}

static void
author_changed_cb (GSettings  *settings,
                   const char *key,
                   QzDatabase *database)
{
  g_autofree char *author = g_settings_get_string (settings, key);

  qz_database_set_author (database, author);
}

static void
qz_application_activate (GApplication *app)
{
  QzApplication *self = QZ_APPLICATION (app);
  g_autofree char *path = qz_database_dup_default_path ();
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->store == NULL && self->open_error == NULL)
    {
      g_autoptr(QzDatabase) database = qz_database_open (path, &self->open_error);

      /* The window loads the enterprises once it shows. */
      if (database != NULL)
        {
          /* Every edit's history names its author, as Preferences say. */
          g_signal_connect_object (self->settings, "changed::report-author", G_CALLBACK (author_changed_cb),
                                   database, 0);
          author_changed_cb (self->settings, "report-author", database);
          self->store = qz_enterprise_store_new_unloaded (database);
        }
      if (self->store != NULL)
        purge_trash (self->store);
    }

  window = GTK_WINDOW (qz_window_new (GTK_APPLICATION (app), self->settings, self->store));
  if (self->open_error != NULL)
    qz_window_show_database_error (QZ_WINDOW (window), path, self->open_error);

  gtk_window_present (window);
}

/* `qizhen FILE.qizhen`, or a double-click on one: the import, previewed. */
static void
qz_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  GtkWindow *window;

  qz_application_activate (app);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (QZ_IS_WINDOW (window) && n_files > 0)
    qz_window_import_file (QZ_WINDOW (window), files[0]);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { _("The Qizhen authors"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", _("Qizhen"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Qizhen authors"),
                        "developers", developers,
                        "version", PACKAGE_VERSION,
                        "website", "https://github.com/qizhen/qizhen",
                        "issue-url", "https://github.com/qizhen/qizhen/issues",
                        "copyright", _("© 2026 The Qizhen authors"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: your names, one a line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  QzApplication *self = QZ_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (qz_preferences_window_new (parent, self->settings)));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows = gtk_application_get_windows (app);

  /* Closing, rather than destroying, lets each window save what is
   * pending and remember its size and selection. */
  while (windows != NULL)
    {
      GList *next = windows->next;

      gtk_window_close (GTK_WINDOW (windows->data));
      windows = next;
    }
}

/* The session ends (logout, shutdown) or the terminal asks to stop:
 * what every window holds is written, without a dialog nobody would
 * answer, and the application quits as after Quit. */
static gboolean
terminate_cb (gpointer user_data)
{
  GApplication *app = G_APPLICATION (user_data);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    {
      if (QZ_IS_WINDOW (l->data) && !qz_window_flush (QZ_WINDOW (l->data)))
        g_printerr ("%s\n", _("Some changes could not be written to the database before quitting."));
    }
  g_application_quit (app);
  return G_SOURCE_CONTINUE;
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
};

static void
qz_application_startup (GApplication *app)
{
  QzApplication *self = QZ_APPLICATION (app);
  static const struct { const char *action; const char *accels[2]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.new-enterprise", { "<Control>n", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.toggle-results", { "<Control>r", NULL } },
    { "win.toggle-plan", { "<Control>l", NULL } },
    { "win.report", { "<Control>p", NULL } },
    { "win.back", { "<Alt>Left", NULL } },
    { "win.show-trash", { "<Control><Shift>t", NULL } },
    { "window.close", { "<Control>w", NULL } },
  };

  G_APPLICATION_CLASS (qz_application_parent_class)->startup (app);

  self->settings = g_settings_new (APP_ID);
  self->signal_sources[0] = g_unix_signal_add (SIGTERM, terminate_cb, self);
  self->signal_sources[1] = g_unix_signal_add (SIGINT, terminate_cb, self);
  self->signal_sources[2] = g_unix_signal_add (SIGHUP, terminate_cb, self);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);
}

static void
qz_application_shutdown (GApplication *app)
{
  QzApplication *self = QZ_APPLICATION (app);

  for (guint i = 0; i < G_N_ELEMENTS (self->signal_sources); i++)
    g_clear_handle_id (&self->signal_sources[i], g_source_remove);

  G_APPLICATION_CLASS (qz_application_parent_class)->shutdown (app);
}

static void
qz_application_constructed (GObject *object)
{
  G_OBJECT_CLASS (qz_application_parent_class)->constructed (object);

  /* A Devel build has another id; its resources live at the same place. */
  g_application_set_resource_base_path (G_APPLICATION (object), "/io/github/qizhen/Qizhen");
}

static void
qz_application_finalize (GObject *object)
{
  QzApplication *self = (QzApplication *)object;

  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_error (&self->open_error);

  G_OBJECT_CLASS (qz_application_parent_class)->finalize (object);
}

static void
qz_application_class_init (QzApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->constructed = qz_application_constructed;
  object_class->finalize = qz_application_finalize;

  app_class->handle_local_options = qz_application_handle_local_options;
  app_class->startup = qz_application_startup;
  app_class->shutdown = qz_application_shutdown;
  app_class->activate = qz_application_activate;
  app_class->open = qz_application_open;
}

static void
qz_application_init (QzApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), qz_cli_get_option_entries ());
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Diagnose the digital transformation of manufacturers."));
}

/**
 * qz_application_new:
 *
 * Returns: (transfer full): the application
 */
QzApplication *
qz_application_new (void)
{
  return g_object_new (QZ_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS | G_APPLICATION_HANDLES_OPEN,
                       NULL);
}
