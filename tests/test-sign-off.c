/* test-sign-off.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include <string.h>

#include "qz-assessment-record.h"
#include "qz-plan-store.h"
#include "qz-report-source.h"
#include "qz-report.h"
#include "qz-test-utils.h"

/* Who confirmed an assessment: what a sign-off needs, how the store keeps
 * it (a complete assessment only, cleared on reopening) and the block the
 * report ends with, filled in or blank. */

static void
test_check (void)
{
  const struct { const char *experts, *representative, *date; int code; } cases[] = {
    { "", "王总", "2026-11-20", QZ_SIGN_OFF_ERROR_NO_EXPERTS },
    { " 、, ", "王总", "2026-11-20", QZ_SIGN_OFF_ERROR_NO_EXPERTS },
    { "张工", "  ", "2026-11-20", QZ_SIGN_OFF_ERROR_NO_REPRESENTATIVE },
    { "张工", "王总", "2026-11-31", QZ_SIGN_OFF_ERROR_DATE },
    { "张工", "王总", "20 Nov", QZ_SIGN_OFF_ERROR_DATE },
    { "张工", "王总", "2026-11-17", QZ_SIGN_OFF_ERROR_BEFORE_VISIT },
  };
  g_autoptr(QzSignOff) good = qz_sign_off_new (" 张工、李工，\nWang Li ; ", " 王总 ", "2026-11-18");
  g_auto(GStrv) experts = qz_sign_off_dup_experts (good);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(QzSignOff) sign_off = qz_sign_off_new (cases[i].experts, cases[i].representative, cases[i].date);
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u", i);
      g_assert_false (qz_sign_off_check (sign_off, "2026-11-18", &error));
      g_assert_error (error, QZ_SIGN_OFF_ERROR, cases[i].code);
    }

  /* The visit's day itself is fine; names are split and trimmed. */
  g_assert_true (qz_sign_off_check (good, "2026-11-18", NULL));
  g_assert_cmpstr (good->representative, ==, "王总");
  g_assert_cmpuint (g_strv_length (experts), ==, 3);
  g_assert_cmpstr (experts[0], ==, "张工");
  g_assert_cmpstr (experts[1], ==, "李工");
  g_assert_cmpstr (experts[2], ==, "Wang Li");
}

static void
assert_stored (QzTestSample *sample,
               const char   *experts,
               const char   *representative,
               const char   *date)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzAssessment) reloaded = qz_assessment_store_load (sample->store,
                                                               qz_assessment_get_uuid (sample->assessment),
                                                               &error);
  const QzSignOff *stored;

  g_assert_no_error (error);
  stored = qz_assessment_get_sign_off (reloaded);
  if (experts == NULL)
    {
      g_assert_null (stored);
      return;
    }
  g_assert_nonnull (stored);
  g_assert_cmpstr (stored->experts, ==, experts);
  g_assert_cmpstr (stored->representative, ==, representative);
  g_assert_cmpstr (stored->date, ==, date);
}

/* Kept, read back, corrected and withdrawn on a complete assessment;
 * refused on a draft; cleared when reopened. */
static void
test_store (QzTestSample  *sample,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzSignOff) sign_off = qz_sign_off_new ("张工、李工", "王建国", "2026-11-20");
  g_autoptr(QzSignOff) corrected = qz_sign_off_new ("张工、李工", "王建国（总经理）", "2026-11-21");
  g_autoptr(QzSignOff) bad = qz_sign_off_new ("张工", "", "2026-11-21");

  g_assert_cmpint (qz_assessment_get_status (sample->assessment), ==, QZ_ASSESSMENT_COMPLETE);
  g_assert_null (qz_assessment_get_sign_off (sample->assessment));
  assert_stored (sample, NULL, NULL, NULL);

  g_assert_true (qz_assessment_store_sign_off (sample->store, sample->assessment, sign_off, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (qz_assessment_get_sign_off (sample->assessment)->representative, ==, "王建国");
  assert_stored (sample, "张工、李工", "王建国", "2026-11-20");

  g_assert_true (qz_assessment_store_sign_off (sample->store, sample->assessment, corrected, &error));
  assert_stored (sample, "张工、李工", "王建国（总经理）", "2026-11-21");

  /* An incomplete sign-off is refused and changes nothing. */
  g_assert_false (qz_assessment_store_sign_off (sample->store, sample->assessment, bad, &error));
  g_assert_error (error, QZ_SIGN_OFF_ERROR, QZ_SIGN_OFF_ERROR_NO_REPRESENTATIVE);
  g_clear_error (&error);
  assert_stored (sample, "张工、李工", "王建国（总经理）", "2026-11-21");
  g_assert_cmpstr (qz_assessment_get_sign_off (sample->assessment)->date, ==, "2026-11-21");

  /* Withdrawn. */
  g_assert_true (qz_assessment_store_sign_off (sample->store, sample->assessment, NULL, &error));
  assert_stored (sample, NULL, NULL, NULL);
  g_assert_null (qz_assessment_get_sign_off (sample->assessment));

  /* Reopening clears a sign-off; a draft cannot be signed off. */
  g_assert_true (qz_assessment_store_sign_off (sample->store, sample->assessment, sign_off, &error));
  g_assert_true (qz_assessment_store_reopen (sample->store, sample->assessment, "张工", &error));
  g_assert_no_error (error);
  g_assert_null (qz_assessment_get_sign_off (sample->assessment));
  assert_stored (sample, NULL, NULL, NULL);

  g_assert_false (qz_assessment_store_sign_off (sample->store, sample->assessment, sign_off, &error));
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_READ_ONLY);
  g_clear_error (&error);
  assert_stored (sample, NULL, NULL, NULL);

  /* Completed again, it can be signed off again. */
  g_assert_true (qz_assessment_store_complete (sample->store, sample->assessment, "张工", &error));
  g_assert_true (qz_assessment_store_sign_off (sample->store, sample->assessment, sign_off, &error));
  g_assert_no_error (error);
  assert_stored (sample, "张工、李工", "王建国", "2026-11-20");
}

static QzDoc *
build_report (QzTestSample *sample)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzPlanStore) plans = qz_plan_store_new (sample->database);
  g_autoptr(QzReportInput) input = qz_report_input_gather (sample->enterprises, sample->store, plans,
                                                           sample->assessment, &error);
  QzReportOptions options = { QZ_REPORT_OVERVIEW, "温州市数字化转型服务中心", "张工", NULL, NULL, FALSE };

  g_assert_no_error (error);
  return qz_report_build (input, &options);
}

/* The rows of the table after the last heading, which must be the
 * sign-off's: the report ends with it. */
static GPtrArray *
sign_off_rows (QzDoc *doc)
{
  QzDocBlock *heading = NULL;
  QzDocBlock *table = NULL;

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      QzDocBlock *block = g_ptr_array_index (doc->blocks, i);

      if (block->kind == QZ_DOC_HEADING)
        {
          heading = block;
          table = NULL;
        }
      else if (block->kind == QZ_DOC_TABLE)
        table = block;
    }

  g_assert_nonnull (heading);
  g_assert_cmpstr (heading->text, ==, "Sign-off");
  g_assert_nonnull (table);
  g_assert_cmpstr (g_ptr_array_index (table->header, 0), ==, "Role");
  g_assert_cmpstr (g_ptr_array_index (table->header, 2), ==, "Signature");
  return table->rows;
}

static const char *
cell (GPtrArray *rows,
      guint      row,
      guint      column)
{
  return g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, row), column);
}

static void
test_report_blank (QzTestSample  *sample,
                   gconstpointer  data)
{
  g_autoptr(QzDoc) doc = build_report (sample);
  GPtrArray *rows = sign_off_rows (doc);

  /* Two experts and the representative, names, signatures and dates to
   * be written by hand. */
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (cell (rows, 0, 0), ==, "Expert");
  g_assert_cmpstr (cell (rows, 2, 0), ==, "Enterprise representative");
  for (guint r = 0; r < rows->len; r++)
    for (guint c = 1; c < 4; c++)
      g_assert_nonnull (strstr (cell (rows, r, c), "____"));
}

static void
test_report_signed (QzTestSample  *sample,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzSignOff) sign_off = qz_sign_off_new ("张工、李工、Ann & Bo", "王建国", "2026-11-20");
  g_autoptr(QzDoc) doc = NULL;
  GPtrArray *rows;

  g_assert_true (qz_assessment_store_sign_off (sample->store, sample->assessment, sign_off, &error));
  g_assert_no_error (error);
  doc = build_report (sample);
  rows = sign_off_rows (doc);

  /* A row per expert, then the representative; names and dates filled
   * in (as markup), signature lines left for the pen. */
  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_cmpstr (cell (rows, 0, 1), ==, "张工");
  g_assert_cmpstr (cell (rows, 1, 1), ==, "李工");
  g_assert_cmpstr (cell (rows, 2, 1), ==, "Ann &amp; Bo");
  g_assert_cmpstr (cell (rows, 3, 0), ==, "Enterprise representative");
  g_assert_cmpstr (cell (rows, 3, 1), ==, "王建国");
  for (guint r = 0; r < rows->len; r++)
    {
      g_assert_nonnull (strstr (cell (rows, r, 2), "____"));
      g_assert_cmpstr (cell (rows, r, 3), ==, "2026-11-20");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qz/sign-off/check", test_check);
  g_test_add ("/qz/sign-off/store", QzTestSample, NULL, qz_test_sample_set_up, test_store,
              qz_test_sample_tear_down);
  g_test_add ("/qz/sign-off/report-blank", QzTestSample, NULL, qz_test_sample_set_up, test_report_blank,
              qz_test_sample_tear_down);
  g_test_add ("/qz/sign-off/report-signed", QzTestSample, NULL, qz_test_sample_set_up, test_report_signed,
              qz_test_sample_tear_down);

  return g_test_run ();
}
