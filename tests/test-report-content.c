/* test-report-content.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include <math.h>
#include <string.h>

#include "qz-doc-layout-private.h"
#include "qz-contact-store.h"
#include "qz-enterprise-store.h"
#include "qz-input.h"
#include "qz-plan-progress.h"
#include "qz-plan.h"
#include "qz-report-source.h"
#include "qz-report.h"
#include "qz-framework-loader.h"
#include "qz-result-text.h"
#include "qz-assessment-record.h"
#include "qz-test-utils.h"

/* What the report says, read from its blocks: what is left out of the
 * copy the enterprise receives, the summary, the comparison with the
 * previous visit, the framework's texts in the report's language, and
 * how its lines are set. */

typedef struct
{
  QzTestSample  sample;
  QzPlanStore  *plans;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  qz_test_sample_set_up (&fixture->sample, NULL);
  fixture->plans = qz_plan_store_new (fixture->sample.database);
  /* The sample is complete, a record: its notes change once reopened. */
  g_assert_true (qz_assessment_store_reopen (fixture->sample.store, fixture->sample.assessment, "", NULL));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->plans);
  qz_test_sample_tear_down (&fixture->sample, NULL);
}

static QzReportInput *
gather (Fixture      *fixture,
        QzAssessment *assessment)
{
  g_autoptr(GError) error = NULL;
  QzReportInput *input = qz_report_input_gather (fixture->sample.enterprises, fixture->sample.store,
                                                 fixture->plans, assessment, &error);

  g_assert_no_error (error);
  g_assert_nonnull (input);
  return input;
}

static QzDoc *
build (QzReportInput *input,
       const char    *language,
       gboolean       internal)
{
  QzReportOptions options = { QZ_REPORT_ALL, "温州市数字化转型服务中心", "张工", language, NULL, internal };

  return qz_report_build (input, &options);
}

static void
append_cells (GString   *text,
              GPtrArray *cells)
{
  for (guint c = 0; cells != NULL && c < cells->len; c++)
    g_string_append_printf (text, "%s\t", (const char *) g_ptr_array_index (cells, c));
  g_string_append_c (text, '\n');
}

/* Every text of the document, a line per block or row. */
static char *
doc_text (QzDoc *doc)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      QzDocBlock *block = g_ptr_array_index (doc->blocks, i);

      if (block->text != NULL)
        g_string_append_printf (text, "%s\n", block->text);
      append_cells (text, block->header);
      for (guint r = 0; block->rows != NULL && r < block->rows->len; r++)
        append_cells (text, g_ptr_array_index (block->rows, r));
    }

  return g_string_free (text, FALSE);
}

static QzDocBlock *
find_heading (QzDoc      *doc,
              const char *title,
              guint      *index)
{
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      QzDocBlock *block = g_ptr_array_index (doc->blocks, i);

      if (block->kind == QZ_DOC_HEADING && g_strcmp0 (block->text, title) == 0)
        {
          if (index != NULL)
            *index = i;
          return block;
        }
    }

  return NULL;
}

/* The first block of @kind after the heading @title. */
static QzDocBlock *
block_after (QzDoc          *doc,
             const char     *title,
             QzDocBlockKind  kind)
{
  guint start = 0;

  g_assert_nonnull (find_heading (doc, title, &start));
  for (guint i = start + 1; i < doc->blocks->len; i++)
    {
      QzDocBlock *block = g_ptr_array_index (doc->blocks, i);

      if (block->kind == kind)
        return block;
    }

  return NULL;
}

static const char *
row_value (QzDocBlock *facts,
           const char *key)
{
  for (guint r = 0; r < facts->rows->len; r++)
    {
      GPtrArray *cells = g_ptr_array_index (facts->rows, r);

      if (g_strcmp0 (g_ptr_array_index (cells, 0), key) == 0)
        return g_ptr_array_index (cells, 1);
    }

  return NULL;
}

static void
save_note (Fixture    *fixture,
           const char *indicator,
           const char *note,
           gboolean    flagged,
           int         note_internal)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzAnswer) answer = qz_answer_copy (qz_assessment_get_answer (fixture->sample.assessment, indicator));

  g_free (answer->note);
  answer->note = g_strdup (note);
  answer->flagged = flagged;
  answer->note_internal = note_internal;
  g_assert_true (qz_assessment_store_save_answer (fixture->sample.store, fixture->sample.assessment, indicator,
                                                  answer, &error));
  g_assert_no_error (error);
}

/* Notes marked internal, the notes of an indicator flagged for follow-up
 * (unless marked for the report), the follow-up list and the enterprise's
 * notes stay out of the enterprise's copy; an internal copy has them all,
 * and says so on the cover and in its running header. What is marked
 * stays marked when read again. */
static void
test_internal (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzReportInput) input = NULL;
  g_autoptr(QzDoc) external = NULL;
  g_autoptr(QzDoc) internal = NULL;
  g_autoptr(QzAssessment) reloaded = NULL;
  g_autofree char *external_text = NULL;
  g_autofree char *internal_text = NULL;
  QzEnterprise *enterprise;

  save_note (fixture, "funding", "老板关注资金回报，内部掌握。", TRUE, -1);
  save_note (fixture, "equipment-networked-rate", "铸造工段尚未联网。", FALSE, -1);
  save_note (fixture, "quality-management", "试压数据已采集，可写入报告。", TRUE, 0);
  save_note (fixture, "planning-implementation", "项目经理能力不足。", FALSE, 1);

  reloaded = qz_assessment_store_load (fixture->sample.store, qz_assessment_get_uuid (fixture->sample.assessment),
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpint (qz_assessment_get_answer (reloaded, "funding")->note_internal, ==, -1);
  g_assert_true (qz_answer_note_is_internal (qz_assessment_get_answer (reloaded, "funding")));
  g_assert_cmpint (qz_assessment_get_answer (reloaded, "quality-management")->note_internal, ==, 0);
  g_assert_false (qz_answer_note_is_internal (qz_assessment_get_answer (reloaded, "quality-management")));
  g_assert_true (qz_answer_note_is_internal (qz_assessment_get_answer (reloaded, "planning-implementation")));
  g_assert_false (qz_answer_note_is_internal (qz_assessment_get_answer (reloaded, "equipment-networked-rate")));

  input = gather (fixture, fixture->sample.assessment);
  enterprise = input->enterprise;
  g_assert_true (qz_enterprise_get_notes_internal (enterprise));

  external = build (input, "en", FALSE);
  external_text = doc_text (external);
  g_assert_nonnull (strstr (external_text, "铸造工段尚未联网。"));
  g_assert_nonnull (strstr (external_text, "试压数据已采集，可写入报告。"));
  g_assert_null (strstr (external_text, "老板关注"));
  g_assert_null (strstr (external_text, "项目经理能力不足"));
  g_assert_null (strstr (external_text, "示例企业"));
  g_assert_null (find_heading (external, "To Follow Up", NULL));
  g_assert_null (strstr (external_text, "Internal copy"));

  internal = build (input, "en", TRUE);
  internal_text = doc_text (internal);
  g_assert_nonnull (strstr (internal_text, "老板关注资金回报，内部掌握。"));
  g_assert_nonnull (strstr (internal_text, "项目经理能力不足。"));
  g_assert_nonnull (strstr (internal_text, "示例企业"));
  g_assert_nonnull (find_heading (internal, "To Follow Up", NULL));
  g_assert_nonnull (strstr (internal_text, "Internal copy: not for the enterprise"));
  {
    QzReportOptions options = { QZ_REPORT_ALL, "温州市数字化转型服务中心", "张工", "en", NULL, TRUE };
    g_autoptr(QzDocLayout) layout = qz_report_layout (internal, input, &options);

    g_assert_cmpstr (layout->header_start, ==, "Internal copy · 温州市数字化转型服务中心");
  }

  /* The enterprise's notes, marked for the report, are in it; kept so. */
  qz_enterprise_set_notes_internal (enterprise, FALSE);
  g_assert_true (qz_enterprise_store_save (fixture->sample.enterprises, enterprise, &error));
  g_assert_no_error (error);
  {
    g_autoptr(QzEnterpriseStore) again = qz_enterprise_store_new (fixture->sample.database, &error);
    g_autoptr(QzDoc) doc = NULL;
    QzEnterprise *stored;
    g_autofree char *text = NULL;

    g_assert_no_error (error);
    stored = qz_enterprise_store_find (again, qz_enterprise_get_uuid (enterprise), NULL);
    g_assert_false (qz_enterprise_get_notes_internal (stored));
    doc = build (input, "en", FALSE);
    text = doc_text (doc);
    g_assert_nonnull (strstr (text, "示例企业"));
  }
}

/* The overview opens with the conclusion: score, level, target, the
 * weaknesses the results page names, what the plan page says the plan
 * costs, and the experts' opinion, saved as typed. */
static void
test_summary (Fixture       *fixture,
              gconstpointer  data)
{
  const char *opinion = "企业数字化基础较好。\n\n建议优先补齐信息安全与人才短板。";
  g_autoptr(GError) error = NULL;
  g_autoptr(QzAssessment) reloaded = NULL;
  g_autoptr(QzReportInput) input = NULL;
  g_autoptr(QzDoc) doc = NULL;
  g_autoptr(QzResult) result = NULL;
  g_autoptr(GArray) weakest = NULL;
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  QzPlanBudget budget;
  QzDocBlock *facts;
  guint summary = 0, basis = 0;

  g_assert_true (qz_assessment_store_save_opinion (fixture->sample.store, fixture->sample.assessment, opinion, &error));
  g_assert_no_error (error);
  reloaded = qz_assessment_store_load (fixture->sample.store, qz_assessment_get_uuid (fixture->sample.assessment),
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qz_assessment_get_opinion (reloaded), ==, opinion);

  input = gather (fixture, reloaded);
  doc = build (input, "en", FALSE);
  g_assert_nonnull (find_heading (doc, "Summary", &summary));
  g_assert_nonnull (find_heading (doc, "Basis, Scope and Method", &basis));
  g_assert_cmpuint (summary, <, basis);

  facts = block_after (doc, "Summary", QZ_DOC_KEY_VALUES);
  g_assert_nonnull (facts);
  g_assert_cmpstr (row_value (facts, "Score"), ==, "71.7 of 100");
  g_assert_nonnull (row_value (facts, "Level reached"));
  g_assert_nonnull (row_value (facts, "Target level"));

  result = qz_assessment_score (reloaded);
  weakest = qz_result_weakest_areas (result, qz_assessment_get_framework (reloaded));
  g_assert_cmpuint (weakest->len, ==, 3);
  for (guint i = 0; i < weakest->len; i++)
    g_assert_nonnull (strstr (row_value (facts, "Key weaknesses"),
                              qz_text_get (&g_array_index (weakest, QzAreaShare, i).area->title)));

  qz_plan_budget_sum (&budget, input->plan);
  g_assert_cmpuint (budget.n_items, >, 0);
  low = qz_input_format_amount (round (budget.low * 10) / 10);
  high = qz_input_format_amount (round (budget.high * 10) / 10);
  g_assert_true (g_str_has_prefix (row_value (facts, "Investment planned"), low));
  g_assert_nonnull (strstr (row_value (facts, "Investment planned"), high));

  /* The opinion, a paragraph each, after the facts and before the basis. */
  {
    QzDocBlock *first = block_after (doc, "Summary", QZ_DOC_PARAGRAPH);

    g_assert_cmpstr (first->text, ==, "企业数字化基础较好。");
    g_assert_cmpstr (((QzDocBlock *) g_ptr_array_index (doc->blocks, basis - 1))->text, ==,
                     "建议优先补齐信息安全与人才短板。");
  }
}

/* With a framework of two weight sets, the assessment section says which
 * set was used, for which industry, and that both the set and the rule
 * that chose it are unverified; a framework without sets says nothing. */
static void
test_weight_set (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) frameworks = qz_framework_load_builtin (&error);
  g_autoptr(QzAssessment) created = NULL;
  g_autoptr(QzAssessment) loaded = NULL;
  g_autoptr(QzReportInput) input = NULL;
  g_autoptr(QzReportInput) sample_input = NULL;
  g_autoptr(QzDoc) doc = NULL;
  g_autoptr(QzDoc) sample_doc = NULL;
  g_autofree char *text = NULL;
  g_autofree char *sample_text = NULL;
  QzEnterprise *enterprise = qz_enterprise_store_find (fixture->sample.enterprises,
                                                       qz_assessment_get_enterprise_uuid (fixture->sample.assessment),
                                                       NULL);
  QzFramework *cmmm = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < frameworks->len; i++)
    if (g_strcmp0 (qz_framework_get_id (g_ptr_array_index (frameworks, i)), "gbt39116-cmmm") == 0)
      cmmm = g_ptr_array_index (frameworks, i);
  g_assert_nonnull (cmmm);

  created = qz_assessment_store_create (fixture->sample.store, enterprise, cmmm, "2026-12-01", &error);
  g_assert_no_error (error);
  loaded = qz_assessment_store_load (fixture->sample.store, qz_assessment_get_uuid (created), &error);
  g_assert_no_error (error);
  input = gather (fixture, loaded);
  doc = build (input, "en", FALSE);
  text = doc_text (doc);
  g_assert_nonnull (strstr (text, "Weights: Discrete manufacturing weights, as the industry C3443 counts as "
                                  "discrete manufacturing."));
  g_assert_nonnull (strstr (text, "not yet checked against the standard"));
  g_assert_nonnull (strstr (text, "placeholders still to be verified"));

  sample_input = gather (fixture, fixture->sample.assessment);
  sample_doc = build (sample_input, "en", FALSE);
  sample_text = doc_text (sample_doc);
  g_assert_null (strstr (sample_text, "Weights:"));
}

/* A follow-up's report: the previous visit on the radar, the change of
 * each dimension beside it, and the measures whose status changed. */
static void
test_follow_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzAssessment) follow_up = NULL;
  g_autoptr(QzPlan) previous_plan = NULL;
  g_autoptr(QzPlan) plan = NULL;
  g_autoptr(QzPlanItem) before = NULL;
  g_autoptr(QzPlanItem) now = NULL;
  g_autoptr(QzReportInput) input = NULL;
  g_autoptr(QzDoc) doc = NULL;
  g_autoptr(QzAnswer) answer = NULL;
  g_autofree char *text = NULL;
  QzDocBlock *table;
  QzChartData *chart = NULL;
  gboolean previous_series = FALSE;
  gboolean changed = FALSE;

  previous_plan = qz_plan_open (fixture->plans, fixture->sample.assessment, &error);
  g_assert_no_error (error);
  before = g_list_model_get_item (qz_plan_get_items (previous_plan), 0);
  g_object_set (before, "status", QZ_PLAN_STATUS_AGREED, NULL);
  g_assert_true (qz_plan_save_item (previous_plan, before, &error));
  g_assert_no_error (error);

  follow_up = qz_assessment_store_create_follow_up (fixture->sample.store, fixture->sample.assessment, "2027-06-01",
                                                    &error);
  g_assert_no_error (error);
  answer = qz_answer_copy (qz_assessment_get_answer (follow_up, "equipment-networked-rate"));
  answer->numerator = 110;
  g_assert_true (qz_assessment_store_save_answer (fixture->sample.store, follow_up, "equipment-networked-rate", answer,
                                                  &error));
  g_assert_no_error (error);

  plan = qz_plan_open (fixture->plans, follow_up, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (qz_plan_get_items (plan)) && now == NULL; i++)
    {
      g_autoptr(QzPlanItem) item = g_list_model_get_item (qz_plan_get_items (plan), i);

      if (g_strcmp0 (qz_plan_item_get_measure_id (item), qz_plan_item_get_measure_id (before)) == 0)
        now = g_steal_pointer (&item);
    }
  g_assert_nonnull (now);
  g_object_set (now, "status", QZ_PLAN_STATUS_DONE, NULL);
  g_assert_true (qz_plan_save_item (plan, now, &error));
  g_assert_no_error (error);

  input = gather (fixture, follow_up);
  g_assert_nonnull (input->previous);
  g_assert_cmpstr (qz_assessment_get_uuid (input->previous), ==, qz_assessment_get_uuid (fixture->sample.assessment));
  doc = build (input, "en", FALSE);

  for (guint i = 0; i < doc->blocks->len && chart == NULL; i++)
    {
      QzDocBlock *block = g_ptr_array_index (doc->blocks, i);

      if (block->kind == QZ_DOC_CHART)
        chart = block->chart;
    }
  g_assert_nonnull (chart);
  for (guint i = 0; i < chart->series->len; i++)
    previous_series |= ((QzSeries *) g_ptr_array_index (chart->series, i))->role == QZ_SERIES_PREVIOUS;
  g_assert_true (previous_series);

  table = block_after (doc, "Scores by Dimension", QZ_DOC_TABLE);
  g_assert_cmpuint (table->n_columns, ==, 5);
  g_assert_cmpstr (g_ptr_array_index (table->header, 4), ==, "Since 2026-11-18");
  for (guint r = 0; r < table->rows->len; r++)
    {
      const char *change = g_ptr_array_index ((GPtrArray *) g_ptr_array_index (table->rows, r), 4);

      g_assert_nonnull (change);
      changed |= change[0] == '+';
    }
  g_assert_true (changed);

  table = block_after (doc, "Progress Since the Previous Visit", QZ_DOC_TABLE);
  g_assert_nonnull (table);
  text = doc_text (doc);
  g_assert_nonnull (strstr (text, "Agreed\tDone\t"));
}

static QzPlanItem *
plan_item (const char   *measure,
           const char   *title,
           QzPlanStatus  status)
{
  QzPlanItem *item = qz_plan_item_new (NULL, measure, "funding");

  g_object_set (item, "title", title, "status", status, NULL);
  return item;
}

/* What moved since the previous plan: a measure whose status changed, one
 * that left the plan; a measure added by hand is the same by its title;
 * one that kept its status, or was stale then, is only counted. */
static void
test_plan_progress (void)
{
  g_autoptr(GListStore) before = g_list_store_new (QZ_TYPE_PLAN_ITEM);
  g_autoptr(GListStore) now = g_list_store_new (QZ_TYPE_PLAN_ITEM);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(QzPlanItem) stale = plan_item ("m-stale", "Stale", QZ_PLAN_STATUS_PROPOSED);
  QzPlanProgress *progress;
  guint n_unchanged = 99;

  g_list_store_append (before, plan_item ("m-1", "One", QZ_PLAN_STATUS_AGREED));
  g_list_store_append (before, plan_item ("m-2", "Two", QZ_PLAN_STATUS_PROPOSED));
  g_list_store_append (before, plan_item (NULL, "培训", QZ_PLAN_STATUS_UNDER_WAY));
  g_list_store_append (before, plan_item ("m-3", "Three", QZ_PLAN_STATUS_AGREED));
  g_object_set (stale, "stale", TRUE, NULL);
  g_list_store_append (before, stale);

  g_list_store_append (now, plan_item ("m-3", "Three", QZ_PLAN_STATUS_AGREED));
  g_list_store_append (now, plan_item (NULL, "培训", QZ_PLAN_STATUS_DONE));
  g_list_store_append (now, plan_item ("m-1", "One, as the expert put it", QZ_PLAN_STATUS_DONE));
  g_list_store_append (now, plan_item ("m-4", "New", QZ_PLAN_STATUS_PROPOSED));

  changes = qz_plan_progress (G_LIST_MODEL (now), G_LIST_MODEL (before), &n_unchanged);
  g_assert_cmpuint (n_unchanged, ==, 1);
  g_assert_cmpuint (changes->len, ==, 3);

  progress = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (qz_plan_item_get_title (progress->now), ==, "One, as the expert put it");
  g_assert_cmpint (progress->status_before, ==, QZ_PLAN_STATUS_AGREED);
  g_assert_cmpint (progress->status_now, ==, QZ_PLAN_STATUS_DONE);

  progress = g_ptr_array_index (changes, 1);
  g_assert_cmpstr (qz_plan_item_get_title (progress->before), ==, "Two");
  g_assert_null (progress->now);

  progress = g_ptr_array_index (changes, 2);
  g_assert_cmpstr (qz_plan_item_get_title (progress->now), ==, "培训");
  g_assert_cmpint (progress->status_now, ==, QZ_PLAN_STATUS_DONE);
}

static gboolean
has_cjk (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_HAN)
        return TRUE;
    }

  return FALSE;
}

/* A plan drafted while the interface was Chinese is printed in English in
 * an English report, but for what the expert typed. */
static void
test_english_plan (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzPlan) plan = NULL;
  g_autoptr(QzPlanItem) typed = NULL;
  g_autoptr(QzReportInput) input = NULL;
  g_autoptr(QzDoc) doc = NULL;
  guint n_rows = 0;
  gboolean typed_found = FALSE;

  qz_text_force_language ("zh_CN");
  plan = qz_plan_open (fixture->plans, fixture->sample.assessment, &error);
  g_assert_no_error (error);
  typed = g_list_model_get_item (qz_plan_get_items (plan), 1);
  g_assert_true (has_cjk (qz_plan_item_get_title (typed)));
  g_object_set (typed, "title", "按企业要求改写的措施", "edited", TRUE, NULL);
  g_assert_true (qz_plan_save_item (plan, typed, &error));
  g_assert_no_error (error);
  qz_text_force_language (NULL);

  input = gather (fixture, fixture->sample.assessment);
  doc = build (input, "en", FALSE);
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      QzDocBlock *block = g_ptr_array_index (doc->blocks, i);

      if (block->kind != QZ_DOC_TABLE || block->header == NULL ||
          g_strcmp0 (g_ptr_array_index (block->header, 1), "Measure") != 0 || block->n_columns < 8)
        continue;
      for (guint r = 0; r < block->rows->len; r++)
        {
          GPtrArray *cells = g_ptr_array_index (block->rows, r);
          const char *title = g_ptr_array_index (cells, 1);
          const char *effect = g_ptr_array_index (cells, 7);

          n_rows++;
          /* The mark of a weakest area may follow the expert's own title. */
          if (g_str_has_prefix (title, "按企业要求改写的措施"))
            {
              typed_found = TRUE;
              continue;
            }
          g_assert_false (has_cjk (title));
          g_assert_false (has_cjk (effect));
        }
    }
  g_assert_cmpuint (n_rows, >, 1);
  g_assert_true (typed_found);
}

/* The plan section states what the actions alone reach (the sample: 74.3,
 * 三级), and that outcomes are not counted: counted, the measures for the
 * pass rate and the cost would have made it 79.3. */
static void
test_plan_outcomes (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(QzReportInput) input = gather (fixture, fixture->sample.assessment);
  g_autoptr(QzDoc) doc = build (input, "en", FALSE);
  g_autofree char *text = doc_text (doc);

  g_assert_nonnull (strstr (text, "the measures reach Level 3 (74.3). That is what the actions alone reach: "
                                  "outcome indicators"));
  g_assert_null (strstr (text, "79.3"));
}

/* What the framework adds to its source is said under its notice: the
 * MIIT scenarios' grade 0, which the questionnaire does not offer. */
static void
test_extensions (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(QzReportInput) input = gather (fixture, fixture->sample.assessment);
  g_autoptr(QzDoc) doc = build (input, "en", FALSE);
  g_autofree char *text = doc_text (doc);
  const char *notice = strstr (text, "not the official evaluation");
  const char *extension = strstr (text, "Not in the source, added by Qizhen (Digital operations): Grade 0");

  g_assert_nonnull (notice);
  g_assert_nonnull (extension);
  g_assert_true (notice < extension);
  g_assert_null (strstr (extension + 1, "Not in the source"));
}

/* Lays out @text as the report does. */
static QzDocLayout *
layout_text (QzDoc      *doc,
             const char *text,
             const char *language)
{
  QzDocStyle style = { "Noto Sans CJK SC", "Qizhen", "Test", language, NULL };

  qz_doc_add_text (doc, text);
  return qz_doc_layout_new (doc, &style);
}

static char *
family_at (PangoLayout *layout,
           int          index)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  char *family = NULL;

  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);

      if (run != NULL && index >= run->item->offset && index < run->item->offset + run->item->length)
        {
          PangoFontDescription *description = pango_font_describe (run->item->analysis.font);

          family = g_strdup (pango_font_description_get_family (description));
          pango_font_description_free (description);
        }
    }
  while (family == NULL && pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);
  return family;
}

/* An apostrophe among Latin words comes from a Latin font, not as the
 * full-width one of a CJK font; Chinese, and quotes among it, from the
 * CJK font. */
/* Every contact of the enterprise is in its profile, in order, on one
 * line each: the first under "Contacts", the others below it. */
static void
test_contacts (Fixture       *fixture,
               gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzReportInput) input = gather (fixture, fixture->sample.assessment);
  g_autoptr(QzContactStore) contacts = qz_contact_store_new (fixture->sample.database);
  g_autoptr(QzReportInput) again = NULL;
  g_autoptr(QzDoc) doc = NULL;
  QzContact *second;
  QzDocBlock *facts;
  guint first_row = G_MAXUINT;
  guint n_before = input->contacts->len;

  second = qz_contact_store_add (contacts, input->enterprise, &error);
  g_assert_no_error (error);
  qz_contact_set_name (second, "陈晓");
  qz_contact_set_title (second, "信息主管");
  qz_contact_set_wechat (second, "chenxiao-it");
  g_assert_true (qz_contact_store_save (contacts, input->enterprise, second, &error));
  g_assert_no_error (error);

  again = gather (fixture, fixture->sample.assessment);
  g_assert_cmpuint (again->contacts->len, ==, n_before + 1);
  doc = build (again, "en", FALSE);
  facts = block_after (doc, "The Enterprise", QZ_DOC_KEY_VALUES);
  for (guint r = 0; r < facts->rows->len && first_row == G_MAXUINT; r++)
    {
      GPtrArray *cells = g_ptr_array_index (facts->rows, r);

      if (g_strcmp0 (g_ptr_array_index (cells, 0), "Contacts") == 0)
        first_row = r;
    }
  g_assert_cmpuint (first_row, <, facts->rows->len);
  for (guint i = 0; i < again->contacts->len; i++)
    {
      GPtrArray *cells = g_ptr_array_index (facts->rows, first_row + i);
      g_autofree char *expected = qz_contact_dup_summary (g_ptr_array_index (again->contacts, i));

      g_assert_cmpstr (g_ptr_array_index (cells, 1), ==, expected);
      if (i > 0)
        g_assert_cmpstr (g_ptr_array_index (cells, 0), ==, "");
    }
  {
    GPtrArray *added = g_ptr_array_index (facts->rows, first_row + n_before);

    g_assert_nonnull (strstr (g_ptr_array_index (added, 1), "陈晓 · 信息主管"));
  }
}

static void
test_latin_punctuation (void)
{
  const char *text = "The framework’s rules. 企诊的“数据”";
  g_autoptr(QzDoc) doc = qz_doc_new ();
  g_autoptr(QzDocLayout) layout = layout_text (doc, text, "en");
  Measured *measured = qz_doc_layout_measured (layout, g_ptr_array_index (doc->blocks, 0));
  g_autofree char *apostrophe = family_at (measured->text, strstr (text, "’") - text);
  g_autofree char *chinese = family_at (measured->text, strstr (text, "企") - text);
  g_autofree char *quote = family_at (measured->text, strstr (text, "“") - text);
  g_autofree char *letter = family_at (measured->text, strstr (text, "rules") - text);

  g_test_message ("apostrophe: %s, Chinese: %s, its quote: %s, letters: %s", apostrophe, chinese, quote, letter);
  g_assert_nonnull (apostrophe);
  g_assert_null (strstr (apostrophe, "CJK"));
  g_assert_nonnull (strstr (chinese, "CJK"));
  g_assert_nonnull (strstr (quote, "CJK"));
  g_assert_nonnull (strstr (letter, "CJK"));
}

/* A full-width opening bracket that begins a line takes half an em, at the
 * start of a paragraph and where a line wraps before one. */
static void
test_opening_bracket (void)
{
  g_autoptr(GString) text = g_string_new ("（一）企业基本情况");
  g_autoptr(QzDoc) doc = qz_doc_new ();
  g_autoptr(QzDocLayout) layout = NULL;
  Measured *measured;
  PangoRectangle next;
  guint n_wrapped = 0;

  /* Long enough to wrap onto lines that begin with a bracket too. */
  for (guint i = 0; i < 12; i++)
    g_string_append (text, "（示例）数字化转型诊断");
  layout = layout_text (doc, text->str, "zh-cn");
  measured = qz_doc_layout_measured (layout, g_ptr_array_index (doc->blocks, 0));

  pango_layout_index_to_pos (measured->text, strlen ("（"), &next);
  g_test_message ("the character after the bracket begins at %g pt", next.x / (double) PANGO_SCALE);
  g_assert_cmpfloat (next.x / (double) PANGO_SCALE, <, 0.6 * BODY_SIZE);

  for (GSList *l = pango_layout_get_lines_readonly (measured->text)->next; l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;

      if (g_str_has_prefix (text->str + line->start_index, "（"))
        {
          pango_layout_index_to_pos (measured->text, line->start_index + strlen ("（"), &next);
          g_assert_cmpfloat (next.x / (double) PANGO_SCALE, <, 0.6 * BODY_SIZE);
          n_wrapped++;
        }
    }
  g_test_message ("%u wrapped lines begin with a bracket", n_wrapped);
}

/* A Latin word broken in a narrow cell ends its line with a hyphen set
 * against its letters, not a CJK font's full-width one with a gap. */
static void
test_broken_word (void)
{
  g_autoptr(QzDoc) doc = qz_doc_new ();
  g_autoptr(QzDocLayout) layout = layout_text (doc, "Plan", "en");
  g_autoptr(PangoLayout) cell = qz_doc_layout_text (layout, "Procurement Production", FALSE, SMALL_SIZE, FALSE, 40);
  PangoLayoutLine *first = pango_layout_get_line_readonly (cell, 0);
  PangoGlyphItem *run = g_slist_last (first->runs)->data;
  PangoGlyphInfo *hyphen = &run->glyphs->glyphs[run->glyphs->num_glyphs - 1];

  g_assert_cmpint (pango_layout_get_line_count (cell), >, 2);
  g_assert_cmpint (first->length, <, (int) strlen ("Procurement"));
  g_test_message ("hyphen: %g pt wide, offset %g pt", hyphen->geometry.width / (double) PANGO_SCALE,
                  hyphen->geometry.x_offset / (double) PANGO_SCALE);
  g_assert_cmpfloat (hyphen->geometry.width / (double) PANGO_SCALE, <, 0.5 * SMALL_SIZE);
  g_assert_cmpint (hyphen->geometry.x_offset, <, 0);

  /* Chinese wraps between any two characters, and keeps its widths. */
  {
    g_autoptr(PangoLayout) chinese = qz_doc_layout_text (layout, "数字化转型诊断报告", FALSE, SMALL_SIZE, FALSE, 40);
    PangoGlyphItem *last = g_slist_last (pango_layout_get_line_readonly (chinese, 0)->runs)->data;

    g_assert_cmpint (pango_layout_get_line_count (chinese), >, 1);
    g_assert_cmpfloat (last->glyphs->glyphs[last->glyphs->num_glyphs - 1].geometry.width / (double) PANGO_SCALE, ==,
                       SMALL_SIZE);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/qz/report-content/internal", Fixture, NULL, fixture_set_up, test_internal, fixture_tear_down);
  g_test_add ("/qz/report-content/plan-outcomes", Fixture, NULL, fixture_set_up, test_plan_outcomes, fixture_tear_down);
  g_test_add ("/qz/report-content/summary", Fixture, NULL, fixture_set_up, test_summary, fixture_tear_down);
  g_test_add ("/qz/report-content/follow-up", Fixture, NULL, fixture_set_up, test_follow_up, fixture_tear_down);
  g_test_add ("/qz/report-content/weight-set", Fixture, NULL, fixture_set_up, test_weight_set, fixture_tear_down);
  g_test_add_func ("/qz/report-content/plan-progress", test_plan_progress);
  g_test_add ("/qz/report-content/english-plan", Fixture, NULL, fixture_set_up, test_english_plan,
              fixture_tear_down);
  g_test_add ("/qz/report-content/contacts", Fixture, NULL, fixture_set_up, test_contacts, fixture_tear_down);
  g_test_add ("/qz/report-content/extensions", Fixture, NULL, fixture_set_up, test_extensions, fixture_tear_down);
  g_test_add_func ("/qz/report-content/latin-punctuation", test_latin_punctuation);
  g_test_add_func ("/qz/report-content/opening-bracket", test_opening_bracket);
  g_test_add_func ("/qz/report-content/broken-word", test_broken_word);

  return g_test_run ();
}
