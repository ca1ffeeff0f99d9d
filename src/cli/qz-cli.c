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
#include <stdio.h>
#include <stdlib.h>

#include "qz-benchmark-query.h"
#include "qz-chart.h"
#include "qz-cli-private.h"
#include "qz-cli.h"
#include "qz-framework-loader.h"
#include "qz-plan-export.h"
#include "qz-plan.h"
#include "qz-report-source.h"
#include "qz-report.h"
#include "qz-sample.h"

/* The command line: a table of commands, each saying what it needs opened
 * (nothing, the database to read, the database to write, or one
 * assessment in it); run_command() opens that once, for all of them. */

typedef enum
{
  NEEDS_NOTHING,
  NEEDS_DATABASE,     /* read-only; none yet and there is nothing to print */
  NEEDS_ROWS,         /* the same, read row by row: no store loaded */
  NEEDS_WRITABLE,     /* created when missing */
  NEEDS_ASSESSMENT,   /* the one the argument names, in an existing database */
} Needs;

/* What a command runs with: the option's argument, the options that go
 * with it, what was opened for it, and where its output goes. */
typedef struct
{
  const char        *argument;
  const char        *output;
  const char        *series;
  const char        *language; /* --language, as check_pdf() read it; NULL: the interface's */
  QzChartSeries      wanted;    /* the series, as check_chart() read them */
  QzDatabase        *database;
  QzEnterpriseStore *enterprises;
  QzAssessmentStore *assessments;
  QzAssessment      *assessment;
  GString           *out;
  GString           *err;    /* details of a failure, after its message */
} Context;

typedef gboolean (*CommandFunc) (Context  *context,
                                 GError  **error);

/* The options that go with a command rather than being one. */
typedef enum
{
  TAKES_NOTHING  = 0,
  TAKES_OUTPUT   = 1 << 0,
  TAKES_SERIES   = 1 << 1,
  TAKES_LANGUAGE = 1 << 2,
} Takes;

typedef struct
{
  const char  *name;
  GOptionArg   arg;
  Needs        needs;
  CommandFunc  check;    /* nullable: refuses the options before anything is opened */
  CommandFunc  run;
  const char  *description;
  const char  *arg_description;
  Takes        takes;
} Command;

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

static char *
format_points (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f", value));
}

static gboolean
print_version (Context  *context,
               GError  **error)
{
  g_string_append_printf (context->out, "qizhen %s\n", PACKAGE_VERSION);
  return TRUE;
}

/* What is printed so far goes out: a long listing is written as it is
 * read, in bounded memory. */
static void
flush_out (Context *context)
{
  fwrite (context->out->str, 1, context->out->len, stdout);
  g_string_truncate (context->out, 0);
}

static gboolean
print_enterprise (QzEnterprise  *enterprise,
                  gpointer       user_data,
                  GError       **error)
{
  Context *context = user_data;
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

  append_line (context->out, fields, G_N_ELEMENTS (fields));
  if (context->out->len >= 64 * 1024)
    flush_out (context);
  return TRUE;
}

/* One line per enterprise, most recently changed first: UUID, name,
 * credit code, industry code, region and the time of the last change
 * (ISO 8601, UTC). */
static gboolean
print_list (Context  *context,
            GError  **error)
{
  if (context->database == NULL)
    return TRUE;

  return qz_enterprise_store_each (context->database, print_enterprise, context, error);
}

/* One line per built-in framework: id, version and title. */
static gboolean
print_frameworks (Context  *context,
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

      append_line (context->out, fields, G_N_ELEMENTS (fields));
    }

  return TRUE;
}

/* The verdict on a framework file; each problem on a line of its own,
 * "FILE: JSON path: message". */
static gboolean
validate_framework (Context  *context,
                    GError  **error)
{
  const char *path = context->argument;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(QzFramework) framework = qz_framework_load_file (path, &problems, error);

  if (framework == NULL)
    {
      for (guint i = 0; problems != NULL && i < problems->len; i++)
        g_string_append_printf (context->err, "%s: %s\n", path, (char *) g_ptr_array_index (problems, i));
      return FALSE;
    }

  g_string_append_printf (context->out, _("%s: valid framework “%s” %s, %u indicators\n"),
                          path, qz_framework_get_id (framework),
                          qz_framework_get_version (framework),
                          qz_framework_get_n_indicators (framework));
  return TRUE;
}

/* The sample case, added once; its assessment's UUID. */
static gboolean
load_sample (Context  *context,
             GError  **error)
{
  g_autofree char *uuid = qz_sample_load (context->enterprises, context->assessments, error);

  if (uuid == NULL)
    return FALSE;

  g_string_append_printf (context->out, "%s\n", uuid);
  return TRUE;
}

/* One line per assessment, latest visit first: UUID, enterprise,
 * framework id, visit date, status, total score and level id (empty
 * below the lowest level). One that cannot be read comes last, with the
 * status "unreadable", and the reason on stderr. */
static gboolean
print_assessments (Context  *context,
                   GError  **error)
{
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GPtrArray) unreadable = NULL;

  if (context->assessments == NULL)
    return TRUE;
  assessments = qz_assessment_store_list_all (context->assessments, NULL, &unreadable, error);
  if (assessments == NULL)
    return FALSE;

  for (guint i = 0; i < assessments->len; i++)
    {
      QzAssessment *assessment = g_ptr_array_index (assessments, i);
      QzEnterprise *enterprise = qz_enterprise_store_find (context->enterprises,
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

      append_line (context->out, fields, G_N_ELEMENTS (fields));
    }

  for (guint i = 0; i < unreadable->len; i++)
    {
      QzUnreadableAssessment *item = g_ptr_array_index (unreadable, i);
      const char *fields[] = { item->uuid, "", "", item->visit_date, "unreadable", "", "" };

      append_line (context->out, fields, G_N_ELEMENTS (fields));
      g_printerr (_("qizhen: the assessment %s cannot be read: %s\n"), item->uuid, item->reason);
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

/* The result as JSON: total, maximum, level, whether it is provisional
 * and what is missing, the points of every dimension and indicator, every
 * scenario's grade, and the level rules that decided the level. */
static gboolean
print_score (Context  *context,
             GError  **error)
{
  g_autoptr(QzResult) result = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;
  QzFramework *framework;
  GPtrArray *dimensions;

  framework = qz_assessment_get_framework (context->assessment);
  result = qz_assessment_score (context->assessment);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "assessment");
  json_builder_add_string_value (builder, context->argument);
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
  json_builder_set_member_name (builder, "weight_set");
  if (result->weight_set != NULL)
    json_builder_add_string_value (builder, result->weight_set->id);
  else
    json_builder_add_null_value (builder);

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

  _qz_cli_add_scenarios (builder, framework, qz_assessment_get_answers (context->assessment));
  _qz_cli_add_level_rule (builder, result, framework, qz_assessment_get_answers (context->assessment));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json = json_generator_to_data (generator, NULL);
  g_string_append_printf (context->out, "%s\n", json);
  return TRUE;
}

/* The series to draw, and where: before anything is opened. */
static gboolean
check_chart (Context  *context,
             GError  **error)
{
  if (!qz_chart_parse_series (context->series ? context->series : "current,target,previous,industry",
                              &context->wanted, error))
    return FALSE;

  if (context->output != NULL)
    return TRUE;

  g_set_error_literal (error, QZ_CHART_ERROR, QZ_CHART_ERROR_INVALID,
                       _("Say where to write the chart with --output FILE.png or FILE.svg."));
  return FALSE;
}

static gboolean
check_plan (Context  *context,
            GError  **error)
{
  if (context->output != NULL)
    return TRUE;

  g_set_error_literal (error, QZ_PLAN_EXPORT_ERROR, QZ_PLAN_EXPORT_ERROR_FORMAT,
                       _("Say where to write the plan with --output FILE.xlsx or FILE.csv."));
  return FALSE;
}

static gboolean
check_pdf (Context  *context,
           GError  **error)
{
  g_autofree char *lower = context->output ? g_ascii_strdown (context->output, -1) : NULL;

  if (lower == NULL || !g_str_has_suffix (lower, ".pdf"))
    {
      g_set_error_literal (error, QZ_DOC_ERROR, QZ_DOC_ERROR_FAILED,
                           _("Say where to write the report with --output FILE.pdf."));
      return FALSE;
    }

  /* The report's language: as asked, else the interface's. */
  if (context->language == NULL)
    context->language = qz_text_report_language ();
  else if (g_strcmp0 (context->language, "zh_CN") == 0 || g_strcmp0 (context->language, "en") == 0)
    return TRUE;
  else
    {
      g_set_error (error, QZ_DOC_ERROR, QZ_DOC_ERROR_FAILED,
                   _("“%s” is not a language the report is written in: use --language zh_CN or --language en."),
                   context->language);
      return FALSE;
    }

  return TRUE;
}

/* The radar chart, .png or .svg. The previous series is the latest
 * earlier assessment of the enterprise with the same framework; the
 * industry series, the benchmark of its GB/T 4754 division. */
static gboolean
export_chart (Context  *context,
              GError  **error)
{
  g_autoptr(QzAssessment) previous = NULL;
  g_autoptr(QzBenchmark) industry = NULL;
  g_autoptr(QzChartData) data = NULL;
  QzChartSeries wanted = context->wanted;

  if ((wanted & QZ_CHART_PREVIOUS) != 0)
    previous = qz_assessment_store_find_previous (context->assessments, context->assessment, NULL);
  if ((wanted & QZ_CHART_INDUSTRY) != 0)
    industry = qz_benchmark_compute (context->assessments, context->enterprises, context->assessment,
                                     QZ_BENCHMARK_DIVISION, NULL);

  data = qz_chart_for_assessment (context->assessment, previous, industry, wanted);
  return qz_chart_export (data, context->output, error);
}

/* The improvement plan, .xlsx or .csv, as kept in the app or, when none
 * was kept yet, as the app would draft it. */
static gboolean
export_plan (Context  *context,
             GError  **error)
{
  g_autoptr(QzPlanStore) plans = qz_plan_store_new (context->database);
  g_autoptr(GListStore) items = NULL;
  g_autofree char *title = NULL;
  QzEnterprise *enterprise;

  items = qz_plan_load (plans, context->assessment, NULL, error);
  if (items == NULL)
    return FALSE;

  enterprise = qz_enterprise_store_find (context->enterprises,
                                         qz_assessment_get_enterprise_uuid (context->assessment), NULL);
  title = g_strdup_printf (_("Improvement plan: %s"),
                           enterprise ? qz_enterprise_get_name (enterprise) : context->argument);
  return qz_plan_export (G_LIST_MODEL (items), qz_assessment_get_framework (context->assessment), title,
                         context->output, error);
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

/* The diagnosis report in the language check_pdf() chose, with every
 * section, the plan as kept (or drafted) and the industry average of its
 * division. */
static gboolean
export_pdf (Context  *context,
            GError  **error)
{
  g_autoptr(QzPlanStore) plans = qz_plan_store_new (context->database);
  g_autoptr(QzReportInput) input = NULL;
  g_autofree char *organisation = dup_setting ("report-organisation");
  g_autofree char *author = dup_setting ("report-author");
  g_autofree char *logo_path = dup_setting ("report-logo");
  g_autoptr(QzReportLogo) logo = NULL;
  QzReportOptions options = { QZ_REPORT_ALL, organisation, author, context->language };

  input = qz_report_input_gather (context->enterprises, context->assessments, plans, context->assessment, error);
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

  return qz_report_export_pdf (input, &options, context->output, error);
}

/* ---- Exchange files (qz-cli-exchange.c) ---- */

static gboolean
check_export_cases (Context  *context,
                    GError  **error)
{
  return _qz_cli_check_export_cases (context->output, error);
}

static gboolean
export_cases (Context  *context,
              GError  **error)
{
  g_autofree char *author = dup_setting ("report-author");

  return _qz_cli_export_cases (context->database, context->argument, context->output, author, error);
}

static gboolean
import_cases (Context  *context,
              GError  **error)
{
  g_autofree char *author = dup_setting ("report-author");

  return _qz_cli_import_cases (context->database, context->argument, author, context->out, error);
}

static gboolean
print_digest (Context  *context,
              GError  **error)
{
  return _qz_cli_print_digest (context->database, context->argument, context->out, error);
}

static const Command commands[] = {
  { "version", G_OPTION_ARG_NONE, NEEDS_NOTHING, NULL, print_version,
    N_("Print the version and exit"), NULL },
  { "list", G_OPTION_ARG_NONE, NEEDS_ROWS, NULL, print_list,
    N_("Print one enterprise a line (UUID, name, credit code, industry, region, last change; tab-separated) and exit"), NULL },
  { "list-frameworks", G_OPTION_ARG_NONE, NEEDS_NOTHING, NULL, print_frameworks,
    N_("Print the built-in frameworks (id, version, title; tab-separated) and exit"), NULL },
  { "load-sample", G_OPTION_ARG_NONE, NEEDS_WRITABLE, NULL, load_sample,
    N_("Add the sample enterprise with a complete assessment (once), print the assessment’s UUID and exit"), NULL },
  { "list-assessments", G_OPTION_ARG_NONE, NEEDS_DATABASE, NULL, print_assessments,
    N_("Print one assessment a line (UUID, enterprise, framework, visit date, status, total, level; tab-separated) and exit"), NULL },
  { "score", G_OPTION_ARG_STRING, NEEDS_ASSESSMENT, NULL, print_score,
    N_("Print the result of an assessment as JSON and exit"), N_("UUID") },
  { "export-chart", G_OPTION_ARG_STRING, NEEDS_ASSESSMENT, check_chart, export_chart,
    N_("Write the radar chart of an assessment to the file given with --output (.png or .svg) and exit"), N_("UUID"),
    TAKES_OUTPUT | TAKES_SERIES },
  { "export-plan", G_OPTION_ARG_STRING, NEEDS_ASSESSMENT, check_plan, export_plan,
    N_("Write the improvement plan of an assessment to the file given with --output (.xlsx or .csv) and exit"), N_("UUID"),
    TAKES_OUTPUT },
  { "export-pdf", G_OPTION_ARG_STRING, NEEDS_ASSESSMENT, check_pdf, export_pdf,
    N_("Write the diagnosis report of an assessment to the PDF file given with --output and exit"), N_("UUID"),
    TAKES_OUTPUT | TAKES_LANGUAGE },
  { "validate-framework", G_OPTION_ARG_FILENAME, NEEDS_NOTHING, NULL, validate_framework,
    N_("Check a framework file, print every problem with its JSON path, and exit"), N_("FILE") },
  { "export-cases", G_OPTION_ARG_STRING, NEEDS_DATABASE, check_export_cases, export_cases,
    N_("Write the enterprises named (UUIDs separated by commas, or --all) with all their cases to the exchange file given with --output and exit"), N_("UUID[,UUID…]|--all"),
    TAKES_OUTPUT },
  { "import", G_OPTION_ARG_FILENAME, NEEDS_WRITABLE, NULL, import_cases,
    N_("Merge the cases of an exchange file into the database, print what changed and exit"), N_("FILE.qizhen") },
  { "digest", G_OPTION_ARG_STRING, NEEDS_DATABASE, NULL, print_digest,
    N_("Print the digest of the content of one enterprise’s cases, or of all, to compare two databases, and exit"), N_("UUID|all") },
};

/* Options that go with a command rather than being one. */
typedef struct
{
  const char *name;
  GOptionArg  arg;
  Takes       flag;
  const char *description;
  const char *arg_description;
  const char *alone;    /* what is said when no command given takes it */
} Modifier;

static const Modifier modifiers[] = {
  { "output", G_OPTION_ARG_FILENAME, TAKES_OUTPUT,
    N_("The file --export-chart, --export-plan, --export-pdf or --export-cases writes"), N_("FILE"),
    N_("--output goes with --export-chart, --export-plan, --export-pdf or --export-cases.") },
  { "series", G_OPTION_ARG_STRING, TAKES_SERIES,
    N_("The series --export-chart draws: current,target,previous,industry"), N_("LIST"),
    N_("--series goes with --export-chart.") },
  { "language", G_OPTION_ARG_STRING, TAKES_LANGUAGE,
    N_("The language --export-pdf writes in: zh_CN or en (default: the interface’s; Chinese in the C locale)"),
    N_("LANGUAGE"), N_("--language goes with --export-pdf.") },
};

static GOptionArg
as_array (GOptionArg arg)
{
  if (arg == G_OPTION_ARG_STRING)
    return G_OPTION_ARG_STRING_ARRAY;
  if (arg == G_OPTION_ARG_FILENAME)
    return G_OPTION_ARG_FILENAME_ARRAY;
  return arg;
}

/**
 * qz_cli_get_option_entries:
 *
 * Returns: (array zero-terminated=1) (transfer none): the options of every
 *   command and of what goes with them, for g_application_add_main_option_entries()
 */
const GOptionEntry *
qz_cli_get_option_entries (void)
{
  static GOptionEntry entries[G_N_ELEMENTS (commands) + G_N_ELEMENTS (modifiers) + 1];

  if (entries[0].long_name == NULL)
    {
      /* Values are read as arrays, so that one given twice is refused
       * rather than the last one silently winning. */
      for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
        entries[i] = (GOptionEntry) { commands[i].name, 0, G_OPTION_FLAG_NONE, as_array (commands[i].arg), NULL,
                                      commands[i].description, commands[i].arg_description };
      for (guint i = 0; i < G_N_ELEMENTS (modifiers); i++)
        entries[G_N_ELEMENTS (commands) + i] = (GOptionEntry) { modifiers[i].name, 0, G_OPTION_FLAG_NONE,
                                                                as_array (modifiers[i].arg), NULL,
                                                                modifiers[i].description,
                                                                modifiers[i].arg_description };
    }

  return entries;
}

static void
context_clear (Context *context)
{
  g_clear_object (&context->assessment);
  g_clear_object (&context->assessments);
  g_clear_object (&context->enterprises);
  g_clear_object (&context->database);
  if (context->out != NULL)
    g_string_free (context->out, TRUE);
  if (context->err != NULL)
    g_string_free (context->err, TRUE);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Context, context_clear)

/* The one place a command's database is opened, as its table row says. */
static gboolean
open_for (const Command  *command,
          const char     *database_path,
          Context        *context,
          GError        **error)
{
  gboolean exists = g_file_test (database_path, G_FILE_TEST_EXISTS);

  switch (command->needs)
    {
    case NEEDS_NOTHING:
      return TRUE;

    case NEEDS_DATABASE:
    case NEEDS_ROWS:
      if (!exists)
        return TRUE;
      context->database = qz_database_open_read_only (database_path, error);
      break;

    case NEEDS_WRITABLE:
      /* A command is short: it waits for the damage check before writing. */
      context->database = qz_database_open (database_path, error);
      if (context->database != NULL && !qz_database_check (context->database, error))
        return FALSE;
      break;

    case NEEDS_ASSESSMENT:
      if (!g_uuid_string_is_valid (context->argument))
        {
          g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_INVALID,
                       _("“%s” is not an assessment id (a UUID, as --list-assessments prints)."), context->argument);
          return FALSE;
        }
      if (!exists)
        {
          g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND,
                       _("There is no database yet at “%s”."), database_path);
          return FALSE;
        }
      context->database = qz_database_open_read_only (database_path, error);
      break;

    default:
      g_assert_not_reached ();
    }

  if (context->database == NULL)
    return FALSE;
  if (command->needs == NEEDS_ROWS)
    return TRUE;
  context->enterprises = qz_enterprise_store_new (context->database, error);
  if (context->enterprises == NULL)
    return FALSE;
  context->assessments = qz_assessment_store_new (context->database);
  if (command->needs == NEEDS_ASSESSMENT)
    context->assessment = qz_assessment_store_load (context->assessments, context->argument, error);
  return command->needs != NEEDS_ASSESSMENT || context->assessment != NULL;
}

/* What is said of an option given an empty value. */
static void
set_empty_error (const char  *name,
                 GError     **error)
{
  if (g_str_equal (name, "series"))
    g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                         _("--series needs one or more of current, target, previous and industry, separated by commas."));
  else if (g_str_equal (name, "output"))
    g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                         _("--output needs the name of the file to write."));
  else if (g_str_equal (name, "validate-framework"))
    g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                         _("--validate-framework needs the name of a framework file."));
  else if (g_str_equal (name, "language"))
    g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                         _("--language needs zh_CN or en."));
  else
    g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                 _("--%s needs the UUID of an assessment, as --list-assessments prints."), name);
}

/* The one value of the option @name, or NULL when it was not given;
 * refuses one given twice, or given empty. The value lives as long as
 * @options. */
static gboolean
read_value (GVariantDict  *options,
            const char    *name,
            GOptionArg     arg,
            const char   **value,
            GError       **error)
{
  g_autoptr(GVariant) values = NULL;
  g_autoptr(GVariant) first = NULL;

  *value = NULL;
  if (arg != G_OPTION_ARG_STRING && arg != G_OPTION_ARG_FILENAME)
    return TRUE;
  values = g_variant_dict_lookup_value (options, name, NULL);
  if (values == NULL || g_variant_n_children (values) == 0)
    return TRUE;

  if (g_variant_n_children (values) > 1)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--%s was given more than once: give it once."), name);
      return FALSE;
    }

  first = g_variant_get_child_value (values, 0);
  *value = arg == G_OPTION_ARG_FILENAME ? g_variant_get_bytestring (first) : g_variant_get_string (first, NULL);
  if (**value != '\0')
    return TRUE;

  set_empty_error (name, error);
  return FALSE;
}

/* The one command @options hold (NULL for none: the window opens) and
 * what goes with it; a second command, a value given twice or empty,
 * or an option without the command it goes with is refused. */
static gboolean
read_options (GVariantDict   *options,
              const Command **command,
              Context        *context,
              GError        **error)
{
  *command = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (!g_variant_dict_contains (options, commands[i].name))
        continue;
      if (*command != NULL)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                       _("Give one command at a time, not both --%s and --%s."),
                       (*command)->name, commands[i].name);
          return FALSE;
        }
      *command = &commands[i];
      if (!read_value (options, commands[i].name, commands[i].arg, &context->argument, error))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (modifiers); i++)
    {
      const char *value;

      if (!read_value (options, modifiers[i].name, modifiers[i].arg, &value, error))
        return FALSE;
      if (value == NULL)
        continue;
      if (*command == NULL || ((*command)->takes & modifiers[i].flag) == 0)
        {
          g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED, _(modifiers[i].alone));
          return FALSE;
        }
      if (modifiers[i].flag == TAKES_OUTPUT)
        context->output = value;
      else if (modifiers[i].flag == TAKES_SERIES)
        context->series = value;
      else
        context->language = value;
    }

  return TRUE;
}

/**
 * qz_cli_run:
 * @options: the options as parsed, from #GApplication::handle-local-options
 * @database_path: the database the commands work on
 *
 * Runs the command that @options hold: what it prints goes to stdout; a
 * failure to stderr, after "qizhen: ". Options that do not make one
 * command are refused.
 *
 * Returns: the exit status, or -1 when @options hold no command and the
 *   application goes on
 */
int
qz_cli_run (GVariantDict *options,
            const char   *database_path)
{
  g_auto(Context) context = { NULL };
  g_autoptr(GError) error = NULL;
  const Command *command;
  gboolean ok;

  if (!read_options (options, &command, &context, &error))
    {
      g_printerr ("qizhen: %s\n", error->message);
      return EXIT_FAILURE;
    }
  if (command == NULL)
    return -1;

  context.out = g_string_new (NULL);
  context.err = g_string_new (NULL);

  ok = (command->check == NULL || command->check (&context, &error)) &&
       open_for (command, database_path, &context, &error) &&
       command->run (&context, &error);

  fwrite (context.out->str, 1, context.out->len, stdout);
  if (!ok)
    g_printerr ("qizhen: %s\n%s", error != NULL ? error->message : _("the command failed."), context.err->str);
  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
