/* test-results-page.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include <adwaita.h>
#include <string.h>

#include "qz-framework-loader.h"
#include "qz-gtk-test-utils.h"
#include "qz-assessment-record.h"
#include "qz-results-page.h"
#include "qz-test-utils.h"

/* The experts' overall opinion on the results page: kept as typed, once
 * the typing pauses, and at once when another assessment is shown. */

static gboolean
opinion_is (gpointer data)
{
  QzTestSample *sample = data;
  g_autoptr(QzAssessment) stored = qz_assessment_store_load (sample->store,
                                                             qz_assessment_get_uuid (sample->assessment), NULL);

  return g_strcmp0 (qz_assessment_get_opinion (stored), g_object_get_data (G_OBJECT (sample->store), "expected")) == 0;
}

static void
test_opinion (void)
{
  const char *first = "企业数字化基础较好。\n建议优先补齐信息安全短板。";
  const char *second = "企业数字化基础较好，管理需加强。";
  QzTestSample sample;
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  QzResultsPage *page = g_object_new (QZ_TYPE_RESULTS_PAGE, NULL);
  GtkWidget *view;
  GtkTextBuffer *buffer;

  qz_test_sample_set_up (&sample, NULL);
  gtk_window_set_child (window, GTK_WIDGET (page));
  gtk_window_present (window);
  qz_results_page_set_assessment (page, sample.enterprises, sample.store, sample.assessment);

  view = qz_test_find_by_label (GTK_WIDGET (page), GTK_TYPE_TEXT_VIEW, "Overall opinion");
  g_assert_nonnull (view);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_assert_cmpstr (qz_assessment_get_opinion (sample.assessment), ==, "");

  /* Typed, then saved as typed once the typing pauses. */
  gtk_text_buffer_set_text (buffer, first, -1);
  g_object_set_data (G_OBJECT (sample.store), "expected", (gpointer) first);
  qz_test_wait_until (opinion_is, &sample, QZ_TEST_TIMEOUT_MS);
  g_assert_cmpstr (qz_assessment_get_opinion (sample.assessment), ==, first);

  /* Typed, and another assessment shown before the pause: kept all the same. */
  gtk_text_buffer_set_text (buffer, second, -1);
  qz_results_page_set_assessment (page, sample.enterprises, sample.store, NULL);
  g_object_set_data (G_OBJECT (sample.store), "expected", (gpointer) second);
  g_assert_true (opinion_is (&sample));
  g_assert_false (gtk_widget_get_sensitive (view));

  /* Shown again, as stored. */
  qz_results_page_set_assessment (page, sample.enterprises, sample.store, sample.assessment);
  {
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, second);
  }

  gtk_window_destroy (window);
  qz_test_sample_tear_down (&sample, NULL);
}

static gboolean
label_mentions_weights (GtkWidget *widget,
                        gpointer   data)
{
  return strstr (gtk_label_get_label (GTK_LABEL (widget)), data) != NULL;
}

/* With a framework of two weight sets, the results say which set the
 * valve maker's result used, and that it is unverified. */
static void
test_weight_set (void)
{
  QzTestSample sample;
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  QzResultsPage *page = g_object_new (QZ_TYPE_RESULTS_PAGE, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) frameworks = NULL;
  g_autoptr(QzAssessment) created = NULL;
  g_autoptr(QzAssessment) loaded = NULL;
  QzFramework *cmmm = NULL;
  QzEnterprise *enterprise;
  GtkWidget *label;

  qz_test_sample_set_up (&sample, NULL);
  frameworks = qz_framework_load_builtin (&error);
  g_assert_no_error (error);
  for (guint i = 0; i < frameworks->len; i++)
    if (g_strcmp0 (qz_framework_get_id (g_ptr_array_index (frameworks, i)), "gbt39116-cmmm") == 0)
      cmmm = g_ptr_array_index (frameworks, i);
  enterprise = qz_enterprise_store_find (sample.enterprises, qz_assessment_get_enterprise_uuid (sample.assessment), NULL);
  created = qz_assessment_store_create (sample.store, enterprise, cmmm, "2026-12-01", &error);
  g_assert_no_error (error);
  loaded = qz_assessment_store_load (sample.store, qz_assessment_get_uuid (created), &error);
  g_assert_no_error (error);

  gtk_window_set_child (window, GTK_WIDGET (page));
  gtk_window_present (window);
  qz_results_page_set_assessment (page, sample.enterprises, sample.store, loaded);
  label = qz_test_find (GTK_WIDGET (page), GTK_TYPE_LABEL, label_mentions_weights,
                        (gpointer) "Weights: Discrete manufacturing weights, as the industry C3443");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_true (label_mentions_weights (label, (gpointer) "placeholders"));

  /* The MIIT framework has one set: nothing is said. */
  qz_results_page_set_assessment (page, sample.enterprises, sample.store, sample.assessment);
  g_assert_null (qz_test_find (GTK_WIDGET (page), GTK_TYPE_LABEL, label_mentions_weights, (gpointer) "Weights:"));

  gtk_window_destroy (window);
  qz_test_sample_tear_down (&sample, NULL);
}

static GtkEditable *
entry_row (GtkWidget  *page,
           const char *title)
{
  GtkWidget *row = qz_test_find_by_label (page, ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  return GTK_EDITABLE (row);
}

/* The sign-off group: open on a complete assessment, kept in one go from
 * its rows, refused with a message when a name is missing, and cleared
 * and closed when the assessment is reopened. */
static void
test_sign_off (void)
{
  QzTestSample sample;
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  QzResultsPage *page = g_object_new (QZ_TYPE_RESULTS_PAGE, NULL);
  GtkEditable *experts;
  GtkEditable *representative;
  GtkEditable *date;
  g_autoptr(QzAssessment) stored = NULL;

  qz_test_sample_set_up (&sample, NULL);
  gtk_window_set_child (window, GTK_WIDGET (page));
  gtk_window_present (window);
  qz_results_page_set_assessment (page, sample.enterprises, sample.store, sample.assessment);

  experts = entry_row (GTK_WIDGET (page), "Experts");
  representative = entry_row (GTK_WIDGET (page), "Enterprise Representative");
  date = entry_row (GTK_WIDGET (page), "Date (YYYY-MM-DD)");
  g_assert_nonnull (qz_test_find_by_label (GTK_WIDGET (page), GTK_TYPE_BUTTON, "_Sign Off"));

  /* The sample is complete: open, starting from its assessors. */
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (experts)));
  g_assert_cmpstr (gtk_editable_get_text (experts), ==, qz_assessment_get_assessors (sample.assessment));

  /* No representative: refused, said so, nothing kept. */
  gtk_widget_activate_action (GTK_WIDGET (experts), "sign-off.confirm", NULL);
  g_assert_null (qz_assessment_get_sign_off (sample.assessment));
  g_assert_nonnull (qz_test_find (GTK_WIDGET (page), GTK_TYPE_LABEL, (QzTestWidgetMatch) qz_test_has_label,
                                  (gpointer) "Name the enterprise’s representative who confirms the assessment."));

  gtk_editable_set_text (representative, "王建国");
  gtk_editable_set_text (date, "2026-11-20");
  gtk_widget_activate_action (GTK_WIDGET (experts), "sign-off.confirm", NULL);
  stored = qz_assessment_store_load (sample.store, qz_assessment_get_uuid (sample.assessment), NULL);
  g_assert_nonnull (qz_assessment_get_sign_off (stored));
  g_assert_cmpstr (qz_assessment_get_sign_off (stored)->representative, ==, "王建国");
  g_assert_cmpstr (qz_assessment_get_sign_off (stored)->date, ==, "2026-11-20");

  /* Reopened elsewhere: cleared, and closed until completed again. */
  g_assert_true (qz_assessment_store_reopen (sample.store, sample.assessment, "", NULL));
  g_assert_cmpstr (gtk_editable_get_text (representative), ==, "");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (experts)));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (experts), "sign-off.confirm", NULL) &&
                  qz_assessment_get_sign_off (sample.assessment) != NULL);

  gtk_window_destroy (window);
  qz_test_sample_tear_down (&sample, NULL);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/qz/results-page/opinion", test_opinion);
  g_test_add_func ("/qz/results-page/weight-set", test_weight_set);
  g_test_add_func ("/qz/results-page/sign-off", test_sign_off);

  return g_test_run ();
}
