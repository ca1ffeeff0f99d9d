/* qz-results-page.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-results-page"

#include "qz-config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "qz-chart-view.h"
#include "qz-benchmark-query.h"
#include "qz-chart.h"
#include "qz-input.h"
#include "qz-pending-edits.h"
#include "qz-production.h"
#include "qz-result-text.h"
#include "qz-results-page.h"
#include "qz-sign-off-group.h"
#include "qz-wrap-box.h"

/* From how many axes a bar chart joins the radar, and its rows' height. */
#define BARS_FROM_AXES 8
#define BAR_ROW_HEIGHT 34

/* The results of an assessment, as the expert and the manager look at
 * them together: score and level, what the next level asks, the radar
 * with target, previous visit and industry average, and the table. */
struct _QzResultsPage
{
  AdwBin               parent_instance;

  /* Template widgets */
  GtkLabel            *score_label;
  GtkLabel            *level_label;
  GtkLabel            *provisional_label;
  GtkLabel            *next_label;
  GtkLabel            *notice_label;
  QzChartView         *radar;
  QzChartView         *bars;
  GtkCheckButton      *target_check;
  GtkCheckButton      *previous_check;
  GtkDropDown         *previous_dropdown;
  GtkCheckButton      *industry_check;
  GtkDropDown         *scope_dropdown;
  GtkLabel            *industry_label;
  AdwPreferencesGroup *table_group;
  AdwPreferencesGroup *scenario_group;
  AdwPreferencesGroup *strongest_group;
  AdwPreferencesGroup *weakest_group;
  GtkTextView         *opinion_view;
  QzSignOffGroup      *sign_off_group;

  /* Owned references */
  QzEnterpriseStore   *enterprises;
  QzAssessmentStore   *store;
  QzAssessment        *assessment;
  GPtrArray           *earlier;       /* same enterprise and framework, latest first */
  QzAssessment        *previous;      /* the one of them compared with */
  QzBenchmark         *industry;
  GPtrArray           *rows;          /* (group, row) pairs added, to remove */
  QzPendingEdits      *pending;       /* edits not written yet, retried */
  gboolean             loading;       /* the opinion is being shown, not typed */
};

G_DEFINE_FINAL_TYPE (QzResultsPage, qz_results_page, ADW_TYPE_BIN)

enum {
  SAVE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static QzChartSeries
wanted_series (QzResultsPage *self)
{
  QzChartSeries series = QZ_CHART_CURRENT;

  if (gtk_check_button_get_active (self->target_check))
    series |= QZ_CHART_TARGET;
  if (gtk_check_button_get_active (self->previous_check))
    series |= QZ_CHART_PREVIOUS;
  if (gtk_check_button_get_active (self->industry_check))
    series |= QZ_CHART_INDUSTRY;
  return series;
}

static void
update_chart (QzResultsPage *self)
{
  guint n_axes;

  if (self->assessment == NULL)
    return;

  qz_chart_view_take_data (self->radar, qz_chart_for_assessment (self->assessment, self->previous,
                                                                 self->industry, wanted_series (self)));
  /* Bars beside a crowded radar, where every label stays whole. */
  n_axes = qz_chart_view_get_n_axes (self->radar);
  gtk_widget_set_visible (GTK_WIDGET (self->bars), n_axes >= BARS_FROM_AXES);
  if (n_axes >= BARS_FROM_AXES)
    {
      gtk_widget_set_size_request (GTK_WIDGET (self->bars), -1, n_axes * BAR_ROW_HEIGHT + 60);
      qz_chart_view_take_data (self->bars, qz_chart_for_assessment (self->assessment, self->previous,
                                                                    self->industry, wanted_series (self)));
    }
}

static void
add_row (QzResultsPage       *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle,
         const char          *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);   /* the framework's words */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, group);
  g_ptr_array_add (self->rows, row);
}

static void
clear_rows (QzResultsPage *self)
{
  for (guint i = 0; i + 1 < self->rows->len; i += 2)
    adw_preferences_group_remove (g_ptr_array_index (self->rows, i), g_ptr_array_index (self->rows, i + 1));
  g_ptr_array_set_size (self->rows, 0);
}

/* Points, maximum, share and the gap to the target level: with the points
 * method a dimension's share of the level's minimum; with the maturity
 * method the level's rank. */
static void
fill_table (QzResultsPage *self,
            QzFramework   *framework,
            QzResult      *result)
{
  g_autoptr(QzResult) earlier = self->previous && gtk_check_button_get_active (self->previous_check)
                                ? qz_assessment_score (self->previous) : NULL;
  g_autoptr(GArray) rows = qz_result_dimension_rows (result, framework, 2);
  const QzLevel *target = qz_framework_find_level (framework, qz_assessment_get_target_level (self->assessment));

  for (guint i = 0; i < rows->len; i++)
    {
      const QzDimension *dimension = g_array_index (rows, QzDimensionRow, i).dimension;
      const QzNodeScore *node = g_array_index (rows, QzDimensionRow, i).node;
      double shown = g_array_index (rows, QzDimensionRow, i).shown;
      g_autofree char *points = NULL;
      g_autofree char *max = NULL;
      g_autofree char *share = NULL;
      g_autofree char *subtitle = NULL;
      double goal = NAN;

      if (node->na)
        {
          add_row (self, self->table_group, qz_text_get (&dimension->title), NULL, _("N/A"));
          continue;
        }

      points = qz_input_format_amount (shown);
      max = qz_input_format_amount (node->max);
      share = qz_format_percent (node->points, node->max);
      if (target != NULL)
        goal = qz_level_goal (target, framework, node->max);

      if (!isnan (goal) && goal > node->points + 1e-9)
        {
          g_autofree char *gap = qz_input_format_amount (round ((goal - node->points) * 100) / 100);
          /* Translators: points of the maximum, then how many are missing for the target */
          subtitle = g_strdup_printf (_("%s of %s · %s short of the target"), points, max, gap);
        }
      else
        /* Translators: points of the maximum */
        subtitle = g_strdup_printf (_("%s of %s"), points, max);

      if (!isnan (qz_result_change (result, earlier, dimension->id)))
        {
          g_autofree char *change = qz_format_change (qz_result_change (result, earlier, dimension->id));
          g_autofree char *longer = NULL;

          /* Translators: the subtitle, then the change since an earlier visit, e.g. "+3.5 since 2025-06-01" */
          longer = g_strdup_printf (_("%s · %s since %s"), subtitle, change,
                                    qz_assessment_get_visit_date (self->previous));
          g_free (subtitle);
          subtitle = g_steal_pointer (&longer);
        }

      add_row (self, self->table_group, qz_text_get (&dimension->title), subtitle, share);
    }
}

/* The grade of every scenario, constrained ones marked. */
static void
fill_scenarios (QzResultsPage *self,
                QzFramework   *framework)
{
  g_autoptr(GPtrArray) rows = qz_scenario_rows (framework, qz_assessment_get_answers (self->assessment));

  for (guint i = 0; i < rows->len; i++)
    {
      QzScenarioRow *row = g_ptr_array_index (rows, i);

      add_row (self, self->scenario_group, row->title, qz_text_get (&row->indicator->area->title), row->grade);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->scenario_group), rows->len > 0);
}

static void
fill_extremes (QzResultsPage *self,
               QzFramework   *framework,
               QzResult      *result)
{
  g_autoptr(GArray) strongest = qz_result_strongest_areas (result, framework);
  g_autoptr(GArray) weakest = qz_result_weakest_areas (result, framework);
  guint n = weakest->len;

  for (guint i = 0; i < n; i++)
    {
      QzAreaShare *strong = &g_array_index (strongest, QzAreaShare, i);
      QzAreaShare *weak = &g_array_index (weakest, QzAreaShare, i);
      g_autofree char *strong_share = qz_format_percent (strong->share, 1);
      g_autofree char *weak_share = qz_format_percent (weak->share, 1);

      add_row (self, self->strongest_group, qz_text_get (&strong->area->title),
               qz_text_get (&strong->area->dimension->title), strong_share);
      add_row (self, self->weakest_group, qz_text_get (&weak->area->title),
               qz_text_get (&weak->area->dimension->title), weak_share);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->strongest_group), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->weakest_group), n > 0);
}

static void
update_industry_label (QzResultsPage *self)
{
  g_autofree char *text = NULL;
  guint n = self->industry ? self->industry->n_enterprises : 0;

  if (self->industry != NULL && self->industry->means != NULL)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The industry average takes the latest complete assessment of %u other enterprise.",
                                         "The industry average takes the latest complete assessment of %u other enterprises.",
                                         n), n);
  else
    text = g_strdup_printf (_("No industry average: %u other enterprises have a complete assessment with this framework, and at least %d are needed so that none can be singled out."),
                            n, QZ_BENCHMARK_MIN_ENTERPRISES);

  gtk_label_set_label (self->industry_label, text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->industry_check), self->industry && self->industry->means);
}

static void
fill (QzResultsPage *self);

static void
previous_changed_cb (QzResultsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->previous_dropdown);

  g_clear_object (&self->previous);
  if (self->earlier != NULL && selected < self->earlier->len)
    self->previous = g_object_ref (g_ptr_array_index (self->earlier, selected));
  if (self->assessment != NULL)
    fill (self);
}

static void
scope_changed_cb (QzResultsPage *self)
{
  static const QzBenchmarkScope scopes[] = { QZ_BENCHMARK_DIVISION, QZ_BENCHMARK_CLASS, QZ_BENCHMARK_REGION };
  guint selected = MIN (gtk_drop_down_get_selected (self->scope_dropdown), G_N_ELEMENTS (scopes) - 1);

  if (self->assessment == NULL)
    return;

  g_clear_pointer (&self->industry, qz_benchmark_free);
  self->industry = qz_benchmark_compute (self->store, self->enterprises, self->assessment, scopes[selected], NULL);
  update_industry_label (self);
  update_chart (self);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    QzResultsPage   *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(QzChartData) data = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->assessment != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
      data = qz_chart_for_assessment (self->assessment, self->previous, self->industry, wanted_series (self));
      if (path == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("The file is not on this computer."));
      else
        qz_chart_export (data, path, &error);

      if (error != NULL)
        {
          AdwMessageDialog *alert;

          alert = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                              _("The Chart Was Not Exported"), error->message));
          adw_message_dialog_add_response (alert, "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (alert));
        }
    }

  g_object_unref (chooser);
}

static void
export_chart_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  QzResultsPage *self = QZ_RESULTS_PAGE (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export Chart"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  /* Translators: the file name offered for an exported chart; keep the extension */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("radar-chart.png"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- The experts' opinion ---- */

/* The opinion as typed, to be written now or, failing that, later. */
typedef struct
{
  QzAssessmentStore *store;
  QzAssessment      *assessment;
  char              *text;
} OpinionEdit;

static void
opinion_edit_free (gpointer data)
{
  OpinionEdit *edit = data;

  g_object_unref (edit->store);
  g_object_unref (edit->assessment);
  g_free (edit->text);
  g_free (edit);
}

static gboolean
opinion_edit_save (gpointer   data,
                   GError   **error)
{
  OpinionEdit *edit = data;

  return qz_assessment_store_save_opinion (edit->store, edit->assessment, edit->text, error);
}

/* The opinion is written with every keystroke, one transaction each;
 * what cannot be written waits in the window's pending edits, named. */
static void
opinion_changed_cb (QzResultsPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->opinion_view);
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  g_autofree char *label = NULL;
  QzEnterprise *enterprise;
  OpinionEdit *edit;
  GtkTextIter start, end;

  if (self->loading || self->assessment == NULL || self->store == NULL)
    return;

  edit = g_new0 (OpinionEdit, 1);
  edit->store = g_object_ref (self->store);
  edit->assessment = g_object_ref (self->assessment);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  edit->text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  enterprise = self->enterprises
               ? qz_enterprise_store_find (self->enterprises, qz_assessment_get_enterprise_uuid (self->assessment), NULL)
               : NULL;
  key = g_strdup_printf ("opinion/%s", qz_assessment_get_uuid (self->assessment));
  /* Translators: what an unsaved edit would lose: an enterprise, the visit's date */
  label = g_strdup_printf (_("the experts’ opinion on %s (%s)"), enterprise ? qz_enterprise_get_name (enterprise) : "",
                           qz_assessment_get_visit_date (self->assessment));
  if (!qz_pending_edits_save (self->pending, key, label, opinion_edit_save, edit, opinion_edit_free, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The opinion could not be saved: %s"), error->message);

      g_signal_emit (self, signals[SAVE_FAILED], 0, message);
    }
}

static void
show_opinion (QzResultsPage *self)
{
  self->loading = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->opinion_view),
                            self->assessment ? qz_assessment_get_opinion (self->assessment) : "", -1);
  self->loading = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->opinion_view), self->assessment != NULL);
}

static void
qz_results_page_dispose (GObject *object)
{
  QzResultsPage *self = (QzResultsPage *)object;

  g_clear_object (&self->assessment);
  g_clear_object (&self->previous);
  g_clear_object (&self->enterprises);
  g_clear_object (&self->store);
  g_clear_object (&self->pending);
  g_clear_pointer (&self->earlier, g_ptr_array_unref);
  g_clear_pointer (&self->industry, qz_benchmark_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), QZ_TYPE_RESULTS_PAGE);

  G_OBJECT_CLASS (qz_results_page_parent_class)->dispose (object);
}

static void
qz_results_page_finalize (GObject *object)
{
  QzResultsPage *self = (QzResultsPage *)object;

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (qz_results_page_parent_class)->finalize (object);
}

static void
qz_results_page_class_init (QzResultsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qz_results_page_dispose;
  object_class->finalize = qz_results_page_finalize;

  /**
   * QzResultsPage::save-failed:
   * @message: what could not be saved, and why
   *
   * The opinion could not be written; it waits to be written later.
   */
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (QZ_TYPE_CHART_VIEW);
  g_type_ensure (QZ_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/qizhen/Qizhen/ui/qz-results-page.ui");
  gtk_widget_class_bind_template_child (widget_class, QzResultsPage, score_label);
  gtk_widget_class_bind_template_child (widget_class, QzResultsPage, level_label);
  gtk_widget_class_bind_template_child (widget_class, QzResultsPage, provisional_label);
  gtk_widget_class_bind_template_child (widget_class, QzResultsPage, next_label);
  gtk_widget_class_bind_template_child (widget_class, QzResultsPage, notice_label);
  gtk_widget_class_bind_template_child (widget_class, QzResultsPage, radar);
  gtk_widget_class_bind_template_child (widget_class, QzResultsPage, bars);
  gtk_widget_class_bind_template_child (widget_class, QzResultsPage, target_check);
  gtk_widget_class_bind_template_child (widget_class, QzResultsPage, previous_check);
  gtk_widget_class_bind_template_child (widget_class, QzResultsPage, industry_check);
  gtk_widget_class_bind_template_child (widget_class, QzResultsPage, previous_dropdown);
  gtk_widget_class_bind_template_child (widget_class, QzResultsPage, scope_dropdown);
  gtk_widget_class_bind_template_child (widget_class, QzResultsPage, scenario_group);
  gtk_widget_class_bind_template_child (widget_class, QzResultsPage, industry_label);
  gtk_widget_class_bind_template_child (widget_class, QzResultsPage, table_group);
  gtk_widget_class_bind_template_child (widget_class, QzResultsPage, strongest_group);
  gtk_widget_class_bind_template_child (widget_class, QzResultsPage, weakest_group);
  gtk_widget_class_bind_template_child (widget_class, QzResultsPage, opinion_view);
  g_type_ensure (QZ_TYPE_SIGN_OFF_GROUP);
  gtk_widget_class_bind_template_child (widget_class, QzResultsPage, sign_off_group);
  gtk_widget_class_bind_template_callback (widget_class, update_chart);
  gtk_widget_class_bind_template_callback (widget_class, previous_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, scope_changed_cb);

  gtk_widget_class_install_action (widget_class, "results.export-chart", NULL, export_chart_action);
}

static void
qz_results_page_init (QzResultsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->pending = qz_pending_edits_new ();
  self->rows = g_ptr_array_new ();
  g_signal_connect_object (gtk_text_view_get_buffer (self->opinion_view), "changed", G_CALLBACK (opinion_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

/* Everything computed from the assessment and the chosen comparison. */
static void
fill (QzResultsPage *self)
{
  g_autoptr(QzResult) result = NULL;
  g_autofree char *score = NULL;
  g_autofree char *next_text = NULL;
  QzFramework *framework = qz_assessment_get_framework (self->assessment);
  QzNextLevel next;
  const char *notice;

  clear_rows (self);
  result = qz_assessment_score (self->assessment);

  {
    g_autofree char *total = qz_input_format_amount (round (result->total * 100) / 100);
    g_autofree char *max = qz_input_format_amount (result->max);

    score = g_strdup_printf (result->method == QZ_SCORING_MATURITY ? "S %s / %s" : "%s / %s", total, max);
  }
  gtk_label_set_label (self->score_label, score);
  gtk_label_set_label (self->level_label, result->level ? qz_text_get (&result->level->name)
                                                        : _("Below the first level"));
  gtk_widget_set_visible (GTK_WIDGET (self->provisional_label), result->provisional);

  qz_result_next_level (result, framework, qz_assessment_get_answers (self->assessment), &next);
  next_text = qz_result_describe_next (result, &next);
  gtk_label_set_label (self->next_label, next_text);

  notice = qz_text_get (qz_framework_get_notice (framework));
  /* Which weights the result used, and what of them is unverified. */
  if (result->weight_set != NULL)
    {
      g_autofree char *weights = qz_weight_set_describe (result->weight_set,
                                                         qz_assessment_get_industry_code (self->assessment));
      g_autofree char *both = notice[0] != '\0' ? g_strdup_printf ("%s\n%s", notice, weights) : g_strdup (weights);

      gtk_label_set_label (self->notice_label, both);
    }
  else
    gtk_label_set_label (self->notice_label, notice);
  gtk_widget_set_visible (GTK_WIDGET (self->notice_label), notice[0] != '\0' || result->weight_set != NULL);

  fill_table (self, framework, result);
  fill_scenarios (self, framework);
  fill_extremes (self, framework, result);
  update_chart (self);
}

/**
 * qz_results_page_set_pending_edits:
 * @self: a #QzResultsPage
 * @pending: where edits that cannot be written wait
 *
 * Shares the window's pending edits, so that closing it retries them.
 */
void
qz_results_page_set_pending_edits (QzResultsPage  *self,
                                   QzPendingEdits *pending)
{
  g_return_if_fail (QZ_IS_RESULTS_PAGE (self));
  g_return_if_fail (QZ_IS_PENDING_EDITS (pending));

  g_set_object (&self->pending, pending);
}

/**
 * qz_results_page_set_assessment:
 * @self: a #QzResultsPage
 * @enterprises: the enterprise store, for the industry average
 * @store: the assessment store
 * @assessment: (nullable): the assessment whose results are shown
 *
 * Shows the results of @assessment as they are now, compared with the
 * latest earlier assessment of the enterprise with the same framework.
 */
void
qz_results_page_set_assessment (QzResultsPage     *self,
                                QzEnterpriseStore *enterprises,
                                QzAssessmentStore *store,
                                QzAssessment      *assessment)
{
  g_autoptr(GtkStringList) dates = gtk_string_list_new (NULL);

  g_return_if_fail (QZ_IS_RESULTS_PAGE (self));

  clear_rows (self);
  g_set_object (&self->enterprises, enterprises);
  g_set_object (&self->store, store);
  g_set_object (&self->assessment, assessment);
  g_clear_object (&self->previous);
  g_clear_pointer (&self->earlier, g_ptr_array_unref);
  g_clear_pointer (&self->industry, qz_benchmark_free);
  show_opinion (self);
  qz_sign_off_group_set_assessment (self->sign_off_group, store, assessment);
  if (assessment == NULL)
    {
      qz_chart_view_take_data (self->radar, NULL);
      qz_chart_view_take_data (self->bars, NULL);
      return;
    }

  /* Earlier visits with the same framework, for the comparison. */
  self->earlier = qz_assessment_store_list_earlier (store, assessment, NULL);
  if (self->earlier == NULL)
    self->earlier = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->earlier->len; i++)
    gtk_string_list_append (dates, qz_assessment_get_visit_date (g_ptr_array_index (self->earlier, i)));
  if (self->earlier->len > 0)
    self->previous = g_object_ref (g_ptr_array_index (self->earlier, 0));

  g_signal_handlers_block_by_func (self->previous_dropdown, previous_changed_cb, self);
  gtk_drop_down_set_model (self->previous_dropdown, G_LIST_MODEL (dates));
  gtk_drop_down_set_selected (self->previous_dropdown, 0);
  g_signal_handlers_unblock_by_func (self->previous_dropdown, previous_changed_cb, self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->previous_check), self->earlier->len > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->previous_dropdown), self->earlier->len > 0);

  g_signal_handlers_block_by_func (self->scope_dropdown, scope_changed_cb, self);
  gtk_drop_down_set_selected (self->scope_dropdown, 0);
  g_signal_handlers_unblock_by_func (self->scope_dropdown, scope_changed_cb, self);
  self->industry = qz_benchmark_compute (store, enterprises, assessment, QZ_BENCHMARK_DIVISION, NULL);
  update_industry_label (self);

  fill (self);
}
