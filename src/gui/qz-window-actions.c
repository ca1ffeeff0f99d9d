/* qz-window-actions.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-window"

#include "qz-config.h"

#include <glib/gi18n.h>

#include "qz-report-dialog.h"
#include "qz-report-source.h"
#include "qz-sample.h"
#include "qz-window-private.h"
#include "qz-toast.h"

/* The window's actions (win.*): what its buttons, menus and shortcuts do. */

static void
restore_photo_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  QzWindow *self = QZ_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  /* The window's store: the checklist may be closed by now. */
  if (self->assessments == NULL)
    return;
  if (!qz_evidence_store_remove (qz_assessment_store_get_evidence (self->assessments),
                                 g_variant_get_string (parameter, NULL), FALSE, &error))
    qz_window_show_error (self, error);
  else
    qz_checklist_page_refresh_photos (self->checklist_page);
}

/* The report of the assessment open, as it is now: answers flushed, the
 * plan as kept (or drafted), the industry average of its division. */
static void
report_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  QzWindow *self = QZ_WINDOW (widget);
  QzAssessment *assessment = qz_checklist_page_get_assessment (self->checklist_page);
  g_autoptr(GError) error = NULL;
  g_autoptr(QzReportInput) input = NULL;

  if (assessment == NULL || !qz_window_showing_assessment (self))
    return;

  qz_checklist_page_flush (self->checklist_page);
  qz_plan_page_flush (self->plan_page);
  input = qz_report_input_gather (self->store, self->assessments, self->plans, assessment, &error);
  if (input == NULL)
    {
      qz_window_show_error (self, error);
      return;
    }
  qz_report_dialog_new (GTK_WINDOW (self), self->settings, input);
}

static void
toggle_view_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  QzWindow *self = QZ_WINDOW (widget);
  GtkToggleButton *button = g_str_equal (action_name, "win.toggle-plan") ? self->plan_button : self->results_button;

  if (qz_window_showing_assessment (self))
    gtk_toggle_button_set_active (button, !gtk_toggle_button_get_active (button));
}

/* Shows @enterprise, which is first in the store: the search is cleared so
 * that it is in the list too. */
void
qz_window_select_first (QzWindow *self)
{
  g_autoptr(QzEnterprise) first = g_list_model_get_item (G_LIST_MODEL (self->store), 0);

  qz_window_clear_search (self);
  qz_window_select (self, first);
}

static void
new_enterprise_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  QzWindow *self = QZ_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  qz_profile_page_flush (self->profile_page);
  if (qz_enterprise_store_create (self->store, _("New Enterprise"), &error) == NULL)
    {
      qz_window_show_error (self, error);
      return;
    }

  qz_window_select_first (self);
  qz_window_show_content (self);
  qz_profile_page_focus_name (self->profile_page);
}

static void
delete_enterprise_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  QzWindow *self = QZ_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  QzEnterprise *enterprise;
  AdwToast *toast;

  enterprise = qz_window_get_selected (self);
  if (enterprise == NULL)
    return;

  qz_profile_page_flush (self->profile_page);
  g_object_ref (enterprise);
  if (!qz_enterprise_store_delete (self->store, enterprise, &error))
    {
      qz_window_show_error (self, error);
      g_object_unref (enterprise);
      return;
    }

  /* Translators: %s is an enterprise's name */
  title = g_strdup_printf (_("“%s” deleted"), qz_enterprise_get_name (enterprise));
  toast = qz_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.restore-deleted");
  adw_toast_set_action_target_value (toast, g_variant_new ("(us)", QZ_TRASH_ENTERPRISE,
                                                           qz_enterprise_get_uuid (enterprise)));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  qz_window_deleted (self, QZ_TRASH_ENTERPRISE, qz_enterprise_get_uuid (enterprise),
                     qz_enterprise_get_name (enterprise));
  g_object_unref (enterprise);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  QzWindow *self = QZ_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, gtk_widget_get_parent (GTK_WIDGET (self->search_entry)));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  QzWindow *self = QZ_WINDOW (widget);

  if (qz_window_showing_assessment (self))
    {
      qz_window_close_assessment (self);
      qz_window_update_header (self);
      qz_profile_page_focus_name (self->profile_page);
    }
  else
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
load_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  QzWindow *self = QZ_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  g_autoptr(QzAssessment) assessment = NULL;
  if (self->store == NULL)
    return;

  uuid = qz_sample_load (self->store, self->assessments, &error);
  assessment = uuid ? qz_assessment_store_load (self->assessments, uuid, &error) : NULL;
  if (assessment == NULL)
    {
      qz_window_show_error (self, error);
      return;
    }

  qz_window_clear_search (self);
  qz_window_select (self, qz_enterprise_store_find (self->store, qz_assessment_get_enterprise_uuid (assessment), NULL));
  qz_window_show_content (self);
  qz_window_open_assessment (self, assessment);
}

static void
open_folder_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(QzWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The folder cannot be opened: %s"), error->message);
      qz_window_show_message (self, message);
    }
}

static void
open_data_folder_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  QzWindow *self = QZ_WINDOW (widget);
  g_autofree char *dir = NULL;
  g_autofree char *uri = NULL;

  if (self->error_path == NULL)
    return;

  dir = g_path_get_dirname (self->error_path);
  uri = g_filename_to_uri (dir, NULL, NULL);
  if (uri != NULL)
    g_app_info_launch_default_for_uri_async (uri, NULL, NULL, open_folder_cb, g_object_ref (self));
}

void
qz_window_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-enterprise", NULL, new_enterprise_action);
  gtk_widget_class_install_action (widget_class, "win.delete-enterprise", NULL, delete_enterprise_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.load-sample", NULL, load_sample_action);
  gtk_widget_class_install_action (widget_class, "win.restore-photo", "s", restore_photo_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-results", NULL, toggle_view_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-plan", NULL, toggle_view_action);
  gtk_widget_class_install_action (widget_class, "win.report", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "win.open-data-folder", NULL, open_data_folder_action);
}
