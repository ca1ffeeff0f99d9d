/* qz-preferences-window.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-preferences-window"

#include "qz-config.h"

#include <glib/gi18n.h>

#include "qz-preferences-window.h"
#include "qz-report.h"
#include "qz-toast.h"

/* Preferences: who issues the reports. Each field is bound to its
 * setting, so a change is kept as it is typed. */
struct _QzPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwEntryRow          *organisation_row;
  AdwActionRow         *logo_row;
  AdwEntryRow          *author_row;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (QzPreferencesWindow, qz_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
update_logo (QzPreferencesWindow *self)
{
  g_autofree char *path = g_settings_get_string (self->settings, "report-logo");
  g_autofree char *name = path[0] ? g_path_get_basename (path) : NULL;

  adw_action_row_set_subtitle (self->logo_row, name ? name : _("None"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "logo.remove", name != NULL);
}

/* A logo is checked when chosen: a file that is not an image is said so
 * at once, not when the report is made. Qizhen keeps a copy of its own. */
static void
choose_response_cb (QzPreferencesWindow  *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
      kept = path ? qz_report_logo_keep (path, &error) : NULL;
      if (kept != NULL)
        g_settings_set_string (self->settings, "report-logo", kept);
      else
        adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                          qz_toast_new (error ? error->message : _("The logo must be a local file.")));
    }

  g_object_unref (chooser);
}

static void
choose_logo_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  QzPreferencesWindow *self = QZ_PREFERENCES_WINDOW (widget);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Choose Logo"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Choose"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Images"));
  gtk_file_filter_add_pixbuf_formats (filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (choose_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
remove_logo_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_settings_set_string (QZ_PREFERENCES_WINDOW (widget)->settings, "report-logo", "");
}

static void
qz_preferences_window_dispose (GObject *object)
{
  g_clear_object (&QZ_PREFERENCES_WINDOW (object)->settings);

  G_OBJECT_CLASS (qz_preferences_window_parent_class)->dispose (object);
}

static void
qz_preferences_window_class_init (QzPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = qz_preferences_window_dispose;
  gtk_widget_class_install_action (widget_class, "logo.choose", NULL, choose_logo_action);
  gtk_widget_class_install_action (widget_class, "logo.remove", NULL, remove_logo_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/qizhen/Qizhen/ui/qz-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, QzPreferencesWindow, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, QzPreferencesWindow, logo_row);
  gtk_widget_class_bind_template_child (widget_class, QzPreferencesWindow, author_row);
}

static void
qz_preferences_window_init (QzPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * qz_preferences_window_new:
 * @parent: (nullable): the window it belongs to
 * @settings: the application's settings
 *
 * Returns: (transfer full): the preferences window
 */
GtkWidget *
qz_preferences_window_new (GtkWindow *parent,
                           GSettings *settings)
{
  QzPreferencesWindow *self = g_object_new (QZ_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);

  g_settings_bind (settings, "report-organisation", self->organisation_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "report-author", self->author_row, "text", G_SETTINGS_BIND_DEFAULT);
  self->settings = g_object_ref (settings);
  g_signal_connect_object (settings, "changed::report-logo", G_CALLBACK (update_logo), self, G_CONNECT_SWAPPED);
  update_logo (self);
  return GTK_WIDGET (self);
}
