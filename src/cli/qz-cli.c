/* qz-cli.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-cli"

#include "qz-config.h"

#include <glib/gi18n-lib.h>

#include <json-glib/json-glib.h>

#include "qz-assessment-store.h"
#include "qz-benchmark-query.h"
#include "qz-chart.h"
#include "qz-cli.h"
#include "qz-enterprise-store.h"
#include "qz-framework-loader.h"
#include "qz-plan-export.h"
#include "qz-plan.h"
#include "qz-report.h"
#include "qz-report-source.h"
#include "qz-sample.h"

/* Tabs and line breaks would break the one-record-a-line format. */
static void
append_field (GString    *out,
              const char *text)
{
  for (const char *p = text; *p; p++)
    g_string_append_c (out, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
}

static void
append_line (GString           *out,
             const char * const *fields,
             guint               n_fields)
{
  for (guint f = 0; f < n_fields; f++)
    {
      if (f > 0)
        g_string_append_c (out, '\t');
      append_field (out, fields[f]);
    }
  g_string_append_c (out, '\n');
}

static char *
format_time (gint64 usec)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);

  return g_date_time_format_iso8601 (time);
}

/**
 * qz_cli_print_list:
 * @database_path: the database file
 * @out: where the lines go
 * @error: return location for a #QzDatabaseError
 *
 * Appends one line per enterprise, most recently changed first, with
 * tab-separated fields: UUID, name, credit code, industry code, region
 * and the time of the last change (ISO 8601, UTC). A database that does
 * not exist yet lists nothing and is not created; nothing is written.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_cli_print_list (const char  *database_path,
                   GString     *out,
                   GError     **error)
{
  g_autoptr(QzDatabase) database = NULL;
  g_autoptr(QzEnterpriseStore) store = NULL;
  guint n_items;

  if (!g_file_test (database_path, G_FILE_TEST_EXISTS))
    return TRUE;

  database = qz_database_open_read_only (database_path, error);
  if (database == NULL)
    return FALSE;

  store = qz_enterprise_store_new (database, error);
  if (store == NULL)
    return FALSE;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (store));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(QzEnterprise) enterprise = g_list_model_get_item (G_LIST_MODEL (store), i);
      g_autofree char *region = qz_enterprise_dup_region (enterprise);
      g_autofree char *updated = format_time (qz_enterprise_get_updated (enterprise));
      const char *fields[] = {
        qz_enterprise_get_uuid (enterprise),
        qz_enterprise_get_name (enterprise),
        qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_USCC),
        qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_INDUSTRY_CODE),
        region,
        updated,
      };

      append_line (out, fields, G_N_ELEMENTS (fields));
    }

  return TRUE;
}

/**
 * qz_cli_print_frameworks:
 * @out: where the lines go
 * @error: return location for a #QzFrameworkError
 *
 * Appends one line per built-in framework: id, version and title, tab-separated.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_cli_print_frameworks (GString  *out,
                         GError  **error)
{
  g_autoptr(GPtrArray) frameworks = qz_framework_load_builtin (error);

  if (frameworks == NULL)
    return FALSE;

  for (guint i = 0; i < frameworks->len; i++)
    {
      QzFramework *framework = g_ptr_array_index (frameworks, i);
      const char *fields[] = {
        qz_framework_get_id (framework),
        qz_framework_get_version (framework),
        qz_text_get (qz_framework_get_title (framework)),
      };

      append_line (out, fields, G_N_ELEMENTS (fields));
    }

  return TRUE;
}

/**
 * qz_cli_validate_framework:
 * @path: a framework file
 * @out: where the verdict goes when the file is valid
 * @err: where each problem goes, one a line, "FILE: JSON path: message"
 *
 * Returns: the exit status: 0 when the file is valid, 1 otherwise
 */
int
qz_cli_validate_framework (const char *path,
                           GString    *out,
                           GString    *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(QzFramework) framework = qz_framework_load_file (path, &problems, &error);

  if (framework == NULL)
    {
      g_string_append_printf (err, "%s\n", error->message);
      for (guint i = 0; problems != NULL && i < problems->len; i++)
        g_string_append_printf (err, "%s: %s\n", path, (char *) g_ptr_array_index (problems, i));
      return 1;
    }

  g_string_append_printf (out, _("%s: valid framework “%s” %s, %u indicators\n"),
                          path, qz_framework_get_id (framework),
                          qz_framework_get_version (framework),
                          qz_framework_get_n_indicators (framework));
  return 0;
}

/**
 * qz_cli_load_sample:
 * @database_path: the database file, created when missing
 * @error: return location for an error
 *
 * Returns: (transfer full): the sample assessment's UUID, or %NULL
 */
char *
qz_cli_load_sample (const char  *database_path,
                    GError     **error)
{
  g_autoptr(QzDatabase) database = qz_database_open (database_path, error);
  g_autoptr(QzEnterpriseStore) enterprises = NULL;
  g_autoptr(QzAssessmentStore) assessments = NULL;

  if (database == NULL)
    return NULL;

  enterprises = qz_enterprise_store_new (database, error);
  if (enterprises == NULL)
    return NULL;
  assessments = qz_assessment_store_new (database);

  return qz_sample_load (enterprises, assessments, error);
}

static QzDatabase *
open_existing (const char  *database_path,
               GError     **error)
{
  if (!g_file_test (database_path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND,
                   _("There is no database yet at “%s”."), database_path);
      return NULL;
    }

  return qz_database_open_read_only (database_path, error);
}

static char *
format_points (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f", value));
}

/**
 * qz_cli_print_assessments:
 * @database_path: the database file
 * @out: where the lines go
 * @error: return location for an error
 *
 * Appends one line per assessment, latest visit first: UUID, enterprise,
 * framework id, visit date, status, total score and level id (empty below
 * the lowest level), tab-separated.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_cli_print_assessments (const char  *database_path,
                          GString     *out,
                          GError     **error)
{
  g_autoptr(QzDatabase) database = NULL;
  g_autoptr(QzEnterpriseStore) enterprises = NULL;
  g_autoptr(QzAssessmentStore) store = NULL;
  g_autoptr(GPtrArray) assessments = NULL;

  if (!g_file_test (database_path, G_FILE_TEST_EXISTS))
    return TRUE;

  database = qz_database_open_read_only (database_path, error);
  if (database == NULL)
    return FALSE;
  enterprises = qz_enterprise_store_new (database, error);
  if (enterprises == NULL)
    return FALSE;
  store = qz_assessment_store_new (database);
  assessments = qz_assessment_store_list (store, NULL, error);
  if (assessments == NULL)
    return FALSE;

  for (guint i = 0; i < assessments->len; i++)
    {
      QzAssessment *assessment = g_ptr_array_index (assessments, i);
      QzEnterprise *enterprise = qz_enterprise_store_find (enterprises,
                                                           qz_assessment_get_enterprise_uuid (assessment), NULL);
      g_autoptr(QzResult) result = qz_assessment_score (assessment);
      g_autofree char *total = format_points (result->total);
      const char *fields[] = {
        qz_assessment_get_uuid (assessment),
        enterprise ? qz_enterprise_get_name (enterprise) : "",
        qz_framework_get_id (qz_assessment_get_framework (assessment)),
        qz_assessment_get_visit_date (assessment),
        qz_assessment_get_status (assessment) == QZ_ASSESSMENT_COMPLETE ? "complete" : "draft",
        total,
        result->level ? result->level->id : "",
      };

      append_line (out, fields, G_N_ELEMENTS (fields));
    }

  return TRUE;
}

static void
add_node (JsonBuilder       *builder,
          const char        *id,
          const QzText      *title,
          const QzNodeScore *node)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  if (title != NULL)
    {
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, qz_text_get (title));
    }
  json_builder_set_member_name (builder, "points");
  json_builder_add_double_value (builder, node->points);
  json_builder_set_member_name (builder, "max");
  json_builder_add_double_value (builder, node->max);
  json_builder_set_member_name (builder, "na");
  json_builder_add_boolean_value (builder, node->na);
  json_builder_end_object (builder);
}

/* An assessment and the stores around it, opened for a command. */
typedef struct
{
  QzDatabase        *database;
  QzEnterpriseStore *enterprises;
  QzAssessmentStore *store;
  QzAssessment      *assessment;
} Opened;

static void
opened_clear (Opened *opened)
{
  g_clear_object (&opened->assessment);
  g_clear_object (&opened->store);
  g_clear_object (&opened->enterprises);
  g_clear_object (&opened->database);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Opened, opened_clear)

static gboolean
open_assessment (const char  *database_path,
                 const char  *uuid,
                 Opened      *opened,
                 GError     **error)
{
  if (!g_uuid_string_is_valid (uuid))
    {
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_INVALID,
                   _("“%s” is not an assessment id (a UUID, as --list-assessments prints)."), uuid);
      return FALSE;
    }
  opened->database = open_existing (database_path, error);
  if (opened->database == NULL)
    return FALSE;

  opened->enterprises = qz_enterprise_store_new (opened->database, error);
  if (opened->enterprises == NULL)
    return FALSE;
  opened->store = qz_assessment_store_new (opened->database);
  opened->assessment = qz_assessment_store_load (opened->store, uuid, error);
  return opened->assessment != NULL;
}

/**
 * qz_cli_print_score:
 * @database_path: the database file
 * @uuid: an assessment's UUID
 * @out: where the JSON goes
 * @error: return location for an error
 *
 * Appends the assessment's result as JSON: total, maximum, level,
 * whether it is provisional and what is missing, and the points of every
 * dimension and indicator.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_cli_print_score (const char  *database_path,
                    const char  *uuid,
                    GString     *out,
                    GError     **error)
{
  g_auto(Opened) opened = { 0 };
  g_autoptr(QzResult) result = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;
  QzFramework *framework;
  GPtrArray *dimensions;

  if (!open_assessment (database_path, uuid, &opened, error))
    return FALSE;

  framework = qz_assessment_get_framework (opened.assessment);
  result = qz_assessment_score (opened.assessment);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "assessment");
  json_builder_add_string_value (builder, uuid);
  json_builder_set_member_name (builder, "framework");
  json_builder_add_string_value (builder, qz_framework_get_id (framework));
  json_builder_set_member_name (builder, "version");
  json_builder_add_string_value (builder, qz_framework_get_version (framework));
  json_builder_set_member_name (builder, "method");
  json_builder_add_string_value (builder, result->method == QZ_SCORING_MATURITY ? "maturity" : "points");
  json_builder_set_member_name (builder, "total");
  json_builder_add_double_value (builder, result->total);
  json_builder_set_member_name (builder, "max");
  json_builder_add_double_value (builder, result->max);
  json_builder_set_member_name (builder, "level");
  if (result->level != NULL)
    json_builder_add_string_value (builder, result->level->id);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "level_name");
  if (result->level != NULL)
    json_builder_add_string_value (builder, qz_text_get (&result->level->name));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "provisional");
  json_builder_add_boolean_value (builder, result->provisional);

  json_builder_set_member_name (builder, "missing");
  json_builder_begin_array (builder);
  for (guint i = 0; i < result->missing->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (result->missing, i));
  json_builder_end_array (builder);

  dimensions = qz_framework_get_dimensions (framework);
  json_builder_set_member_name (builder, "dimensions");
  json_builder_begin_array (builder);
  for (guint d = 0; d < dimensions->len; d++)
    {
      QzDimension *dimension = g_ptr_array_index (dimensions, d);
      add_node (builder, dimension->id, &dimension->title, qz_result_get_node (result, dimension->id));
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "indicators");
  json_builder_begin_array (builder);
  for (guint i = 0; i < qz_framework_get_indicators (framework)->len; i++)
    {
      QzIndicator *indicator = g_ptr_array_index (qz_framework_get_indicators (framework), i);
      add_node (builder, indicator->id, NULL, qz_result_get_node (result, indicator->id));
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json = json_generator_to_data (generator, NULL);
  g_string_append_printf (out, "%s\n", json);
  return TRUE;
}

/**
 * qz_cli_export_chart:
 * @database_path: the database file
 * @uuid: an assessment's UUID
 * @output: a .png or .svg file
 * @series: (nullable): the series to draw, "current,target,previous,industry"
 *   when %NULL
 * @error: return location for an error
 *
 * Writes the assessment's radar chart. The previous series is the latest
 * earlier assessment of the enterprise with the same framework; the
 * industry series, the benchmark of its GB/T 4754 division.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_cli_export_chart (const char  *database_path,
                     const char  *uuid,
                     const char  *output,
                     const char  *series,
                     GError     **error)
{
  g_auto(Opened) opened = { 0 };
  g_autoptr(QzAssessment) previous = NULL;
  g_autoptr(QzBenchmark) industry = NULL;
  g_autoptr(QzChartData) data = NULL;
  QzChartSeries wanted;

  if (!qz_chart_parse_series (series ? series : "current,target,previous,industry", &wanted, error))
    return FALSE;
  if (output == NULL)
    {
      g_set_error_literal (error, QZ_CHART_ERROR, QZ_CHART_ERROR_INVALID,
                           _("Say where to write the chart with --output FILE.png or FILE.svg."));
      return FALSE;
    }

  if (!open_assessment (database_path, uuid, &opened, error))
    return FALSE;

  if ((wanted & QZ_CHART_PREVIOUS) != 0)
    previous = qz_assessment_store_find_previous (opened.store, opened.assessment, NULL);
  if ((wanted & QZ_CHART_INDUSTRY) != 0)
    industry = qz_benchmark_compute (opened.store, opened.enterprises, opened.assessment, QZ_BENCHMARK_DIVISION, NULL);

  data = qz_chart_for_assessment (opened.assessment, previous, industry, wanted);
  return qz_chart_export (data, output, error);
}

/**
 * qz_cli_export_plan:
 * @database_path: the database file
 * @uuid: an assessment's UUID
 * @output: a .xlsx or .csv file
 * @error: return location for an error
 *
 * Writes the assessment's improvement plan as kept in the app or, when
 * none was kept yet, as the app would draft it.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_cli_export_plan (const char  *database_path,
                    const char  *uuid,
                    const char  *output,
                    GError     **error)
{
  g_auto(Opened) opened = { 0 };
  g_autoptr(QzPlanStore) plans = NULL;
  g_autoptr(GListStore) items = NULL;
  g_autofree char *title = NULL;
  QzEnterprise *enterprise;

  if (output == NULL)
    {
      g_set_error_literal (error, QZ_PLAN_EXPORT_ERROR, QZ_PLAN_EXPORT_ERROR_FORMAT,
                           _("Say where to write the plan with --output FILE.xlsx or FILE.csv."));
      return FALSE;
    }

  if (!open_assessment (database_path, uuid, &opened, error))
    return FALSE;

  plans = qz_plan_store_new (opened.database);
  items = qz_plan_load (plans, opened.assessment, NULL, error);
  if (items == NULL)
    return FALSE;

  enterprise = qz_enterprise_store_find (opened.enterprises, qz_assessment_get_enterprise_uuid (opened.assessment), NULL);
  title = g_strdup_printf (_("Improvement plan: %s"), enterprise ? qz_enterprise_get_name (enterprise) : uuid);
  return qz_plan_export (G_LIST_MODEL (items), qz_assessment_get_framework (opened.assessment), title, output, error);
}

/* The report's preferences, when the settings schema is installed. */
static char *
dup_setting (const char *key)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;
  g_autoptr(GSettings) settings = NULL;

  if (schema == NULL || !g_settings_schema_has_key (schema, key))
    return g_strdup ("");

  settings = g_settings_new (APP_ID);
  return g_settings_get_string (settings, key);
}

/**
 * qz_cli_export_pdf:
 * @database_path: the database file
 * @uuid: an assessment's UUID
 * @output: a .pdf file
 * @error: return location for an error
 *
 * Writes the assessment's diagnosis report in Chinese, with every
 * section, the plan as kept (or drafted) and the industry average of its
 * division.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_cli_export_pdf (const char  *database_path,
                   const char  *uuid,
                   const char  *output,
                   GError     **error)
{
  g_auto(Opened) opened = { 0 };
  g_autoptr(QzPlanStore) plans = NULL;
  g_autoptr(QzReportInput) input = NULL;
  g_autofree char *organisation = dup_setting ("report-organisation");
  g_autofree char *author = dup_setting ("report-author");
  g_autofree char *logo_path = dup_setting ("report-logo");
  g_autoptr(QzReportLogo) logo = NULL;
  g_autofree char *lower = output ? g_ascii_strdown (output, -1) : NULL;
  QzReportOptions options = { QZ_REPORT_ALL, organisation, author, "zh_CN" };

  if (output == NULL || !g_str_has_suffix (lower, ".pdf"))
    {
      g_set_error_literal (error, QZ_DOC_ERROR, QZ_DOC_ERROR_FAILED,
                           _("Say where to write the report with --output FILE.pdf."));
      return FALSE;
    }

  if (!open_assessment (database_path, uuid, &opened, error))
    return FALSE;

  plans = qz_plan_store_new (opened.database);
  input = qz_report_input_gather (opened.enterprises, opened.store, plans, opened.assessment, error);
  if (input == NULL)
    return FALSE;

  if (logo_path[0] != '\0')
    {
      g_autoptr(GError) logo_error = NULL;

      logo = qz_report_logo_load (logo_path, &logo_error);
      if (logo == NULL)
        g_printerr (_("qizhen: the report goes without its logo: %s\n"), logo_error->message);
      options.logo = logo;
    }

  return qz_report_export_pdf (input, &options, output, error);
}
