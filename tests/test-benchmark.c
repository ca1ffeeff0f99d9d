/* test-benchmark.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-answer-file.h"
#include "qz-benchmark-query.h"
#include "qz-framework-loader.h"
#include "qz-test-utils.h"

typedef struct
{
  QzTestData         data;
  QzDatabase        *database;
  QzEnterpriseStore *enterprises;
  QzAssessmentStore *store;
  QzFramework       *framework;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "frameworks", "valid-example.json", NULL);
  g_autoptr(GError) error = NULL;

  qz_test_data_set_up (&fixture->data, NULL);
  fixture->database = qz_database_open (fixture->data.path, &error);
  fixture->enterprises = qz_enterprise_store_new (fixture->database, &error);
  fixture->store = qz_assessment_store_new (fixture->database);
  fixture->framework = qz_framework_load_file (path, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->framework);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->enterprises);
  g_clear_object (&fixture->database);
  qz_test_data_tear_down (&fixture->data, NULL);
}

static QzEnterprise *
enterprise (Fixture    *fixture,
            const char *name,
            const char *industry)
{
  g_autoptr(GError) error = NULL;
  QzEnterprise *created = qz_enterprise_store_create (fixture->enterprises, name, &error);

  g_assert_no_error (error);
  qz_enterprise_set_text (created, QZ_ENTERPRISE_INDUSTRY_CODE, industry);
  qz_enterprise_set_text (created, QZ_ENTERPRISE_COUNTY, "永嘉县");
  g_assert_true (qz_enterprise_store_save (fixture->enterprises, created, &error));
  return created;
}

/* An assessment of @who, visited on @date, with @answers (an answer
 * file's "answers" object), complete or not. */
static QzAssessment *
assess (Fixture      *fixture,
        QzEnterprise *who,
        const char   *date,
        gboolean      complete,
        const char   *answers)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = g_strdup_printf ("{ \"framework\": \"example-workshop\", \"answers\": %s }", answers);
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GHashTable) parsed = qz_answer_file_load (fixture->framework, bytes, "test", &error);
  QzAssessment *assessment = qz_assessment_store_create (fixture->store, who, fixture->framework, date, &error);
  GHashTableIter iter;
  gpointer id, answer;

  g_assert_no_error (error);
  g_hash_table_iter_init (&iter, parsed);
  while (g_hash_table_iter_next (&iter, &id, &answer))
    g_assert_true (qz_assessment_store_save_answer (fixture->store, assessment, id, answer, &error));
  qz_assessment_set_status (assessment, complete ? QZ_ASSESSMENT_COMPLETE : QZ_ASSESSMENT_DRAFT);
  g_assert_true (qz_assessment_store_save (fixture->store, assessment, &error));
  g_assert_no_error (error);
  return assessment;
}

static void
assert_mean (QzBenchmark *benchmark,
             const char  *id,
             double       expected)
{
  double mean = -1;

  g_assert_true (qz_benchmark_get (benchmark, id, &mean));
  g_assert_cmpfloat_with_epsilon (mean, expected, 1e-9);
}

/* The case base (framework valid-example.json: base = networking 10 +
 * security 6, plan = roadmap 9):
 *   A C3443  the enterprise compared; its own figures never count
 *   B C3443  complete: 60 % → 10, rules → 3, running → 9: base 13, plan 9
 *   C C3441  complete: 20 % → 0, none → 0, draft → 4.5: base 0, plan 4.5
 *   D C344   complete: 30 % → 5, security N/A → base 5 × 16 / 10 = 8,
 *            roadmap no → plan 0; an older, better visit does not count
 *   E C3823  complete, another division
 *   F C3443  a draft only
 * Division C34: B, C and D, three enterprises:
 *   base (13 + 0 + 8) / 3 = 7, plan (9 + 4.5 + 0) / 3 = 4.5,
 *   networking (10 + 0 + 5) / 3 = 5; security is applicable to two of
 *   them only, so it has no mean.
 * Class C3443: B alone (F is a draft): one enterprise, nothing shown.
 * Region (all in 永嘉县): B, C, D and E, whose 100 % → 10 and rules +
 *   firewall → 6 give base 16 and running plan 9: base (13 + 0 + 8 + 16)
 *   / 4 = 9.25, plan (9 + 4.5 + 0 + 9) / 4 = 5.625. */
static void
test_industry_average (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzAssessment) a = NULL, b = NULL, c = NULL, d_old = NULL, d = NULL, e = NULL, f = NULL;
  g_autoptr(QzBenchmark) division = NULL;
  g_autoptr(QzBenchmark) class = NULL;
  g_autoptr(QzBenchmark) region = NULL;
  double mean;

  a = assess (fixture, enterprise (fixture, "A", "C3443"), "2026-11-01", TRUE,
              "{ \"networking\": 40, \"security\": [\"rules\"], \"roadmap\": \"no\" }");
  b = assess (fixture, enterprise (fixture, "B", "C3443"), "2026-10-01", TRUE,
              "{ \"networking\": 60, \"security\": [\"rules\"], \"roadmap\": \"running\" }");
  c = assess (fixture, enterprise (fixture, "C", "C3441"), "2026-09-01", TRUE,
              "{ \"networking\": 20, \"security\": [\"none\"], \"roadmap\": \"draft\" }");
  {
    QzEnterprise *d_enterprise = enterprise (fixture, "D", "C344");

    d_old = assess (fixture, d_enterprise, "2025-05-01", TRUE,
                    "{ \"networking\": 100, \"security\": [\"rules\", \"firewall\"], \"roadmap\": \"running\" }");
    d = assess (fixture, d_enterprise, "2026-08-01", TRUE,
                "{ \"networking\": { \"numerator\": 30, \"denominator\": 100 }, \"security\": { \"na\": true }, \"roadmap\": \"no\" }");
  }
  e = assess (fixture, enterprise (fixture, "E", "C3823"), "2026-07-01", TRUE,
              "{ \"networking\": 100, \"security\": [\"rules\", \"firewall\"], \"roadmap\": \"running\" }");
  f = assess (fixture, enterprise (fixture, "F", "C3443"), "2026-06-01", FALSE,
              "{ \"networking\": 100 }");

  division = qz_benchmark_compute (fixture->store, fixture->enterprises, a, QZ_BENCHMARK_DIVISION, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (division->n_enterprises, ==, 3);
  assert_mean (division, "base", 7);
  assert_mean (division, "plan", 4.5);
  assert_mean (division, "networking", 5);
  g_assert_false (qz_benchmark_get (division, "security", &mean));

  class = qz_benchmark_compute (fixture->store, fixture->enterprises, a, QZ_BENCHMARK_CLASS, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (class->n_enterprises, ==, 1);
  g_assert_null (class->means);
  g_assert_false (qz_benchmark_get (class, "base", &mean));

  region = qz_benchmark_compute (fixture->store, fixture->enterprises, a, QZ_BENCHMARK_REGION, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (region->n_enterprises, ==, 4);
  assert_mean (region, "base", 9.25);
  assert_mean (region, "plan", 5.625);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/qz/benchmark/industry-average", Fixture, NULL,
              fixture_set_up, test_industry_average, fixture_tear_down);

  return g_test_run ();
}
