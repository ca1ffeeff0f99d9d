/* test-framework-loader.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "qz-framework-loader.h"
#include "qz-json.h"
#include "qz-measure.h"

/* Each malformed file differs from valid-example.json by one mistake,
 * and the loader must name the JSON path where it stands. */
static const struct
{
  const char *file;
  const char *path;
} invalid_files[] = {
  { "invalid-option-points.json", "dimensions[0].areas[0].indicators[1].options[2].points" },
  { "invalid-missing-translation.json", "dimensions[1].title.en" },
  { "invalid-duplicate-id.json", "dimensions[1].areas[0].indicators[0].id" },
  { "invalid-unknown-key.json", "dimensions[0].areas[0].indicators[0].colour" },
  { "invalid-bad-kind.json", "dimensions[0].areas[0].indicators[0].kind" },
  { "invalid-bands-order.json", "dimensions[0].areas[0].indicators[0].bands[2].above" },
  { "invalid-first-band.json", "dimensions[0].areas[0].indicators[0].bands[0].above" },
  { "invalid-band-full-points.json", "dimensions[0].areas[0].indicators[0].bands" },
  { "invalid-unreachable-score.json", "levels[1].rule.min_score" },
  { "invalid-unreachable-count.json", "levels[1].rule.scenarios.count" },
  { "invalid-unreachable-constrained.json", "levels[1].rule.scenarios.constrained" },
  { "invalid-rank.json", "levels[1].rank" },
  { "invalid-exclusive-points.json", "dimensions[0].areas[0].indicators[1].options[0].points" },
  { "invalid-scenario-scored.json", "dimensions[2].areas[0].indicators[0].kind" },
  { "invalid-invalid-id.json", "dimensions[0].id" },
  { "invalid-missing-points.json", "dimensions[1].areas[0].indicators[0].points" },
  { "invalid-format.json", "format" },
  { "invalid-weight-in-points.json", "dimensions[0].areas[0].weight" },
  { "invalid-multiple-sum.json", "dimensions[0].areas[0].indicators[1]" },
  { "invalid-levels-decreasing.json", "levels[1].rule.min_score" },
  { "invalid-single-no-full.json", "dimensions[1].areas[0].indicators[0]" },
  { "invalid-number-type.json", "dimensions[0].areas[0].indicators[0].figure.min" },
  { "invalid-empty-areas.json", "dimensions[1].areas" },
  { "invalid-no-levels.json", "levels" },
  { "invalid-rating-level.json", "dimensions[1].areas[0].indicators[1].level" },
  { "invalid-infinite.json", "levels[1].rule.min_score" },
  { "invalid-grade-count.json", "levels[1].rule.scenarios.count" },
  { "invalid-measure-category.json", "dimensions[0].areas[0].indicators[1].measures[0].category" },
  { "invalid-measure-reaches.json", "dimensions[1].areas[0].indicators[0].measures[0].reaches" },
  { "invalid-measure-exclusive.json", "dimensions[0].areas[0].indicators[1].measures[1].reaches" },
  { "invalid-measure-prerequisite.json", "dimensions[1].areas[0].indicators[0].measures[1].prerequisites[0]" },
  { "invalid-measure-cycle.json", "dimensions[1].areas[0].indicators[0].measures[0].prerequisites[0]" },
  { "invalid-measure-investment.json", "dimensions[0].areas[0].indicators[0].measures[0].investment" },
  { "invalid-measure-grade.json", "dimensions[2].areas[0].indicators[0].measures[1].reaches" },
  { "invalid-measure-figure.json", "dimensions[0].areas[0].indicators[0].measures[1].reaches" },
  { "invalid-extension-translation.json", "dimensions[0].areas[0].indicators[0].extension.en" },
  { "invalid-extension-text.json", "dimensions[2].extension" },
  { "invalid-weight-set-id.json", "weight_sets[1].id" },
  { "invalid-weights-missing.json", "dimensions[0].areas[0].weights.process" },
  { "invalid-weights-unknown.json", "dimensions[1].areas[0].weights.batch" },
  { "invalid-weights-single.json", "dimensions[0].areas[0].weight" },
  { "invalid-weights-zero.json", "dimensions[1].areas[0].weights.process" },
  { "invalid-weights-no-sets.json", "dimensions[0].areas[0].weights" },
  { "invalid-weight-sets-points.json", "weight_sets" },
  { "invalid-target-scope.json", "dimensions[1].areas[0].indicators[0].target.scope" },
  { "invalid-target-counts.json", "dimensions[0].areas[0].indicators[1].target.counts[0]" },
  { "invalid-target-scenario.json", "dimensions[2].areas[0].indicators[0].target" },
  /* An option without an id that a measure reaches crashed the check. */
  { "invalid-option-no-id.json", "dimensions[1].areas[0].indicators[0].measures[0].reaches" },
  { "invalid-measure-industry.json", "dimensions[0].areas[0].indicators[0].measures[0].industries[1]" },
  { "invalid-measure-industries-empty.json", "dimensions[0].areas[0].indicators[0].measures[1].industries" },
  { "invalid-outcome-scenario.json", "dimensions[2].areas[0].indicators[0].outcome" },
  /* A level that is not an object read the level below out of bounds. */
  { "invalid-level-not-object.json", "levels[0]" },
};

static char *
fixture_path (const char *file)
{
  return g_test_build_filename (G_TEST_DIST, "frameworks", file, NULL);
}

static gboolean
has_problem_at (GPtrArray  *problems,
                const char *path)
{
  g_autofree char *prefix = g_strconcat (path, ": ", NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      if (g_str_has_prefix (g_ptr_array_index (problems, i), prefix))
        return TRUE;
    }

  return FALSE;
}

static void
test_invalid (gconstpointer data)
{
  guint index = GPOINTER_TO_UINT (data);
  g_autofree char *path = fixture_path (invalid_files[index].file);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(QzFramework) framework = qz_framework_load_file (path, &problems, &error);

  g_assert_null (framework);
  g_assert_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, invalid_files[index].file));
  g_assert_nonnull (problems);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (char *) g_ptr_array_index (problems, i));
  g_assert_true (has_problem_at (problems, invalid_files[index].path));
}

static void
test_several_problems (void)
{
  g_autofree char *path = fixture_path ("invalid-several.json");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(QzFramework) framework = qz_framework_load_file (path, &problems, NULL);

  /* All problems at once, not only the first. */
  g_assert_null (framework);
  g_assert_cmpuint (problems->len, ==, 3);
  g_assert_true (has_problem_at (problems, "dimensions[0].areas[0].indicators[1].options[2].points"));
  g_assert_true (has_problem_at (problems, "dimensions[1].title.en"));
  g_assert_true (has_problem_at (problems, "levels[1].rank"));
}

static void
test_syntax (void)
{
  g_autofree char *path = fixture_path ("invalid-syntax.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(QzFramework) framework = qz_framework_load_file (path, NULL, &error);

  g_assert_null (framework);
  g_assert_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "invalid-syntax.json"));
}

/* json-glib parses nesting recursively: a hostile file must be refused
 * before it can exhaust the stack. */
static void
test_deep_nesting (void)
{
  gsize depth = 200000;
  g_autofree char *data = g_malloc (depth * 2);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(QzFramework) framework = NULL;

  memset (data, '[', depth);
  memset (data + depth, ']', depth);
  bytes = g_bytes_new_take (g_steal_pointer (&data), depth * 2);
  framework = qz_framework_load (bytes, "deep.json", NULL, &error);
  g_assert_null (framework);
  g_assert_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_SYNTAX);

  /* Brackets inside strings do not count. */
  {
    const char *quoted = "{\"a\": \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\\\"\"}";
    g_assert_true (qz_json_check_depth (quoted, strlen (quoted), "ok.json", NULL));
  }
}

static void
test_not_an_object (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("[1, 2]", 6);
  g_autoptr(GError) error = NULL;
  g_autoptr(QzFramework) framework = qz_framework_load (bytes, "list.json", NULL, &error);

  g_assert_null (framework);
  g_assert_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_INVALID);
}

static void
test_unreadable (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzFramework) framework = qz_framework_load_file ("/nonexistent/framework.json", NULL, &error);

  g_assert_null (framework);
  g_assert_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_UNREADABLE);
}

static void
test_valid_example (void)
{
  g_autofree char *path = fixture_path ("valid-example.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(QzFramework) framework = qz_framework_load_file (path, NULL, &error);
  const QzIndicator *networking;
  GPtrArray *dimensions;

  g_assert_no_error (error);
  g_assert_cmpstr (qz_framework_get_id (framework), ==, "example-workshop");
  g_assert_cmpstr (qz_framework_get_version (framework), ==, "1.0");
  g_assert_cmpstr (qz_framework_get_title (framework)->zh_cn, ==, "车间数字化小测");
  g_assert_cmpint (qz_framework_get_method (framework), ==, QZ_SCORING_POINTS);
  g_assert_cmpfloat (qz_framework_get_max (framework), ==, 25);
  g_assert_cmpuint (qz_framework_get_n_indicators (framework), ==, 4);
  g_assert_cmpuint (qz_framework_get_levels (framework)->len, ==, 2);

  dimensions = qz_framework_get_dimensions (framework);
  g_assert_cmpuint (dimensions->len, ==, 3);
  g_assert_cmpfloat (((QzDimension *) g_ptr_array_index (dimensions, 0))->max, ==, 16);
  g_assert_false (((QzDimension *) g_ptr_array_index (dimensions, 2))->scored);

  networking = qz_framework_find_indicator (framework, "networking");
  g_assert_nonnull (networking);
  g_assert_cmpint (networking->kind, ==, QZ_INDICATOR_FIGURE);
  g_assert_true (networking->has_ratio);
  g_assert_cmpfloat (networking->factor, ==, 100);
  g_assert_cmpuint (networking->bands->len, ==, 3);
  g_assert_true (networking->has_target);
  g_assert_cmpfloat (networking->target, ==, 52);
  g_assert_null (qz_framework_find_indicator (framework, "nothing"));
  g_assert_false (((QzLevel *) g_ptr_array_index (qz_framework_get_levels (framework), 1))->verified);

  /* The source is kept byte for byte, to be stored with assessments. */
  {
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
    g_assert_cmpmem (g_bytes_get_data (qz_framework_get_source (framework), NULL),
                     g_bytes_get_size (qz_framework_get_source (framework)), contents, length);
  }
}

/* The MIIT 2024 framework follows the captured questionnaire: a "none"
 * option (0 points, alone) on every multiple choice that has one there,
 * no N/A anywhere (the questionnaire has none), and the one thing Qizhen
 * adds, grade 0 of the scenarios, marked as its own. */
static void
test_miit_source (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "frameworks",
                                                 "miit-sme-digital-2024.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(QzFramework) framework = qz_framework_load_file (path, NULL, &error);
  static const struct { const char *indicator; const char *none; } nones[] = {
    { "network-connectivity", "net-none" },
    { "data-collection-coverage", "dc-none" },
    { "network-security", "netsec-none" },
    { "data-security", "datasec-none" },
    { "management-mechanisms", "mech-none" },
    { "talent", "talent-none" },
  };
  GPtrArray *dimensions;
  guint extensions = 0;

  g_assert_no_error (error);
  g_assert_cmpstr (qz_framework_get_version (framework), ==, "2024.4");

  for (guint i = 0; i < G_N_ELEMENTS (nones); i++)
    {
      const QzIndicator *indicator = qz_framework_find_indicator (framework, nones[i].indicator);
      const QzOption *first = g_ptr_array_index (indicator->options, 0);

      g_assert_cmpint (indicator->kind, ==, QZ_INDICATOR_MULTIPLE);
      g_assert_cmpstr (first->id, ==, nones[i].none);
      g_assert_true (first->exclusive);
      g_assert_cmpfloat (first->points, ==, 0);
    }

  dimensions = qz_framework_get_dimensions (framework);
  for (guint d = 0; d < dimensions->len; d++)
    {
      QzDimension *dimension = g_ptr_array_index (dimensions, d);

      if (dimension->extension.zh_cn != NULL)
        {
          g_assert_cmpstr (dimension->id, ==, "operations");
          g_assert_nonnull (dimension->extension.en);
          extensions++;
        }
      for (guint a = 0; a < dimension->areas->len; a++)
        {
          QzArea *area = g_ptr_array_index (dimension->areas, a);

          for (guint i = 0; i < area->indicators->len; i++)
            {
              QzIndicator *indicator = g_ptr_array_index (area->indicators, i);

              g_assert_false (indicator->na_allowed);
              g_assert_null (indicator->extension.zh_cn);
            }
        }
    }
  g_assert_cmpuint (extensions, ==, 1);
}

/* Two weight sets, one weight per set on every area; the set for an
 * industry follows its kind of manufacturing, else the first. */
static void
test_weight_sets (void)
{
  g_autofree char *path = fixture_path ("valid-weight-sets.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(QzFramework) framework = qz_framework_load_file (path, NULL, &error);
  g_autoptr(QzFramework) single = NULL;
  const QzWeightSet *discrete, *process;
  const QzArea *skills, *data;
  GPtrArray *sets;

  g_assert_no_error (error);
  sets = qz_framework_get_weight_sets (framework);
  g_assert_cmpuint (sets->len, ==, 2);
  discrete = g_ptr_array_index (sets, 0);
  process = g_ptr_array_index (sets, 1);
  g_assert_cmpstr (discrete->id, ==, "discrete");
  g_assert_true (discrete->verified);
  g_assert_cmpstr (process->id, ==, "process");
  g_assert_false (process->verified);

  skills = g_ptr_array_index (((QzDimension *) g_ptr_array_index (qz_framework_get_dimensions (framework), 0))->areas, 0);
  data = g_ptr_array_index (((QzDimension *) g_ptr_array_index (qz_framework_get_dimensions (framework), 1))->areas, 0);
  g_assert_cmpfloat (qz_area_get_weight (skills, discrete), ==, 1);
  g_assert_cmpfloat (qz_area_get_weight (skills, process), ==, 3);
  g_assert_cmpfloat (qz_area_get_weight (data, discrete), ==, 3);
  g_assert_cmpfloat (qz_area_get_weight (data, process), ==, 1);

  g_assert_true (qz_framework_choose_weight_set (framework, "C3443") == discrete);
  g_assert_true (qz_framework_choose_weight_set (framework, "C2614") == process);
  g_assert_true (qz_framework_choose_weight_set (framework, "C17") == discrete);
  g_assert_true (qz_framework_choose_weight_set (framework, "C1713") == process);
  g_assert_true (qz_framework_choose_weight_set (framework, "") == discrete);
  g_assert_true (qz_framework_choose_weight_set (framework, NULL) == discrete);

  /* A framework without weight sets has none to choose. */
  g_free (path);
  path = fixture_path ("valid-maturity.json");
  single = qz_framework_load_file (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (qz_framework_get_weight_sets (single)->len, ==, 0);
  g_assert_null (qz_framework_choose_weight_set (single, "C2614"));
}

/* A line for the city as a whole may stand on a choice, naming the
 * options that count a firm towards it. */
static void
test_city_target (void)
{
  g_autofree char *path = fixture_path ("valid-city-target.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(QzFramework) framework = qz_framework_load_file (path, NULL, &error);
  const QzIndicator *roadmap, *networking;

  g_assert_no_error (error);
  roadmap = qz_framework_find_indicator (framework, "roadmap");
  g_assert_true (roadmap->has_target);
  g_assert_true (roadmap->target_city);
  g_assert_cmpfloat (roadmap->target, ==, 30);
  g_assert_cmpint (roadmap->target_year, ==, 2022);
  g_assert_cmpstr (roadmap->target_unit, ==, "%");
  g_assert_cmpuint (g_strv_length (roadmap->target_counts), ==, 2);
  g_assert_cmpstr (roadmap->target_counts[1], ==, "running");

  /* A figure's line is the enterprise's own unless it says otherwise. */
  networking = qz_framework_find_indicator (framework, "networking");
  g_assert_true (networking->has_target);
  g_assert_false (networking->target_city);
  g_assert_null (networking->target_unit);
}

/* Outcome indicators and measures for industries, as read. */
static void
test_industries (void)
{
  g_autofree char *path = fixture_path ("valid-industries.json");
  g_autofree char *example_path = fixture_path ("valid-example.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(QzFramework) framework = qz_framework_load_file (path, NULL, &error);
  g_autoptr(QzFramework) example = NULL;
  const QzMeasure *valves, *shoes, *generic;

  g_assert_no_error (error);
  g_assert_true (qz_framework_find_indicator (framework, "pass-rate")->outcome);
  g_assert_false (qz_framework_find_indicator (framework, "networking")->outcome);
  g_assert_true (qz_framework_has_outcomes (framework));

  valves = qz_framework_find_measure (framework, "wire-valve-benches");
  shoes = qz_framework_find_measure (framework, "wire-shoe-injection");
  generic = qz_framework_find_measure (framework, "wire-plant");
  g_assert_cmpstrv (valves->industries, ((const char *[]) { "C344", NULL }));
  g_assert_cmpstrv (shoes->industries, ((const char *[]) { "C195", "C3587", NULL }));
  g_assert_null (generic->industries);

  /* A code falls under its group and division, not under a sibling. */
  g_assert_true (qz_measure_is_for_industry (valves, "C3443"));
  g_assert_true (qz_measure_is_specific_to (valves, "C3441"));
  g_assert_false (qz_measure_is_for_industry (valves, "C1952"));
  g_assert_false (qz_measure_is_for_industry (valves, "C34"));
  g_assert_false (qz_measure_is_for_industry (valves, NULL));
  g_assert_true (qz_measure_is_for_industry (shoes, "C3587"));
  g_assert_true (qz_measure_is_for_industry (generic, "C3443"));
  g_assert_true (qz_measure_is_for_industry (generic, NULL));
  g_assert_false (qz_measure_is_specific_to (generic, "C3443"));

  example = qz_framework_load_file (example_path, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (qz_framework_has_outcomes (example));
}

/* Whether some measure of @framework is specific to @code. */
static gboolean
has_measure_for (QzFramework *framework,
                 const char  *code)
{
  GPtrArray *indicators = qz_framework_get_indicators (framework);

  for (guint i = 0; i < indicators->len; i++)
    {
      GPtrArray *measures = ((QzIndicator *) g_ptr_array_index (indicators, i))->measures;

      for (guint m = 0; m < measures->len; m++)
        {
          if (qz_measure_is_specific_to (g_ptr_array_index (measures, m), code))
            return TRUE;
        }
    }

  return FALSE;
}

static void
test_builtin_frameworks (void)
{
  /* Wenzhou's six industries: low-voltage switchgear, valves, leather
   * shoes, woven garments, vehicle parts, eyeglasses. */
  static const char *wenzhou[] = { "C3823", "C3443", "C1952", "C181", "C3670", "C3587" };
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "..", "data", "frameworks", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(QzFramework) framework = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;

      framework = qz_framework_load_file (path, &problems, &error);
      for (guint i = 0; problems && i < problems->len; i++)
        g_printerr ("%s: %s\n", name, (char *) g_ptr_array_index (problems, i));
      g_assert_no_error (error);
      g_assert_cmpuint (qz_framework_get_n_indicators (framework), >, 10);
      for (guint i = 0; i < G_N_ELEMENTS (wenzhou); i++)
        g_assert_true (has_measure_for (framework, wenzhou[i]));
      /* MIIT's 成效 and Wenzhou's 质量效益 are results, not actions. */
      if (g_strcmp0 (qz_framework_get_id (framework), "miit-sme-digital") == 0)
        {
          g_assert_true (qz_framework_find_indicator (framework, "pass-rate-change")->outcome);
          g_assert_true (qz_framework_find_indicator (framework, "cost-per-revenue-change")->outcome);
          g_assert_true (qz_framework_find_indicator (framework, "energy-intensity-change")->outcome);
          g_assert_true (qz_framework_find_indicator (framework, "revenue-per-employee-change")->outcome);
          g_assert_false (qz_framework_find_indicator (framework, "funding")->outcome);
        }
      if (g_strcmp0 (qz_framework_get_id (framework), "wenzhou-upgrade") == 0)
        {
          g_assert_true (qz_framework_find_indicator (framework, "labour-productivity")->outcome);
          g_assert_true (qz_framework_find_indicator (framework, "cost-per-100")->outcome);
          g_assert_true (qz_framework_find_indicator (framework, "land-efficiency")->outcome);
          g_assert_false (qz_framework_find_indicator (framework, "equipment-networking")->outcome);
        }
      /* GB/T 39116 carries both weight sets, unverified until the
       * standard's tables are read. */
      if (g_strcmp0 (qz_framework_get_id (framework), "gbt39116-cmmm") == 0)
        {
          GPtrArray *sets = qz_framework_get_weight_sets (framework);

          g_assert_cmpuint (sets->len, ==, 2);
          g_assert_false (((QzWeightSet *) g_ptr_array_index (sets, 0))->verified);
          g_assert_false (((QzWeightSet *) g_ptr_array_index (sets, 1))->verified);
        }
      n++;
    }

  g_assert_cmpuint (n, >=, 3);
}

/* valid-example.json with its first @find replaced by @replace, loaded. */
static QzFramework *
load_edited (const char  *find,
             const char  *replace,
             GPtrArray  **problems,
             GError     **error)
{
  g_autofree char *path = fixture_path ("valid-example.json");
  g_autofree char *contents = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  text = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (text, find, replace, 1), ==, 1);
  bytes = g_bytes_new (text->str, text->len);
  return qz_framework_load (bytes, "edited.json", problems, error);
}

static void
assert_refused_at (const char *find,
                   const char *replace,
                   const char *path,
                   const char *says)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(QzFramework) framework = load_edited (find, replace, &problems, &error);

  g_assert_null (framework);
  g_assert_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "edited.json"));
  g_assert_nonnull (problems);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (char *) g_ptr_array_index (problems, i));
  g_assert_true (has_problem_at (problems, path));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), says));
}

/* json-glib keeps the last of two members with one name: refused, with
 * the path of the second, also when the name is spelled with escapes. */
static void
test_duplicate_key (void)
{
  assert_refused_at ("\"version\": \"1.0\",", "\"version\": \"1.0\", \"version\": \"2.0\",", "version", "twice");
  assert_refused_at ("{ \"id\": \"networking\",", "{ \"id\": \"networking\", \"i\\u0064\": \"other\",",
                     "dimensions[0].areas[0].indicators[0].id", "twice");
  /* The same name in two objects is no duplicate. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(QzFramework) framework = load_edited ("\"version\": \"1.0\",", "\"version\": \"1.0\",", NULL, &error);

    g_assert_no_error (error);
    g_assert_nonnull (framework);
  }
}

/* "miit\u0000sme" was read as "miit". */
static void
test_embedded_nul (void)
{
  assert_refused_at ("\"id\": \"example-workshop\"", "\"id\": \"example\\u0000workshop\"", "id", "NUL");
  assert_refused_at ("\"en\": \"Workshop digital check\"", "\"en\": \"Workshop\\u0000\"", "title.en", "NUL");
}

/* 10^400 became infinity, then "must be greater than 0". */
static void
test_huge_numbers (void)
{
  g_autofree char *digits = g_strnfill (401, '0');
  g_autofree char *whole = NULL;

  digits[0] = '1';
  whole = g_strdup_printf ("\"min_score\": %s }", digits);
  assert_refused_at ("\"min_score\": 10 }", "\"min_score\": 1e400 }", "levels[0].rule.min_score", "too large");
  assert_refused_at ("\"min_score\": 10 }", "\"min_score\": -1E+400 }", "levels[0].rule.min_score", "too large");
  assert_refused_at ("\"min_score\": 10 }", whole, "levels[0].rule.min_score", "too large");
  assert_refused_at ("\"rank\": 1,", "\"rank\": 99999999999999999999,", "levels[0].rank", "too large");
}

/* The scan itself, on texts of its own. */
static void
test_check_values (void)
{
  static const struct { const char *text; const char *problem; } cases[] = {
    { "{\"a\": [1, {\"b\": true, \"c\": null}], \"d\": \"\\\"x\\\\\"}", NULL },
    { "{\"a\": 1, \"b\": {\"a\": 2}}", NULL },
    { "\"\\ud83d\\ude00 \\u4e2d\"", NULL },
    { "{\"a\": {\"b\": [0, {\"c\": 1, \"c\": 2}]}}", "a.b[1].c: " },
    { "[\"ok\", \"n\\u0000l\"]", "[1]: " },
    { "{\"k\\u0000\": 1}", "k: " },
    { "{\"x\": [1e999]}", "x[0]: " },
    { "{\"x\": 1} trailing", "$: " },
    { "{\"x\": 01}", "$: " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) problems = NULL;
      gboolean ok = qz_json_check_values (cases[i].text, strlen (cases[i].text), &problems);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (ok, ==, cases[i].problem == NULL);
      if (cases[i].problem != NULL)
        g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 0), cases[i].problem));
    }
}

/* /dev/zero was read for ever, a FIFO blocked: only regular files, and
 * none larger than 16 MiB, without reading them. */
static void
test_not_regular_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("qz-loader-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "framework.json", NULL);
  g_autofree char *large = g_build_filename (dir, "large.json", NULL);
  const char *paths[] = { "/dev/zero", fifo, dir, large };
  int fd;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  fd = g_open (large, O_WRONLY | O_CREAT, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 17 * 1024 * 1024), ==, 0);   /* sparse: nothing written */
  close (fd);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(QzFramework) framework = qz_framework_load_file (paths[i], NULL, &error);

      g_test_message ("%s: %s", paths[i], error ? error->message : "loaded");
      g_assert_null (framework);
      g_assert_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_UNREADABLE);
      g_assert_nonnull (strstr (error->message, i == G_N_ELEMENTS (paths) - 1 ? "too large" : "not a regular file"));
    }

  g_remove (fifo);
  g_remove (large);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (invalid_files); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/qz/framework-loader/invalid/%s", invalid_files[i].file);
      g_test_add_data_func (test_path, GUINT_TO_POINTER (i), test_invalid);
    }
  g_test_add_func ("/qz/framework-loader/several-problems", test_several_problems);
  g_test_add_func ("/qz/framework-loader/syntax", test_syntax);
  g_test_add_func ("/qz/framework-loader/not-an-object", test_not_an_object);
  g_test_add_func ("/qz/framework-loader/deep-nesting", test_deep_nesting);
  g_test_add_func ("/qz/framework-loader/unreadable", test_unreadable);
  g_test_add_func ("/qz/framework-loader/valid-example", test_valid_example);
  g_test_add_func ("/qz/framework-loader/miit-source", test_miit_source);
  g_test_add_func ("/qz/framework-loader/weight-sets", test_weight_sets);
  g_test_add_func ("/qz/framework-loader/city-target", test_city_target);
  g_test_add_func ("/qz/framework-loader/industries", test_industries);
  g_test_add_func ("/qz/framework-loader/builtin", test_builtin_frameworks);
  g_test_add_func ("/qz/framework-loader/duplicate-key", test_duplicate_key);
  g_test_add_func ("/qz/framework-loader/embedded-nul", test_embedded_nul);
  g_test_add_func ("/qz/framework-loader/huge-numbers", test_huge_numbers);
  g_test_add_func ("/qz/framework-loader/check-values", test_check_values);
  g_test_add_func ("/qz/framework-loader/not-regular-files", test_not_regular_files);

  return g_test_run ();
}
