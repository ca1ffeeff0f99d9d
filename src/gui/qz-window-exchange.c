/* qz-window-exchange.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cases that travel: Export Cases (the enterprise shown, those the search
 * finds, or all) and Import Cases, which says what will happen before
 * anything is written.
 */

#define G_LOG_DOMAIN "qz-window"

#include "qz-config.h"

#include <glib/gi18n.h>

#include "qz-conflict-view.h"
#include "qz-exchange.h"
#include "qz-import-dialog.h"
#include "qz-window-private.h"

static QzDatabase *
database_of (QzWindow *self)
{
  return self->store ? qz_enterprise_store_get_database (self->store) : NULL;
}

/* The enterprises an export takes: NULL for all. */
static GStrv
chosen_enterprises (QzWindow   *self,
                    const char *which)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (g_str_equal (which, "all"))
    return NULL;

  if (g_str_equal (which, "selected"))
    {
      QzEnterprise *enterprise = qz_profile_page_get_enterprise (self->profile_page);

      if (enterprise != NULL)
        g_strv_builder_add (builder, qz_enterprise_get_uuid (enterprise));
    }
  else
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)); i++)
      {
        g_autoptr(QzEnterprise) enterprise = g_list_model_get_item (G_LIST_MODEL (self->filter_model), i);

        g_strv_builder_add (builder, qz_enterprise_get_uuid (enterprise));
      }
  return g_strv_builder_end (builder);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    QzWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_auto(GStrv) uuids = NULL;
  const char *which = g_object_get_data (G_OBJECT (chooser), "which");

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = file ? g_file_get_path (file) : NULL;
  if (path != NULL && database_of (self) != NULL)
    {
      uuids = chosen_enterprises (self, which);
      if (uuids != NULL && uuids[0] == NULL)
        qz_window_show_message (self, _("There are no enterprises to export."));
      else if (!qz_exchange_export (database_of (self), (const char *const *) uuids, path, &error))
        qz_window_show_error (self, error);
      else
        {
          g_autofree char *name = g_path_get_basename (path);
          g_autofree char *message = g_strdup_printf (_("Cases exported to “%s”"), name);

          adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
        }
    }
  g_object_unref (chooser);
}

static void
export_cases_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  QzWindow *self = QZ_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Export Cases"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Qizhen cases"));
  gtk_file_filter_add_mime_type (filter, "application/x-qizhen-cases");
  gtk_file_filter_add_pattern (filter, "*.qizhen");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("cases.qizhen"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data_full (G_OBJECT (chooser), "which", g_variant_dup_string (parameter, NULL), g_free);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
import_response_cb (QzImportDialog *dialog,
                    const char     *response,
                    QzWindow       *self)
{
  g_autoptr(QzExchangeSummary) summary = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "import") || database_of (self) == NULL)
    return;

  summary = qz_exchange_import (database_of (self), qz_import_dialog_get_path (dialog), FALSE, &error);
  if (summary == NULL || !qz_enterprise_store_reload (self->store, &error))
    {
      qz_window_show_error (self, error);
      return;
    }

  qz_window_close_assessment (self);
  if (summary->conflicts > 0)
    {
      AdwToast *toast = adw_toast_new (_("Cases imported: some records wait for your choice"));

      adw_toast_set_button_label (toast, _("_Resolve"));
      adw_toast_set_action_name (toast, "win.show-conflicts");
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
  else
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Cases imported")));
}

/**
 * qz_window_import_file:
 * @self: a #QzWindow
 * @file: an exchange file
 *
 * Checks @file and says what importing it would do; imports it when the
 * expert agrees.
 */
void
qz_window_import_file (QzWindow *self,
                       GFile    *file)
{
  g_autoptr(QzExchangeSummary) preview = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  QzImportDialog *dialog;

  if (database_of (self) == NULL || path == NULL)
    return;

  preview = qz_exchange_import (database_of (self), path, TRUE, &error);
  if (preview == NULL)
    {
      AdwMessageDialog *refusal = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                                              _("The File Cannot Be Imported"),
                                                                              error->message));

      adw_message_dialog_add_response (refusal, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (refusal));
      return;
    }

  dialog = qz_import_dialog_new (GTK_WINDOW (self), path, preview);
  g_signal_connect_object (dialog, "response", G_CALLBACK (import_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  QzWindow        *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    qz_window_import_file (self, file);
  g_object_unref (chooser);
}

static void
import_cases_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  QzWindow *self = QZ_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import Cases"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Qizhen cases"));
  gtk_file_filter_add_mime_type (filter, "application/x-qizhen-cases");
  gtk_file_filter_add_pattern (filter, "*.qizhen");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
conflict_resolved_cb (QzWindow *self)
{
  g_autoptr(GError) error = NULL;

  /* What the expert chose shows everywhere. */
  qz_window_close_assessment (self);
  if (!qz_enterprise_store_reload (self->store, &error))
    qz_window_show_error (self, error);
}

static void
show_conflicts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  QzWindow *self = QZ_WINDOW (widget);
  QzConflictView *view;

  if (self->assessments == NULL)
    return;

  view = qz_conflict_view_new (GTK_WINDOW (self), self->assessments);
  g_signal_connect_object (view, "resolved", G_CALLBACK (conflict_resolved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (view));
}

void
qz_window_install_exchange_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-conflicts", NULL, show_conflicts_action);
  gtk_widget_class_install_action (widget_class, "win.export-cases", "s", export_cases_action);
  gtk_widget_class_install_action (widget_class, "win.import-cases", NULL, import_cases_action);
}
