/* qz-preferences-window.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-preferences-window"

#include "qz-config.h"

#include "qz-preferences-window.h"

/* Preferences: who issues the reports. Each field is bound to its
 * setting, so a change is kept as it is typed. */
struct _QzPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwEntryRow          *organisation_row;
  AdwEntryRow          *author_row;
};

G_DEFINE_FINAL_TYPE (QzPreferencesWindow, qz_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
qz_preferences_window_class_init (QzPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/qizhen/Qizhen/ui/qz-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, QzPreferencesWindow, organisation_row);
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
  return GTK_WIDGET (self);
}
