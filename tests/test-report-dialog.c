/* test-report-dialog.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include <adwaita.h>
#include <string.h>

#include "qz-enterprise-store.h"
#include "qz-plan.h"
#include "qz-report-source.h"
#include "qz-report-dialog.h"
#include "qz-test-utils.h"

/* The report dialog on the sample: sections switched off shorten the
 * report, the issuer comes from the settings as they change, and the
 * export writes the report as shown. */
static void
test_dialog (void)
{
  QzTestSample sample;
  g_autoptr(GError) error = NULL;
  g_autoptr(QzPlanStore) plans = NULL;
  g_autoptr(QzReportInput) input = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  QzReportDialog *dialog;
  guint all, fewer;

  qz_test_sample_set_up (&sample, NULL);
  plans = qz_plan_store_new (sample.database);
  input = qz_report_input_gather (sample.enterprises, sample.store, plans, sample.assessment, &error);
  g_assert_no_error (error);
  dialog = qz_report_dialog_new (parent, settings, input);

  all = qz_report_dialog_get_n_pages (dialog);
  g_assert_cmpuint (all, >=, 8);
  qz_report_dialog_set_section (dialog, QZ_REPORT_APPENDIX, FALSE);
  qz_report_dialog_set_section (dialog, QZ_REPORT_PROBLEMS, FALSE);
  fewer = qz_report_dialog_get_n_pages (dialog);
  g_assert_cmpuint (fewer, <, all);

  g_settings_set_string (settings, "report-organisation", "乐清市经信局诊断服务组");
  pdf = g_build_filename (sample.data.dir, "report.pdf", NULL);
  g_assert_true (qz_report_dialog_export (dialog, pdf, &error));
  g_assert_no_error (error);
  {
    const char *argv[] = { "pdftotext", pdf, "-", NULL };
    int status;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL, &status, &error));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  g_assert_nonnull (strstr (text, "乐清市经信局诊断服务组"));
  g_assert_null (strstr (text, "Every Answer"));
  g_assert_nonnull (strstr (text, "The Improvement Plan"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (parent);
  g_clear_pointer (&input, qz_report_input_unref);
  g_clear_object (&plans);
  qz_test_sample_tear_down (&sample, NULL);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/qz/report-dialog/sections-settings-export", test_dialog);

  return g_test_run ();
}
