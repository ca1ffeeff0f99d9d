/* test-plan-page.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include <adwaita.h>
#include <string.h>

#include "qz-answer-file.h"
#include "qz-assessment-store.h"
#include "qz-enterprise-store.h"
#include "qz-framework-loader.h"
#include "qz-gtk-test-utils.h"
#include "qz-plan-page.h"
#include "qz-plan-view.h"
#include "qz-test-utils.h"

typedef struct
{
  QzTestData         data;
  QzDatabase        *database;
  QzAssessmentStore *store;
  QzPlanStore       *plans;
  QzAssessment      *assessment;
  GtkWindow         *window;
  QzPlanPage        *page;
  QzPlanView        *view;
} Fixture;

/* valid-example.json with the answers of test-plan-draft's hand-worked
 * case: a draft of six measures. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "frameworks", "valid-example.json", NULL);
  static const char json[] = "{ \"framework\": \"example-workshop\", \"answers\": { \"networking\": 10,"
                             " \"security\": [\"rules\"], \"roadmap\": \"no\", \"scheduling\": 0 } }";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(QzEnterpriseStore) enterprises = NULL;
  g_autoptr(QzFramework) framework = NULL;
  g_autoptr(GHashTable) answers = NULL;
  GHashTableIter iter;
  gpointer id, answer;

  qz_test_data_set_up (&fixture->data, NULL);
  fixture->database = qz_database_open (fixture->data.path, &error);
  g_assert_no_error (error);
  enterprises = qz_enterprise_store_new (fixture->database, &error);
  fixture->store = qz_assessment_store_new (fixture->database);
  fixture->plans = qz_plan_store_new (fixture->database);
  framework = qz_framework_load_file (path, NULL, &error);
  g_assert_no_error (error);
  fixture->assessment = qz_assessment_store_create (fixture->store,
                                                    qz_enterprise_store_create (enterprises, "平阳皮革", &error),
                                                    framework, "2026-11-20", &error);
  g_assert_no_error (error);
  qz_assessment_set_target_level (fixture->assessment, "connected");
  g_assert_true (qz_assessment_store_save (fixture->store, fixture->assessment, &error));
  answers = qz_answer_file_load (framework, bytes, "test", &error);
  g_assert_no_error (error);
  g_hash_table_iter_init (&iter, answers);
  while (g_hash_table_iter_next (&iter, &id, &answer))
    g_assert_true (qz_assessment_store_save_answer (fixture->store, fixture->assessment, id, answer, &error));

  fixture->page = g_object_new (QZ_TYPE_PLAN_PAGE, NULL);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1200, 700);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  qz_plan_page_set_assessment (fixture->page, fixture->plans, fixture->assessment, "平阳皮革");
  gtk_window_present (fixture->window);
  fixture->view = QZ_PLAN_VIEW (qz_test_find (GTK_WIDGET (fixture->page), QZ_TYPE_PLAN_VIEW, NULL, NULL));
  g_assert_nonnull (fixture->view);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->assessment);
  g_clear_object (&fixture->plans);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->database);
  qz_test_data_tear_down (&fixture->data, NULL);
}

static GListStore *
stored (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GListStore *items = qz_plan_store_load (fixture->plans, qz_assessment_get_uuid (fixture->assessment), &error);

  g_assert_no_error (error);
  return items;
}

static guint
n_stored (Fixture *fixture)
{
  g_autoptr(GListStore) items = stored (fixture);

  return g_list_model_get_n_items (G_LIST_MODEL (items));
}

static char *
title_at (GListModel *items,
          guint       position)
{
  g_autoptr(QzPlanItem) item = g_list_model_get_item (items, position);

  return g_strdup (qz_plan_item_get_title (item));
}

static char *
measure_at (GListModel *items,
            guint       position)
{
  g_autoptr(QzPlanItem) item = g_list_model_get_item (items, position);

  return g_strdup (qz_plan_item_get_measure_id (item));
}

static void
keep_message (char       **message,
              const char  *text)
{
  g_free (*message);
  *message = g_strdup (text);
}

/* A fresh draft is shown and kept nowhere; the first edit keeps the whole
 * plan with the edit; a refused edit changes nothing, on screen or on
 * disk. */
/* The line under the summary, what the measures reach: with @data, it
 * says too that outcomes are not counted. */
static gboolean
states_reach (GtkWidget *widget,
              gpointer   data)
{
  const char *text = gtk_label_get_text (GTK_LABEL (widget));

  return g_str_has_prefix (text, "Carried out as drafted, the measures reach ") &&
         (strstr (text, "outcome indicators") != NULL) == GPOINTER_TO_INT (data);
}

static void
test_draft_then_edit (Fixture       *fixture,
                      gconstpointer  data)
{
  GListModel *items = qz_plan_page_get_items (fixture->page);
  g_autoptr(GListStore) kept = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 6);
  /* The example framework has no outcome indicators: nothing to say. */
  g_assert_nonnull (qz_test_find (GTK_WIDGET (fixture->page), GTK_TYPE_LABEL, states_reach, GINT_TO_POINTER (FALSE)));
  g_assert_null (qz_test_find (GTK_WIDGET (fixture->page), GTK_TYPE_LABEL, states_reach, GINT_TO_POINTER (TRUE)));
  g_assert_false (qz_plan_page_is_kept (fixture->page));
  g_assert_cmpuint (n_stored (fixture), ==, 0);

  g_assert_true (qz_plan_view_edit_text (fixture->view, 0, "owner", "  生产部 周主任 "));
  g_assert_true (qz_plan_page_is_kept (fixture->page));
  kept = stored (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kept)), ==, 6);
  {
    g_autoptr(QzPlanItem) first = g_list_model_get_item (G_LIST_MODEL (kept), 0);

    g_assert_cmpstr (qz_plan_item_get_owner (first), ==, "生产部 周主任");
    g_assert_true (qz_plan_item_get_edited (first));
  }

  /* A due date before the start, an empty name, a budget backwards. */
  g_assert_false (qz_plan_view_edit_text (fixture->view, 0, "due-date", "2020-01-01"));
  g_assert_false (qz_plan_view_edit_text (fixture->view, 0, "title", "   "));
  g_assert_false (qz_plan_view_edit_text (fixture->view, 0, NULL, "30-10"));
  g_assert_true (qz_plan_view_edit_text (fixture->view, 0, NULL, "12–25"));

  /* A budget says its unit when it is refused, and takes units typed. */
  {
    g_autofree char *refused = NULL;
    gulong id = g_signal_connect_swapped (fixture->view, "edit-refused", G_CALLBACK (keep_message), &refused);
    GListModel *shown = qz_plan_page_get_items (fixture->page);
    g_autoptr(QzPlanItem) second = g_list_model_get_item (shown, 1);

    g_assert_false (qz_plan_view_edit_text (fixture->view, 1, NULL, "a lot"));
    g_assert_nonnull (refused);
    g_assert_nonnull (strstr (refused, "10 000 yuan"));
    g_assert_true (qz_plan_view_edit_text (fixture->view, 1, NULL, "5万–30万"));
    g_assert_cmpfloat (qz_plan_item_get_budget_min (second), ==, 5);
    g_assert_cmpfloat (qz_plan_item_get_budget_max (second), ==, 30);
    g_signal_handler_disconnect (fixture->view, id);
  }
  g_clear_object (&kept);
  kept = stored (fixture);
  {
    g_autoptr(QzPlanItem) first = g_list_model_get_item (G_LIST_MODEL (kept), 0);
    g_autoptr(QzPlanItem) shown = g_list_model_get_item (items, 0);

    g_assert_cmpstr (qz_plan_item_get_due_date (first), ==, "2027-05-20");
    g_assert_cmpstr (qz_plan_item_get_due_date (shown), ==, "2027-05-20");
    g_assert_cmpstr (qz_plan_item_get_title (shown), ==, "Schedule in software");
    g_assert_cmpfloat (qz_plan_item_get_budget_min (first), ==, 12);
    g_assert_cmpfloat (qz_plan_item_get_budget_max (first), ==, 25);
  }
}

/* Moving, removing and Undo are stored as they happen. */
static void
test_move_remove_undo (Fixture       *fixture,
                       gconstpointer  data)
{
  GListModel *items = qz_plan_page_get_items (fixture->page);
  g_autoptr(GListStore) after_move = NULL;
  g_autoptr(GListStore) after_undo = NULL;
  g_autofree char *moved = measure_at (items, 0);
  g_autofree char *fourth_now = NULL;
  g_autofree char *fourth_again = NULL;

  g_signal_emit_by_name (fixture->view, "move-item", 0, 3);
  after_move = stored (fixture);
  fourth_now = measure_at (G_LIST_MODEL (after_move), 3);
  g_assert_cmpstr (fourth_now, ==, moved);
  g_assert_cmpuint (qz_plan_view_get_selected (fixture->view), ==, 3);

  {
    g_autoptr(QzPlanItem) third = g_list_model_get_item (items, 3);
    g_autoptr(QzPlanItem) first = g_list_model_get_item (items, 0);
    g_autofree char *third_uuid = g_strdup (qz_plan_item_get_uuid (third));
    g_autofree char *first_uuid = g_strdup (qz_plan_item_get_uuid (first));

    /* Two removals; each Undo brings back its own, to where it was. */
    g_signal_emit_by_name (fixture->view, "remove-item", 3);
    g_signal_emit_by_name (fixture->view, "remove-item", 0);
    g_assert_cmpuint (g_list_model_get_n_items (items), ==, 4);
    g_assert_cmpuint (n_stored (fixture), ==, 4);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "plan.undo-remove", "s", first_uuid));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "plan.undo-remove", "s", third_uuid));
  }
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 6);
  after_undo = stored (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (after_undo)), ==, 6);
  fourth_again = measure_at (G_LIST_MODEL (after_undo), 3);
  g_assert_cmpstr (fourth_again, ==, moved);
}


static gboolean
label_contains (GtkWidget *widget,
                gpointer   text)
{
  return strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL;
}

static gboolean
toast_shown (gpointer data)
{
  gpointer *args = data;

  return qz_test_find (args[0], GTK_TYPE_LABEL, label_contains, args[1]) != NULL;
}

static QzPlanItem *
stored_item (Fixture    *fixture,
             const char *measure_id,
             guint      *position)
{
  g_autoptr(GListStore) items = stored (fixture);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (items)); i++)
    {
      QzPlanItem *item = g_list_model_get_item (G_LIST_MODEL (items), i);

      if (g_strcmp0 (qz_plan_item_get_measure_id (item), measure_id) == 0)
        {
          *position = i;
          return item;
        }
      g_object_unref (item);
    }

  g_assert_not_reached ();
}

/* The draft: aps-basic, wire-plant, write-roadmap (near term), aps-linked,
 * run-roadmap, plant-wifi (medium term), from 2026-11-20. Moved after a
 * medium-term measure, write-roadmap (0–2 months) joins the medium term,
 * its dates moved to end in the 7th month, and the page says so. Then
 * run-roadmap, which needs it, cannot go before the near-term measures:
 * the page says why and nothing changes. Within a phase a move is a move. */
static void
test_move_across_phases (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(QzPlanItem) write = NULL;
  g_autoptr(QzPlanItem) run = NULL;
  g_autofree char *third = NULL;
  gpointer moved_toast[] = { fixture->page, "moved to Medium term" };
  gpointer refused_toast[] = { fixture->page, "it needs" };
  guint position = 0;

  third = measure_at (qz_plan_page_get_items (fixture->page), 2);
  g_assert_cmpstr (third, ==, "write-roadmap");
  g_signal_emit_by_name (fixture->view, "move-item", 2, 3);
  write = stored_item (fixture, "write-roadmap", &position);
  g_assert_cmpuint (position, ==, 3);
  g_assert_cmpint (qz_plan_item_get_phase (write), ==, QZ_PLAN_PHASE_MID);
  g_assert_true (qz_plan_item_get_edited (write));
  g_assert_cmpstr (qz_plan_item_get_start_date (write), ==, "2027-04-20");
  g_assert_cmpstr (qz_plan_item_get_due_date (write), ==, "2027-06-20");
  qz_test_wait_until (toast_shown, moved_toast, QZ_TEST_TIMEOUT_MS);

  run = stored_item (fixture, "run-roadmap", &position);
  g_assert_cmpuint (position, ==, 4);
  g_signal_emit_by_name (fixture->view, "move-item", 4, 0);
  g_clear_object (&run);
  run = stored_item (fixture, "run-roadmap", &position);
  g_assert_cmpuint (position, ==, 4);
  g_assert_cmpint (qz_plan_item_get_phase (run), ==, QZ_PLAN_PHASE_MID);
  g_assert_cmpuint (qz_plan_view_get_selected (fixture->view), ==, 4);
  qz_test_wait_until (toast_shown, refused_toast, QZ_TEST_TIMEOUT_MS);

  /* Within the medium term: its phase and dates stay. */
  g_signal_emit_by_name (fixture->view, "move-item", 4, 5);
  g_clear_object (&run);
  run = stored_item (fixture, "run-roadmap", &position);
  g_assert_cmpuint (position, ==, 5);
  g_assert_cmpint (qz_plan_item_get_phase (run), ==, QZ_PLAN_PHASE_MID);
  g_assert_false (qz_plan_item_get_edited (run));
}

/* Add keeps a new measure of the expert's; Redraft keeps it and the
 * edited one, and does not bring back a removed suggestion. */
static void
test_add_and_redraft (Fixture       *fixture,
                      gconstpointer  data)
{
  GListModel *items = qz_plan_page_get_items (fixture->page);
  g_autoptr(GListStore) kept = NULL;
  g_autofree char *last = NULL;
  g_autofree char *removed = measure_at (items, 5);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "plan.add", NULL));
  g_assert_cmpuint (n_stored (fixture), ==, 7);
  g_assert_true (qz_plan_view_edit_text (fixture->view, 6, "title", "申报技改补助"));
  g_assert_true (qz_plan_view_edit_text (fixture->view, 1, "title", "车间布线（含仓库）"));
  g_signal_emit_by_name (fixture->view, "remove-item", 5);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "plan.redraft", NULL));
  kept = stored (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (kept)), ==, 6);
  last = title_at (G_LIST_MODEL (kept), 5);
  g_assert_cmpstr (last, ==, "申报技改补助");
  {
    g_autofree char *edited = title_at (G_LIST_MODEL (kept), 1);
    g_assert_cmpstr (edited, ==, "车间布线（含仓库）");
  }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (kept)); i++)
    {
      g_autofree char *measure = measure_at (G_LIST_MODEL (kept), i);
      g_assert_cmpstr (measure, !=, removed);
    }
}

static gboolean
is_mapped (GtkWidget *widget,
           gpointer   unused)
{
  return gtk_widget_get_mapped (widget);
}

static GtkWidget *
find_shown_cell (QzPlanView *view)
{
  return qz_test_find (GTK_WIDGET (view), GTK_TYPE_EDITABLE_LABEL, is_mapped, NULL);
}

static gboolean
has_shown_cell (gpointer view)
{
  return find_shown_cell (view) != NULL;
}

/* With the keyboard in a cell, rows move under it, the plan is redrafted
 * and the page let go, while GTK still looks at the cell that lost the
 * focus: nothing may be read after it is freed (GTK 4.8 checks an
 * editable label 100 ms after it loses the focus). */
static void
test_focus_survives_changes (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWidget *cell;

  qz_test_wait_until (has_shown_cell, fixture->view, QZ_TEST_TIMEOUT_MS);
  cell = find_shown_cell (fixture->view);
  gtk_widget_grab_focus (cell);
  g_signal_emit_by_name (fixture->view, "move-item", 0, 1);
  g_signal_emit_by_name (fixture->view, "move-item", 1, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "plan.redraft", NULL));
  qz_plan_page_set_assessment (fixture->page, NULL, NULL, NULL);
  qz_test_run_for (400);
  g_assert_null (qz_plan_page_get_items (fixture->page));
}

static gboolean
label_has (GtkWidget *widget,
           gpointer   data)
{
  return strstr (gtk_label_get_text (GTK_LABEL (widget)), data) != NULL;
}

/* The sample's draft reaches 74.275 by its actions alone: the page says
 * 74.3, to one decimal as the report does, never three, and that the
 * outcome indicators are not counted. */
static void
test_sample_reach (void)
{
  QzTestSample sample;
  g_autoptr(QzPlanStore) plans = NULL;
  QzPlanPage *page = g_object_new (QZ_TYPE_PLAN_PAGE, NULL);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  qz_test_sample_set_up (&sample, NULL);
  plans = qz_plan_store_new (sample.database);
  gtk_window_set_default_size (window, 1200, 700);
  gtk_window_set_child (window, GTK_WIDGET (page));
  qz_plan_page_set_assessment (page, plans, sample.assessment, "温州瓯江阀门有限公司（示例）");
  gtk_window_present (window);

  g_assert_nonnull (qz_test_find (GTK_WIDGET (page), GTK_TYPE_LABEL, states_reach, GINT_TO_POINTER (TRUE)));
  g_assert_nonnull (qz_test_find (GTK_WIDGET (page), GTK_TYPE_LABEL, label_has, (gpointer) "(74.3)."));
  g_assert_null (qz_test_find (GTK_WIDGET (page), GTK_TYPE_LABEL, label_has, (gpointer) "74.275"));

  gtk_window_destroy (window);
  qz_test_sample_tear_down (&sample, NULL);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/qz/plan-page/draft-then-edit", test_draft_then_edit);
  ADD ("/qz/plan-page/move-remove-undo", test_move_remove_undo);
  ADD ("/qz/plan-page/move-across-phases", test_move_across_phases);
  ADD ("/qz/plan-page/add-and-redraft", test_add_and_redraft);
  ADD ("/qz/plan-page/focus-survives-changes", test_focus_survives_changes);
#undef ADD
  g_test_add_func ("/qz/plan-page/sample-reach", test_sample_reach);

  return g_test_run ();
}
