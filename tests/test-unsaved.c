/* test-unsaved.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Nothing typed is lost: every page's edit that cannot be written while
 * another program holds the database waits, is written when the window
 * closes after the lock goes, or is given up only when the user chooses
 * so, by name; and an edit is in the database as soon as it is typed. */

#include "qz-config.h"

#include <adwaita.h>
#include <sqlite3.h>

#include "qz-checklist-page.h"
#include "qz-gtk-test-utils.h"
#include "qz-indicator-row.h"
#include "qz-plan-view.h"
#include "qz-test-utils.h"
#include "qz-window.h"

typedef struct
{
  char              *dir;
  char              *path;
  QzDatabase        *database;
  QzEnterpriseStore *store;
  GSettings         *settings;
  QzWindow          *window;      /* weak */
  sqlite3           *blocker;     /* another program's connection */
  char              *enterprise_uuid;
  char              *enterprise_name;
  char              *assessment_uuid;
  char              *visit_date;
} Fixture;

/* The dialog shown with @heading (any, for %NULL), if one is. */
static AdwMessageDialog *
message_dialog (const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          (heading == NULL || g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static AdwMessageDialog *
unsaved_dialog (void)
{
  return message_dialog ("Changes Not Saved");
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  QzAssessment *assessment;
  QzEnterprise *enterprise;
  GtkWidget *checklist;

  fixture->dir = qz_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "qizhen.db", NULL);
  fixture->database = qz_database_open (fixture->path, &error);
  g_assert_no_error (error);
  fixture->store = qz_enterprise_store_new (fixture->database, &error);
  g_assert_no_error (error);
  fixture->settings = g_settings_new (APP_ID);
  g_settings_reset (fixture->settings, "last-enterprise");
  fixture->window = qz_window_new (NULL, fixture->settings, fixture->store);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_present (GTK_WINDOW (fixture->window));

  /* The sample opens in the checklist. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.load-sample", NULL));
  qz_test_flush_events ();
  enterprise = qz_window_get_selected (fixture->window);
  g_assert_nonnull (enterprise);
  fixture->enterprise_uuid = g_strdup (qz_enterprise_get_uuid (enterprise));
  fixture->enterprise_name = g_strdup (qz_enterprise_get_name (enterprise));
  checklist = qz_test_find (GTK_WIDGET (fixture->window), QZ_TYPE_CHECKLIST_PAGE, NULL, NULL);
  assessment = qz_checklist_page_get_assessment (QZ_CHECKLIST_PAGE (checklist));
  g_assert_nonnull (assessment);
  fixture->assessment_uuid = g_strdup (qz_assessment_get_uuid (assessment));
  if (qz_assessment_get_status (assessment) == QZ_ASSESSMENT_COMPLETE)
    {
      /* The sample's visit is a record: reopened, its answers can change. */
      g_assert_true (gtk_widget_activate_action (checklist, "checklist.reopen", NULL));
      qz_test_flush_events ();
      adw_message_dialog_response (message_dialog (NULL), "reopen");
      qz_test_flush_events ();
      g_assert_cmpint (qz_assessment_get_status (assessment), !=, QZ_ASSESSMENT_COMPLETE);
    }
  fixture->visit_date = g_strdup (qz_assessment_get_visit_date (assessment));

  g_assert_cmpint (sqlite3_open (fixture->path, &fixture->blocker), ==, SQLITE_OK);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  qz_test_flush_events ();
  sqlite3_close (fixture->blocker);
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->database);
  qz_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->enterprise_uuid);
  g_free (fixture->enterprise_name);
  g_free (fixture->assessment_uuid);
  g_free (fixture->visit_date);
}

/* Another program takes the write lock, as a backup tool or a second
 * copy of Qizhen would. */
static void
lock (Fixture *fixture)
{
  g_assert_cmpint (sqlite3_exec (fixture->blocker, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
}

static void
unlock (Fixture *fixture)
{
  g_assert_cmpint (sqlite3_exec (fixture->blocker, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
}

/* One value from the database, read by the other connection. */
static char *
query (Fixture    *fixture,
       const char *sql,
       const char *parameter)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (fixture->blocker, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, parameter, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

static char *
stored_grade (Fixture    *fixture,
              const char *indicator_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT grade FROM answer WHERE indicator = ?1 AND assessment ="
                                          " (SELECT id FROM assessment WHERE uuid = '%s')",
                                          fixture->assessment_uuid);

  return query (fixture, sql, indicator_id);
}

static gboolean
is_any (GtkWidget *widget,
        gpointer   data)
{
  return TRUE;
}

static gboolean
is_scenario (GtkWidget *widget,
             gpointer   data)
{
  return qz_indicator_row_get_indicator (QZ_INDICATOR_ROW (widget))->kind == QZ_INDICATOR_SCENARIO;
}

static gboolean
window_gone (gpointer data)
{
  Fixture *fixture = data;

  return fixture->window == NULL;
}

static void
assert_mentions (AdwMessageDialog *dialog,
                 const char       *what)
{
  const char *body = adw_message_dialog_get_body (dialog);

  if (strstr (body, what) == NULL)
    g_error ("“%s” is not named in “%s”", what, body);
}

/* Closing with the lock held asks, naming the edit; once the lock is
 * gone, Try Again writes it and the window closes. */
static void
close_and_retry (Fixture    *fixture,
                 const char *named)
{
  AdwMessageDialog *dialog;

  gtk_window_close (GTK_WINDOW (fixture->window));
  qz_test_flush_events ();
  dialog = unsaved_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (fixture->window);
  assert_mentions (dialog, named);

  /* Trying again while it is still held asks again. */
  adw_message_dialog_response (dialog, "retry");
  qz_test_flush_events ();
  g_assert_nonnull (fixture->window);
  dialog = unsaved_dialog ();
  g_assert_nonnull (dialog);
  assert_mentions (dialog, named);

  unlock (fixture);
  adw_message_dialog_response (dialog, "retry");
  qz_test_wait_until (window_gone, fixture, QZ_TEST_TIMEOUT_MS);
}

/* An option ticked while the database is locked is written when the
 * window closes after the lock goes. */
static void
test_answer_retried (Fixture       *fixture,
                     gconstpointer  data)
{
  QzIndicatorRow *row = QZ_INDICATOR_ROW (qz_test_find (GTK_WIDGET (fixture->window), QZ_TYPE_INDICATOR_ROW,
                                                        is_scenario, NULL));
  const QzIndicator *indicator = qz_indicator_row_get_indicator (row);
  /* The row and its framework go with the window. */
  g_autofree char *indicator_id = g_strdup (indicator->id);
  g_autofree char *before = stored_grade (fixture, indicator_id);
  const char *grade = g_strcmp0 (before, "2") == 0 ? "1" : "2";
  g_autofree char *button_label = g_strdup_printf ("Grade %s", grade);
  g_autofree char *named = g_strdup_printf ("the answer to %s of %s (%s)", qz_text_get (&indicator->title),
                                            fixture->enterprise_name, fixture->visit_date);
  g_autofree char *after = NULL;

  lock (fixture);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (qz_test_find_by_label (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON,
                                                                        button_label)), TRUE);
  qz_test_flush_events ();

  close_and_retry (fixture, named);
  after = stored_grade (fixture, indicator_id);
  g_assert_cmpstr (after, ==, grade);
}

/* An owner typed in the plan while the database is locked is written
 * when the window closes after the lock goes. */
static void
test_plan_retried (Fixture       *fixture,
                   gconstpointer  data)
{
  QzPlanView *view;
  g_autofree char *stored = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.toggle-plan", NULL));
  qz_test_flush_events ();
  view = QZ_PLAN_VIEW (qz_test_find (GTK_WIDGET (fixture->window), QZ_TYPE_PLAN_VIEW, is_any, NULL));

  lock (fixture);
  g_assert_true (qz_plan_view_edit_text (view, 0, "owner", "生产部 周主任"));
  qz_test_flush_events ();

  close_and_retry (fixture, "in the plan of ");
  stored = query (fixture, "SELECT count(*) FROM plan_item WHERE owner = ?", "生产部 周主任");
  g_assert_cmpstr (stored, ==, "1");
}

/* Closing without saving gives up exactly what the dialog names: the
 * profile, the visit's details, the opinion and the answer typed while
 * the lock was held. */
static void
test_discard_by_name (Fixture       *fixture,
                      gconstpointer  data)
{
  QzIndicatorRow *row = QZ_INDICATOR_ROW (qz_test_find (GTK_WIDGET (fixture->window), QZ_TYPE_INDICATOR_ROW,
                                                        is_scenario, NULL));
  const QzIndicator *indicator = qz_indicator_row_get_indicator (row);
  g_autofree char *answer = g_strdup_printf ("the answer to %s of %s (%s)", qz_text_get (&indicator->title),
                                             fixture->enterprise_name, fixture->visit_date);
  g_autofree char *profile = g_strdup_printf ("the profile of %s", fixture->enterprise_name);
  g_autofree char *opinion = g_strdup_printf ("the experts’ opinion on %s (%s)", fixture->enterprise_name,
                                              fixture->visit_date);
  g_autofree char *details = g_strdup_printf ("the date, assessors and target of the visit to %s (%s)",
                                              fixture->enterprise_name, fixture->visit_date);
  g_autofree char *assessors = NULL;
  GtkLabel *assessors_label;
  g_autofree char *city = NULL;
  g_autofree char *stored_opinion = NULL;
  g_autofree char *note = NULL;
  GtkTextView *opinion_view;
  AdwMessageDialog *dialog;

  lock (fixture);
  gtk_editable_set_text (GTK_EDITABLE (qz_test_find_by_label (GTK_WIDGET (row), GTK_TYPE_ENTRY, "Note")),
                         "锁住时写的备注");
  assessors_label = GTK_LABEL (qz_test_find_by_label (GTK_WIDGET (fixture->window), GTK_TYPE_LABEL, "Assessors"));
  gtk_editable_set_text (GTK_EDITABLE (gtk_label_get_mnemonic_widget (assessors_label)), "锁住时的专家");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.toggle-results", NULL));
  qz_test_flush_events ();
  opinion_view = GTK_TEXT_VIEW (qz_test_find_by_label (GTK_WIDGET (fixture->window), GTK_TYPE_TEXT_VIEW,
                                                       "Overall opinion"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (opinion_view), "锁住时写的意见", -1);
  gtk_editable_set_text (GTK_EDITABLE (qz_test_find_by_label (GTK_WIDGET (fixture->window), ADW_TYPE_ENTRY_ROW,
                                                              "City")), "锁住时的城市");

  gtk_window_close (GTK_WINDOW (fixture->window));
  qz_test_flush_events ();
  dialog = unsaved_dialog ();
  g_assert_nonnull (dialog);
  assert_mentions (dialog, answer);
  assert_mentions (dialog, profile);
  assert_mentions (dialog, opinion);
  assert_mentions (dialog, details);

  adw_message_dialog_response (dialog, "discard");
  qz_test_wait_until (window_gone, fixture, QZ_TEST_TIMEOUT_MS);
  unlock (fixture);

  city = query (fixture, "SELECT city FROM enterprise WHERE uuid = ?", fixture->enterprise_uuid);
  g_assert_cmpstr (city, !=, "锁住时的城市");
  stored_opinion = query (fixture, "SELECT opinion FROM assessment WHERE uuid = ?", fixture->assessment_uuid);
  g_assert_cmpstr (stored_opinion, !=, "锁住时写的意见");
  note = query (fixture, "SELECT count(*) FROM answer WHERE note = ?", "锁住时写的备注");
  g_assert_cmpstr (note, ==, "0");
  assessors = query (fixture, "SELECT assessors FROM assessment WHERE uuid = ?", fixture->assessment_uuid);
  g_assert_cmpstr (assessors, !=, "锁住时的专家");
}

/* Each keystroke is in the database before the main loop runs again:
 * nothing typed waits for a pause that a kill or a logout would cut. */
static void
test_saved_at_once (Fixture       *fixture,
                    gconstpointer  data)
{
  QzIndicatorRow *row = QZ_INDICATOR_ROW (qz_test_find (GTK_WIDGET (fixture->window), QZ_TYPE_INDICATOR_ROW,
                                                        is_scenario, NULL));
  GtkEditable *note = GTK_EDITABLE (qz_test_find_by_label (GTK_WIDGET (row), GTK_TYPE_ENTRY, "Note"));
  GtkEditable *city = GTK_EDITABLE (qz_test_find_by_label (GTK_WIDGET (fixture->window), ADW_TYPE_ENTRY_ROW, "City"));
  g_autofree char *stored_city = NULL;
  g_autofree char *stored_note = NULL;
  int position = -1;

  gtk_editable_set_text (city, "温州");
  gtk_editable_insert_text (city, "市", -1, &position);
  stored_city = query (fixture, "SELECT city FROM enterprise WHERE uuid = ?", fixture->enterprise_uuid);
  g_assert_cmpstr (stored_city, ==, "温州市");

  position = -1;
  gtk_editable_set_text (note, "现场");
  gtk_editable_insert_text (note, "看到看板", -1, &position);
  stored_note = query (fixture, "SELECT count(*) FROM answer WHERE note = ?", "现场看到看板");
  g_assert_cmpstr (stored_note, ==, "1");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/qz/unsaved/answer-retried", test_answer_retried);
  ADD ("/qz/unsaved/plan-retried", test_plan_retried);
  ADD ("/qz/unsaved/discard-by-name", test_discard_by_name);
  ADD ("/qz/unsaved/saved-at-once", test_saved_at_once);

#undef ADD

  return g_test_run ();
}
