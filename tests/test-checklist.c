/* test-checklist.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include <adwaita.h>

#include "qz-checklist-page.h"
#include "qz-enterprise-store.h"
#include "qz-framework-loader.h"
#include "qz-indicator-row.h"
#include "qz-test-utils.h"

typedef struct
{
  QzTestData         data;
  QzDatabase        *database;
  QzEnterpriseStore *enterprises;
  QzAssessmentStore *store;
  QzAssessment      *assessment;
  GtkWindow         *window;
  QzChecklistPage   *page;
} Fixture;

static QzFramework *
builtin (const char *id)
{
  g_autoptr(GPtrArray) frameworks = qz_framework_load_builtin (NULL);

  for (guint i = 0; i < frameworks->len; i++)
    {
      if (g_str_equal (qz_framework_get_id (g_ptr_array_index (frameworks, i)), id))
        return g_object_ref (g_ptr_array_index (frameworks, i));
    }

  g_assert_not_reached ();
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzFramework) framework = builtin (data);
  QzEnterprise *enterprise;

  qz_test_data_set_up (&fixture->data, NULL);
  fixture->database = qz_database_open (fixture->data.path, &error);
  g_assert_no_error (error);
  fixture->enterprises = qz_enterprise_store_new (fixture->database, &error);
  fixture->store = qz_assessment_store_new (fixture->database);
  enterprise = qz_enterprise_store_create (fixture->enterprises, "乐清电气", &error);
  fixture->assessment = qz_assessment_store_create (fixture->store, enterprise, framework, "2026-11-20", &error);
  g_assert_no_error (error);

  fixture->page = g_object_new (QZ_TYPE_CHECKLIST_PAGE, NULL);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 700);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  qz_checklist_page_set_assessment (fixture->page, fixture->store, fixture->assessment);
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->assessment);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->enterprises);
  g_clear_object (&fixture->database);
  qz_test_data_tear_down (&fixture->data, NULL);
}

static void
drain_main_loop (void)
{
  while (g_main_context_iteration (NULL, FALSE));
}

static QzIndicatorRow *
focused_row (Fixture *fixture)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  g_assert_nonnull (focus);
  return QZ_INDICATOR_ROW (gtk_widget_get_ancestor (focus, QZ_TYPE_INDICATOR_ROW));
}

/* Presses a key as the keyboard does: the focused row's key controller
 * gets it first, as no entry has the focus. */
static void
press (Fixture *fixture,
       guint    keyval)
{
  QzIndicatorRow *row = focused_row (fixture);
  GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (row));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }

  g_object_unref (controllers);
  g_assert_true (handled);
}

/* The MIIT checklist: focus starts on the first unanswered indicator;
 * number keys answer, Alt+Down moves on, and the answers are in the
 * database after reopening. */
static void
test_keyboard_entry (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzAssessment) reopened = NULL;
  g_autoptr(QzAssessmentStore) store = NULL;
  g_autoptr(QzDatabase) database = NULL;
  g_autofree char *uuid = g_strdup (qz_assessment_get_uuid (fixture->assessment));
  const QzIndicator *first, *second, *third;
  const QzAnswer *answer;

  drain_main_loop ();
  qz_checklist_page_focus_first_unanswered (fixture->page);
  first = qz_indicator_row_get_indicator (focused_row (fixture));
  g_assert_cmpint (first->kind, ==, QZ_INDICATOR_MULTIPLE);

  /* A multiple choice: 2 and 3 tick two options. */
  press (fixture, GDK_KEY_2);
  press (fixture, GDK_KEY_3);
  answer = qz_assessment_get_answer (fixture->assessment, first->id);
  g_assert_nonnull (answer);
  g_assert_cmpuint (g_strv_length (answer->options), ==, 2);
  g_assert_true (qz_indicator_row_get_indicator (focused_row (fixture)) == first);

  /* Alt+Down goes to the next unanswered one, a figure: skip it with
   * Alt+Down again, to the data-collection choice. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "checklist.next-unanswered", NULL));
  second = qz_indicator_row_get_indicator (focused_row (fixture));
  g_assert_true (second != first);

  /* Find a single choice to answer with one key. */
  while ((third = qz_indicator_row_get_indicator (focused_row (fixture)))->kind != QZ_INDICATOR_SINGLE)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "checklist.next-unanswered", NULL));
  press (fixture, GDK_KEY_1);
  press (fixture, GDK_KEY_3);
  answer = qz_assessment_get_answer (fixture->assessment, third->id);
  g_assert_cmpstr (answer->options[0], ==, ((QzOption *) g_ptr_array_index (third->options, 2))->id);
  g_assert_cmpuint (qz_assessment_count_answered (fixture->assessment), ==, 2);

  /* A key beyond the options changes nothing. */
  press (fixture, GDK_KEY_9);
  g_assert_cmpstr (qz_assessment_get_answer (fixture->assessment, third->id)->options[0], ==,
                   ((QzOption *) g_ptr_array_index (third->options, 2))->id);

  gtk_window_destroy (fixture->window);
  fixture->window = NULL;
  drain_main_loop ();

  database = qz_database_open (fixture->data.path, &error);
  store = qz_assessment_store_new (database);
  reopened = qz_assessment_store_load (store, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (qz_assessment_get_answer (reopened, first->id)->options), ==, 2);
  g_assert_cmpstr (qz_assessment_get_answer (reopened, third->id)->options[0], ==,
                   ((QzOption *) g_ptr_array_index (third->options, 2))->id);
}

/* Scenario grades: 0 is "not reached", 1 … 4 the grades. */
static void
test_scenario_grades (Fixture       *fixture,
                      gconstpointer  data)
{
  const QzIndicator *scenario = NULL;

  drain_main_loop ();
  qz_checklist_page_focus_first_unanswered (fixture->page);
  while ((scenario = qz_indicator_row_get_indicator (focused_row (fixture)))->kind != QZ_INDICATOR_SCENARIO)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "checklist.next-unanswered", NULL));

  press (fixture, GDK_KEY_3);
  g_assert_cmpint (qz_assessment_get_answer (fixture->assessment, scenario->id)->grade, ==, 3);
  press (fixture, GDK_KEY_0);
  g_assert_cmpint (qz_assessment_get_answer (fixture->assessment, scenario->id)->grade, ==, 0);
}

/* The maturity framework's 108 requirements build and take ratings. */
static void
test_maturity_ratings (Fixture       *fixture,
                       gconstpointer  data)
{
  const QzIndicator *requirement;

  drain_main_loop ();
  qz_checklist_page_focus_first_unanswered (fixture->page);
  requirement = qz_indicator_row_get_indicator (focused_row (fixture));
  g_assert_cmpint (requirement->kind, ==, QZ_INDICATOR_RATING);
  press (fixture, GDK_KEY_2);
  g_assert_cmpstr (qz_assessment_get_answer (fixture->assessment, requirement->id)->options[0], ==, "most");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/qz/checklist/keyboard-entry", Fixture, "miit-sme-digital",
              fixture_set_up, test_keyboard_entry, fixture_tear_down);
  g_test_add ("/qz/checklist/scenario-grades", Fixture, "miit-sme-digital",
              fixture_set_up, test_scenario_grades, fixture_tear_down);
  g_test_add ("/qz/checklist/maturity-ratings", Fixture, "gbt39116-cmmm",
              fixture_set_up, test_maturity_ratings, fixture_tear_down);

  return g_test_run ();
}
