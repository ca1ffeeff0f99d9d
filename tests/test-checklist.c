/* test-checklist.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>

#include "qz-assessment-record.h"
#include "qz-checklist-page.h"
#include "qz-enterprise-store.h"
#include "qz-framework-loader.h"
#include "qz-gtk-test-utils.h"
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
press_row (QzIndicatorRow *row,
           guint           keyval)
{
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

static void
press (Fixture *fixture,
       guint    keyval)
{
  press_row (focused_row (fixture), keyval);
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

  qz_test_flush_events ();
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
  qz_test_flush_events ();

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

  qz_test_flush_events ();
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

  qz_test_flush_events ();
  qz_checklist_page_focus_first_unanswered (fixture->page);
  requirement = qz_indicator_row_get_indicator (focused_row (fixture));
  g_assert_cmpint (requirement->kind, ==, QZ_INDICATOR_RATING);
  press (fixture, GDK_KEY_2);
  g_assert_cmpstr (qz_assessment_get_answer (fixture->assessment, requirement->id)->options[0], ==, "most");
}

/* The details popover: a bad date is marked and not saved; good details
 * are in the database after reopening. */
static void
test_details (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzAssessment) reopened = NULL;
  GtkWidget *details = qz_test_find_by_label (GTK_WIDGET (fixture->page), GTK_TYPE_MENU_BUTTON, "Details");
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (details)));
  GtkEditable *date = GTK_EDITABLE (qz_test_find_by_name (popover, "visit-date"));
  GtkEditable *assessors = GTK_EDITABLE (qz_test_find_by_name (popover, "assessors"));
  GtkDropDown *target = GTK_DROP_DOWN (qz_test_find_by_name (popover, "target-level"));
  g_assert_cmpstr (gtk_editable_get_text (date), ==, "2026-11-20");

  /* While the date is not one, the other details are still saved. */
  gtk_editable_set_text (date, "2026-13-40");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (date), "error"));
  gtk_editable_set_text (assessors, "周工");
  reopened = qz_assessment_store_load (fixture->store, qz_assessment_get_uuid (fixture->assessment), &error);
  g_assert_cmpstr (qz_assessment_get_assessors (reopened), ==, "周工");
  g_assert_cmpstr (qz_assessment_get_visit_date (reopened), ==, "2026-11-20");
  g_clear_object (&reopened);

  gtk_editable_set_text (date, "2026-11-21");
  gtk_drop_down_set_selected (target, 3);

  reopened = qz_assessment_store_load (fixture->store, qz_assessment_get_uuid (fixture->assessment), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qz_assessment_get_visit_date (reopened), ==, "2026-11-21");
  g_assert_cmpstr (qz_assessment_get_assessors (reopened), ==, "周工");
  g_assert_cmpstr (qz_assessment_get_target_level (reopened), ==, "l3");
  g_assert_cmpint (qz_assessment_get_status (reopened), ==, QZ_ASSESSMENT_DRAFT);
}

static guint
count_evidence (Fixture *fixture)
{
  g_autoptr(GPtrArray) evidence = qz_evidence_store_list (qz_assessment_store_get_evidence (fixture->store),
                                                          fixture->assessment, NULL, NULL);

  return evidence->len;
}

static gboolean
has_evidence (gpointer fixture)
{
  return count_evidence (fixture) > 0;
}

typedef struct
{
  Fixture *fixture;
  guint    failures;
} Attaching;

static gboolean
attached_and_refused (gpointer data)
{
  Attaching *attaching = data;

  return count_evidence (attaching->fixture) >= 1 && attaching->failures >= 1;
}

/* A photo attached from a file shows on its row; removing it is undone. */
static void
test_photos (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 640, 480);
  g_autofree char *path = g_build_filename (fixture->data.dir, "evidence.jpg", NULL);
  g_autofree char *text_path = g_build_filename (fixture->data.dir, "notes.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) text_file = g_file_new_for_path (text_path);
  g_autoptr(GPtrArray) evidence = NULL;
  const QzIndicator *indicator;
  QzIndicatorRow *row;
  Attaching attaching = { fixture, 0 };

  gdk_pixbuf_fill (pixbuf, 0x88aa44ff);
  g_assert_true (gdk_pixbuf_save (pixbuf, path, "jpeg", NULL, NULL));
  g_assert_true (g_file_set_contents (text_path, "not a photo", -1, NULL));
  qz_test_flush_events ();
  qz_checklist_page_focus_first_unanswered (fixture->page);
  row = focused_row (fixture);
  indicator = qz_indicator_row_get_indicator (row);
  g_signal_connect_swapped (fixture->page, "save-failed", G_CALLBACK (g_atomic_int_inc), &attaching.failures);

  qz_checklist_page_attach_photo (fixture->page, indicator->id, file);
  qz_checklist_page_attach_photo (fixture->page, indicator->id, text_file);
  qz_test_wait_until (attached_and_refused, &attaching, QZ_TEST_TIMEOUT_MS);

  /* The text file is refused with a message; the photo is attached. */
  g_assert_cmpuint (attaching.failures, ==, 1);
  evidence = qz_evidence_store_list (qz_assessment_store_get_evidence (fixture->store),
                                     fixture->assessment, indicator->id, NULL);
  g_assert_cmpuint (evidence->len, ==, 1);

  g_signal_emit_by_name (row, "caption-changed", ((QzEvidence *) g_ptr_array_index (evidence, 0))->uuid, "机房");
  g_signal_emit_by_name (row, "remove-photo", ((QzEvidence *) g_ptr_array_index (evidence, 0))->uuid);
  g_assert_cmpuint (count_evidence (fixture), ==, 0);
  g_assert_true (qz_evidence_store_remove (qz_assessment_store_get_evidence (fixture->store),
                                           ((QzEvidence *) g_ptr_array_index (evidence, 0))->uuid,
                                                      FALSE, NULL));
  qz_checklist_page_refresh_photos (fixture->page);
  g_clear_pointer (&evidence, g_ptr_array_unref);
  evidence = qz_evidence_store_list (qz_assessment_store_get_evidence (fixture->store),
                                     fixture->assessment, indicator->id, NULL);
  g_assert_cmpuint (evidence->len, ==, 1);
  g_assert_cmpstr (((QzEvidence *) g_ptr_array_index (evidence, 0))->caption, ==, "机房");
}

static GtkEditable *
note_entry (QzIndicatorRow *row)
{
  return GTK_EDITABLE (qz_test_find_by_label (GTK_WIDGET (row), GTK_TYPE_ENTRY, "Note"));
}

typedef struct
{
  QzIndicatorKind kind;
  guint           skip;
} Kind;

static gboolean
is_of_kind (GtkWidget *row,
            gpointer   data)
{
  Kind *sought = data;

  return qz_indicator_row_get_indicator (QZ_INDICATOR_ROW (row))->kind == sought->kind && sought->skip-- == 0;
}

/* The row of the framework's indicator of @kind after @skip others. */
static QzIndicatorRow *
row_of_kind (Fixture         *fixture,
             QzIndicatorKind  kind,
             guint            skip)
{
  Kind sought = { kind, skip };
  GtkWidget *row = qz_test_find (GTK_WIDGET (fixture->page), QZ_TYPE_INDICATOR_ROW, is_of_kind, &sought);

  g_assert_nonnull (row);
  return QZ_INDICATOR_ROW (row);
}

/* A note typed just before the window closes, or before another
 * assessment is shown, is written, not lost. */
static void
test_pending_note_kept (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzAssessment) other = NULL;
  g_autoptr(QzAssessment) reopened = NULL;
  QzIndicatorRow *row = row_of_kind (fixture, QZ_INDICATOR_SCENARIO, 3);
  const char *id = qz_indicator_row_get_indicator (row)->id;

  gtk_editable_set_text (note_entry (row), "现场看到 MES 看板");
  other = qz_assessment_store_create_follow_up (fixture->store, fixture->assessment, "2026-12-01", &error);
  g_assert_no_error (error);
  qz_checklist_page_set_assessment (fixture->page, fixture->store, other);
  g_assert_cmpstr (qz_assessment_get_answer (fixture->assessment, id)->note, ==, "现场看到 MES 看板");

  row = row_of_kind (fixture, QZ_INDICATOR_SCENARIO, 5);
  id = qz_indicator_row_get_indicator (row)->id;
  gtk_editable_set_text (note_entry (row), "待补充能耗数据");
  gtk_window_destroy (fixture->window);
  fixture->window = NULL;
  qz_test_flush_events ();

  reopened = qz_assessment_store_load (fixture->store, qz_assessment_get_uuid (other), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qz_assessment_get_answer (reopened, id)->note, ==, "待补充能耗数据");
}

/* A figure being typed keeps its text when its answer comes back from
 * the store, decimal point included; Delete takes an answer back. */
static void
test_typing_figures (Fixture       *fixture,
                     gconstpointer  data)
{
  QzIndicatorRow *row = row_of_kind (fixture, QZ_INDICATOR_FIGURE, 0);
  const QzIndicator *indicator = qz_indicator_row_get_indicator (row);
  g_autofree char *label = indicator->unit ? g_strdup_printf ("Figure (%s)", indicator->unit) : g_strdup ("Figure");
  GtkEditable *value = GTK_EDITABLE (qz_test_find_by_label (GTK_WIDGET (row), GTK_TYPE_ENTRY, label));
  const char *id = indicator->id;

  gtk_editable_set_text (value, "1.");
  g_assert_cmpstr (gtk_editable_get_text (value), ==, "1.");
  g_assert_cmpfloat (qz_assessment_get_answer (fixture->assessment, id)->value, ==, 1);
  gtk_editable_set_text (value, "1.5");
  g_assert_cmpfloat (qz_assessment_get_answer (fixture->assessment, id)->value, ==, 1.5);

  qz_indicator_row_clear (row);
  g_assert_false (qz_answer_is_given (qz_assessment_get_answer (fixture->assessment, id),
                                      qz_indicator_row_get_indicator (row)));
  g_assert_cmpstr (gtk_editable_get_text (value), ==, "");
}

/* A figure out of range, or counts that make one, is said under the
 * field in words while typing, and not stored; once right, it is. */
static void
test_figure_inline (Fixture       *fixture,
                    gconstpointer  data)
{
  QzIndicatorRow *row = row_of_kind (fixture, QZ_INDICATOR_FIGURE, 1);
  const QzIndicator *indicator = qz_indicator_row_get_indicator (row);
  GtkEditable *part, *all;
  GtkWidget *message;
  GtkLabel *figure;
  guint failures = 0;
  const QzAnswer *stored;

  g_assert_true (indicator->has_ratio);
  part = GTK_EDITABLE (qz_test_find_by_label (GTK_WIDGET (row), GTK_TYPE_ENTRY, qz_text_get (&indicator->numerator)));
  all = GTK_EDITABLE (qz_test_find_by_label (GTK_WIDGET (row), GTK_TYPE_ENTRY, qz_text_get (&indicator->denominator)));
  g_signal_connect_swapped (fixture->page, "save-failed", G_CALLBACK (g_atomic_int_inc), &failures);

  /* 40 of 8, on the way to 40 of 80: 500 %. */
  gtk_editable_set_text (part, "40");
  gtk_editable_set_text (all, "8");
  message = qz_test_find_by_name (GTK_WIDGET (row), "figure-message");
  g_assert_true (GTK_IS_LABEL (message));
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (message)), ==, "The figure must be between 0 and 100 %.");
  g_assert_null (strstr (gtk_label_get_text (GTK_LABEL (message)), indicator->id));
  stored = qz_assessment_get_answer (fixture->assessment, indicator->id);
  g_assert_true (stored == NULL || isnan (stored->numerator));
  g_assert_cmpuint (failures, ==, 0);

  gtk_editable_set_text (all, "80");
  g_assert_false (gtk_widget_get_visible (message));
  stored = qz_assessment_get_answer (fixture->assessment, indicator->id);
  g_assert_nonnull (stored);
  g_assert_cmpfloat (stored->numerator, ==, 40);
  g_assert_cmpfloat (stored->denominator, ==, 80);
  g_assert_cmpuint (failures, ==, 0);

  /* Typed over with a wrong total, the figure stored stays: the field
   * was empty only on the way. */
  /* One more digit typed makes 400 of 80: "= 50 %" beside it would mislead. */
  figure = GTK_LABEL (qz_test_find_by_name (GTK_WIDGET (row), "figure"));
  g_assert_cmpstr (gtk_label_get_text (figure), ==, "= 50 %");
  {
    int end = -1;

    gtk_editable_insert_text (part, "0", 1, &end);
  }
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_cmpstr (gtk_label_get_text (figure), ==, "");
  gtk_editable_set_text (part, "40");

  gtk_editable_set_text (all, "8");
  g_assert_true (gtk_widget_get_visible (message));
  stored = qz_assessment_get_answer (fixture->assessment, indicator->id);
  g_assert_nonnull (stored);
  g_assert_cmpfloat (stored->numerator, ==, 40);
  g_assert_cmpfloat (stored->denominator, ==, 80);

  gtk_editable_set_text (all, "many");
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (message)), "numbers"));
  g_assert_cmpuint (failures, ==, 0);
}

/* A photo still being prepared when another assessment is shown goes to
 * the assessment it was attached in. */
static void
test_photo_follows_its_assessment (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 320, 240);
  g_autofree char *path = g_build_filename (fixture->data.dir, "photo.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(QzAssessment) other = NULL;
  g_autoptr(GPtrArray) first_evidence = NULL;
  g_autoptr(GPtrArray) other_evidence = NULL;
  const char *id = qz_indicator_row_get_indicator (row_of_kind (fixture, QZ_INDICATOR_SINGLE, 0))->id;

  gdk_pixbuf_fill (pixbuf, 0x224466ff);
  g_assert_true (gdk_pixbuf_save (pixbuf, path, "png", NULL, NULL));
  other = qz_assessment_store_create_follow_up (fixture->store, fixture->assessment, "2026-12-01", &error);
  g_assert_no_error (error);

  qz_checklist_page_attach_photo (fixture->page, id, file);
  qz_checklist_page_set_assessment (fixture->page, fixture->store, other);

  qz_test_wait_until (has_evidence, fixture, QZ_TEST_TIMEOUT_MS);

  first_evidence = qz_evidence_store_list (qz_assessment_store_get_evidence (fixture->store),
                                           fixture->assessment, NULL, NULL);
  other_evidence = qz_evidence_store_list (qz_assessment_store_get_evidence (fixture->store), other, NULL, NULL);
  g_assert_cmpuint (first_evidence->len, ==, 1);
  g_assert_cmpuint (other_evidence->len, ==, 0);
}

/* Answers the message dialog called @heading with @response. */
static void
respond (const char *heading,
         const char *response)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  AdwMessageDialog *found = NULL;

  qz_test_flush_events ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0)
        found = ADW_MESSAGE_DIALOG (window);
    }
  g_assert_nonnull (found);
  adw_message_dialog_response (found, response);
  qz_test_flush_events ();
}

static gboolean
row_is_read_only (QzIndicatorRow *row)
{
  GtkWidget *choice = qz_test_find (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON, NULL, NULL);

  return qz_indicator_row_get_read_only (row) && !gtk_widget_is_sensitive (choice);
}

/* Completing: with indicators unanswered, it is asked first. A complete
 * assessment's rows are read-only under a banner that says so: keys
 * change nothing, photos are refused; Reopen, confirmed, makes them
 * editable again, and both are recorded with the author. */
static void
test_complete_and_reopen (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autofree char *path = g_build_filename (fixture->data.dir, "late.png", NULL);
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 64, 48);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *banner = qz_test_find_by_name (GTK_WIDGET (fixture->page), "record-bar");
  QzIndicatorRow *row = row_of_kind (fixture, QZ_INDICATOR_SINGLE, 0);
  const QzIndicator *indicator = qz_indicator_row_get_indicator (row);
  guint failures = 0;

  g_signal_connect_swapped (fixture->page, "save-failed", G_CALLBACK (g_atomic_int_inc), &failures);
  g_object_set (fixture->page, "author", "周工", NULL);
  qz_test_flush_events ();
  qz_indicator_row_focus (row);
  press (fixture, GDK_KEY_1);
  g_assert_false (gtk_widget_get_visible (banner));
  g_assert_false (row_is_read_only (row));

  /* Most indicators are unanswered: Cancel leaves a draft. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "checklist.complete", NULL));
  respond ("Complete the Assessment?", "cancel");
  g_assert_cmpint (qz_assessment_get_status (fixture->assessment), ==, QZ_ASSESSMENT_DRAFT);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "checklist.complete", NULL));
  respond ("Complete the Assessment?", "complete");
  g_assert_cmpint (qz_assessment_get_status (fixture->assessment), ==, QZ_ASSESSMENT_COMPLETE);

  g_assert_true (gtk_widget_get_visible (banner));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (qz_test_find (banner, GTK_TYPE_LABEL, NULL, NULL))),
                            "completed"));
  g_assert_true (row_is_read_only (row));
  g_assert_true (row_is_read_only (row_of_kind (fixture, QZ_INDICATOR_FIGURE, 0)) ||
                 qz_indicator_row_get_read_only (row_of_kind (fixture, QZ_INDICATOR_FIGURE, 0)));
  g_assert_false (gtk_widget_get_visible (qz_test_find_by_name (GTK_WIDGET (fixture->page), "complete")));
  g_assert_false (gtk_widget_is_sensitive (qz_test_find_by_name (GTK_WIDGET (fixture->page), "visit-date")));

  /* Keys and Delete change nothing, and a photo is refused. */
  press_row (row, GDK_KEY_2);
  press_row (row, GDK_KEY_Delete);
  g_assert_cmpstr (qz_assessment_get_answer (fixture->assessment, indicator->id)->options[0], ==,
                   ((QzOption *) g_ptr_array_index (indicator->options, 0))->id);
  g_assert_true (gdk_pixbuf_save (pixbuf, path, "png", NULL, NULL));
  qz_checklist_page_attach_photo (fixture->page, indicator->id, file);
  g_assert_cmpuint (failures, ==, 1);
  qz_test_flush_events ();
  g_assert_cmpuint (count_evidence (fixture), ==, 0);

  /* Reopen, Cancel first. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "checklist.reopen", NULL));
  respond ("Reopen for Editing?", "cancel");
  g_assert_true (row_is_read_only (row));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "checklist.reopen", NULL));
  respond ("Reopen for Editing?", "reopen");
  g_assert_cmpint (qz_assessment_get_status (fixture->assessment), ==, QZ_ASSESSMENT_DRAFT);
  g_assert_false (gtk_widget_get_visible (banner));
  g_assert_false (row_is_read_only (row));

  qz_indicator_row_focus (row);
  press (fixture, GDK_KEY_2);
  g_assert_cmpstr (qz_assessment_get_answer (fixture->assessment, indicator->id)->options[0], ==,
                   ((QzOption *) g_ptr_array_index (indicator->options, 1))->id);

  events = qz_assessment_store_list_events (fixture->store, fixture->assessment, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 2);
  g_assert_cmpint (((QzAssessmentEvent *) g_ptr_array_index (events, 0))->kind, ==, QZ_ASSESSMENT_EVENT_COMPLETED);
  g_assert_cmpint (((QzAssessmentEvent *) g_ptr_array_index (events, 1))->kind, ==, QZ_ASSESSMENT_EVENT_REOPENED);
  g_assert_cmpstr (((QzAssessmentEvent *) g_ptr_array_index (events, 1))->author, ==, "周工");
}

/* A complete assessment opens read-only. */
static void
test_complete_opens_read_only (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (qz_assessment_store_complete (fixture->store, fixture->assessment, NULL, &error));
  qz_checklist_page_set_assessment (fixture->page, fixture->store, NULL);
  qz_checklist_page_set_assessment (fixture->page, fixture->store, fixture->assessment);
  g_assert_true (gtk_widget_get_visible (qz_test_find_by_name (GTK_WIDGET (fixture->page), "record-bar")));
  g_assert_true (row_is_read_only (row_of_kind (fixture, QZ_INDICATOR_MULTIPLE, 0)));
  g_assert_true (row_is_read_only (row_of_kind (fixture, QZ_INDICATOR_SCENARIO, 2)));
}

static gboolean
shows_review (QzIndicatorRow *row)
{
  return gtk_widget_get_visible (gtk_widget_get_parent (qz_test_find_by_name (GTK_WIDGET (row), "confirm-answer")));
}

/* A follow-up's copied answers are marked on their rows; Next to Review
 * goes from one to the next, Confirm clears one, a changed answer
 * another, and the banner counts what is left. */
static void
test_review_copied_answers (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzAssessment) follow_up = NULL;
  g_autoptr(QzAnswer) grade = qz_answer_new ();
  QzIndicatorRow *first = row_of_kind (fixture, QZ_INDICATOR_SCENARIO, 0);
  QzIndicatorRow *second = row_of_kind (fixture, QZ_INDICATOR_SCENARIO, 1);
  const char *first_id = qz_indicator_row_get_indicator (first)->id;
  const char *second_id = qz_indicator_row_get_indicator (second)->id;
  GtkWidget *banner = qz_test_find_by_name (GTK_WIDGET (fixture->page), "review-bar");
  GtkWidget *focus;

  grade->grade = 1;
  g_assert_true (qz_assessment_store_save_answer (fixture->store, fixture->assessment, first_id, grade, &error));
  g_assert_true (qz_assessment_store_save_answer (fixture->store, fixture->assessment, second_id, grade, &error));
  g_assert_false (gtk_widget_get_visible (banner));
  follow_up = qz_assessment_store_create_follow_up (fixture->store, fixture->assessment, "2026-12-01", &error);
  g_assert_no_error (error);
  qz_checklist_page_set_assessment (fixture->page, fixture->store, follow_up);
  first = row_of_kind (fixture, QZ_INDICATOR_SCENARIO, 0);
  second = row_of_kind (fixture, QZ_INDICATOR_SCENARIO, 1);
  qz_test_flush_events ();

  g_assert_true (gtk_widget_get_visible (banner));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (qz_test_find (banner, GTK_TYPE_LABEL, NULL, NULL))),
                            "2 answers"));
  g_assert_true (shows_review (first));
  g_assert_true (shows_review (second));
  g_assert_false (shows_review (row_of_kind (fixture, QZ_INDICATOR_SCENARIO, 2)));

  /* Next to Review lands on the first one's Confirm; confirming moves on. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "checklist.next-review", NULL));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (focus == qz_test_find_by_name (GTK_WIDGET (first), "confirm-answer"));
  g_signal_emit_by_name (focus, "clicked");
  g_assert_false (qz_assessment_needs_review (follow_up, first_id));
  g_assert_false (shows_review (first));
  g_assert_cmpint (qz_assessment_get_answer (follow_up, first_id)->grade, ==, 1);
  g_assert_true (focused_row (fixture) == second);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (qz_test_find (banner, GTK_TYPE_LABEL, NULL, NULL))),
                            "1 answer"));

  /* A changed answer is reviewed too. */
  qz_indicator_row_focus (second);
  press (fixture, GDK_KEY_3);
  g_assert_false (qz_assessment_needs_review (follow_up, second_id));
  g_assert_false (shows_review (second));
  g_assert_false (gtk_widget_get_visible (banner));
  g_assert_cmpuint (qz_assessment_count_to_review (follow_up), ==, 0);
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
  g_test_add ("/qz/checklist/details", Fixture, "miit-sme-digital",
              fixture_set_up, test_details, fixture_tear_down);
  g_test_add ("/qz/checklist/photos", Fixture, "miit-sme-digital",
              fixture_set_up, test_photos, fixture_tear_down);
  g_test_add ("/qz/checklist/pending-note-kept", Fixture, "miit-sme-digital",
              fixture_set_up, test_pending_note_kept, fixture_tear_down);
  g_test_add ("/qz/checklist/typing-figures", Fixture, "miit-sme-digital",
              fixture_set_up, test_typing_figures, fixture_tear_down);
  g_test_add ("/qz/checklist/figure-inline", Fixture, "miit-sme-digital",
              fixture_set_up, test_figure_inline, fixture_tear_down);
  g_test_add ("/qz/checklist/photo-follows-its-assessment", Fixture, "miit-sme-digital",
              fixture_set_up, test_photo_follows_its_assessment, fixture_tear_down);
  g_test_add ("/qz/checklist/complete-and-reopen", Fixture, "miit-sme-digital",
              fixture_set_up, test_complete_and_reopen, fixture_tear_down);
  g_test_add ("/qz/checklist/complete-opens-read-only", Fixture, "miit-sme-digital",
              fixture_set_up, test_complete_opens_read_only, fixture_tear_down);
  g_test_add ("/qz/checklist/review-copied-answers", Fixture, "miit-sme-digital",
              fixture_set_up, test_review_copied_answers, fixture_tear_down);
  g_test_add ("/qz/checklist/maturity-ratings", Fixture, "gbt39116-cmmm",
              fixture_set_up, test_maturity_ratings, fixture_tear_down);

  return g_test_run ();
}
