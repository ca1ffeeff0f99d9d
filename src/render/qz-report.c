/* qz-report.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-report"

#include "qz-config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "qz-chart.h"
#include "qz-contact.h"
#include "qz-doc-pdf.h"
#include "qz-file.h"
#include "qz-industry.h"
#include "qz-input.h"
#include "qz-photo.h"
#include "qz-plan-merge.h"
#include "qz-production.h"
#include "qz-report-private.h"
#include "qz-result-text.h"

/* The diagnosis report of an assessment, as a QzDoc: cover, contents,
 * overview, the enterprise, the assessment, the problems, the 一企一策
 * plan and an appendix with every answer and photo. Sections can be left
 * out; the texts are in the language the application runs in. */

#define CHART_HEIGHT 300.0
#define LOGO_HEIGHT 56.0
#define BLOCK_GAP_AFTER_IMAGE 10.0
#define MAX_LOGO_BYTES (4 * 1024 * 1024)
#define MAX_LOGO_SIDE 800
#define PHOTO_HEIGHT 200.0
#define BARS_FROM_AXES 8

/**
 * qz_report_logo_load:
 * @path: an image file
 * @error: return location for a #GIOError with a translated message
 *
 * Reads @path as photos are read (a regular file only, decoded within
 * their pixel limit and scaled while loading, a JPEG or PNG cut short
 * refused), at most 4 MB of it.
 *
 * Returns: (transfer full): the logo, as a JPEG on white, or %NULL with
 *   @error set
 */
QzReportLogo *
qz_report_logo_load (const char  *path,
                     GError     **error)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autoptr(GError) read_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  QzReportLogo *logo;

  bytes = qz_file_read_regular (path, MAX_LOGO_BYTES, &read_error);
  if (bytes == NULL && g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("“%s” is too large for a logo: at most 4 MB."), path);
      return NULL;
    }
  if (bytes == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&read_error));
      return NULL;
    }

  pixbuf = qz_photo_decode (bytes, name, MAX_LOGO_SIDE, &read_error);
  if (pixbuf == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, read_error->message);
      return NULL;
    }

  /* Laid on white paper and kept as JPEG: an image of another kind
   * before the contents' links makes cairo 1.16 write a damaged PDF. */
  {
    int source_width = gdk_pixbuf_get_width (pixbuf), source_height = gdk_pixbuf_get_height (pixbuf);
    double scale = MIN (1.0, (double) MAX_LOGO_SIDE / MAX (source_width, source_height));
    int width = MAX (1, (int) (source_width * scale)), height = MAX (1, (int) (source_height * scale));
    g_autoptr(GdkPixbuf) paper = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
    g_autofree char *jpeg = NULL;
    gsize size;

    /* No larger than a cover needs, however large the file. */
    gdk_pixbuf_fill (paper, 0xffffffff);
    gdk_pixbuf_composite (pixbuf, paper, 0, 0, width, height, 0, 0, (double) width / source_width,
                          (double) height / source_height, GDK_INTERP_BILINEAR, 255);
    if (!gdk_pixbuf_save_to_buffer (paper, &jpeg, &size, "jpeg", error, "quality", "95", NULL))
      return NULL;

    logo = g_new0 (QzReportLogo, 1);
    logo->image = g_bytes_new_take (g_steal_pointer (&jpeg), size);
    logo->width = width;
    logo->height = height;
  }
  return logo;
}

void
qz_report_logo_free (QzReportLogo *logo)
{
  if (logo == NULL)
    return;

  g_clear_pointer (&logo->image, g_bytes_unref);
  g_free (logo);
}

static void
add_cover (QzDoc                 *doc,
           const QzReportInput   *input,
           const QzReportOptions *options)
{
  QzFramework *framework = qz_assessment_get_framework (input->assessment);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *industry = qz_industry_dup_label (qz_enterprise_get_text (input->enterprise, QZ_ENTERPRISE_INDUSTRY_CODE));
  g_autofree char *region = qz_enterprise_dup_region (input->enterprise);
  /* Translators: a framework and its version */
  g_autofree char *basis = g_strdup_printf (_("%s (%s)"), qz_text_get (qz_framework_get_title (framework)),
                                            qz_framework_get_version (framework));
  QzDocBlock *facts;

  if (options->logo != NULL)
    {
      qz_doc_add_space (doc, 70);
      qz_doc_add_image (doc, options->logo->image, options->logo->width, options->logo->height, LOGO_HEIGHT, NULL);
      qz_doc_add_space (doc, 40 - BLOCK_GAP_AFTER_IMAGE);
    }
  else
    qz_doc_add_space (doc, 130);
  qz_doc_add_title (doc, 1, _("Digital Transformation Diagnosis Report"));
  qz_doc_add_title (doc, 2, qz_enterprise_get_name (input->enterprise));
  if (options->internal)
    qz_doc_add_title (doc, 2, _("Internal copy: not for the enterprise"));
  qz_doc_add_space (doc, options->internal ? 60 : 90);

  facts = qz_doc_add_key_values (doc);
  qz_doc_block_add_row (facts, _("Credit code"), qz_enterprise_get_text (input->enterprise, QZ_ENTERPRISE_USCC), NULL);
  qz_doc_block_add_row (facts, _("Industry"), industry ? industry : "", NULL);
  qz_doc_block_add_row (facts, _("Region"), region ? region : "", NULL);
  qz_doc_block_add_row (facts, _("Framework"), basis, NULL);
  qz_doc_block_add_row (facts, _("Visit date"), qz_assessment_get_visit_date (input->assessment), NULL);
  qz_doc_block_add_row (facts, _("Expert team"), qz_assessment_get_assessors (input->assessment), NULL);
  if (options->organisation != NULL && options->organisation[0] != '\0')
    qz_doc_block_add_row (facts, _("Issued by"), options->organisation, NULL);
  qz_doc_block_add_row (facts, _("Report date"), today, NULL);
  qz_doc_add_page_break (doc);
}

static void
add_small_print (QzDoc      *doc,
                 const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *markup = g_strdup_printf ("<span size=\"smaller\" foreground=\"#555555\">%s</span>", escaped);

  qz_doc_add_paragraph (doc, markup);
}

/* What the framework adds to its source, so that no result is taken for
 * the source's own. */
static void
add_extension (QzDoc        *doc,
               const QzText *title,
               const QzText *extension)
{
  g_autofree char *text = NULL;

  if (extension->zh_cn == NULL && extension->en == NULL)
    return;
  text = g_strdup_printf (_("Not in the source, added by Qizhen (%s): %s"), qz_text_get (title), qz_text_get (extension));
  add_small_print (doc, text);
}

static void
add_extensions (QzDoc       *doc,
                QzFramework *framework)
{
  GPtrArray *dimensions = qz_framework_get_dimensions (framework);

  for (guint d = 0; d < dimensions->len; d++)
    {
      QzDimension *dimension = g_ptr_array_index (dimensions, d);

      add_extension (doc, &dimension->title, &dimension->extension);
      for (guint a = 0; a < dimension->areas->len; a++)
        {
          QzArea *area = g_ptr_array_index (dimension->areas, a);

          for (guint i = 0; i < area->indicators->len; i++)
            {
              QzIndicator *indicator = g_ptr_array_index (area->indicators, i);

              add_extension (doc, &indicator->title, &indicator->extension);
            }
        }
    }
}

static void
add_overview (QzDoc               *doc,
              const QzReportInput *input)
{
  QzFramework *framework = qz_assessment_get_framework (input->assessment);
  GPtrArray *dimensions = qz_framework_get_dimensions (framework);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *joined = NULL;
  g_autofree char *scope = NULL;
  g_autofree char *method = NULL;
  g_autofree char *basis = NULL;
  const QzText *notice = qz_framework_get_notice (framework);

  for (guint d = 0; d < dimensions->len; d++)
    g_ptr_array_add (names, (gpointer) qz_text_get (&((QzDimension *) g_ptr_array_index (dimensions, d))->title));
  g_ptr_array_add (names, NULL);
  /* Translators: the separator of a list of names in a sentence */
  joined = g_strjoinv (_(", "), (char **) names->pdata);

  qz_doc_add_heading (doc, 1, _("Overview"));
  _qz_report_add_summary (doc, input);
  qz_doc_add_heading (doc, 2, _("Basis, Scope and Method"));
  basis = g_strdup_printf (_("Basis: %s."), qz_text_get (qz_framework_get_basis (framework)));
  qz_doc_add_text (doc, basis);
  scope = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Scope: the framework’s %u dimension, %s.",
                                        "Scope: the framework’s %u dimensions: %s.", dimensions->len),
                           dimensions->len, joined);
  qz_doc_add_text (doc, scope);
  method = g_strdup_printf (_("Method: on %s the expert team visited the enterprise, spoke with its managers, "
                              "looked at the evidence on site and answered the framework’s %u indicators; the "
                              "score and the level follow the framework’s rules, and the plan is drafted from "
                              "the gaps and settled with the enterprise."),
                            qz_assessment_get_visit_date (input->assessment), qz_framework_get_n_indicators (framework));
  qz_doc_add_text (doc, method);
  if (notice->zh_cn != NULL || notice->en != NULL)
    add_small_print (doc, qz_text_get (notice));
  add_extensions (doc, framework);
}

static void
add_profile (QzDoc                 *doc,
             const QzReportInput   *input,
             const QzReportOptions *options)
{
  QzEnterprise *enterprise = input->enterprise;
  g_autofree char *industry = qz_industry_dup_label (qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_INDUSTRY_CODE));
  g_autofree char *region = qz_enterprise_dup_region (enterprise);
  g_autofree char *employees = qz_enterprise_get_employees (enterprise) >= 0 ?
    g_strdup_printf ("%" G_GINT64_FORMAT, qz_enterprise_get_employees (enterprise)) : g_strdup ("");
  g_autofree char *revenue = qz_enterprise_get_revenue (enterprise) >= 0
                             ? _qz_report_amount (qz_enterprise_get_revenue (enterprise)) : g_strdup ("");
  const char *notes = qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_NOTES);
  QzDocBlock *facts;

  qz_doc_add_heading (doc, 1, _("The Enterprise"));
  facts = qz_doc_add_key_values (doc);
  qz_doc_block_add_row (facts, _("Name"), qz_enterprise_get_name (enterprise), NULL);
  qz_doc_block_add_row (facts, _("Credit code"), qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_USCC), NULL);
  qz_doc_block_add_row (facts, _("Industry"), industry ? industry : "", NULL);
  qz_doc_block_add_row (facts, _("Region"), region ? region : "", NULL);
  qz_doc_block_add_row (facts, _("Address"), qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_ADDRESS), NULL);
  qz_doc_block_add_row (facts, _("Employees"), employees, NULL);
  qz_doc_block_add_row (facts, _("Revenue (10 000 yuan)"), revenue, NULL);
  qz_doc_block_add_row (facts, _("Size class"), qz_size_class_to_string (qz_enterprise_get_size_class (enterprise)), NULL);
  for (guint i = 0; i < input->contacts->len; i++)
    {
      g_autofree char *contact = qz_contact_dup_summary (g_ptr_array_index (input->contacts, i));

      qz_doc_block_add_row (facts, i == 0 ? _("Contacts") : "", contact, NULL);
    }
  /* The enterprise's notes are the experts' own unless they say otherwise. */
  if (notes[0] != '\0' && (options->internal || !qz_enterprise_get_notes_internal (enterprise)))
    qz_doc_add_text (doc, notes);
}

/* Points, maximum and share of each dimension; for a follow-up, the
 * change since the previous visit, as the results page shows it. */
static void
add_dimension_table (QzDoc        *doc,
                     QzFramework  *framework,
                     QzResult     *result,
                     QzAssessment *previous)
{
  static const double widths[] = { 0.46, 0.18, 0.18, 0.18 };
  static const double compared_widths[] = { 0.40, 0.15, 0.15, 0.15, 0.15 };
  g_autoptr(GArray) rows = qz_result_dimension_rows (result, framework, 1);
  g_autoptr(QzResult) earlier = previous ? qz_assessment_score (previous) : NULL;
  QzDocBlock *table = earlier ? qz_doc_add_table (doc, 5, compared_widths) : qz_doc_add_table (doc, 4, widths);
  const char *points_title = result->method == QZ_SCORING_MATURITY ? _("S") : _("Points");

  if (earlier != NULL)
    {
      /* Translators: the header of the change since a visit on that date */
      g_autofree char *since = g_strdup_printf (_("Since %s"), qz_assessment_get_visit_date (previous));

      qz_doc_block_set_header (table, _("Dimension"), points_title, _("Of"), _("Share"), since, NULL);
    }
  else
    qz_doc_block_set_header (table, _("Dimension"), points_title, _("Of"), _("Share"), NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      const QzDimensionRow *row = &g_array_index (rows, QzDimensionRow, i);
      const QzNodeScore *node = row->node;
      g_autofree char *points = node->na ? g_strdup (_("N/A")) : _qz_report_amount (row->shown);
      g_autofree char *max = _qz_report_amount (node->max);
      g_autofree char *share = node->na || node->max <= 0 ? g_strdup ("") : qz_format_percent (node->points, node->max);
      double change = qz_result_change (result, earlier, row->dimension->id);
      g_autofree char *change_text = isnan (change) ? g_strdup ("") : qz_format_change (change);

      qz_doc_block_add_row (table, qz_text_get (&row->dimension->title), points, max, share,
                            earlier ? change_text : NULL, NULL);
    }
}

static void
add_scenario_table (QzDoc        *doc,
                    QzAssessment *assessment)
{
  static const double widths[] = { 0.40, 0.36, 0.24 };
  g_autoptr(GPtrArray) rows = qz_scenario_rows (qz_assessment_get_framework (assessment),
                                                qz_assessment_get_answers (assessment));
  QzDocBlock *table;

  if (rows->len == 0)
    return;

  qz_doc_add_heading (doc, 2, _("Scenarios"));
  qz_doc_add_text (doc, _("The grade each business scenario reaches; ★ marks the constrained scenarios "
                          "that the level rules count."));
  table = qz_doc_add_table (doc, 3, widths);
  qz_doc_block_set_header (table, _("Scenario"), _("Area"), _("Grade"), NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      QzScenarioRow *row = g_ptr_array_index (rows, i);

      qz_doc_block_add_row (table, row->title, qz_text_get (&row->indicator->area->title), row->grade, NULL);
    }
}

static void
add_assessment (QzDoc               *doc,
                const QzReportInput *input)
{
  QzFramework *framework = qz_assessment_get_framework (input->assessment);
  g_autoptr(QzResult) result = qz_assessment_score (input->assessment);
  QzNextLevel next;
  g_autofree char *total = _qz_report_amount (result->total);
  g_autofree char *max = _qz_report_amount (result->max);
  g_autofree char *summary = NULL;
  g_autofree char *next_text = NULL;
  gboolean industry = input->industry != NULL && input->industry->means != NULL;
  QzChartSeries series;
  QzChartData *chart;
  guint n_axes;

  qz_doc_add_heading (doc, 1, _("The Assessment"));
  summary = g_strdup_printf (_("Total: %s of %s. Level reached: %s."), total, max,
                             result->level ? qz_text_get (&result->level->name) : _("none"));
  qz_doc_add_text (doc, summary);
  if (result->weight_set != NULL)
    {
      g_autofree char *weights = qz_weight_set_describe (result->weight_set,
                                                         qz_assessment_get_industry_code (input->assessment));
      qz_doc_add_text (doc, weights);
    }
  if (result->provisional)
    {
      g_autofree char *provisional = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                   "Provisional: %u indicator is unanswered.",
                                                                   "Provisional: %u indicators are unanswered.",
                                                                   result->missing->len),
                                                      result->missing->len);
      qz_doc_add_text (doc, provisional);
    }
  qz_result_next_level (result, framework, qz_assessment_get_answers (input->assessment), &next);
  next_text = qz_result_describe_next (result, &next);
  qz_doc_add_text (doc, next_text);

  series = QZ_CHART_CURRENT | QZ_CHART_TARGET | (industry ? QZ_CHART_INDUSTRY : 0) |
           (input->previous ? QZ_CHART_PREVIOUS : 0);
  chart = qz_chart_for_assessment (input->assessment, input->previous, input->industry, series);
  n_axes = chart->labels->len;
  qz_doc_add_chart (doc, chart, QZ_CHART_KIND_RADAR, CHART_HEIGHT);
  if (n_axes >= BARS_FROM_AXES)
    qz_doc_add_chart (doc, qz_chart_for_assessment (input->assessment, input->previous, input->industry, series),
                      QZ_CHART_KIND_BARS, 24.0 * n_axes + 60);
  if (industry)
    {
      g_autofree char *benchmark = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                 "The industry average is that of %u other enterprise among your cases.",
                                                                 "The industry average is that of %u other enterprises among your cases.",
                                                                 input->industry->n_enterprises),
                                                    input->industry->n_enterprises);
      qz_doc_add_text (doc, benchmark);
    }

  qz_doc_add_heading (doc, 2, _("Scores by Dimension"));
  add_dimension_table (doc, framework, result, input->previous);
  add_scenario_table (doc, input->assessment);
}

/* The answers as rows; a note for the experts only is left out unless
 * the report is an internal copy. */
static void
add_answer_rows (QzDocBlock   *table,
                 QzAssessment *assessment,
                 gboolean      flagged_only,
                 gboolean      noted_only,
                 gboolean      internal)
{
  QzFramework *framework = qz_assessment_get_framework (assessment);
  GPtrArray *indicators = qz_framework_get_indicators (framework);

  for (guint i = 0; i < indicators->len; i++)
    {
      QzIndicator *indicator = g_ptr_array_index (indicators, i);
      const QzAnswer *answer = qz_assessment_get_answer (assessment, indicator->id);
      const char *note = answer && answer->note ? answer->note : "";
      g_autofree char *text = NULL;

      if (!internal && qz_answer_note_is_internal (answer))
        note = "";
      if ((flagged_only && (answer == NULL || !answer->flagged)) || (noted_only && note[0] == '\0'))
        continue;

      text = qz_answer_describe (answer, framework, indicator);
      if (table->n_columns == 3)
        qz_doc_block_add_row (table, qz_text_get (&indicator->title), text, note, NULL);
      else
        qz_doc_block_add_row (table, qz_text_get (&indicator->title), note, NULL);
    }
}

/* What the expert follows up is for the experts: in an internal copy only. */
static void
add_follow_up (QzDoc               *doc,
               const QzReportInput *input)
{
  static const double answer_widths[] = { 0.34, 0.26, 0.40 };
  QzDocBlock *table;

  qz_doc_add_heading (doc, 2, _("To Follow Up"));
  table = qz_doc_add_table (doc, 3, answer_widths);
  qz_doc_block_set_header (table, _("Indicator"), _("Answer"), _("Note"), NULL);
  add_answer_rows (table, input->assessment, TRUE, FALSE, TRUE);
  if (table->rows->len == 0)
    {
      g_ptr_array_remove (doc->blocks, table);
      qz_doc_add_text (doc, _("No indicator is flagged for follow-up."));
    }
}

static void
add_problems (QzDoc                 *doc,
              const QzReportInput   *input,
              const QzReportOptions *options)
{
  static const double area_widths[] = { 0.44, 0.36, 0.20 };
  static const double note_widths[] = { 0.36, 0.64 };
  QzFramework *framework = qz_assessment_get_framework (input->assessment);
  g_autoptr(QzResult) result = qz_assessment_score (input->assessment);
  g_autoptr(GArray) weakest = qz_result_weakest_areas (result, framework);
  QzDocBlock *table;

  qz_doc_add_heading (doc, 1, _("Problems"));

  qz_doc_add_heading (doc, 2, _("Weakest Areas"));
  table = qz_doc_add_table (doc, 3, area_widths);
  qz_doc_block_set_header (table, _("Area"), _("Dimension"), _("Share"), NULL);
  for (guint i = 0; i < weakest->len; i++)
    {
      QzAreaShare *weak = &g_array_index (weakest, QzAreaShare, i);
      g_autofree char *share = qz_format_percent (weak->share, 1);

      qz_doc_block_add_row (table, qz_text_get (&weak->area->title), qz_text_get (&weak->area->dimension->title),
                            share, NULL);
    }

  if (options->internal)
    add_follow_up (doc, input);

  qz_doc_add_heading (doc, 2, _("The Experts’ Notes"));
  table = qz_doc_add_table (doc, 2, note_widths);
  qz_doc_block_set_header (table, _("Indicator"), _("Note"), NULL);
  add_answer_rows (table, input->assessment, FALSE, TRUE, options->internal);
  if (table->rows->len == 0)
    {
      g_ptr_array_remove (doc->blocks, table);
      qz_doc_add_text (doc, _("The experts left no notes."));
    }
}

/* When a measure runs, as the expert set it: "2026-11-18 – 2027-05-18". */
static char *
plan_period (QzPlanItem *item)
{
  const char *start = qz_plan_item_get_start_date (item);
  const char *due = qz_plan_item_get_due_date (item);

  if (start[0] == '\0' && due[0] == '\0')
    return g_strdup ("");
  /* Translators: a measure's start and due dates */
  return g_strdup_printf (_("%s – %s"), start, due);
}

static void
add_plan (QzDoc               *doc,
          const QzReportInput *input)
{
  static const double widths[] = { 0.06, 0.18, 0.11, 0.09, 0.13, 0.09, 0.12, 0.22 };
  QzFramework *framework = qz_assessment_get_framework (input->assessment);
  g_autoptr(QzDraft) draft = qz_plan_draft_for (input->assessment);
  const QzLevel *target = qz_framework_find_level (framework, qz_assessment_get_target_level (input->assessment));
  QzPlanBudget total = { 0 };

  qz_doc_add_heading (doc, 1, _("The Improvement Plan"));
  {
    g_autofree char *reached = _qz_report_amount (draft->total);
    g_autofree char *aim = g_strdup_printf (_("Target level: %s. Carried out as drafted, the measures reach %s (%s)."),
                                            target ? qz_text_get (&target->name) : _("none set"),
                                            draft->reached ? qz_text_get (&draft->reached->name) : _("no level"),
                                            reached);
    const char *note = qz_draft_get_outcome_note (draft);
    g_autofree char *text = note != NULL ? g_strconcat (aim, " ", note, NULL) : g_strdup (aim);

    qz_doc_add_text (doc, text);
  }

  for (QzPlanPhase phase = QZ_PLAN_PHASE_NEAR; phase <= QZ_PLAN_PHASE_LONG; phase++)
    {
      QzDocBlock *table = NULL;
      QzPlanBudget budget = { 0 };

      for (guint i = 0; input->plan != NULL && i < g_list_model_get_n_items (input->plan); i++)
        {
          g_autoptr(QzPlanItem) item = g_list_model_get_item (input->plan, i);
          const QzIndicator *indicator = qz_framework_find_indicator (framework, qz_plan_item_get_indicator_id (item));
          g_autofree char *budget_text = qz_plan_item_dup_budget_text (item);
          g_autofree char *period = NULL;
          g_autofree char *no = NULL;
          /* Translators: a plan's measure drafted for an area the results call weakest */
          const char *shown = qz_plan_item_get_shown_title (item, framework);
          g_autofree char *measure = qz_plan_item_get_weakest (item) ? g_strdup_printf (_("%s (weakest area)"), shown)
                                                                     : g_strdup (shown);

          if (qz_plan_item_get_phase (item) != phase || qz_plan_item_get_stale (item))
            continue;
          if (table == NULL)
            {
              /* Translators: a phase and how long it runs: "Near term (up to 6 months)" */
              g_autofree char *title = g_strdup_printf (_("%s (%s)"), qz_plan_phase_get_name (phase),
                                                        qz_plan_phase_get_span (phase));

              qz_doc_add_heading (doc, 2, title);
              table = qz_doc_add_table (doc, G_N_ELEMENTS (widths), widths);
              qz_doc_block_set_header (table, _("No."), _("Measure"), _("Indicator"), _("Owner"), _("Period"),
                                       _("Budget (10 000 yuan)"), _("Status"), _("Expected effect"), NULL);
            }

          qz_plan_budget_add (&budget, item);
          qz_plan_budget_add (&total, item);
          no = g_strdup_printf ("%u", total.n_items);
          period = plan_period (item);
          qz_doc_block_add_row (table, no, measure, indicator ? qz_text_get (&indicator->title) : "",
                                qz_plan_item_get_owner (item), period, budget_text,
                                qz_plan_status_get_name (qz_plan_item_get_status (item)),
                                qz_plan_item_get_shown_effect (item, framework), NULL);
        }

      if (table != NULL)
        {
          g_autofree char *min_text = _qz_report_amount (budget.low);
          g_autofree char *max_text = _qz_report_amount (budget.high);
          g_autofree char *subtotal = g_strdup_printf (_("Investment in this phase: %s to %s (10 000 yuan)."),
                                                       min_text, max_text);

          qz_doc_add_text (doc, subtotal);
        }
    }

  if (total.n_items == 0)
    qz_doc_add_text (doc, _("The plan has no measures yet."));
  else
    {
      g_autofree char *min_text = _qz_report_amount (total.low);
      g_autofree char *max_text = _qz_report_amount (total.high);
      g_autofree char *sum = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "In all, %u measure for %s to %s (10 000 yuan).",
                                                           "In all, %u measures for %s to %s (10 000 yuan).",
                                                           total.n_items),
                                              total.n_items, min_text, max_text);
      qz_doc_add_text (doc, sum);
    }

  _qz_report_add_progress (doc, input);
}

static void
add_appendix (QzDoc                 *doc,
              const QzReportInput   *input,
              const QzReportOptions *options)
{
  static const double widths[] = { 0.34, 0.26, 0.40 };
  QzFramework *framework = qz_assessment_get_framework (input->assessment);
  GPtrArray *evidence = input->evidence;
  QzDocBlock *table;

  qz_doc_add_heading (doc, 1, _("Appendix"));
  qz_doc_add_heading (doc, 2, _("Every Answer"));
  table = qz_doc_add_table (doc, 3, widths);
  qz_doc_block_set_header (table, _("Indicator"), _("Answer"), _("Note"), NULL);
  add_answer_rows (table, input->assessment, FALSE, FALSE, options->internal);

  if (evidence == NULL || evidence->len == 0)
    return;

  qz_doc_add_heading (doc, 2, _("Photos"));
  for (guint i = 0; i < evidence->len; i++)
    {
      QzEvidence *item = g_ptr_array_index (evidence, i);
      const QzIndicator *indicator = qz_framework_find_indicator (framework, item->indicator);
      g_autofree char *caption = NULL;

      caption = item->caption[0] != '\0' ? g_strdup_printf ("%s — %s", indicator ? qz_text_get (&indicator->title) : "",
                                                            item->caption)
                                         : g_strdup (indicator ? qz_text_get (&indicator->title) : "");
      qz_doc_add_image (doc, item->print_jpeg, item->print_width, item->print_height, PHOTO_HEIGHT, caption);
    }
}

/* Writes in the report's language: gettext follows $LANGUAGE (in the C
 * locale too, which is made C.UTF-8 meanwhile), the frameworks' texts
 * follow qz_text_force_language(). Both are set for the time it takes to
 * build and lay out the report, on the main thread. */
typedef struct
{
  char     *previous;
  char     *messages;   /* the LC_MESSAGES locale to restore, when changed */
  gboolean  switched;
} Language;

#ifdef __GLIBC__
extern int _nl_msg_cat_cntr;
#endif

/* glibc keeps the translations it looked up, whatever $LANGUAGE says
 * next: this is how it is told to look again. */
static void
set_language (const char *language)
{
  if (language != NULL)
    g_setenv ("LANGUAGE", language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
#ifdef __GLIBC__
  ++_nl_msg_cat_cntr;
#endif
}

static Language
language_begin (const QzReportOptions *options)
{
  Language language = { g_strdup (g_getenv ("LANGUAGE")), NULL, options->language != NULL };

  if (language.switched)
    {
      const char *messages = setlocale (LC_MESSAGES, NULL);

      /* In the C and POSIX locales gettext ignores $LANGUAGE, as POSIX
       * asks: C.UTF-8 has the same conventions and lets it choose. */
      if (messages != NULL && (strcmp (messages, "C") == 0 || strcmp (messages, "POSIX") == 0))
        {
          language.messages = g_strdup (messages);
          if (setlocale (LC_MESSAGES, "C.UTF-8") == NULL)
            g_clear_pointer (&language.messages, g_free);
        }
      set_language (options->language);
      qz_text_force_language (options->language);
    }
  return language;
}

static void
language_end (Language *language)
{
  if (language->switched)
    {
      set_language (language->previous);
      if (language->messages != NULL)
        setlocale (LC_MESSAGES, language->messages);
      qz_text_force_language (NULL);
    }
  g_free (language->previous);
  g_free (language->messages);
}

/**
 * qz_report_build:
 * @input: the enterprise, the assessment and what goes with it
 * @options: sections, organisation, author
 *
 * Returns: (transfer full): the report as a document
 */
QzDoc *
qz_report_build (const QzReportInput   *input,
                 const QzReportOptions *options)
{
  QzDoc *doc = qz_doc_new ();
  Language language = language_begin (options);

  add_cover (doc, input, options);
  qz_doc_add_contents (doc, _("Contents"));
  if (options->sections & QZ_REPORT_OVERVIEW)
    add_overview (doc, input);
  if (options->sections & QZ_REPORT_PROFILE)
    add_profile (doc, input, options);
  if (options->sections & QZ_REPORT_ASSESSMENT)
    add_assessment (doc, input);
  if (options->sections & QZ_REPORT_PROBLEMS)
    add_problems (doc, input, options);
  if (options->sections & QZ_REPORT_PLAN)
    add_plan (doc, input);
  if (options->sections & QZ_REPORT_APPENDIX)
    add_appendix (doc, input, options);
  /* Whatever the sections, the report ends with its sign-off. */
  _qz_report_add_sign_off (doc, input);

  language_end (&language);
  return doc;
}

/**
 * qz_report_layout:
 * @doc: a report from qz_report_build()
 * @input: what it was built from
 * @options: its options
 *
 * Returns: (transfer full): its pages, with the organisation and the
 *   enterprise in the running header
 */
QzDocLayout *
qz_report_layout (QzDoc                 *doc,
                  const QzReportInput   *input,
                  const QzReportOptions *options)
{
  Language language = language_begin (options);
  const char *issuer = options->organisation && options->organisation[0] ? options->organisation
                                                                       : _("Digital Transformation Diagnosis Report");
  /* Translators: the running header of a report kept by the experts: the organisation after it */
  g_autofree char *header = options->internal ? g_strdup_printf (_("Internal copy · %s"), issuer) : g_strdup (issuer);
  gboolean english = !g_str_has_prefix (options->language ? options->language : g_get_language_names ()[0], "zh");
  QzDocStyle style = {
    "Noto Sans CJK SC",
    header,
    qz_enterprise_get_name (input->enterprise),
    english ? "en" : "zh-cn",
    QZ_DOC_LATIN_FAMILY,
  };
  QzDocLayout *layout = qz_doc_layout_new (doc, &style);

  language_end (&language);
  return layout;
}

/**
 * qz_report_export_pdf:
 * @input: the enterprise, the assessment and what goes with it
 * @options: sections, organisation, author
 * @path: the PDF to write
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
qz_report_export_pdf (const QzReportInput   *input,
                      const QzReportOptions *options,
                      const char            *path,
                      GError               **error)
{
  g_autoptr(QzDoc) doc = qz_report_build (input, options);
  g_autoptr(QzDocLayout) layout = NULL;
  g_autofree char *title = NULL;
  g_autofree char *creator = g_strdup_printf ("Qizhen %s", PACKAGE_VERSION);
  QzDocMetadata metadata;
  Language language;

  layout = qz_report_layout (doc, input, options);
  language = language_begin (options);
  title = g_strdup_printf (_("Digital Transformation Diagnosis Report: %s"), qz_enterprise_get_name (input->enterprise));
  metadata.title = title;
  metadata.author = options->author && options->author[0] ? options->author : qz_assessment_get_assessors (input->assessment);
  metadata.subject = qz_text_get (qz_framework_get_title (qz_assessment_get_framework (input->assessment)));
  metadata.creator = creator;
  language_end (&language);
  return qz_doc_layout_write_pdf (layout, path, &metadata, error);
}
