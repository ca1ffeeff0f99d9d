/* test-trash-page.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include <string.h>

#include <adwaita.h>

#include "qz-database-private.h"
#include "qz-gtk-test-utils.h"
#include "qz-indicator-row.h"
#include "qz-plan-store.h"
#include "qz-plan-view.h"
#include "qz-test-utils.h"
#include "qz-trash-page.h"
#include "qz-window-private.h"

typedef struct
{
  QzTestSample  sample;
  GSettings    *settings;
  QzWindow     *window;
  char         *name;       /* the sample enterprise's */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  qz_test_sample_set_up (&fixture->sample, NULL);
  fixture->settings = g_settings_new (APP_ID);
  g_settings_set_string (fixture->settings, "last-enterprise",
                         qz_assessment_get_enterprise_uuid (fixture->sample.assessment));
  fixture->window = qz_window_new (NULL, fixture->settings, fixture->sample.enterprises);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_nonnull (qz_window_get_selected (fixture->window));
  fixture->name = g_strdup (qz_enterprise_get_name (qz_window_get_selected (fixture->window)));
  qz_test_flush_events ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_settings_reset (fixture->settings, "last-enterprise");
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  qz_test_flush_events ();
  g_clear_object (&fixture->settings);
  g_clear_pointer (&fixture->name, g_free);
  qz_test_sample_tear_down (&fixture->sample, NULL);
}

static GtkWidget *
root (Fixture *fixture)
{
  return GTK_WIDGET (fixture->window);
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = qz_database_prepare (fixture->sample.database, sql, &error);
  gboolean has_row = FALSE;

  g_assert_no_error (error);
  g_assert_true (qz_database_step (fixture->sample.database, stmt, &has_row, &error));
  return sqlite3_column_int64 (stmt, 0);
}

static guint
n_enterprises (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fixture->sample.enterprises));
}

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (root (fixture), action, NULL));
  qz_test_flush_events ();
}

static GtkWidget *
trash_page (Fixture *fixture)
{
  return qz_test_find (root (fixture), QZ_TYPE_TRASH_PAGE, NULL, NULL);
}

static gboolean
shows (GtkWidget *widget)
{
  return gtk_widget_get_mapped (widget);
}

static gboolean
hidden (gpointer widget)
{
  return !gtk_widget_get_mapped (widget);
}

/* As a click does, at once (activating a button clicks it after a delay). */
static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  qz_test_flush_events ();
}

static AdwMessageDialog *
find_dialog (const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0)
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static guint
n_assessments (Fixture *fixture)
{
  g_autoptr(GPtrArray) all = qz_assessment_store_list (fixture->sample.store, NULL, NULL);

  return all->len;
}

/* Nothing deleted: the view says so, and says what it is for. */
static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWidget *status;

  activate (fixture, "win.show-trash");
  status = qz_test_find_by_label (trash_page (fixture), ADW_TYPE_STATUS_PAGE, "Nothing Recently Deleted");
  g_assert_true (shows (status));
  activate (fixture, "win.hide-trash");
  qz_test_wait_until (hidden, trash_page (fixture), QZ_TEST_TIMEOUT_MS);
}

/* A deleted enterprise is listed with when it was deleted, and its
 * Restore button brings it back into the list of enterprises. */
static void
test_restore_enterprise (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *restore_name = g_strdup_printf ("Restore %s", fixture->name);
  g_autofree char *assessment_name = g_strdup_printf ("Restore %s, visit of 2026-11-18",
                                                      qz_text_get (qz_framework_get_title (
                                                        qz_assessment_get_framework (fixture->sample.assessment))));
  GtkWidget *row, *restore, *focus;

  click (qz_test_find_by_label (root (fixture), GTK_TYPE_BUTTON, "Delete the assessment of 2026-11-18"));
  activate (fixture, "win.delete-enterprise");
  g_assert_cmpuint (n_enterprises (fixture), ==, 0);

  activate (fixture, "win.show-trash");
  g_assert_true (shows (trash_page (fixture)));
  row = qz_test_find_by_label (trash_page (fixture), ADW_TYPE_ACTION_ROW, fixture->name);
  g_assert_true (shows (row));
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Enterprise · deleted 20"));

  restore = qz_test_find_by_label (row, GTK_TYPE_BUTTON, restore_name);
  click (restore);

  g_assert_cmpuint (n_enterprises (fixture), ==, 1);
  g_assert_cmpstr (qz_enterprise_get_name (qz_window_get_selected (fixture->window)), ==, fixture->name);

  /* The keyboard stays on the list: on the row now first. */
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (qz_test_has_label (gtk_widget_get_ancestor (focus, GTK_TYPE_BUTTON), assessment_name));
  click (gtk_widget_get_ancestor (focus, GTK_TYPE_BUTTON));
  g_assert_cmpuint (n_assessments (fixture), ==, 1);
  g_assert_true (shows (qz_test_find_by_label (trash_page (fixture), ADW_TYPE_STATUS_PAGE,
                                               "Nothing Recently Deleted")));
  activate (fixture, "win.hide-trash");
  g_assert_true (shows (qz_test_find_by_label (root (fixture), GTK_TYPE_LIST_VIEW, "Enterprises")));
}

/* An assessment of a deleted enterprise says that restoring it brings
 * the enterprise back, and does. */
static void
test_restore_with_enterprise (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *title = g_strdup_printf ("%s, visit of 2026-11-18",
                                            qz_text_get (qz_framework_get_title (
                                              qz_assessment_get_framework (fixture->sample.assessment))));
  g_autofree char *restore_name = g_strdup_printf ("Restore %s", title);
  GtkWidget *row;

  click (qz_test_find_by_label (root (fixture), GTK_TYPE_BUTTON, "Delete the assessment of 2026-11-18"));
  activate (fixture, "win.delete-enterprise");
  activate (fixture, "win.show-trash");

  row = qz_test_find_by_label (trash_page (fixture), ADW_TYPE_ACTION_ROW, title);
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Assessment of "));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "Restoring it restores its enterprise too."));

  click (qz_test_find_by_label (row, GTK_TYPE_BUTTON, restore_name));
  g_assert_cmpuint (n_enterprises (fixture), ==, 1);
  g_assert_cmpuint (n_assessments (fixture), ==, 1);
  g_assert_cmpstr (qz_enterprise_get_name (qz_window_get_selected (fixture->window)), ==, fixture->name);
}

/* Delete for Good asks first, naming what is lost; Cancel keeps it. */
static void
test_forget_asks (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *forget_name = g_strdup_printf ("Delete %s for good", fixture->name);
  g_autofree char *heading = g_strdup_printf ("Delete “%s” for Good?", fixture->name);
  AdwMessageDialog *dialog;

  activate (fixture, "win.delete-enterprise");
  activate (fixture, "win.show-trash");

  click (qz_test_find_by_label (trash_page (fixture), GTK_TYPE_BUTTON, forget_name));
  dialog = find_dialog (heading);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "assessments"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "photos"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "forget"), ==, ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  qz_test_flush_events ();
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM enterprise"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM answer"), >, 0);

  click (qz_test_find_by_label (trash_page (fixture), GTK_TYPE_BUTTON, forget_name));
  dialog = find_dialog (heading);
  adw_message_dialog_response (dialog, "forget");
  gtk_window_destroy (GTK_WINDOW (dialog));
  qz_test_flush_events ();
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM enterprise"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM assessment"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM answer"), ==, 0);
  g_assert_true (shows (qz_test_find_by_label (trash_page (fixture), ADW_TYPE_STATUS_PAGE,
                                               "Nothing Recently Deleted")));
}

/* Ctrl+Z is bound on the window, after the focused widget: a text field
 * with typing to undo takes it first. */
static void
test_ctrl_z_bound (Fixture       *fixture,
                   gconstpointer  data)
{
  GListModel *controllers = gtk_widget_observe_controllers (root (fixture));
  g_autoptr(GtkShortcutTrigger) ctrl_z = gtk_shortcut_trigger_parse_string ("<Control>z");
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !found; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), ctrl_z) &&
              GTK_IS_NAMED_ACTION (action) &&
              g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), "win.undo-delete"))
            {
              g_assert_cmpint (gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller)), ==,
                               GTK_PHASE_BUBBLE);
              found = TRUE;
            }
        }
    }

  g_object_unref (controllers);
  g_assert_true (found);
}

/* Ctrl+Z takes back an enterprise and an assessment, latest first. */
static void
test_undo_enterprise_and_assessment (Fixture       *fixture,
                                     gconstpointer  data)
{
  /* Nothing deleted yet: nothing happens. */
  gtk_widget_activate_action (root (fixture), "win.undo-delete", NULL);
  g_assert_cmpuint (n_enterprises (fixture), ==, 1);
  g_assert_cmpuint (n_assessments (fixture), ==, 1);

  /* The assessment list's delete button. */
  click (qz_test_find_by_label (root (fixture), GTK_TYPE_BUTTON, "Delete the assessment of 2026-11-18"));
  g_assert_cmpuint (n_assessments (fixture), ==, 0);
  activate (fixture, "win.delete-enterprise");
  g_assert_cmpuint (n_enterprises (fixture), ==, 0);

  activate (fixture, "win.undo-delete");
  g_assert_cmpuint (n_enterprises (fixture), ==, 1);
  g_assert_cmpstr (qz_enterprise_get_name (qz_window_get_selected (fixture->window)), ==, fixture->name);
  g_assert_cmpuint (n_assessments (fixture), ==, 0);

  activate (fixture, "win.undo-delete");
  g_assert_cmpuint (n_assessments (fixture), ==, 1);
  g_assert_nonnull (qz_test_find_by_label (root (fixture), GTK_TYPE_BUTTON, "Delete the assessment of 2026-11-18"));
}

/* Ctrl+Z passes over a deletion taken back another way since. */
static void
test_undo_passes_over_restored (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *restore_name = g_strdup_printf ("Restore %s", fixture->name);

  click (qz_test_find_by_label (root (fixture), GTK_TYPE_BUTTON, "Delete the assessment of 2026-11-18"));
  activate (fixture, "win.delete-enterprise");
  activate (fixture, "win.show-trash");
  click (qz_test_find_by_label (trash_page (fixture), GTK_TYPE_BUTTON, restore_name));
  g_assert_cmpuint (n_enterprises (fixture), ==, 1);
  g_assert_cmpuint (n_assessments (fixture), ==, 0);

  activate (fixture, "win.undo-delete");
  g_assert_cmpuint (n_assessments (fixture), ==, 1);
  g_assert_true (shows (qz_test_find_by_label (trash_page (fixture), ADW_TYPE_STATUS_PAGE,
                                               "Nothing Recently Deleted")));
}

static GListModel *
plan_items (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzPlanStore) plans = qz_plan_store_new (fixture->sample.database);
  GListStore *items = qz_plan_store_load (plans, qz_assessment_get_uuid (fixture->sample.assessment), &error);

  g_assert_no_error (error);
  return G_LIST_MODEL (items);
}

static char *
first_uuid (GListModel *items)
{
  g_autoptr(QzPlanItem) item = g_list_model_get_item (items, 0);

  return g_strdup (qz_plan_item_get_uuid (item));
}

/* Ctrl+Z puts a removed measure back in its place, from the plan shown or
 * once the plan is closed. */
static void
test_undo_measure (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GListModel) before = NULL;
  g_autoptr(GListModel) after = NULL;
  g_autofree char *first = NULL;
  g_autofree char *first_uuid_kept = NULL;
  GtkWidget *view;

  qz_window_open_assessment (fixture->window, fixture->sample.assessment);
  activate (fixture, "win.toggle-plan");
  view = qz_test_find (root (fixture), QZ_TYPE_PLAN_VIEW, NULL, NULL);
  g_signal_emit_by_name (view, "remove-item", 0);
  qz_test_flush_events ();
  before = plan_items (fixture);
  g_assert_cmpuint (count (fixture, "SELECT count(*) FROM plan_item WHERE deleted IS NOT NULL"), ==, 1);

  activate (fixture, "win.undo-delete");
  g_assert_cmpuint (count (fixture, "SELECT count(*) FROM plan_item WHERE deleted IS NOT NULL"), ==, 0);
  after = plan_items (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, g_list_model_get_n_items (before) + 1);

  /* Removed, then the plan closed: still back. */
  first_uuid_kept = first_uuid (after);
  g_signal_emit_by_name (view, "remove-item", 0);
  qz_test_flush_events ();
  activate (fixture, "win.back");
  g_assert_cmpuint (count (fixture, "SELECT count(*) FROM plan_item WHERE deleted IS NOT NULL"), ==, 1);
  activate (fixture, "win.undo-delete");
  g_assert_cmpuint (count (fixture, "SELECT count(*) FROM plan_item WHERE deleted IS NOT NULL"), ==, 0);
  g_clear_object (&after);
  after = plan_items (fixture);
  g_free (first);
  first = first_uuid (after);
  g_assert_cmpstr (first, ==, first_uuid_kept);
}

static gboolean
is_indicator_row (GtkWidget *widget,
                  gpointer   data)
{
  return gtk_widget_get_mapped (widget);
}

/* Ctrl+Z puts back a photo removed from the checklist. */
static void
test_undo_photo (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) jpeg = qz_test_photo_jpeg (7);
  g_autoptr(QzPhoto) photo = qz_photo_new_from_bytes (jpeg, &error);
  g_autoptr(QzEvidence) evidence = NULL;
  QzEvidenceStore *store = qz_assessment_store_get_evidence (fixture->sample.store);
  QzIndicatorRow *row;

  qz_window_open_assessment (fixture->window, fixture->sample.assessment);
  qz_test_flush_events ();
  row = QZ_INDICATOR_ROW (qz_test_find (root (fixture), QZ_TYPE_INDICATOR_ROW, is_indicator_row, NULL));
  evidence = qz_evidence_store_add_photo (store, fixture->sample.assessment,
                                          qz_indicator_row_get_indicator (row)->id, photo, &error);
  g_assert_no_error (error);

  g_signal_emit_by_name (row, "remove-photo", evidence->uuid);
  qz_test_flush_events ();
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM evidence WHERE deleted IS NULL"), ==, 0);

  activate (fixture, "win.undo-delete");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM evidence WHERE deleted IS NULL"), ==, 1);
}

/* The list says where the latest assessment stands: nothing once the only
 * one is deleted, its level again once it is back. */
static void
test_list_follows_assessment (Fixture       *fixture,
                              gconstpointer  data)
{
  QzEnterprise *enterprise = qz_window_get_selected (fixture->window);
  g_autofree char *before = qz_enterprise_dup_latest_summary (enterprise);
  g_autofree char *deleted = NULL;
  g_autofree char *restored = NULL;

  g_assert_nonnull (strstr (before, "Complete"));
  click (qz_test_find_by_label (root (fixture), GTK_TYPE_BUTTON, "Delete the assessment of 2026-11-18"));
  deleted = qz_enterprise_dup_latest_summary (enterprise);
  g_assert_cmpstr (deleted, ==, "");

  activate (fixture, "win.undo-delete");
  restored = qz_enterprise_dup_latest_summary (enterprise);
  g_assert_cmpstr (restored, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/qz/trash-page/empty", test_empty);
  ADD ("/qz/trash-page/restore-enterprise", test_restore_enterprise);
  ADD ("/qz/trash-page/restore-with-enterprise", test_restore_with_enterprise);
  ADD ("/qz/trash-page/forget-asks", test_forget_asks);
  ADD ("/qz/trash-page/ctrl-z-bound", test_ctrl_z_bound);
  ADD ("/qz/trash-page/undo-enterprise-and-assessment", test_undo_enterprise_and_assessment);
  ADD ("/qz/trash-page/undo-passes-over-restored", test_undo_passes_over_restored);
  ADD ("/qz/trash-page/undo-measure", test_undo_measure);
  ADD ("/qz/trash-page/undo-photo", test_undo_photo);
  ADD ("/qz/trash-page/list-follows-assessment", test_list_follows_assessment);

#undef ADD

  return g_test_run ();
}
