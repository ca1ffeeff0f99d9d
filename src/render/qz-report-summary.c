/* qz-report-summary.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-report"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "qz-input.h"
#include "qz-plan-progress.h"
#include "qz-report-private.h"
#include "qz-result-text.h"

/* The report's executive summary, and how a follow-up moved on since the
 * previous visit: each asks core the same questions as the results and
 * plan pages, so that the report says what the window shows. */

char *
_qz_report_amount (double value)
{
  return qz_input_format_amount (round (value * 10) / 10);
}

/* "数据采集（数字化基础）41.7 %", one per line, the weakest first. */
static char *
weaknesses_text (QzResult    *result,
                 QzFramework *framework)
{
  g_autoptr(GArray) weakest = qz_result_weakest_areas (result, framework);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < weakest->len; i++)
    {
      const QzAreaShare *weak = &g_array_index (weakest, QzAreaShare, i);
      g_autofree char *share = qz_format_percent (weak->share, 1);

      if (i > 0)
        g_string_append_c (text, '\n');
      /* Translators: a weak area, its dimension and its share of the points */
      g_string_append_printf (text, _("%s (%s) %s"), qz_text_get (&weak->area->title),
                              qz_text_get (&weak->area->dimension->title), share);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
investment_text (GListModel *plan)
{
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  QzPlanBudget budget;

  qz_plan_budget_sum (&budget, plan);
  if (budget.n_items == 0)
    return g_strdup (_("No measures planned yet"));

  low = _qz_report_amount (budget.low);
  high = _qz_report_amount (budget.high);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s to %s (10 000 yuan) for %u measure",
                                       "%s to %s (10 000 yuan) for %u measures", budget.n_items),
                          low, high, budget.n_items);
}

static char *
score_text (QzResult     *result,
            QzAssessment *previous)
{
  g_autofree char *total = _qz_report_amount (result->total);
  g_autofree char *max = _qz_report_amount (result->max);
  g_autofree char *score = result->method == QZ_SCORING_MATURITY ? g_strdup_printf ("S %s / %s", total, max)
                                                                 /* Translators: a score of its maximum */
                                                                 : g_strdup_printf (_("%s of %s"), total, max);
  g_autoptr(QzResult) earlier = previous ? qz_assessment_score (previous) : NULL;
  g_autofree char *change = NULL;

  if (earlier == NULL)
    return g_steal_pointer (&score);

  change = qz_format_change (result->total - earlier->total);
  /* Translators: a score, then its change since the previous visit: "79.2 of 100 (+5.5 since 2025-06-01)" */
  return g_strdup_printf (_("%s (%s since %s)"), score, change, qz_assessment_get_visit_date (previous));
}

/**
 * _qz_report_add_summary:
 * @doc: the report
 * @input: what it is written from
 *
 * The conclusion first: score, level, target, the key weaknesses, what the
 * plan costs, and the experts' opinion as they typed it.
 */
void
_qz_report_add_summary (QzDoc               *doc,
                        const QzReportInput *input)
{
  QzFramework *framework = qz_assessment_get_framework (input->assessment);
  g_autoptr(QzResult) result = qz_assessment_score (input->assessment);
  const QzLevel *target = qz_framework_find_level (framework, qz_assessment_get_target_level (input->assessment));
  g_autofree char *score = score_text (result, input->previous);
  g_autofree char *weaknesses = weaknesses_text (result, framework);
  g_autofree char *investment = investment_text (input->plan);
  g_auto(GStrv) paragraphs = NULL;
  QzDocBlock *facts;

  qz_doc_add_heading (doc, 2, _("Summary"));
  facts = qz_doc_add_key_values (doc);
  qz_doc_block_add_row (facts, _("Score"), score, NULL);
  qz_doc_block_add_row (facts, _("Level reached"), result->level ? qz_text_get (&result->level->name) : _("none"),
                        NULL);
  qz_doc_block_add_row (facts, _("Target level"), target ? qz_text_get (&target->name) : _("none set"), NULL);
  if (weaknesses[0] != '\0')
    qz_doc_block_add_row (facts, _("Key weaknesses"), weaknesses, NULL);
  qz_doc_block_add_row (facts, _("Investment planned"), investment, NULL);

  paragraphs = g_strsplit (qz_assessment_get_opinion (input->assessment), "\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_strstrip (paragraphs[i]);
      if (paragraphs[i][0] != '\0')
        qz_doc_add_text (doc, paragraphs[i]);
    }
}

/**
 * _qz_report_add_progress:
 * @doc: the report
 * @input: what it is written from
 *
 * For a follow-up: the measures of the previous visit's plan whose status
 * changed since, and those no longer in the plan.
 */
void
_qz_report_add_progress (QzDoc               *doc,
                         const QzReportInput *input)
{
  static const double widths[] = { 0.52, 0.24, 0.24 };
  QzFramework *framework = qz_assessment_get_framework (input->assessment);
  QzFramework *previous_framework;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *text = NULL;
  QzDocBlock *table;
  guint n_unchanged;

  if (input->previous == NULL || input->previous_plan == NULL)
    return;

  previous_framework = qz_assessment_get_framework (input->previous);
  changes = qz_plan_progress (input->plan, input->previous_plan, &n_unchanged);
  qz_doc_add_heading (doc, 2, _("Progress Since the Previous Visit"));
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Since the visit of %s, %u measure of its plan changed status or left the plan; %u kept its status.",
                                       "Since the visit of %s, %u measures of its plan changed status or left the plan; %u kept their status.",
                                       changes->len),
                          qz_assessment_get_visit_date (input->previous), changes->len, n_unchanged);
  qz_doc_add_text (doc, text);
  if (changes->len == 0)
    return;

  table = qz_doc_add_table (doc, G_N_ELEMENTS (widths), widths);
  qz_doc_block_set_header (table, _("Measure"), qz_assessment_get_visit_date (input->previous), _("Now"), NULL);
  for (guint i = 0; i < changes->len; i++)
    {
      QzPlanProgress *progress = g_ptr_array_index (changes, i);
      const char *title = progress->now ? qz_plan_item_get_shown_title (progress->now, framework)
                                        : qz_plan_item_get_shown_title (progress->before, previous_framework);

      qz_doc_block_add_row (table, title, qz_plan_status_get_name (progress->status_before),
                            progress->now ? qz_plan_status_get_name (progress->status_now)
                                          : _("No longer in the plan"),
                            NULL);
    }
}
