/* test-history.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "qz-assessment-record.h"
#include "qz-history.h"
#include "qz-plan-store.h"
#include "qz-test-utils.h"
#include "qz-version.h"

static void
test_version_order (void)
{
  g_autofree char *a = qz_version_bump ("", "aaa");
  g_autofree char *ab = qz_version_bump (a, "bbb");
  g_autofree char *b = qz_version_bump ("", "bbb");
  g_autofree char *merged = qz_version_merge (a, b);

  g_assert_cmpstr (a, ==, "aaa:1");
  g_assert_cmpstr (ab, ==, "aaa:1,bbb:1");
  g_assert_cmpstr (merged, ==, "aaa:1,bbb:1");
  g_assert_cmpint (qz_version_compare (a, ab), ==, QZ_VERSION_BEFORE);
  g_assert_cmpint (qz_version_compare (ab, a), ==, QZ_VERSION_AFTER);
  g_assert_cmpint (qz_version_compare (a, b), ==, QZ_VERSION_CONCURRENT);
  g_assert_cmpint (qz_version_compare (merged, ab), ==, QZ_VERSION_EQUAL);
  g_assert_cmpint (qz_version_compare ("", a), ==, QZ_VERSION_BEFORE);

  g_assert_true (qz_version_is_valid (""));
  g_assert_true (qz_version_is_valid (ab));
  g_assert_false (qz_version_is_valid ("aaa"));
  g_assert_false (qz_version_is_valid ("aaa:0"));
  g_assert_false (qz_version_is_valid ("a'b:1"));
  g_assert_false (qz_version_is_valid ("aaa:1,aaa:2"));
  g_assert_false (qz_version_is_valid ("aaa:99999999999"));
}

static const QzIndicator *
indicator_at (QzTestSample *sample,
              guint         index)
{
  GPtrArray *indicators = qz_framework_get_indicators (qz_assessment_get_framework (sample->assessment));

  return g_ptr_array_index (indicators, index);
}

static void
save_note (QzTestSample *sample,
           guint         index,
           const char   *note)
{
  g_autoptr(GError) error = NULL;
  const QzIndicator *indicator = indicator_at (sample, index);
  const QzAnswer *stored = qz_assessment_get_answer (sample->assessment, indicator->id);
  g_autoptr(QzAnswer) answer = stored ? qz_answer_copy (stored) : qz_answer_new ();

  g_free (answer->note);
  answer->note = g_strdup (note);
  qz_assessment_store_save_answer (sample->store, sample->assessment, indicator->id, answer, &error);
  g_assert_no_error (error);
}

static void
test_answer_history (QzTestSample  *sample,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  const char *id = indicator_at (sample, 0)->id;
  const char *uuid = qz_assessment_get_uuid (sample->assessment);
  QzChange *change;

  if (qz_assessment_get_status (sample->assessment) == QZ_ASSESSMENT_COMPLETE)
    g_assert_true (qz_assessment_store_reopen (sample->store, sample->assessment, "王工", &error));
  qz_database_set_author (sample->database, "王工");
  save_note (sample, 0, "第一次");
  save_note (sample, 0, "第二次");
  /* The same answer again is no change. */
  save_note (sample, 0, "第二次");

  changes = qz_history_list_answer (sample->database, uuid, id, &error);
  g_assert_no_error (error);
  /* The sample wrote it once, then the two edits; the repeat is none. */
  g_assert_cmpuint (changes->len, ==, 3);
  change = g_ptr_array_index (changes, 0);
  g_assert_nonnull (strstr (change->old_text, "第一次"));
  g_assert_nonnull (strstr (change->new_text, "第二次"));
  g_assert_cmpstr (change->author, ==, "王工");
  g_assert_cmpstr (change->origin, ==, qz_database_get_origin (sample->database));
  /* This database's own edits name no other laptop. */
  g_assert_null (change->origin_author);
  g_assert_cmpint (change->at, >, 0);
}

static void
test_plan_history (QzTestSample  *sample,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzPlanStore) plans = qz_plan_store_new (sample->database);
  g_autoptr(QzPlanItem) item = qz_plan_item_new (NULL, NULL, NULL);
  g_autoptr(QzEnterprise) enterprise = NULL;
  guint position;
  const char *uuid = qz_assessment_get_uuid (sample->assessment);

  qz_database_set_author (sample->database, "李工");
  g_object_set (item, "title", "培训设备管理员", NULL);
  g_assert_true (qz_plan_store_save (plans, uuid, item, 0, &error));
  g_object_set (item, "owner", "生产部", NULL);
  g_assert_true (qz_plan_store_save (plans, uuid, item, 0, &error));
  g_assert_true (qz_plan_store_remove (plans, qz_plan_item_get_uuid (item), TRUE, &error));
  g_assert_no_error (error);

  enterprise = g_object_ref (qz_enterprise_store_find (sample->enterprises,
                                                       qz_assessment_get_enterprise_uuid (sample->assessment),
                                                       &position));
  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_ADDRESS, "温州市瑞安市");
  g_assert_true (qz_enterprise_store_save (sample->enterprises, enterprise, &error));
  g_assert_no_error (error);

  g_assert_cmpint (qz_test_sqlite_count (sample->data.path,
                                         "SELECT count(*) FROM change WHERE record GLOB 'plan_item/*'"
                                         " AND author = '李工'"), ==, 3);
  g_assert_cmpint (qz_test_sqlite_count (sample->data.path,
                                         "SELECT count(*) FROM version WHERE record GLOB 'plan_item/*'"
                                         " AND vv GLOB '*:3'"), ==, 1);
  g_assert_cmpint (qz_test_sqlite_count (sample->data.path,
                                         "SELECT count(*) FROM change WHERE record GLOB 'enterprise/*'"
                                         " AND new GLOB '*温州市瑞安市*'"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history/version-order", test_version_order);
  g_test_add ("/history/answer", QzTestSample, NULL, qz_test_sample_set_up, test_answer_history,
              qz_test_sample_tear_down);
  g_test_add ("/history/plan-and-enterprise", QzTestSample, NULL, qz_test_sample_set_up,
              test_plan_history, qz_test_sample_tear_down);

  return g_test_run ();
}
