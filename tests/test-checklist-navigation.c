/* test-checklist-navigation.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Moving about the checklist by keyboard and sidebar: what is gone to
 * comes to the top, the sidebar marks the dimension read, options past
 * the ninth are typed, and a flagged indicator shows it. */

#include "qz-config.h"

#include <adwaita.h>

#include "qz-checklist-page.h"
#include "qz-enterprise-store.h"
#include "qz-framework-loader.h"
#include "qz-gtk-test-utils.h"
#include "qz-indicator-row.h"
#include "qz-test-utils.h"

/* How far from the top counts as at the top, in pixels. */
#define TOP_TOLERANCE 2

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
load_framework (const char *id)
{
  g_autoptr(GPtrArray) frameworks = NULL;
  g_autoptr(GError) error = NULL;

  if (g_str_has_suffix (id, ".json"))
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "frameworks", id, NULL);
      QzFramework *framework = qz_framework_load_file (path, NULL, &error);

      g_assert_no_error (error);
      return framework;
    }

  frameworks = qz_framework_load_builtin (&error);
  g_assert_no_error (error);
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
  g_autoptr(QzFramework) framework = load_framework (data);
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
  gtk_window_set_default_size (fixture->window, 1000, 600);
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

static GtkScrolledWindow *
indicators_view (Fixture *fixture)
{
  GtkWidget *list = qz_test_find_by_label (GTK_WIDGET (fixture->page), GTK_TYPE_LIST_BOX, "Indicators");

  return GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (list, GTK_TYPE_SCROLLED_WINDOW));
}

static GtkListBox *
dimensions_list (Fixture *fixture)
{
  return GTK_LIST_BOX (qz_test_find_by_label (GTK_WIDGET (fixture->page), GTK_TYPE_LIST_BOX, "Dimensions"));
}

static GtkListBoxRow *
dimension_row (Fixture *fixture,
               guint    index)
{
  return gtk_list_box_get_row_at_index (dimensions_list (fixture), index);
}

static QzDimension *
dimension (Fixture *fixture,
           guint    index)
{
  return g_ptr_array_index (qz_framework_get_dimensions (qz_assessment_get_framework (fixture->assessment)), index);
}

static gboolean
is_row_of (GtkWidget *widget,
           gpointer   dimension)
{
  return qz_indicator_row_get_indicator (QZ_INDICATOR_ROW (widget))->area->dimension == dimension;
}

static gboolean
is_row_for (GtkWidget *widget,
            gpointer   id)
{
  return g_str_equal (qz_indicator_row_get_indicator (QZ_INDICATOR_ROW (widget))->id, id);
}

static QzIndicatorRow *
row_for (Fixture    *fixture,
         const char *id)
{
  return QZ_INDICATOR_ROW (qz_test_find (GTK_WIDGET (fixture->page), QZ_TYPE_INDICATOR_ROW, is_row_for, (gpointer) id));
}

static QzIndicatorRow *
focused_row (Fixture *fixture)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  g_assert_nonnull (focus);
  return QZ_INDICATOR_ROW (gtk_widget_get_ancestor (focus, QZ_TYPE_INDICATOR_ROW));
}

/* Where @widget, with the space above it, is in the visible part of the
 * indicators' view. */
static double
y_in_view (Fixture   *fixture,
           GtkWidget *widget)
{
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (indicators_view (fixture)),
                                           &GRAPHENE_POINT_INIT (0, 0), &point));
  return point.y - gtk_widget_get_margin_top (widget);
}

typedef struct
{
  Fixture   *fixture;
  GtkWidget *widget;
} Target;

static gboolean
at_last_page (Fixture *fixture)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (indicators_view (fixture));

  return gtk_adjustment_get_value (adjustment) >=
         gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment) - 0.5;
}

/* @widget is at the top of the view, or, too near the end for that, the
 * view shows the last page with @widget in it. */
static gboolean
is_at_top (gpointer data)
{
  Target *target = data;
  double y = y_in_view (target->fixture, target->widget);

  return ABS (y) <= TOP_TOLERANCE ||
         (at_last_page (target->fixture) && y >= 0 &&
          y < gtk_widget_get_height (GTK_WIDGET (indicators_view (target->fixture))));
}

static void
wait_at_top (Fixture   *fixture,
             GtkWidget *widget)
{
  Target target = { fixture, widget };

  qz_test_wait_until (is_at_top, &target, QZ_TEST_TIMEOUT_MS);
}

static gboolean
is_drawn (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_height (data) > 0;
}

/* A dimension chosen in the sidebar: its heading comes to the top, its
 * first indicator has the focus, and it is marked in the sidebar. */
static void
test_dimension_to_top (Fixture       *fixture,
                       gconstpointer  data)
{
  guint n = qz_framework_get_dimensions (qz_assessment_get_framework (fixture->assessment))->len;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (indicators_view (fixture));

  qz_test_wait_until (is_drawn, indicators_view (fixture), QZ_TEST_TIMEOUT_MS);
  for (guint d = 1; d < n; d++)
    {
      QzIndicatorRow *first = QZ_INDICATOR_ROW (qz_test_find (GTK_WIDGET (fixture->page), QZ_TYPE_INDICATOR_ROW,
                                                              is_row_of, dimension (fixture, d)));
      GtkWidget *heading = gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (first));

      g_assert_nonnull (heading);
      g_signal_emit_by_name (dimensions_list (fixture), "row-activated", dimension_row (fixture, d));
      wait_at_top (fixture, heading);
      g_assert_true (focused_row (fixture) == first);
      g_assert_true (gtk_list_box_get_selected_row (dimensions_list (fixture)) == dimension_row (fixture, d));
      if (d == 1)
        /* Far from the end: at the top, and not merely in view. */
        g_assert_cmpfloat (ABS (y_in_view (fixture, heading)), <=, TOP_TOLERANCE);
    }
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);

  /* Back to the first. */
  g_signal_emit_by_name (dimensions_list (fixture), "row-activated", dimension_row (fixture, 0));
  wait_at_top (fixture, gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (focused_row (fixture))));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), <=, TOP_TOLERANCE + 12);
}

/* Alt+Down's next unanswered indicator comes to the top of the view;
 * Alt+Up from the first goes round to the last, shown on the last page. */
static void
test_next_unanswered_to_top (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkListBox *list = GTK_LIST_BOX (qz_test_find_by_label (GTK_WIDGET (fixture->page), GTK_TYPE_LIST_BOX, "Indicators"));
  guint n = qz_framework_get_n_indicators (qz_assessment_get_framework (fixture->assessment));
  QzIndicatorRow *row;

  qz_test_wait_until (is_drawn, indicators_view (fixture), QZ_TEST_TIMEOUT_MS);
  qz_checklist_page_focus_first_unanswered (fixture->page);
  for (guint i = 0; i < 6; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "checklist.next-unanswered", NULL));
      row = focused_row (fixture);
      g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)), ==, i + 1);
      wait_at_top (fixture, GTK_WIDGET (row));
      /* Far from the end: at the top, and not merely in view. */
      g_assert_cmpfloat (ABS (y_in_view (fixture, GTK_WIDGET (row))), <=, TOP_TOLERANCE);
    }

  qz_indicator_row_focus (QZ_INDICATOR_ROW (gtk_list_box_get_row_at_index (list, 0)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "checklist.previous-unanswered", NULL));
  row = focused_row (fixture);
  g_assert_true (GTK_LIST_BOX_ROW (row) == gtk_list_box_get_row_at_index (list, n - 1));
  wait_at_top (fixture, GTK_WIDGET (row));
  g_assert_true (at_last_page (fixture));
}

typedef struct
{
  Fixture       *fixture;
  GtkListBoxRow *row;
} Selected;

static gboolean
is_selected (gpointer data)
{
  Selected *selected = data;

  return gtk_list_box_get_selected_row (dimensions_list (selected->fixture)) == selected->row;
}

/* Scrolled by other means than the sidebar, the sidebar marks the
 * dimension at the top of the view. */
static void
test_sidebar_follows (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (indicators_view (fixture));
  QzIndicatorRow *third = QZ_INDICATOR_ROW (qz_test_find (GTK_WIDGET (fixture->page), QZ_TYPE_INDICATOR_ROW,
                                                          is_row_of, dimension (fixture, 2)));
  Selected selected = { fixture, dimension_row (fixture, 0) };

  qz_test_wait_until (is_drawn, third, QZ_TEST_TIMEOUT_MS);
  qz_test_wait_until (is_selected, &selected, QZ_TEST_TIMEOUT_MS);

  /* The third dimension's first indicator just under the top. */
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + y_in_view (fixture, GTK_WIDGET (third)) + 10);
  selected.row = dimension_row (fixture, 2);
  qz_test_wait_until (is_selected, &selected, QZ_TEST_TIMEOUT_MS);

  /* Its heading's top: the dimension before is scrolled past. */
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) - 12);
  qz_test_wait_until (is_selected, &selected, QZ_TEST_TIMEOUT_MS);

  gtk_adjustment_set_value (adjustment, 0);
  selected.row = dimension_row (fixture, 0);
  qz_test_wait_until (is_selected, &selected, QZ_TEST_TIMEOUT_MS);
}

/* Presses a key as the keyboard does: the focused row's key controller
 * gets it first, as no entry has the focus. Returns whether it was
 * taken. */
static gboolean
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
  return handled;
}

static const char *
chosen (Fixture    *fixture,
        const char *id)
{
  const QzAnswer *answer = qz_assessment_get_answer (fixture->assessment, id);

  return answer != NULL && answer->options != NULL && answer->options[0] != NULL ? answer->options[0] : "";
}

typedef struct
{
  Fixture    *fixture;
  const char *id;
  const char *option;
} Choice;

static gboolean
is_chosen (gpointer data)
{
  Choice *choice = data;

  return g_str_equal (chosen (choice->fixture, choice->id), choice->option);
}

static gboolean
is_focused (gpointer data)
{
  return gtk_widget_has_focus (data);
}

/* Twelve options: "1" "0" chooses the tenth, "1" "2" the twelfth, "3" the
 * third at once; "1" alone chooses the first after a pause, or on Enter.
 * Up and Down move between options, and leave them at either end. */
static void
test_option_ten_by_keys (Fixture       *fixture,
                         gconstpointer  data)
{
  QzIndicatorRow *row = row_for (fixture, "erp");
  const QzAnswer *answer;
  Choice first = { fixture, "erp", "o1" };
  GtkWidget *tenth = qz_test_find_by_label (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON, "Ten");
  GtkWidget *eleventh = qz_test_find_by_label (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON, "Eleven");

  qz_test_wait_until (is_drawn, row, QZ_TEST_TIMEOUT_MS);
  qz_indicator_row_focus (row);

  g_assert_true (press (fixture, GDK_KEY_1));
  g_assert_cmpstr (chosen (fixture, "erp"), ==, "");
  g_assert_true (press (fixture, GDK_KEY_0));
  g_assert_cmpstr (chosen (fixture, "erp"), ==, "o10");
  g_assert_true (gtk_widget_has_focus (tenth));

  g_assert_true (press (fixture, GDK_KEY_1));
  g_assert_true (press (fixture, GDK_KEY_2));
  g_assert_cmpstr (chosen (fixture, "erp"), ==, "o12");

  g_assert_true (press (fixture, GDK_KEY_3));
  g_assert_cmpstr (chosen (fixture, "erp"), ==, "o3");

  /* "1" may begin 10, 11 or 12: it waits, then chooses the first. */
  g_assert_true (press (fixture, GDK_KEY_1));
  g_assert_cmpstr (chosen (fixture, "erp"), ==, "o3");
  qz_test_wait_until (is_chosen, &first, QZ_TEST_TIMEOUT_MS);

  g_assert_true (press (fixture, GDK_KEY_1));
  g_assert_true (press (fixture, GDK_KEY_Return));
  g_assert_cmpstr (chosen (fixture, "erp"), ==, "o1");

  /* No option 15: "1" is taken as typed, and "5" begins the next. */
  g_assert_true (press (fixture, GDK_KEY_1));
  g_assert_true (press (fixture, GDK_KEY_5));
  g_assert_cmpstr (chosen (fixture, "erp"), ==, "o5");

  /* "0" alone is no option's number: it is left to others. */
  g_assert_false (press (fixture, GDK_KEY_0));
  g_assert_cmpstr (chosen (fixture, "erp"), ==, "o5");

  /* Down goes from the tenth option to the eleventh, without choosing. */
  gtk_widget_grab_focus (tenth);
  g_assert_true (press (fixture, GDK_KEY_Down));
  qz_test_wait_until (is_focused, eleventh, QZ_TEST_TIMEOUT_MS);
  g_assert_true (press (fixture, GDK_KEY_Up));
  g_assert_true (gtk_widget_has_focus (tenth));
  g_assert_cmpstr (chosen (fixture, "erp"), ==, "o5");

  /* Up from the first leaves the options. */
  gtk_widget_grab_focus (qz_test_find_by_label (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON, "One"));
  g_assert_false (press (fixture, GDK_KEY_Up));

  /* The eleventh of a multiple choice is ticked, and unticked, by "1" "1". */
  qz_indicator_row_focus (row_for (fixture, "modules"));
  g_assert_true (press (fixture, GDK_KEY_1));
  g_assert_true (press (fixture, GDK_KEY_1));
  answer = qz_assessment_get_answer (fixture->assessment, "modules");
  g_assert_nonnull (answer);
  g_assert_cmpuint (g_strv_length (answer->options), ==, 1);
  g_assert_cmpstr (answer->options[0], ==, "m11");
  g_assert_true (press (fixture, GDK_KEY_1));
  g_assert_true (press (fixture, GDK_KEY_1));
  g_assert_cmpuint (g_strv_length (qz_assessment_get_answer (fixture->assessment, "modules")->options), ==, 0);
}

/* A number typed and waiting is chosen when the page is flushed, as when
 * the window closes: it is not lost; unless an option was chosen
 * otherwise meanwhile. */
static void
test_typed_number_kept (Fixture       *fixture,
                        gconstpointer  data)
{
  qz_test_wait_until (is_drawn, row_for (fixture, "erp"), QZ_TEST_TIMEOUT_MS);
  qz_indicator_row_focus (row_for (fixture, "erp"));
  g_assert_true (press (fixture, GDK_KEY_1));
  g_assert_cmpstr (chosen (fixture, "erp"), ==, "");
  g_assert_true (qz_checklist_page_flush (fixture->page));
  g_assert_cmpstr (chosen (fixture, "erp"), ==, "o1");

  /* Chosen otherwise meanwhile (a click, Space), the number is dropped. */
  g_assert_true (press (fixture, GDK_KEY_1));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (qz_test_find_by_label (GTK_WIDGET (fixture->page),
                                                                        GTK_TYPE_CHECK_BUTTON, "Two")), TRUE);
  g_assert_cmpstr (chosen (fixture, "erp"), ==, "o2");
  g_assert_true (qz_checklist_page_flush (fixture->page));
  g_assert_cmpstr (chosen (fixture, "erp"), ==, "o2");
}

/* Flagged, a row carries a mark of its own and the flag says so in
 * words; unflagged, neither. So too for an answer stored flagged. */
static void
test_flag_visible (Fixture       *fixture,
                   gconstpointer  data)
{
  const QzIndicator *indicator;
  QzIndicatorRow *row;
  GtkWidget *flag, *words;
  g_autoptr(QzAnswer) answer = qz_answer_new ();
  g_autoptr(GError) error = NULL;

  qz_test_flush_events ();
  qz_checklist_page_focus_first_unanswered (fixture->page);
  row = focused_row (fixture);
  indicator = qz_indicator_row_get_indicator (row);
  flag = qz_test_find_by_label (GTK_WIDGET (row), GTK_TYPE_TOGGLE_BUTTON, "Flag for follow-up");
  words = qz_test_find_by_name (GTK_WIDGET (row), "flag-label");

  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "qz-flagged"));
  g_assert_false (gtk_widget_get_visible (words));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (flag), TRUE);
  g_assert_true (qz_assessment_get_answer (fixture->assessment, indicator->id)->flagged);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "qz-flagged"));
  qz_test_wait_until (is_drawn, words, QZ_TEST_TIMEOUT_MS);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (words)), ==, "Follow Up");

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (flag), FALSE);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "qz-flagged"));
  g_assert_false (gtk_widget_get_visible (words));

  /* Stored elsewhere, shown here. */
  answer->flagged = TRUE;
  g_assert_true (qz_assessment_store_save_answer (fixture->store, fixture->assessment, indicator->id, answer, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "qz-flagged"));
  g_assert_true (gtk_widget_get_visible (words));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, framework, func) \
  g_test_add (path, Fixture, framework, fixture_set_up, func, fixture_tear_down)

  ADD ("/qz/checklist-navigation/dimension-to-top", "miit-sme-digital", test_dimension_to_top);
  ADD ("/qz/checklist-navigation/next-unanswered-to-top", "miit-sme-digital", test_next_unanswered_to_top);
  ADD ("/qz/checklist-navigation/sidebar-follows", "miit-sme-digital", test_sidebar_follows);
  ADD ("/qz/checklist-navigation/option-ten-by-keys", "valid-many-options.json", test_option_ten_by_keys);
  ADD ("/qz/checklist-navigation/typed-number-kept", "valid-many-options.json", test_typed_number_kept);
  ADD ("/qz/checklist-navigation/flag-visible", "miit-sme-digital", test_flag_visible);

#undef ADD

  return g_test_run ();
}
