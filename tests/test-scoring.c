/* test-scoring.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <json-glib/json-glib.h>
#include <math.h>

#include "qz-answer-file.h"
#include "qz-framework-loader.h"
#include "qz-result-text.h"
#include "qz-scoring.h"

#define TOLERANCE 1e-6

static QzFramework *
load_framework (const char *dir,
                const char *file)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, dir, file, NULL);
  g_autoptr(GError) error = NULL;
  QzFramework *framework = qz_framework_load_file (path, NULL, &error);

  g_assert_no_error (error);
  return framework;
}

static QzResult *
score_json (QzFramework *framework,
            const char  *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) answers = qz_answer_file_load (framework, bytes, "test", &error);

  g_assert_no_error (error);
  return qz_score (framework, answers);
}

static void
assert_points (QzResult   *result,
               const char *id,
               double      points)
{
  const QzNodeScore *node = qz_result_get_node (result, id);

  g_assert_nonnull (node);
  g_assert_cmpfloat_with_epsilon (node->points, points, TOLERANCE);
}

/* The worked result of docs/framework-format.md:
 *   networking 48 of 100 machines = 48 %, band "above 20" → 5 of 10;
 *   security N/A → area "equipment" (max 16) = 5 × 16 / 10 = 8;
 *   dimension "base" = 8; roadmap "draft" 4.5 → "plan" = 4.5;
 *   total 12.5 of 25 → "basic" (≥ 10), not "connected" (≥ 20). */
static void
test_example_worked (void)
{
  g_autoptr(QzFramework) framework = load_framework ("frameworks", "valid-example.json");
  g_autoptr(QzResult) result = score_json (framework,
    "{ \"framework\": \"example-workshop\", \"answers\": {"
    "  \"networking\": { \"numerator\": 48, \"denominator\": 100 },"
    "  \"security\": { \"na\": true }, \"roadmap\": \"draft\", \"scheduling\": 2 } }");

  assert_points (result, "networking", 5);
  assert_points (result, "equipment", 8);
  assert_points (result, "base", 8);
  assert_points (result, "plan", 4.5);
  g_assert_true (qz_result_get_node (result, "security")->na);
  g_assert_cmpfloat_with_epsilon (result->total, 12.5, TOLERANCE);
  g_assert_cmpfloat (result->max, ==, 25);
  g_assert_cmpstr (result->level->id, ==, "basic");
  g_assert_false (result->provisional);
  g_assert_cmpuint (result->missing->len, ==, 0);
}

/* Band edges: exactly 20 % stays in the band below ("above 20" is
 * exclusive) → 0; 20.5 % → 5; 50 % → 5; 100 % → 10. Multiple choice:
 * rules + firewall + audit = 9, capped at 6. Total 0 + 6 + 9 = 15 → basic,
 * and with 21 points but scheduling below grade 2 → still basic. */
static void
test_example_edges (void)
{
  g_autoptr(QzFramework) framework = load_framework ("frameworks", "valid-example.json");
  const struct { const char *figure; double points; } edges[] = {
    { "20", 0 }, { "20.5", 5 }, { "50", 5 }, { "50.01", 10 }, { "0", 0 }, { "100", 10 },
    /* 30 / 150 × 100 is 20.000000000000004 when divided first */
    { "{ \"numerator\": 30, \"denominator\": 150 }", 0 },
    { "{ \"numerator\": 1, \"denominator\": 2 }", 5 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (edges); i++)
    {
      g_autofree char *json = g_strdup_printf ("{ \"framework\": \"example-workshop\", \"answers\": "
                                               "{ \"networking\": %s } }", edges[i].figure);
      g_autoptr(QzResult) result = score_json (framework, json);

      assert_points (result, "networking", edges[i].points);
      g_assert_true (result->provisional);
    }

  {
    g_autoptr(QzResult) result = score_json (framework,
      "{ \"framework\": \"example-workshop\", \"answers\": {"
      "  \"networking\": 20, \"security\": [\"rules\", \"firewall\", \"audit\"],"
      "  \"roadmap\": \"running\", \"scheduling\": 2 } }");

    assert_points (result, "security", 6);
    g_assert_cmpfloat_with_epsilon (result->total, 15, TOLERANCE);
    g_assert_cmpstr (result->level->id, ==, "basic");
  }

  /* 60 % → 10, security 6, roadmap 9: 25 points, but the rule of
   * "connected" also asks for one constrained scenario at grade 2. */
  {
    g_autoptr(QzResult) result = score_json (framework,
      "{ \"framework\": \"example-workshop\", \"answers\": {"
      "  \"networking\": 60, \"security\": [\"rules\", \"firewall\"],"
      "  \"roadmap\": \"running\", \"scheduling\": 1 } }");

    g_assert_cmpfloat_with_epsilon (result->total, 25, TOLERANCE);
    g_assert_cmpstr (result->level->id, ==, "basic");
  }
}

/* What the next level asks: from 12.5 points and "basic", "connected"
 * needs 20 points (7.5 more) and one constrained scenario at grade 2. */
static void
test_next_level (void)
{
  g_autoptr(QzFramework) framework = load_framework ("frameworks", "valid-example.json");
#define ANSWERS(grade) \
  "{ \"framework\": \"example-workshop\", \"answers\": {" \
  "  \"networking\": { \"numerator\": 48, \"denominator\": 100 }," \
  "  \"security\": { \"na\": true }, \"roadmap\": \"draft\", \"scheduling\": " grade " } }"
  const char *grade_2 = ANSWERS ("2");
  const char *grade_1 = ANSWERS ("1");
#undef ANSWERS
  g_autoptr(GBytes) bytes = g_bytes_new (grade_1, strlen (grade_1));
  g_autoptr(GHashTable) answers = qz_answer_file_load (framework, bytes, "test", NULL);
  g_autoptr(QzResult) result = qz_score (framework, answers);
  g_autoptr(QzResult) top = NULL;
  QzNextLevel next;

  qz_result_next_level (result, framework, answers, &next);
  g_assert_cmpstr (next.level->id, ==, "connected");
  g_assert_cmpfloat_with_epsilon (next.short_points, 7.5, TOLERANCE);
  g_assert_cmpint (next.short_scenarios, ==, 1);
  g_assert_cmpint (next.short_constrained, ==, 1);

  g_clear_pointer (&answers, g_hash_table_unref);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_bytes_new (grade_2, strlen (grade_2));
  answers = qz_answer_file_load (framework, bytes, "test", NULL);
  g_clear_pointer (&result, qz_result_free);
  result = qz_score (framework, answers);
  qz_result_next_level (result, framework, answers, &next);
  g_assert_cmpint (next.short_scenarios, ==, 0);
  g_assert_cmpint (next.short_constrained, ==, 0);

  /* At the top, nothing is next. */
  top = score_json (framework, "{ \"framework\": \"example-workshop\", \"answers\": {"
                               "  \"networking\": 60, \"security\": [\"rules\", \"firewall\"],"
                               "  \"roadmap\": \"running\", \"scheduling\": 2 } }");
  g_assert_cmpstr (top->level->id, ==, "connected");
  qz_result_next_level (top, framework, answers, &next);
  g_assert_null (next.level);
}

/* Nothing answered: every indicator is missing, total 0, no level. */
static void
test_example_empty (void)
{
  g_autoptr(QzFramework) framework = load_framework ("frameworks", "valid-example.json");
  g_autoptr(QzResult) result = score_json (framework, "{ \"framework\": \"example-workshop\", \"answers\": {} }");

  g_assert_true (result->provisional);
  g_assert_cmpuint (result->missing->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (result->missing, 0), ==, "networking");
  g_assert_cmpfloat (result->total, ==, 0);
  g_assert_null (result->level);
}

/* Answers that do not fit their indicator are refused, not guessed. */
static void
test_bad_answers (void)
{
  g_autoptr(QzFramework) framework = load_framework ("frameworks", "valid-example.json");
  const char *bad[] = {
    "{ \"framework\": \"other\", \"answers\": {} }",
    "{ \"framework\": \"example-workshop\" }",
    "{ \"framework\": \"example-workshop\", \"answers\": { \"nothing\": 1 } }",
    "{ \"framework\": \"example-workshop\", \"answers\": { \"roadmap\": \"maybe\" } }",
    "{ \"framework\": \"example-workshop\", \"answers\": { \"roadmap\": { \"na\": true } } }",
    "{ \"framework\": \"example-workshop\", \"answers\": { \"networking\": 101 } }",
    "{ \"framework\": \"example-workshop\", \"answers\": { \"networking\": { \"numerator\": 3, \"denominator\": 0 } } }",
    "{ \"framework\": \"example-workshop\", \"answers\": { \"security\": \"rules\" } }",
    "{ \"framework\": \"example-workshop\", \"answers\": { \"scheduling\": 3 } }",
    "{ \"framework\": \"example-workshop\", \"answers\": { \"security\": [{}] } }",
    "{ \"framework\": \"example-workshop\", \"answers\": { \"security\": { \"na\": \"yes\" } } }",
    "{ \"framework\": 7, \"answers\": {} }",
    "[]",
    "{ \"framework\": \"example-workshop\", \"answers\": { \"security\": [\"rules\", \"rules\"] } }",
    "not json",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (bad[i], strlen (bad[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(GHashTable) answers = qz_answer_file_load (framework, bytes, "bad", &error);
      int code = i == G_N_ELEMENTS (bad) - 1 ? QZ_FRAMEWORK_ERROR_SYNTAX : QZ_FRAMEWORK_ERROR_INVALID;

      g_test_message ("%s", bad[i]);
      g_assert_null (answers);
      g_assert_error (error, QZ_FRAMEWORK_ERROR, code);
    }
}

/* valid-maturity.json: areas "skills" (weight 1) and "data" (weight 3).
 * s1 most 0.8, s2 part 0.5, d1 full 1, d2 most 0.8:
 *   level 1 = (1 × 0.8 + 3 × 1) / 4 = 0.95 ≥ 0.8 → counts 1;
 *   level 2 = (1 × 0.5 + 3 × 0.8) / 4 = 0.725 < 0.8 → adds 0.725;
 *   S = 1.725 → l1 (0.8 ≤ S < 1.8).
 *   people: 0.8 → 1, then 0.5 → S 1.5; tech: 1 → 1, 0.8 → 1 → S 2.
 * With s2 N/A, level 2 = data alone = 0.8, exactly the threshold → S = 2
 * → l2. */
static void
test_maturity (void)
{
  g_autoptr(QzFramework) framework = load_framework ("frameworks", "valid-maturity.json");
  g_autoptr(QzResult) result = score_json (framework,
    "{ \"framework\": \"example-maturity\", \"answers\": {"
    "  \"s1\": \"most\", \"s2\": \"part\", \"d1\": \"full\", \"d2\": \"most\" } }");
  g_autoptr(QzResult) with_na = score_json (framework,
    "{ \"framework\": \"example-maturity\", \"answers\": {"
    "  \"s1\": \"most\", \"s2\": { \"na\": true }, \"d1\": \"full\", \"d2\": \"most\" } }");

  g_assert_cmpfloat_with_epsilon (g_array_index (result->level_scores, double, 0), 0.95, TOLERANCE);
  g_assert_cmpfloat_with_epsilon (g_array_index (result->level_scores, double, 1), 0.725, TOLERANCE);
  g_assert_cmpfloat_with_epsilon (result->total, 1.725, TOLERANCE);
  g_assert_cmpfloat (result->max, ==, 2);
  g_assert_cmpstr (result->level->id, ==, "l1");
  assert_points (result, "people", 1.5);
  assert_points (result, "tech", 2);
  g_assert_false (result->provisional);

  g_assert_cmpfloat_with_epsilon (with_na->total, 2, TOLERANCE);
  g_assert_cmpstr (with_na->level->id, ==, "l2");
}

/* valid-weight-sets.json: skills and data weigh 1 and 3 for discrete
 * manufacturing, 3 and 1 for process manufacturing. s1 full 1, s2 full
 * 1, d1 full 1, d2 part 0.5:
 *   discrete: level 1 = (1 × 1 + 3 × 1) / 4 = 1 → counts 1;
 *             level 2 = (1 × 1 + 3 × 0.5) / 4 = 0.625 < 0.8 → S 1.625 → l1;
 *   process:  level 1 = 1 → counts 1;
 *             level 2 = (3 × 1 + 1 × 0.5) / 4 = 0.875 ≥ 0.8 → S 2 → l2.
 * Each dimension has one area, so its S does not depend on the set:
 * people 1, 1 → 2; tech 1, 0.5 → 1.5. Without a set, the first applies. */
static void
test_weight_sets (void)
{
  g_autoptr(QzFramework) framework = load_framework ("frameworks", "valid-weight-sets.json");
  const char *json = "{ \"framework\": \"example-weighted\", \"answers\": {"
                     "  \"s1\": \"full\", \"s2\": \"full\", \"d1\": \"full\", \"d2\": \"part\" } }";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GHashTable) answers = qz_answer_file_load (framework, bytes, "test", NULL);
  const QzWeightSet *discrete = qz_framework_choose_weight_set (framework, "C3443");
  const QzWeightSet *process = qz_framework_choose_weight_set (framework, "C2614");
  g_autoptr(QzResult) by_discrete = qz_score_weighted (framework, answers, discrete);
  g_autoptr(QzResult) by_process = qz_score_weighted (framework, answers, process);
  g_autoptr(QzResult) by_default = qz_score (framework, answers);

  g_assert_cmpstr (discrete->id, ==, "discrete");
  g_assert_cmpstr (process->id, ==, "process");

  g_assert_true (by_discrete->weight_set == discrete);
  g_assert_cmpfloat_with_epsilon (g_array_index (by_discrete->level_scores, double, 1), 0.625, TOLERANCE);
  g_assert_cmpfloat_with_epsilon (by_discrete->total, 1.625, TOLERANCE);
  g_assert_cmpstr (by_discrete->level->id, ==, "l1");

  g_assert_true (by_process->weight_set == process);
  g_assert_cmpfloat_with_epsilon (g_array_index (by_process->level_scores, double, 1), 0.875, TOLERANCE);
  g_assert_cmpfloat_with_epsilon (by_process->total, 2, TOLERANCE);
  g_assert_cmpstr (by_process->level->id, ==, "l2");

  for (guint i = 0; i < 2; i++)
    {
      QzResult *result = i == 0 ? by_discrete : by_process;

      assert_points (result, "people", 2);
      assert_points (result, "tech", 1.5);
    }

  g_assert_true (by_default->weight_set == discrete);
  g_assert_cmpfloat_with_epsilon (by_default->total, 1.625, TOLERANCE);
}

/* Parts printed so that they add up to the total printed. */
static void
test_round_to_total (void)
{
  const double parts[] = { 26.75, 8.25, 18.5 };
  const double thirds[] = { 1.0 / 3, 1.0 / 3, 1.0 / 3 };
  const double apart[] = { 1.26, 2.26 };
  double rounded[3];

  qz_round_to_total (parts, rounded, 3, 53.5, 1);
  g_assert_cmpfloat_with_epsilon (rounded[0], 26.8, 1e-9);
  g_assert_cmpfloat_with_epsilon (rounded[1], 8.2, 1e-9);
  g_assert_cmpfloat_with_epsilon (rounded[2], 18.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (rounded[0] + rounded[1] + rounded[2], 53.5, 1e-9);

  qz_round_to_total (thirds, rounded, 3, 1, 2);
  g_assert_cmpfloat_with_epsilon (rounded[0], 0.34, 1e-9);
  g_assert_cmpfloat_with_epsilon (rounded[1], 0.33, 1e-9);
  g_assert_cmpfloat_with_epsilon (rounded[2], 0.33, 1e-9);

  /* Not parts of this total, or no total: each rounded on its own. */
  qz_round_to_total (apart, rounded, 2, 10, 1);
  g_assert_cmpfloat_with_epsilon (rounded[0], 1.3, 1e-9);
  g_assert_cmpfloat_with_epsilon (rounded[1], 2.3, 1e-9);
  qz_round_to_total (apart, rounded, 2, NAN, 1);
  g_assert_cmpfloat_with_epsilon (rounded[0], 1.3, 1e-9);
}

/* The rules the results page, the chart and the report share. */
static void
test_tables (void)
{
  g_autoptr(QzFramework) example = load_framework ("frameworks", "valid-example.json");
  g_autoptr(QzFramework) maturity = load_framework ("frameworks", "valid-maturity.json");
  g_autoptr(QzResult) result = score_json (example,
    "{ \"framework\": \"example-workshop\", \"answers\": { \"scheduling\": 2 } }");
  g_autoptr(QzResult) matured = score_json (maturity,
    "{ \"framework\": \"example-maturity\", \"answers\": { \"s1\": \"most\" } }");
  g_autoptr(GArray) rows = qz_result_dimension_rows (result, example, 1);
  g_autoptr(GArray) all_rows = qz_result_dimension_rows (matured, maturity, 2);
  g_autoptr(GHashTable) none = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) scenarios = NULL;
  g_autoptr(GPtrArray) unanswered = qz_scenario_rows (example, none);
  g_autoptr(GPtrArray) no_scenarios = qz_scenario_rows (maturity, none);
  const QzLevel *connected = qz_framework_find_level (example, "connected");

  /* A dimension needs its share of the level's minimum: 16 of 25 × 20. */
  g_assert_cmpfloat_with_epsilon (qz_level_goal (connected, example, 16), 12.8, TOLERANCE);
  g_assert_cmpfloat (qz_level_goal (qz_framework_find_level (maturity, "l2"), maturity, 1), ==, 2);

  /* Points: the scored dimensions only; maturity: every one. */
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (g_array_index (rows, QzDimensionRow, 0).dimension->id, ==, "base");
  g_assert_cmpstr (g_array_index (rows, QzDimensionRow, 1).dimension->id, ==, "plan");
  g_assert_cmpuint (all_rows->len, ==, qz_framework_get_dimensions (maturity)->len);
  {
    double sum = 0;

    for (guint i = 0; i < rows->len; i++)
      sum += g_array_index (rows, QzDimensionRow, i).shown;
    g_assert_cmpfloat_with_epsilon (sum, round (result->total * 10) / 10, 1e-9);
  }

  {
    const char *json = "{ \"framework\": \"example-workshop\", \"answers\": { \"scheduling\": 2 } }";
    g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
    g_autoptr(GError) error = NULL;
    g_autoptr(GHashTable) answers = qz_answer_file_load (example, bytes, "test", &error);

    g_assert_no_error (error);
    scenarios = qz_scenario_rows (example, answers);
    g_assert_cmpuint (scenarios->len, ==, 1);
    g_assert_cmpstr (((QzScenarioRow *) g_ptr_array_index (scenarios, 0))->grade, ==, "Grade 2");
  }
  g_assert_cmpuint (unanswered->len, ==, 1);
  g_assert_true (g_str_has_prefix (((QzScenarioRow *) g_ptr_array_index (unanswered, 0))->title, "★ "));
  g_assert_cmpstr (((QzScenarioRow *) g_ptr_array_index (unanswered, 0))->grade, ==, "Unanswered");
  g_assert_cmpuint (no_scenarios->len, ==, 0);
}

/* Vectors in tests/scoring/, one per file, each with its hand calculation
 * in "calculation": the framework is found by id in data/frameworks/. */
static QzFramework *
find_builtin (const char *id)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "..", "data", "frameworks", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(QzFramework) framework = qz_framework_load_file (path, NULL, NULL);

      if (framework != NULL && g_strcmp0 (qz_framework_get_id (framework), id) == 0)
        return g_steal_pointer (&framework);
    }

  return NULL;
}

static void
test_vector (gconstpointer data)
{
  const char *path = data;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(QzFramework) framework = NULL;
  g_autoptr(GHashTable) answers = NULL;
  g_autoptr(QzResult) result = NULL;
  g_autoptr(GList) dimensions = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  JsonObject *root, *expected, *expected_dimensions;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), length, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_nonnull (json_object_get_string_member_with_default (root, "calculation", NULL));
  expected = json_object_get_object_member (root, "expected");
  g_assert_nonnull (expected);

  framework = find_builtin (json_object_get_string_member (root, "framework"));
  g_assert_nonnull (framework);
  answers = qz_answer_file_load (framework, bytes, path, &error);
  g_assert_no_error (error);
  /* "industry", optional, is the enterprise's GB/T 4754 code: it chooses
   * the framework's weight set, which "expected" may name. */
  result = qz_score_weighted (framework, answers,
                              qz_framework_choose_weight_set (framework,
                                                              json_object_get_string_member_with_default (root, "industry", NULL)));
  if (json_object_has_member (expected, "weight_set"))
    {
      g_assert_nonnull (result->weight_set);
      g_assert_cmpstr (result->weight_set->id, ==, json_object_get_string_member (expected, "weight_set"));
    }

  if (json_object_has_member (expected, "total"))
    g_assert_cmpfloat_with_epsilon (result->total, json_object_get_double_member (expected, "total"), TOLERANCE);
  if (json_object_has_member (expected, "s"))
    g_assert_cmpfloat_with_epsilon (result->total, json_object_get_double_member (expected, "s"), TOLERANCE);
  if (json_object_has_member (expected, "max"))
    g_assert_cmpfloat_with_epsilon (result->max, json_object_get_double_member (expected, "max"), TOLERANCE);
  if (json_object_has_member (expected, "provisional"))
    g_assert_cmpint (result->provisional, ==, json_object_get_boolean_member (expected, "provisional"));

  g_assert_true (json_object_has_member (expected, "level"));
  if (json_object_get_null_member (expected, "level"))
    g_assert_null (result->level);
  else
    {
      g_assert_nonnull (result->level);
      g_assert_cmpstr (result->level->id, ==, json_object_get_string_member (expected, "level"));
    }

  expected_dimensions = json_object_has_member (expected, "dimensions")
                        ? json_object_get_object_member (expected, "dimensions") : NULL;
  dimensions = expected_dimensions ? json_object_get_members (expected_dimensions) : NULL;
  for (GList *l = dimensions; l != NULL; l = l->next)
    {
      g_test_message ("%s", (char *) l->data);
      assert_points (result, l->data, json_object_get_double_member (expected_dimensions, l->data));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *vectors = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qz/scoring/example-worked", test_example_worked);
  g_test_add_func ("/qz/scoring/example-edges", test_example_edges);
  g_test_add_func ("/qz/scoring/example-empty", test_example_empty);
  g_test_add_func ("/qz/scoring/next-level", test_next_level);
  g_test_add_func ("/qz/scoring/bad-answers", test_bad_answers);
  g_test_add_func ("/qz/scoring/maturity", test_maturity);
  g_test_add_func ("/qz/scoring/weight-sets", test_weight_sets);
  g_test_add_func ("/qz/scoring/tables", test_tables);
  g_test_add_func ("/qz/scoring/round-to-total", test_round_to_total);

  vectors = g_test_build_filename (G_TEST_DIST, "scoring", NULL);
  dir = g_dir_open (vectors, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *test_path = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      test_path = g_strdup_printf ("/qz/scoring/vector/%s", name);
      /* The path lives as long as the process. */
      g_test_add_data_func (test_path, g_build_filename (vectors, name, NULL), test_vector);
    }

  return g_test_run ();
}
