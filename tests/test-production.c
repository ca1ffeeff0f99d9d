/* test-production.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "qz-framework-loader.h"
#include "qz-production.h"

static void
assert_production (const char   *code,
                   QzProduction  expected,
                   const char   *prefix)
{
  QzProductionRule rule;

  qz_production_for_industry (code, &rule);
  g_test_message ("%s", code ? code : "(null)");
  g_assert_cmpint (rule.production, ==, expected);
  g_assert_cmpstr (rule.prefix, ==, prefix);
  /* No row has been checked against GB/T 39117 yet. */
  g_assert_false (rule.verified);
}

/* Wenzhou's industries make parts and assemble them; chemicals, metals,
 * building materials, paper, medicines, food and textile dyeing are
 * process manufacturing; the longest listed prefix decides. */
static void
test_rule (void)
{
  const char *discrete[] = {
    "C3823", "C3443", "C3441", "C1952", "C18", "C1830", "C3670", "C3752", "C3587", "C3525",
    "C17", "C1711", "C1751", "C2231", "C29", "C33",
  };
  const struct { const char *code; const char *prefix; } process[] = {
    { "C2614", "C26" }, { "C2641", "C26" }, { "C2511", "C25" }, { "C2710", "C27" }, { "C2822", "C28" },
    { "C30", "C30" }, { "C3110", "C31" }, { "C3216", "C32" }, { "C2211", "C221" }, { "C2221", "C222" },
    { "C1713", "C1713" }, { "C1752", "C1752" }, { "C1762", "C1762" }, { "C1310", "C13" }, { "C15", "C15" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (discrete); i++)
    assert_production (discrete[i], QZ_PRODUCTION_DISCRETE, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (process); i++)
    assert_production (process[i].code, QZ_PRODUCTION_PROCESS, process[i].prefix);

  /* No code, or one outside manufacturing: the default. */
  assert_production ("", QZ_PRODUCTION_DISCRETE, NULL);
  assert_production (NULL, QZ_PRODUCTION_DISCRETE, NULL);
  assert_production ("B0610", QZ_PRODUCTION_DISCRETE, NULL);
}

static void
test_ids (void)
{
  QzProduction production = QZ_PRODUCTION_PROCESS;

  g_assert_cmpstr (qz_production_to_id (QZ_PRODUCTION_DISCRETE), ==, "discrete");
  g_assert_cmpstr (qz_production_to_id (QZ_PRODUCTION_PROCESS), ==, "process");
  g_assert_true (qz_production_from_id ("discrete", &production));
  g_assert_cmpint (production, ==, QZ_PRODUCTION_DISCRETE);
  g_assert_true (qz_production_from_id ("process", &production));
  g_assert_cmpint (production, ==, QZ_PRODUCTION_PROCESS);
  g_assert_false (qz_production_from_id ("batch", &production));
  g_assert_false (qz_production_from_id (NULL, &production));
}

/* What the report says of the weights used. */
static void
test_describe (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "frameworks", "valid-weight-sets.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(QzFramework) framework = qz_framework_load_file (path, NULL, &error);
  const QzWeightSet *discrete, *process;
  g_autofree char *valves = NULL;
  g_autofree char *chemicals = NULL;
  g_autofree char *unknown = NULL;
  g_autofree char *mismatch = NULL;

  g_assert_no_error (error);
  discrete = g_ptr_array_index (qz_framework_get_weight_sets (framework), 0);
  process = g_ptr_array_index (qz_framework_get_weight_sets (framework), 1);

  valves = qz_weight_set_describe (discrete, "C3443");
  g_assert_nonnull (strstr (valves, "Discrete"));
  g_assert_nonnull (strstr (valves, "C3443"));
  g_assert_nonnull (strstr (valves, "discrete manufacturing"));
  g_assert_nonnull (strstr (valves, "not yet checked"));
  g_assert_null (strstr (valves, "placeholders"));

  chemicals = qz_weight_set_describe (process, "C2614");
  g_assert_nonnull (strstr (chemicals, "process manufacturing"));
  g_assert_nonnull (strstr (chemicals, "placeholders"));

  unknown = qz_weight_set_describe (discrete, "");
  g_assert_nonnull (strstr (unknown, "no industry code"));
  g_assert_null (strstr (unknown, "not yet checked"));

  mismatch = qz_weight_set_describe (discrete, "C2614");
  g_assert_nonnull (strstr (mismatch, "no set for process manufacturing"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qz/production/rule", test_rule);
  g_test_add_func ("/qz/production/ids", test_ids);
  g_test_add_func ("/qz/production/describe", test_describe);

  return g_test_run ();
}
