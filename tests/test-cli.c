/* test-cli.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cairo.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "qz-assessment.h"
#include "qz-enterprise-store.h"
#include "qz-test-utils.h"


/* Runs the installed-to-be binary as a user would, with no display, and
 * with its data under @fixture's XDG_DATA_HOME. */
static int
run_qizhen_with (QzTestData  *fixture,
                 const char  *option,
                 const char  *argument,
                 char       **out,
                 char       **err)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *argv[] = { g_getenv ("QZ_TEST_QIZHEN"), option, argument, NULL };
  int status = 0;

  g_assert_nonnull (argv[0]);
  env = g_environ_setenv (env, "XDG_DATA_HOME", fixture->dir, TRUE);
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");

  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);

  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static int
run_qizhen (QzTestData  *fixture,
            const char  *option,
            char       **out,
            char       **err)
{
  return run_qizhen_with (fixture, option, NULL, out, err);
}

static void
test_version (QzTestData    *fixture,
              gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_qizhen (fixture, "--version", &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "qizhen " PACKAGE_VERSION "\n");
  g_assert_cmpstr (err, ==, "");
}

static void
test_list_without_database (QzTestData    *fixture,
                            gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_qizhen (fixture, "--list", &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "");
  /* Listing creates nothing. */
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

static void
test_list (QzTestData    *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzDatabase) database = qz_database_open (fixture->path, &error);
  g_autoptr(QzEnterpriseStore) store = qz_enterprise_store_new (database, &error);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) first = NULL;
  g_auto(GStrv) second = NULL;
  QzEnterprise *pumps, *shoes, *gone;

  g_assert_no_error (error);
  pumps = qz_enterprise_store_create (store, "永嘉泵业", &error);
  qz_enterprise_set_text (pumps, QZ_ENTERPRISE_USCC, "91330324MA2J00001X");
  qz_enterprise_set_text (pumps, QZ_ENTERPRISE_INDUSTRY_CODE, "C3441");
  qz_enterprise_set_text (pumps, QZ_ENTERPRISE_CITY, "温州市");
  qz_enterprise_set_text (pumps, QZ_ENTERPRISE_COUNTY, "永嘉县");
  g_assert_true (qz_enterprise_store_save (store, pumps, &error));
  gone = qz_enterprise_store_create (store, "Deleted Ltd", &error);
  g_assert_true (qz_enterprise_store_delete (store, gone, &error));
  /* A tab and a line break inside a name must not break the format. */
  shoes = qz_enterprise_store_create (store, "鹿城\t鞋业\n有限公司", &error);
  g_assert_no_error (error);

  g_assert_cmpint (run_qizhen (fixture, "--list", &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");

  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);       /* two lines and the empty tail */
  g_assert_cmpstr (lines[2], ==, "");

  /* Most recently changed first; the deleted one is not listed. */
  first = g_strsplit (lines[0], "\t", -1);
  g_assert_cmpuint (g_strv_length (first), ==, 6);
  g_assert_cmpstr (first[0], ==, qz_enterprise_get_uuid (shoes));
  g_assert_cmpstr (first[1], ==, "鹿城 鞋业 有限公司");

  second = g_strsplit (lines[1], "\t", -1);
  g_assert_cmpuint (g_strv_length (second), ==, 6);
  g_assert_cmpstr (second[0], ==, qz_enterprise_get_uuid (pumps));
  g_assert_cmpstr (second[1], ==, "永嘉泵业");
  g_assert_cmpstr (second[2], ==, "91330324MA2J00001X");
  g_assert_cmpstr (second[3], ==, "C3441");
  g_assert_cmpstr (second[4], ==, "温州市 永嘉县");
  /* ISO 8601 in UTC, to the second. */
  g_assert_true (g_regex_match_simple ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$", second[5], 0, 0));
}

static void
test_list_refuses_corrupt (QzTestData    *fixture,
                           gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  g_assert_true (g_file_set_contents (fixture->path, "this is no database, but text of 64 bytes length, or about that.", -1, NULL));
  before = qz_test_read_file (fixture->path);

  g_assert_cmpint (run_qizhen (fixture, "--list", &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_str_has_prefix (err, "qizhen: "));
  g_assert_nonnull (strstr (err, fixture->path));

  after = qz_test_read_file (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
}

/* A command that writes reads the whole file for damage first, and leaves
 * a damaged file as it was. */
static void
test_write_refuses_damage (QzTestData    *fixture,
                           gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(QzDatabase) database = qz_database_open (fixture->path, NULL);

  g_assert_nonnull (database);
  g_clear_object (&database);
  qz_test_damage_unread_page (fixture->path);
  /* Opened once as the app would, so that the file is in its usual mode. */
  database = qz_database_open (fixture->path, NULL);
  g_assert_nonnull (database);
  g_clear_object (&database);
  before = qz_test_read_file (fixture->path);

  g_assert_cmpint (run_qizhen (fixture, "--load-sample", &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, fixture->path));
  g_assert_nonnull (strstr (err, "damaged"));

  after = qz_test_read_file (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_unknown_option (QzTestData    *fixture,
                     gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_qizhen (fixture, "--no-such-option", &out, &err), !=, 0);
  g_assert_nonnull (strstr (err, "no-such-option"));
}

static void
test_list_frameworks (QzTestData    *fixture,
                      gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (run_qizhen (fixture, "--list-frameworks", &out, &err), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_true (g_str_has_prefix (lines[0], "gbt39116-cmmm\t"));
  g_assert_true (g_str_has_prefix (lines[1], "miit-sme-digital\t2024.4\t"));
  g_assert_true (g_str_has_prefix (lines[2], "wenzhou-upgrade\t"));
}

static void
test_validate_framework (QzTestData    *fixture,
                         gconstpointer  data)
{
  g_autofree char *valid = g_test_build_filename (G_TEST_DIST, "frameworks", "valid-example.json", NULL);
  g_autofree char *invalid = g_test_build_filename (G_TEST_DIST, "frameworks", "invalid-several.json", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *expected = NULL;

  g_assert_cmpint (run_qizhen_with (fixture, "--validate-framework", valid, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "example-workshop"));
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Every problem on stderr, one a line, with the file and the JSON path. */
  g_assert_cmpint (run_qizhen_with (fixture, "--validate-framework", invalid, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  expected = g_strdup_printf ("\n%s: dimensions[1].title.en: ", invalid);
  g_assert_nonnull (strstr (err, expected));
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("\n%s: levels[1].rank: ", invalid);
  g_assert_nonnull (strstr (err, expected));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_qizhen_with (fixture, "--validate-framework", "/nonexistent.json", &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "nonexistent.json"));
}

static void
test_sample_and_score (QzTestData    *fixture,
                       gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *uuid = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) fields = NULL;
  JsonObject *score;

  /* Nothing to list before the sample; then one assessment, added once. */
  g_assert_cmpint (run_qizhen (fixture, "--list-assessments", &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_qizhen (fixture, "--load-sample", &out, &err), ==, 0);
  uuid = g_strdup (g_strstrip (out));
  g_assert_true (g_uuid_string_is_valid (uuid));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_qizhen (fixture, "--load-sample", &out, &err), ==, 0);
  g_assert_cmpstr (g_strstrip (out), ==, uuid);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_qizhen (fixture, "--list", &out, &err), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_clear_pointer (&lines, g_strfreev);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_qizhen (fixture, "--list-assessments", &out, &err), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  fields = g_strsplit (lines[0], "\t", -1);
  g_assert_cmpuint (g_strv_length (fields), ==, 7);
  g_assert_cmpstr (fields[0], ==, uuid);
  g_assert_cmpstr (fields[2], ==, "miit-sme-digital");
  g_assert_true (qz_date_is_valid (fields[3]));
  g_assert_cmpstr (fields[4], ==, "complete");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* The score as JSON agrees with the listing, and nothing is missing. */
  g_assert_cmpint (run_qizhen_with (fixture, "--score", uuid, &out, &err), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  score = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (score, "assessment"), ==, uuid);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (score, "total"), g_ascii_strtod (fields[5], NULL), 0.005);
  g_assert_cmpstr (json_object_get_string_member (score, "level"), ==, fields[6]);
  g_assert_false (json_object_get_boolean_member (score, "provisional"));
  /* The MIIT framework has one set of weights. */
  g_assert_true (json_object_has_member (score, "weight_set"));
  g_assert_true (json_object_get_null_member (score, "weight_set"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (score, "missing")), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (score, "dimensions")), ==, 4);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (score, "indicators")), ==, 31);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_qizhen_with (fixture, "--score", "00000000-0000-4000-8000-000000000000", &out, &err), ==, 1);
  g_assert_true (g_str_has_prefix (err, "qizhen: "));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_qizhen_with (fixture, "--score", "not-a-uuid", &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "not-a-uuid"));
}

static void
test_export_chart (QzTestData    *fixture,
                   gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *png = g_build_filename (fixture->dir, "chart.png", NULL);
  g_autofree char *svg = g_build_filename (fixture->dir, "chart.svg", NULL);
  g_autofree char *gif = g_build_filename (fixture->dir, "chart.gif", NULL);
  g_autofree char *svg_text = NULL;
  const char *argv_png[] = { g_getenv ("QZ_TEST_QIZHEN"), "--export-chart", NULL, "--output", png, NULL };
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", fixture->dir, TRUE);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *image;
  int status;

  g_assert_cmpint (run_qizhen (fixture, "--load-sample", &out, &err), ==, 0);
  uuid = g_strdup (g_strstrip (out));
  argv_png[2] = uuid;

  g_assert_true (g_spawn_sync (NULL, (char **) argv_png, env, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1000);
  cairo_surface_destroy (image);

  argv_png[4] = svg;
  g_assert_true (g_spawn_sync (NULL, (char **) argv_png, env, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_assert_true (g_file_get_contents (svg, &svg_text, NULL, NULL));
  g_assert_nonnull (strstr (svg_text, "<svg"));

  /* A format it does not write, and a series it does not know. */
  argv_png[4] = gif;
  g_clear_pointer (&err, g_free);
  g_assert_true (g_spawn_sync (NULL, (char **) argv_png, env, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err, &status, &error));
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 1);
  g_assert_nonnull (strstr (err, ".png"));
  g_assert_false (g_file_test (gif, G_FILE_TEST_EXISTS));

  {
    const char *argv_series[] = { argv_png[0], "--export-chart", uuid, "--output", png, "--series", "current,forecast", NULL };

    g_clear_pointer (&err, g_free);
    g_assert_true (g_spawn_sync (NULL, (char **) argv_series, env, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err, &status, &error));
    g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 1);
    g_assert_nonnull (strstr (err, "forecast"));
  }
}

static int
export_plan (QzTestData  *fixture,
             const char  *uuid,
             const char  *output,
             char       **err)
{
  const char *argv[] = { g_getenv ("QZ_TEST_QIZHEN"), "--export-plan", uuid, output ? "--output" : NULL, output, NULL };
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", fixture->dir, TRUE);
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

/* The sample's plan, never opened in the app: exported as drafted, as a
 * workbook and as CSV; without --output or with an unknown assessment,
 * a message and exit status 1. */
static void
test_export_plan (QzTestData    *fixture,
                  gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *xlsx = g_build_filename (fixture->dir, "plan.xlsx", NULL);
  g_autofree char *csv = g_build_filename (fixture->dir, "plan.csv", NULL);
  g_autofree char *bytes = NULL;
  gsize length;

  g_assert_cmpint (run_qizhen (fixture, "--load-sample", &out, &err), ==, 0);
  uuid = g_strdup (g_strstrip (out));

  g_clear_pointer (&err, g_free);
  g_assert_cmpint (export_plan (fixture, uuid, xlsx, &err), ==, 0);
  g_assert_true (g_file_get_contents (xlsx, &bytes, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (bytes, "PK"));

  g_clear_pointer (&err, g_free);
  g_clear_pointer (&bytes, g_free);
  g_assert_cmpint (export_plan (fixture, uuid, csv, &err), ==, 0);
  g_assert_true (g_file_get_contents (csv, &bytes, NULL, NULL));
  g_assert_true (g_str_has_prefix (bytes, "\xEF\xBB\xBFNo.,Measure,"));
  /* The first measure of the hand-worked draft (test-plan-draft). */
  g_assert_nonnull (strstr (bytes, "\r\n1,Install smart meters for automatic reading,"));

  g_clear_pointer (&err, g_free);
  g_assert_cmpint (export_plan (fixture, uuid, NULL, &err), ==, 1);
  g_assert_nonnull (strstr (err, "--output"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (export_plan (fixture, "00000000-0000-4000-8000-000000000000", csv, &err), ==, 1);
  g_assert_cmpstr (err, !=, "");
}

/* The report from the command line: a PDF, or a message and exit status
 * 1 without --output FILE.pdf. */
static void
test_export_pdf (QzTestData    *fixture,
                 gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *pdf = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_autofree char *txt = g_build_filename (fixture->dir, "report.txt", NULL);
  g_autofree char *bytes = NULL;
  const char *argv[] = { g_getenv ("QZ_TEST_QIZHEN"), "--export-pdf", NULL, "--output", pdf, NULL };
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", fixture->dir, TRUE);
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_cmpint (run_qizhen (fixture, "--load-sample", &out, &err), ==, 0);
  uuid = g_strdup (g_strstrip (out));
  argv[2] = uuid;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_assert_true (g_file_get_contents (pdf, &bytes, NULL, NULL));
  g_assert_true (g_str_has_prefix (bytes, "%PDF-"));

  argv[4] = txt;
  g_clear_pointer (&err, g_free);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err, &status, &error));
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 1);
  g_assert_nonnull (strstr (err, ".pdf"));
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));
}

static JsonObject *
find_by_id (JsonArray  *array,
            const char *id)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member (object, "id"), id) == 0)
        return object;
    }

  return NULL;
}

/* --score gives every scenario's grade and the level rules that decided
 * the level. The sample, graded on the 2024 descriptors (DOMAIN §9.1):
 * 7 scenarios at grade 3 or more (产品设计, 工艺设计, 计划排程, 生产管控,
 * 质量管理, 设备管理, 财务管理), 5 of them constrained (all but 工艺设计 and
 * 计划排程); 决策支持 at grade 2. So 二级 holds, and 三级 fails on its
 * scenarios alone (7 < 8) while its score (≥ 60) and its constrained
 * count (5 ≥ 5) hold. */
static void
test_score_scenarios_and_rule (QzTestData    *fixture,
                               gconstpointer  data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *uuid = NULL;
  JsonObject *score;
  JsonArray *scenarios;
  JsonObject *rule;
  JsonObject *reached;
  JsonObject *next;
  guint at_three = 0;

  g_assert_cmpint (run_qizhen (fixture, "--load-sample", &out, &err), ==, 0);
  uuid = g_strdup (g_strstrip (out));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_qizhen_with (fixture, "--score", uuid, &out, &err), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  score = json_node_get_object (json_parser_get_root (parser));

  scenarios = json_object_get_array_member (score, "scenarios");
  g_assert_cmpuint (json_array_get_length (scenarios), ==, 16);
  g_assert_cmpint (json_object_get_int_member (find_by_id (scenarios, "decision-support"), "grade"), ==, 2);
  g_assert_false (json_object_get_boolean_member (find_by_id (scenarios, "decision-support"), "constrained"));
  g_assert_cmpint (json_object_get_int_member (find_by_id (scenarios, "production-control"), "grade"), ==, 4);
  g_assert_true (json_object_get_boolean_member (find_by_id (scenarios, "production-control"), "constrained"));
  for (guint i = 0; i < json_array_get_length (scenarios); i++)
    at_three += json_object_get_int_member (json_array_get_object_element (scenarios, i), "grade") >= 3;
  g_assert_cmpuint (at_three, ==, 7);

  rule = json_object_get_object_member (score, "level_rule");
  reached = json_object_get_object_member (rule, "reached");
  g_assert_cmpstr (json_object_get_string_member (reached, "level"), ==, "l2");
  g_assert_cmpstr (json_object_get_string_member (score, "level"), ==, "l2");
  g_assert_cmpfloat (json_object_get_double_member (reached, "min_score"), ==, 40);
  g_assert_true (json_object_get_boolean_member (reached, "score_holds"));
  g_assert_cmpint (json_object_get_int_member (reached, "scenario_grade"), ==, 2);
  g_assert_true (json_object_get_boolean_member (reached, "scenarios_hold"));
  g_assert_true (json_object_get_boolean_member (reached, "constrained_hold"));

  next = json_object_get_object_member (rule, "next");
  g_assert_cmpstr (json_object_get_string_member (next, "level"), ==, "l3");
  g_assert_cmpfloat (json_object_get_double_member (next, "min_score"), ==, 60);
  g_assert_true (json_object_get_boolean_member (next, "score_holds"));
  g_assert_cmpint (json_object_get_int_member (next, "scenario_grade"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (next, "scenarios_needed"), ==, 8);
  g_assert_cmpint (json_object_get_int_member (next, "scenarios"), ==, 7);
  g_assert_false (json_object_get_boolean_member (next, "scenarios_hold"));
  g_assert_cmpint (json_object_get_int_member (next, "constrained_needed"), ==, 5);
  g_assert_cmpint (json_object_get_int_member (next, "constrained"), ==, 5);
  g_assert_true (json_object_get_boolean_member (next, "constrained_hold"));
}

/* Exports the sample's report with @env_changes ("NAME=value", or "NAME"
 * to unset) and @language (or none), and gives its first page's text, or
 * NULL with @err set when qizhen fails. */
static char *
export_pdf_in (QzTestData  *fixture,
               const char  *uuid,
               const char **env_changes,
               const char  *language,
               char       **err)
{
  g_autofree char *podir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  g_autofree char *pdf = g_build_filename (fixture->dir, "language.pdf", NULL);
  const char *argv[] = { g_getenv ("QZ_TEST_QIZHEN"), "--export-pdf", uuid, "--output", pdf,
                         language ? "--language" : NULL, language, NULL };
  const char *text_argv[] = { "pdftotext", "-l", "1", pdf, "-", NULL };
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", fixture->dir, TRUE);
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  int status;

  env = g_environ_setenv (env, "QZ_LOCALEDIR", podir, TRUE);
  for (guint i = 0; env_changes[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (env_changes[i], "=", 2);

      env = pair[1] ? g_environ_setenv (env, pair[0], pair[1], TRUE) : g_environ_unsetenv (env, pair[0]);
    }

  g_remove (pdf);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, err,
                               &status, &error));
  g_assert_no_error (error);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    return NULL;

  g_assert_true (g_spawn_sync (NULL, (char **) text_argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &text, NULL, &status, &error));
  g_assert_no_error (error);
  return text;
}

/* What the README says: the report follows the interface's language, and
 * is Chinese where no language is set (the C locale); --language chooses
 * either. */
static void
test_export_pdf_language (QzTestData    *fixture,
                          gconstpointer  data)
{
  static const char *c_locale[] = { "LANGUAGE", "LANG", "LC_MESSAGES", "LC_ALL=C", NULL };
  static const char *c_utf8[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG=C.UTF-8", NULL };
  static const char *english[] = { "LC_ALL=C.UTF-8", "LANGUAGE=en", NULL };
  static const char *chinese[] = { "LC_ALL=C.UTF-8", "LANGUAGE=zh_CN", NULL };
  const char *zh_title = "数字化转型诊断报告";
  const char *en_title = "Digital Transformation";
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *uuid = NULL;

  g_assert_cmpint (run_qizhen (fixture, "--load-sample", &out, &err), ==, 0);
  uuid = g_strdup (g_strstrip (out));

  {
    const char **envs[] = { c_locale, c_utf8, chinese };

    for (guint i = 0; i < G_N_ELEMENTS (envs); i++)
      {
        g_autofree char *text = NULL;

        g_clear_pointer (&err, g_free);
        text = export_pdf_in (fixture, uuid, envs[i], NULL, &err);
        g_test_message ("environment %u: %s", i, err);
        g_assert_nonnull (text);
        g_assert_nonnull (strstr (text, zh_title));
        g_assert_nonnull (strstr (text, "统一社会信用代码"));
        g_assert_null (strstr (text, en_title));
      }
  }

  {
    g_autofree char *text = NULL;
    g_autofree char *asked = NULL;
    g_autofree char *asked_zh = NULL;

    text = export_pdf_in (fixture, uuid, english, NULL, &err);
    g_assert_nonnull (strstr (text, en_title));
    g_assert_null (strstr (text, zh_title));
    g_clear_pointer (&err, g_free);

    asked = export_pdf_in (fixture, uuid, c_locale, "en", &err);
    g_assert_nonnull (strstr (asked, en_title));
    g_assert_nonnull (strstr (asked, "Credit code"));
    g_assert_null (strstr (asked, zh_title));
    g_clear_pointer (&err, g_free);

    asked_zh = export_pdf_in (fixture, uuid, english, "zh_CN", &err);
    g_assert_nonnull (strstr (asked_zh, zh_title));
    g_clear_pointer (&err, g_free);
  }

  /* A language the report is not written in. */
  g_assert_null (export_pdf_in (fixture, uuid, english, "fr", &err));
  g_assert_nonnull (strstr (err, "fr"));
  g_assert_nonnull (strstr (err, "--language"));
}

static int
run_export (QzTestData  *fixture,
            const char  *option,
            const char  *uuid,
            const char  *output,
            char       **err)
{
  const char *argv[] = { g_getenv ("QZ_TEST_QIZHEN"), option, uuid, "--output", output, NULL };
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", fixture->dir, TRUE);
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, err,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

/* An export to a link to the database, in each format, is refused and the
 * database keeps its bytes; so is an export to a device. */
static void
test_export_refuses_database (QzTestData    *fixture,
                              gconstpointer  data)
{
  static const struct { const char *option; const char *name; } exports[] = {
    { "--export-chart", "chart.png" },
    { "--export-chart", "chart.svg" },
    { "--export-plan", "plan.xlsx" },
    { "--export-plan", "plan.csv" },
    { "--export-pdf", "report.pdf" },
  };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *sum_before = NULL;

  g_assert_cmpint (run_qizhen (fixture, "--load-sample", &out, &err), ==, 0);
  uuid = g_strdup (g_strstrip (out));
  {
    g_autoptr(GBytes) bytes = qz_test_read_file (fixture->path);

    sum_before = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  }

  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    {
      g_autofree char *alias = g_build_filename (fixture->dir, exports[i].name, NULL);
      g_autofree char *device_name = g_strconcat ("null-", exports[i].name, NULL);
      g_autofree char *device = g_build_filename (fixture->dir, device_name, NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *sum_after = NULL;

      g_assert_cmpint (symlink (fixture->path, alias), ==, 0);
      g_clear_pointer (&err, g_free);
      g_assert_cmpint (run_export (fixture, exports[i].option, uuid, alias, &err), ==, 1);
      g_assert_nonnull (strstr (err, alias));
      g_assert_nonnull (strstr (err, "database"));
      bytes = qz_test_read_file (fixture->path);
      sum_after = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
      g_assert_cmpstr (sum_after, ==, sum_before);
      g_assert_true (g_file_test (alias, G_FILE_TEST_IS_SYMLINK));

      /* A device, behind a name with the format's extension: refused
       * before it is opened, and it stays a device. */
      g_assert_cmpint (symlink ("/dev/null", device), ==, 0);
      g_clear_pointer (&err, g_free);
      g_assert_cmpint (run_export (fixture, exports[i].option, uuid, device, &err), ==, 1);
      g_assert_nonnull (strstr (err, "not a regular file"));
      g_assert_true (g_file_test ("/dev/null", G_FILE_TEST_EXISTS) &&
                     !g_file_test ("/dev/null", G_FILE_TEST_IS_REGULAR));
    }
}

/* Runs qizhen with @args (up to 8) and its data under @fixture; the exit
 * status, or -1 when it was killed by a signal. */
static int
run_qizhen_argv (QzTestData         *fixture,
                 const char * const *args,
                 char              **err)
{
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", fixture->dir, TRUE);
  g_autoptr(GError) error = NULL;
  const char *argv[10] = { g_getenv ("QZ_TEST_QIZHEN") };
  int status;

  for (guint i = 0; args[i] != NULL; i++)
    {
      g_assert_cmpuint (i, <, 8);
      argv[i + 1] = args[i];
    }
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, err, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* Every option given empty, twice, with the wrong command or with none:
 * refused with a message that names it, never a crash, nothing written. */
static void
test_options_refused (QzTestData    *fixture,
                      gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *png = g_build_filename (fixture->dir, "chart.png", NULL);
  g_autofree char *csv = g_build_filename (fixture->dir, "plan.csv", NULL);
  g_autofree char *pdf = g_build_filename (fixture->dir, "report.pdf", NULL);

  g_assert_cmpint (run_qizhen (fixture, "--load-sample", &out, &err), ==, 0);
  uuid = g_strdup (g_strstrip (out));

  {
    struct { const char *args[9]; const char *says; } cases[] = {
      { { "--export-chart", uuid, "--output", png, "--series", "", NULL }, "--series needs" },
      { { "--export-chart", uuid, "--output", png, "--series", "current,,target", NULL }, "series is missing" },
      { { "--export-chart", uuid, "--output", png, "--series", " ", NULL }, "series is missing" },
      { { "--export-chart", uuid, "--output", "", NULL }, "--output needs" },
      { { "--export-chart", "", "--output", png, NULL }, "--export-chart needs the UUID" },
      { { "--export-pdf", "", NULL }, "--export-pdf needs the UUID" },
      { { "--score", "", NULL }, "--score needs the UUID" },
      { { "--validate-framework", "", NULL }, "--validate-framework needs" },
      { { "--export-chart", uuid, "--output", png, "--output", csv, NULL }, "--output was given more than once" },
      { { "--export-chart", uuid, "--export-chart", uuid, "--output", png, NULL }, "--export-chart was given more than once" },
      { { "--export-chart", uuid, "--output", png, "--series", "current", "--series", "target", NULL }, "--series was given more than once" },
      { { "--export-plan", uuid, "--output", csv, "--series", "current", NULL }, "--series goes with --export-chart" },
      { { "--list", "--output", csv, NULL }, "--output goes with" },
      { { "--output", png, NULL }, "--output goes with" },
      { { "--series", "current", NULL }, "--series goes with" },
      { { "--export-chart", uuid, "--output", png, "--language", "en", NULL }, "--language goes with --export-pdf" },
      { { "--export-pdf", uuid, "--output", pdf, "--language", "", NULL }, "--language needs" },
      { { "--export-pdf", uuid, "--output", pdf, "--language", "en", "--language", "zh_CN", NULL },
        "--language was given more than once" },
      { { "--list", "--list-frameworks", NULL }, "one command at a time" },
      { { "--export-chart", uuid, "--export-plan", uuid, "--output", png, NULL }, "one command at a time" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_clear_pointer (&err, g_free);
        g_test_message ("case %u: %s", i, cases[i].says);
        g_assert_cmpint (run_qizhen_argv (fixture, cases[i].args, &err), ==, 1);
        g_assert_true (g_str_has_prefix (err, "qizhen: "));
        g_assert_nonnull (strstr (err, cases[i].says));
        g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
        g_assert_false (g_file_test (csv, G_FILE_TEST_EXISTS));
      }
  }
}

/* A database another tool has been at: an enterprise without a UUID
 * crashed --list; a framework that no longer parses made every
 * assessment of the enterprise look gone. */
static void
test_untrusted_database (QzTestData    *fixture,
                         gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *uuid = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (run_qizhen (fixture, "--load-sample", &out, &err), ==, 0);
  uuid = g_strdup (g_strstrip (out));
  qz_test_sqlite_exec_unchecked (fixture->path, "enterprise",
                                 "INSERT INTO enterprise (uuid, name, created, updated, origin)"
                                 " VALUES (NULL, NULL, 1, 1, NULL);");
  qz_test_sqlite_exec (fixture->path, "UPDATE framework SET source = CAST('{\"id\": <data>' AS BLOB);");

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_qizhen (fixture, "--list", &out, &err), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);     /* the sample's enterprise only */

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_qizhen (fixture, "--list-assessments", &out, &err), ==, 0);
  g_assert_true (g_str_has_prefix (out, uuid));
  g_assert_nonnull (strstr (out, "\tunreadable\t"));
  g_assert_nonnull (strstr (err, uuid));
  g_assert_nonnull (strstr (err, "<data>"));
}

/* A name that is not UTF-8 made the PDF export fail, and one of 10 MB
 * took 110 s and 2.3 GB: read back valid and capped, it reports. */
static void
test_export_untrusted_name (QzTestData    *fixture,
                            gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *pdf = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_autofree char *bytes = NULL;

  g_assert_cmpint (run_qizhen (fixture, "--load-sample", &out, &err), ==, 0);
  uuid = g_strdup (g_strstrip (out));
  qz_test_sqlite_exec (fixture->path, "UPDATE enterprise SET name = CAST(X'E6B0B8FF' AS TEXT) || printf('%.*c', 10000000, 'x');");

  {
    const char *args[] = { "--export-pdf", uuid, "--output", pdf, NULL };

    g_clear_pointer (&err, g_free);
    g_assert_cmpint (run_qizhen_argv (fixture, args, &err), ==, 0);
  }
  g_assert_true (g_file_get_contents (pdf, &bytes, NULL, NULL));
  g_assert_true (g_str_has_prefix (bytes, "%PDF-"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, QzTestData, NULL, qz_test_data_set_up, func, qz_test_data_tear_down)

  ADD ("/qz/cli/version", test_version);
  ADD ("/qz/cli/list-without-database", test_list_without_database);
  ADD ("/qz/cli/list", test_list);
  ADD ("/qz/cli/list-refuses-corrupt", test_list_refuses_corrupt);
  ADD ("/qz/cli/write-refuses-damage", test_write_refuses_damage);
  ADD ("/qz/cli/export-refuses-database", test_export_refuses_database);
  ADD ("/qz/cli/unknown-option", test_unknown_option);
  ADD ("/qz/cli/list-frameworks", test_list_frameworks);
  ADD ("/qz/cli/validate-framework", test_validate_framework);
  ADD ("/qz/cli/sample-and-score", test_sample_and_score);
  ADD ("/qz/cli/export-chart", test_export_chart);
  ADD ("/qz/cli/export-plan", test_export_plan);
  ADD ("/qz/cli/export-pdf", test_export_pdf);
  ADD ("/qz/cli/score-scenarios-and-rule", test_score_scenarios_and_rule);
  ADD ("/qz/cli/export-pdf-language", test_export_pdf_language);
  ADD ("/qz/cli/options-refused", test_options_refused);
  ADD ("/qz/cli/untrusted-database", test_untrusted_database);
  ADD ("/qz/cli/export-untrusted-name", test_export_untrusted_name);

#undef ADD

  return g_test_run ();
}
