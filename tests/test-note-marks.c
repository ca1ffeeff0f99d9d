/* test-note-marks.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include <adwaita.h>

#include "qz-gtk-test-utils.h"
#include "qz-indicator-row.h"
#include "qz-profile-page.h"
#include "qz-assessment-record.h"
#include "qz-test-utils.h"

/* Where the expert says which notes stay out of the enterprise's report:
 * beside each note of the checklist, and over the enterprise's notes. */

static void
answer_edited_cb (QzIndicatorRow *row,
                  const QzAnswer *answer,
                  QzAnswer      **edited)
{
  g_clear_pointer (edited, qz_answer_free);
  *edited = qz_answer_copy (answer);
}

/* A note follows the flag until the expert marks it: a flagged
 * indicator's note is internal; marked for the report, it stays so. */
static void
test_indicator_note (void)
{
  QzTestSample sample;
  g_autoptr(QzAnswer) answer = NULL;
  QzAnswer *edited = NULL;
  QzFramework *framework;
  const QzIndicator *indicator;
  QzIndicatorRow *row;
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *button;

  qz_test_sample_set_up (&sample, NULL);
  /* The sample is complete, a record: its notes change once reopened. */
  g_assert_true (qz_assessment_store_reopen (sample.store, sample.assessment, "", NULL));
  framework = qz_assessment_get_framework (sample.assessment);
  indicator = qz_framework_find_indicator (framework, "funding");
  row = qz_indicator_row_new (framework, indicator, 1);
  gtk_window_set_child (window, GTK_WIDGET (row));
  g_signal_connect (row, "answer-edited", G_CALLBACK (answer_edited_cb), &edited);

  answer = qz_answer_copy (qz_assessment_get_answer (sample.assessment, "funding"));
  answer->flagged = FALSE;
  answer->note_internal = -1;
  qz_indicator_row_set_answer (row, answer);
  button = qz_test_find_by_label (GTK_WIDGET (row), GTK_TYPE_TOGGLE_BUTTON, "Internal note");
  g_assert_nonnull (button);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));

  /* Flagged, the note becomes internal, still by default. */
  answer->flagged = TRUE;
  qz_indicator_row_set_answer (row, answer);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_assert_null (edited);

  /* Marked for the report by the expert: said so, and kept with the flag. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), FALSE);
  g_assert_nonnull (edited);
  g_assert_cmpint (edited->note_internal, ==, 0);
  g_assert_true (edited->flagged);
  g_assert_cmpstr (edited->note, ==, answer->note);
  g_assert_true (qz_assessment_store_save_answer (sample.store, sample.assessment, "funding", edited, NULL));
  g_assert_false (qz_answer_note_is_internal (qz_assessment_get_answer (sample.assessment, "funding")));

  /* Taking back the answer keeps the mark with the note. */
  qz_indicator_row_clear (row);
  g_assert_cmpint (edited->note_internal, ==, 0);

  g_clear_pointer (&edited, qz_answer_free);
  gtk_window_destroy (window);
  qz_test_sample_tear_down (&sample, NULL);
}

/* The enterprise's notes are internal until the expert unticks it, and
 * what is ticked is kept. */
static void
test_enterprise_notes (void)
{
  QzTestSample sample;
  g_autoptr(GError) error = NULL;
  g_autoptr(QzEnterpriseStore) again = NULL;
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  QzProfilePage *page = g_object_new (QZ_TYPE_PROFILE_PAGE, NULL);
  g_autoptr(QzEnterprise) enterprise = NULL;
  GtkWidget *check;

  qz_test_sample_set_up (&sample, NULL);
  enterprise = g_list_model_get_item (G_LIST_MODEL (sample.enterprises), 0);
  gtk_window_set_child (window, GTK_WIDGET (page));
  qz_profile_page_set_store (page, sample.enterprises);
  qz_profile_page_set_assessment_store (page, sample.store);
  qz_profile_page_set_enterprise (page, enterprise);

  check = qz_test_find_by_label (GTK_WIDGET (page), GTK_TYPE_CHECK_BUTTON, "_Internal");
  g_assert_nonnull (check);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
  g_assert_false (qz_enterprise_get_notes_internal (enterprise));
  g_assert_true (qz_profile_page_flush (page));

  again = qz_enterprise_store_new (sample.database, &error);
  g_assert_no_error (error);
  {
    g_autoptr(QzEnterprise) stored = g_list_model_get_item (G_LIST_MODEL (again), 0);

    g_assert_false (qz_enterprise_get_notes_internal (stored));
  }

  gtk_window_destroy (window);
  qz_test_sample_tear_down (&sample, NULL);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/qz/note-marks/indicator-note", test_indicator_note);
  g_test_add_func ("/qz/note-marks/enterprise-notes", test_enterprise_notes);

  return g_test_run ();
}
