/* test-latest-level.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include "qz-assessment-record.h"
#include "qz-database-private.h"
#include "qz-framework-loader.h"
#include "qz-test-utils.h"

static gint64
read_int (QzDatabase *database,
          const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = qz_database_prepare (database, sql, &error);
  gboolean has_row = FALSE;

  g_assert_no_error (error);
  g_assert_true (qz_database_step (database, stmt, &has_row, &error));
  g_assert_true (has_row);
  return sqlite3_column_int64 (stmt, 0);
}

static QzEnterprise *
sample_enterprise (QzTestSample      *sample,
                   QzEnterpriseStore *enterprises)
{
  QzEnterprise *enterprise = qz_enterprise_store_find (enterprises,
                                                       qz_assessment_get_enterprise_uuid (sample->assessment),
                                                       NULL);

  g_assert_nonnull (enterprise);
  return enterprise;
}

/* The list shows the latest assessment's level and status; the level is
 * kept with the assessment, forgotten when an answer changes, and scored
 * again only when asked. */
static void
test_latest (QzTestSample  *sample,
             gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzResult) result = qz_assessment_score (sample->assessment);
  g_autoptr(QzEnterpriseStore) reopened = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *expected = NULL;
  const QzIndicator *indicator;
  const QzAnswer *answer;
  g_autoptr(QzAnswer) changed = NULL;
  QzEnterprise *enterprise = sample_enterprise (sample, sample->enterprises);
  const char *level_name;

  g_assert_nonnull (result->level);
  level_name = qz_text_get (&result->level->name);
  g_assert_cmpint (qz_assessment_get_status (sample->assessment), ==, QZ_ASSESSMENT_COMPLETE);

  /* Nothing scored it yet. */
  g_assert_cmpint (read_int (sample->database, "SELECT count(*) FROM assessment WHERE scored = 1"), ==, 0);

  g_assert_true (qz_enterprise_store_update_latest (sample->enterprises, sample->store, enterprise, &error));
  g_assert_no_error (error);
  g_assert_cmpint (qz_enterprise_get_latest_status (enterprise), ==, QZ_LATEST_COMPLETE);
  g_assert_cmpstr (qz_enterprise_get_latest_level (enterprise), ==, level_name);
  g_assert_cmpint (qz_enterprise_get_latest_rank (enterprise), ==, result->level->rank);
  summary = qz_enterprise_dup_latest_summary (enterprise);
  expected = g_strdup_printf ("%s · Complete", level_name);
  g_assert_cmpstr (summary, ==, expected);
  g_assert_cmpint (read_int (sample->database, "SELECT count(*) FROM assessment WHERE scored = 1"), ==, 1);

  /* Read back at start-up without scoring. */
  reopened = qz_enterprise_store_new (sample->database, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qz_enterprise_get_latest_level (sample_enterprise (sample, reopened)), ==, level_name);
  g_clear_object (&reopened);

  /* Reopened and an answer changed: the level is unknown until scored
   * again. */
  g_assert_true (qz_assessment_store_reopen (sample->store, sample->assessment, "", &error));
  g_assert_no_error (error);
  indicator = g_ptr_array_index (qz_framework_get_indicators (qz_assessment_get_framework (sample->assessment)), 0);
  answer = g_hash_table_lookup (qz_assessment_get_answers (sample->assessment), indicator->id);
  changed = answer ? qz_answer_copy (answer) : qz_answer_new ();
  changed->flagged = !changed->flagged;
  g_assert_true (qz_assessment_store_save_answer (sample->store, sample->assessment, indicator->id, changed, &error));
  g_assert_no_error (error);
  g_assert_cmpint (read_int (sample->database, "SELECT count(*) FROM assessment WHERE scored = 1"), ==, 0);

  reopened = qz_enterprise_store_new (sample->database, &error);
  g_assert_no_error (error);
  enterprise = sample_enterprise (sample, reopened);
  g_assert_cmpint (qz_enterprise_get_latest_status (enterprise), ==, QZ_LATEST_DRAFT);
  g_assert_null (qz_enterprise_get_latest_level (enterprise));
  g_clear_pointer (&summary, g_free);
  summary = qz_enterprise_dup_latest_summary (enterprise);
  g_assert_cmpstr (summary, ==, "Draft");

  g_assert_cmpint (qz_enterprise_store_score_pending (reopened, sample->store, 10, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpstr (qz_enterprise_get_latest_level (enterprise), ==, level_name);
  g_assert_cmpint (qz_enterprise_store_score_pending (reopened, sample->store, 10, &error), ==, 0);
}

/* A draft says so; an enterprise never assessed says nothing; a deleted
 * assessment is not the latest. */
static void
test_draft_and_none (QzTestSample  *sample,
                     gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  QzEnterprise *enterprise = sample_enterprise (sample, sample->enterprises);
  QzEnterprise *other;

  g_assert_true (qz_assessment_store_reopen (sample->store, sample->assessment, "", &error));
  g_assert_no_error (error);
  g_assert_true (qz_enterprise_store_update_latest (sample->enterprises, sample->store, enterprise, &error));
  g_assert_cmpint (qz_enterprise_get_latest_status (enterprise), ==, QZ_LATEST_DRAFT);
  summary = qz_enterprise_dup_latest_summary (enterprise);
  g_assert_cmpstr (summary, ==, "Draft");

  other = qz_enterprise_store_create (sample->enterprises, "乐清电气", &error);
  g_assert_no_error (error);
  g_assert_true (qz_enterprise_store_update_latest (sample->enterprises, sample->store, other, &error));
  g_assert_cmpint (qz_enterprise_get_latest_status (other), ==, QZ_LATEST_NONE);
  g_clear_pointer (&summary, g_free);
  summary = qz_enterprise_dup_latest_summary (other);
  g_assert_cmpstr (summary, ==, "");

  qz_test_sqlite_exec (sample->data.path, "UPDATE assessment SET deleted = 1");
  g_assert_true (qz_enterprise_store_update_latest (sample->enterprises, sample->store, enterprise, &error));
  g_assert_no_error (error);
  g_assert_cmpint (qz_enterprise_get_latest_status (enterprise), ==, QZ_LATEST_NONE);
  g_assert_null (qz_enterprise_get_latest_level (enterprise));
}

/* A framework with weight sets scores an assessment with the set of its
 * enterprise's industry, as the store reads it; changing the industry
 * forgets the levels kept for the list, and saving it unchanged does not. */
static void
test_industry (QzTestSample  *sample,
               gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) frameworks = qz_framework_load_builtin (&error);
  g_autoptr(QzAssessment) created = NULL;
  g_autoptr(QzAssessment) loaded = NULL;
  g_autoptr(QzResult) result = NULL;
  QzEnterprise *enterprise = sample_enterprise (sample, sample->enterprises);
  QzFramework *cmmm = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < frameworks->len; i++)
    if (g_strcmp0 (qz_framework_get_id (g_ptr_array_index (frameworks, i)), "gbt39116-cmmm") == 0)
      cmmm = g_ptr_array_index (frameworks, i);
  g_assert_nonnull (cmmm);

  /* The sample makes valves (C3443): discrete manufacturing. */
  created = qz_assessment_store_create (sample->store, enterprise, cmmm, "2026-12-01", &error);
  g_assert_no_error (error);
  loaded = qz_assessment_store_load (sample->store, qz_assessment_get_uuid (created), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qz_assessment_get_industry_code (loaded), ==, "C3443");
  g_assert_cmpstr (qz_assessment_get_weight_set (loaded)->id, ==, "discrete");
  result = qz_assessment_score (loaded);
  g_assert_cmpstr (result->weight_set->id, ==, "discrete");

  /* The MIIT framework has no weight sets. */
  g_assert_null (qz_assessment_get_weight_set (sample->assessment));

  /* Now it is a chemicals maker: its assessments are read with the
   * process set, and no kept level stands. */
  qz_test_sqlite_exec (sample->data.path, "UPDATE assessment SET scored = 1");
  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_INDUSTRY_CODE, "C2614");
  g_assert_true (qz_enterprise_store_save (sample->enterprises, enterprise, &error));
  g_assert_no_error (error);
  g_assert_cmpint (read_int (sample->database, "SELECT count(*) FROM assessment WHERE scored = 1"), ==, 0);
  g_clear_object (&loaded);
  loaded = qz_assessment_store_load (sample->store, qz_assessment_get_uuid (created), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qz_assessment_get_weight_set (loaded)->id, ==, "process");
  g_clear_pointer (&result, qz_result_free);
  result = qz_assessment_score (loaded);
  g_assert_cmpstr (result->weight_set->id, ==, "process");

  /* Another field changed, the industry kept: the levels stand. */
  qz_test_sqlite_exec (sample->data.path, "UPDATE assessment SET scored = 1");
  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_ADDRESS, "温州市永嘉县瓯北街道");
  g_assert_true (qz_enterprise_store_save (sample->enterprises, enterprise, &error));
  g_assert_no_error (error);
  g_assert_cmpint (read_int (sample->database, "SELECT count(*) FROM assessment WHERE scored = 1"), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, QzTestSample, NULL, qz_test_sample_set_up, func, qz_test_sample_tear_down)
  ADD ("/qz/latest-level/latest", test_latest);
  ADD ("/qz/latest-level/draft-and-none", test_draft_and_none);
  ADD ("/qz/latest-level/industry", test_industry);
#undef ADD

  return g_test_run ();
}
