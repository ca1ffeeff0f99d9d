/* qz-checklist-page.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-checklist-page"

#include "qz-config.h"

#include <glib/gi18n.h>

#include "qz-checklist-page-private.h"
#include "qz-input.h"
#include "qz-wrap-box.h"

G_DEFINE_FINAL_TYPE (QzChecklistPage, qz_checklist_page, ADW_TYPE_BIN)

enum {
  SAVE_FAILED,
  PHOTO_REMOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static QzFramework *
framework (QzChecklistPage *self)
{
  return qz_assessment_get_framework (self->assessment);
}

static gboolean
is_answered (QzChecklistPage   *self,
             const QzIndicator *indicator)
{
  return qz_answer_is_given (qz_assessment_get_answer (self->assessment, indicator->id), indicator);
}

static void
remove_all (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* The score and the level apart, so that each shows whole however narrow
 * the page: the level goes under the score rather than being cut. */
static void
show_score (QzChecklistPage *self,
            QzResult        *result)
{
  g_autofree char *total = qz_input_format_amount (result->total);
  g_autofree char *max = qz_input_format_amount (result->max);
  g_autofree char *score = NULL;
  g_autofree char *level = NULL;
  const char *name = result->level ? qz_text_get (&result->level->name) : _("below the first level");

  if (result->method == QZ_SCORING_MATURITY)
    /* Translators: the maturity score S of the maximum */
    score = g_strdup_printf (_("S %s / %s"), total, max);
  else
    /* Translators: points of the maximum */
    score = g_strdup_printf (_("Score %s / %s"), total, max);
  if (result->provisional)
    /* Translators: a level, while some indicators are unanswered */
    level = g_strdup_printf (_("%s (provisional)"), name);

  gtk_label_set_label (self->score_label, score);
  gtk_label_set_label (self->level_label, level ? level : name);
}

static void
update_dimension_row (QzChecklistPage *self,
                      GtkListBoxRow   *row)
{
  QzDimension *dimension = g_object_get_data (G_OBJECT (row), "qz-dimension");
  GtkLabel *count_label = g_object_get_data (G_OBJECT (row), "qz-count");
  guint answered = 0, total = 0;
  g_autofree char *text = NULL;

  for (guint a = 0; a < dimension->areas->len; a++)
    {
      QzArea *area = g_ptr_array_index (dimension->areas, a);

      for (guint i = 0; i < area->indicators->len; i++)
        {
          answered += is_answered (self, g_ptr_array_index (area->indicators, i));
          total++;
        }
    }

  text = g_strdup_printf ("%u / %u", answered, total);
  gtk_label_set_label (count_label, text);
  {
    /* Translators: a dimension of the checklist as a screen reader reads it: its title, indicators answered of all */
    g_autofree char *name = g_strdup_printf (_("%s, %u of %u answered"), qz_text_get (&dimension->title),
                                             answered, total);

    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  }
  if (answered == total)
    gtk_widget_add_css_class (GTK_WIDGET (count_label), "success");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (count_label), "success");
}

/* Everything derived from the answers: scores, progress, counts. */
static void
update_results (QzChecklistPage *self)
{
  g_autoptr(QzResult) result = qz_assessment_score (self->assessment);
  g_autofree char *progress = NULL;
  guint total = qz_framework_get_n_indicators (framework (self));
  guint answered = qz_assessment_count_answered (self->assessment);
  GHashTableIter iter;
  gpointer id, row;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &id, &row))
    qz_indicator_row_set_score (row, qz_result_get_node (result, id));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->dimensions_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    update_dimension_row (self, GTK_LIST_BOX_ROW (child));

  /* Translators: indicators answered of all, e.g. "37 / 52 answered" */
  progress = g_strdup_printf (_("%u / %u answered"), answered, total);
  gtk_label_set_label (self->progress_label, progress);
  gtk_level_bar_set_value (self->progress_bar, total ? (double) answered / total : 0);
  show_score (self, result);
}

static void
answer_changed_cb (QzChecklistPage *self,
                   const char      *indicator_id)
{
  QzIndicatorRow *row = g_hash_table_lookup (self->rows, indicator_id);

  if (row != NULL)
    {
      qz_indicator_row_set_answer (row, qz_assessment_get_answer (self->assessment, indicator_id));
      qz_indicator_row_set_review (row, qz_assessment_needs_review (self->assessment, indicator_id));
    }
  update_results (self);
  qz_checklist_page_update_record (self);
}

/* One answer as it was given, to be written now or, failing that, later. */
typedef struct
{
  QzAssessmentStore *store;
  QzAssessment      *assessment;
  char              *indicator_id;
  QzAnswer          *answer;
} AnswerEdit;

static void
answer_edit_free (gpointer data)
{
  AnswerEdit *edit = data;

  g_object_unref (edit->store);
  g_object_unref (edit->assessment);
  g_free (edit->indicator_id);
  qz_answer_free (edit->answer);
  g_free (edit);
}

static gboolean
answer_edit_save (gpointer   data,
                  GError   **error)
{
  AnswerEdit *edit = data;

  return qz_assessment_store_save_answer (edit->store, edit->assessment, edit->indicator_id, edit->answer, error);
}

/* Each answer is written as it is given. One that cannot be waits in
 * the window's pending edits, named for the user, and is written with
 * the next edit that can be, or when the window closes. */
static void
answer_edited_cb (QzIndicatorRow  *row,
                  const QzAnswer  *answer,
                  QzChecklistPage *self)
{
  g_autoptr(GError) error = NULL;
  const QzIndicator *indicator = qz_indicator_row_get_indicator (row);
  g_autofree char *key = NULL;
  g_autofree char *label = NULL;
  AnswerEdit *edit;

  if (self->store == NULL || self->assessment == NULL)
    return;

  edit = g_new0 (AnswerEdit, 1);
  edit->store = g_object_ref (self->store);
  edit->assessment = g_object_ref (self->assessment);
  edit->indicator_id = g_strdup (indicator->id);
  edit->answer = qz_answer_copy (answer);
  key = g_strdup_printf ("answer/%s/%s", qz_assessment_get_uuid (self->assessment), indicator->id);
  /* Translators: what an unsaved edit would lose: an indicator, an enterprise, the visit's date */
  label = g_strdup_printf (_("the answer to %s of %s (%s)"), qz_text_get (&indicator->title),
                           self->subject ? self->subject : "", qz_assessment_get_visit_date (self->assessment));
  if (!qz_pending_edits_save (self->pending, key, label, answer_edit_save, edit, answer_edit_free, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The answer could not be saved: %s"), error->message);

      g_signal_emit (self, signals[SAVE_FAILED], 0, message);
    }
}

void
qz_checklist_page_report (QzChecklistPage *self,
                          const char      *format,
                          ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_signal_emit (self, signals[SAVE_FAILED], 0, message);
}

static gboolean
filter_func (GtkListBoxRow *row,
             gpointer       user_data)
{
  QzChecklistPage *self = user_data;
  const QzIndicator *indicator = qz_indicator_row_get_indicator (QZ_INDICATOR_ROW (row));
  const QzAnswer *answer = qz_assessment_get_answer (self->assessment, indicator->id);

  switch (self->filter)
    {
    case FILTER_UNANSWERED:
      return !qz_answer_is_given (answer, indicator);
    case FILTER_FLAGGED:
      return answer != NULL && answer->flagged;
    case FILTER_ALL:
    default:
      return TRUE;
    }
}

/* A filter is applied when it is chosen, not after each answer: an item
 * answered in the "unanswered" view stays until the view is chosen again,
 * so that the focus never vanishes from under the keyboard. */
static void
filter_toggled_cb (QzChecklistPage *self)
{
  if (gtk_toggle_button_get_active (self->unanswered_button))
    self->filter = FILTER_UNANSWERED;
  else if (gtk_toggle_button_get_active (self->flagged_button))
    self->filter = FILTER_FLAGGED;
  else
    self->filter = FILTER_ALL;

  if (self->assessment != NULL)
    gtk_list_box_invalidate_filter (self->indicators_list);
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  const QzIndicator *indicator = qz_indicator_row_get_indicator (QZ_INDICATOR_ROW (row));
  const QzIndicator *previous = before ? qz_indicator_row_get_indicator (QZ_INDICATOR_ROW (before)) : NULL;
  QzArea *area = indicator->area;
  g_autofree char *markup = NULL;
  GtkWidget *label;

  if (previous != NULL && previous->area == area)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  if (previous == NULL || previous->area->dimension != area->dimension)
    markup = g_markup_printf_escaped ("<b>%s</b>\n%s", qz_text_get (&area->dimension->title),
                                      qz_text_get (&area->title));
  else
    markup = g_markup_escape_text (qz_text_get (&area->title), -1);

  label = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_list_box_row_set_header (row, label);
}

/* The first indicator of @dimension shown, or NULL. */
QzIndicatorRow *
qz_checklist_page_first_row_of (QzChecklistPage *self,
                                QzDimension     *dimension)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->indicators_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (QZ_IS_INDICATOR_ROW (child) &&
          qz_indicator_row_get_indicator (QZ_INDICATOR_ROW (child))->area->dimension == dimension &&
          gtk_widget_get_child_visible (child))
        return QZ_INDICATOR_ROW (child);
    }

  return NULL;
}

/* The dimension's heading comes to the top, its first indicator under it
 * has the focus; folded, the dimensions make way. */
static void
dimension_activated_cb (QzChecklistPage *self,
                        GtkListBoxRow   *row)
{
  QzDimension *dimension = g_object_get_data (G_OBJECT (row), "qz-dimension");
  QzIndicatorRow *first = qz_checklist_page_first_row_of (self, dimension);
  GtkWidget *heading;

  if (first == NULL)
    return;

  qz_indicator_row_focus (first);
  heading = gtk_list_box_row_get_header (GTK_LIST_BOX_ROW (first));
  self->chosen_dimension = dimension;
  qz_checklist_page_scroll_to (self, heading ? heading : GTK_WIDGET (first));
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

static QzIndicatorRow *
focused_row (QzChecklistPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL)
    return NULL;
  return QZ_INDICATOR_ROW (gtk_widget_get_ancestor (focus, QZ_TYPE_INDICATOR_ROW));
}

/* Moves to the next (or previous) unanswered indicator that is shown,
 * going round the list once. */
static void
move_to_unanswered (QzChecklistPage *self,
                    int              step)
{
  QzIndicatorRow *current = focused_row (self);
  int n = g_hash_table_size (self->rows);
  int start = current ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (current)) : (step > 0 ? -1 : n);

  for (int k = 1; k <= n; k++)
    {
      int index = ((start + step * k) % n + n) % n;
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->indicators_list, index);

      if (gtk_widget_get_child_visible (GTK_WIDGET (row)) &&
          !is_answered (self, qz_indicator_row_get_indicator (QZ_INDICATOR_ROW (row))))
        {
          qz_indicator_row_focus (QZ_INDICATOR_ROW (row));
          self->chosen_dimension = NULL;
          qz_checklist_page_scroll_to (self, GTK_WIDGET (row));
          return;
        }
    }

  gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
next_unanswered_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  QzChecklistPage *self = QZ_CHECKLIST_PAGE (widget);

  if (self->assessment != NULL)
    move_to_unanswered (self, +1);
}

static void
previous_unanswered_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  QzChecklistPage *self = QZ_CHECKLIST_PAGE (widget);

  if (self->assessment != NULL)
    move_to_unanswered (self, -1);
}

static GtkWidget *
dimension_row_new (QzDimension *dimension)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (qz_text_get (&dimension->title));
  GtkWidget *count = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (count, "numeric");
  gtk_widget_add_css_class (count, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), count);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "qz-dimension", dimension);
  g_object_set_data (G_OBJECT (row), "qz-count", count);
  return row;
}

static void
build (QzChecklistPage *self)
{
  GPtrArray *dimensions = qz_framework_get_dimensions (framework (self));
  const char *notice = qz_text_get (qz_framework_get_notice (framework (self)));
  guint number = 0;

  gtk_label_set_label (self->notice_label, notice);
  gtk_widget_set_visible (GTK_WIDGET (self->notice_label), notice[0] != '\0');

  for (guint d = 0; d < dimensions->len; d++)
    {
      QzDimension *dimension = g_ptr_array_index (dimensions, d);

      gtk_list_box_append (self->dimensions_list, dimension_row_new (dimension));

      for (guint a = 0; a < dimension->areas->len; a++)
        {
          QzArea *area = g_ptr_array_index (dimension->areas, a);

          for (guint i = 0; i < area->indicators->len; i++)
            {
              const QzIndicator *indicator = g_ptr_array_index (area->indicators, i);
              QzIndicatorRow *row = qz_indicator_row_new (framework (self), indicator, ++number);

              qz_indicator_row_set_answer (row, qz_assessment_get_answer (self->assessment, indicator->id));
              g_signal_connect_object (row, "answer-edited", G_CALLBACK (answer_edited_cb), self, 0);
              qz_checklist_page_connect_photos (self, row);
              qz_checklist_page_connect_record (self, row);
              qz_checklist_page_connect_history (self, row);
              g_hash_table_insert (self->rows, indicator->id, row);
              gtk_list_box_append (self->indicators_list, GTK_WIDGET (row));
            }
        }
    }
}

/* The visit's details as they are when written. */
typedef struct
{
  QzAssessmentStore *store;
  QzAssessment      *assessment;
} DetailsEdit;

static void
details_edit_free (gpointer data)
{
  DetailsEdit *edit = data;

  g_object_unref (edit->store);
  g_object_unref (edit->assessment);
  g_free (edit);
}

static gboolean
details_edit_save (gpointer   data,
                   GError   **error)
{
  DetailsEdit *edit = data;

  return qz_assessment_store_save (edit->store, edit->assessment, error);
}

static void
save_details (QzChecklistPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = g_strdup_printf ("details/%s", qz_assessment_get_uuid (self->assessment));
  g_autofree char *label = NULL;
  DetailsEdit *edit = g_new0 (DetailsEdit, 1);

  edit->store = g_object_ref (self->store);
  edit->assessment = g_object_ref (self->assessment);
  /* Translators: what an unsaved edit would lose: an enterprise, the visit's date */
  label = g_strdup_printf (_("the date, assessors and target of the visit to %s (%s)"),
                           self->subject ? self->subject : "", qz_assessment_get_visit_date (self->assessment));
  if (!qz_pending_edits_save (self->pending, key, label, details_edit_save, edit, details_edit_free, &error))
    qz_checklist_page_report (self, _("The details could not be saved: %s"), error->message);
}

/* The assessment's own details, saved with each change; a date that is
 * not yet a date waits, marked, until it is one. */
static void
details_changed_cb (QzChecklistPage *self)
{
  GPtrArray *levels;
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->date_entry));
  guint target = gtk_drop_down_get_selected (self->target_dropdown);

  if (self->loading_details || self->assessment == NULL || qz_checklist_page_is_record (self))
    return;

  /* A date being typed is not a date yet: the other details are saved
   * meanwhile, with the last valid date. */
  if (qz_date_is_valid (date))
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->date_entry), "error");
      qz_assessment_set_visit_date (self->assessment, date);
    }
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->date_entry), "error");

  levels = qz_framework_get_levels (framework (self));
  qz_assessment_set_assessors (self->assessment, gtk_editable_get_text (GTK_EDITABLE (self->assessors_entry)));
  qz_assessment_set_target_level (self->assessment, target >= 1 && target <= levels->len
                                                    ? ((QzLevel *) g_ptr_array_index (levels, target - 1))->id : "");
  save_details (self);
}

static void
load_details (QzChecklistPage *self)
{
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
  GPtrArray *framework_levels = qz_framework_get_levels (framework (self));
  guint selected = 0;

  gtk_string_list_append (levels, _("None"));
  for (guint i = 0; i < framework_levels->len; i++)
    {
      QzLevel *level = g_ptr_array_index (framework_levels, i);

      gtk_string_list_append (levels, qz_text_get (&level->name));
      if (g_strcmp0 (level->id, qz_assessment_get_target_level (self->assessment)) == 0)
        selected = i + 1;
    }

  self->loading_details = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), qz_assessment_get_visit_date (self->assessment));
  gtk_editable_set_text (GTK_EDITABLE (self->assessors_entry), qz_assessment_get_assessors (self->assessment));
  gtk_drop_down_set_model (self->target_dropdown, G_LIST_MODEL (levels));
  gtk_drop_down_set_selected (self->target_dropdown, selected);
  gtk_widget_remove_css_class (GTK_WIDGET (self->date_entry), "error");
  self->loading_details = FALSE;
}

static void
qz_checklist_page_dispose (GObject *object)
{
  QzChecklistPage *self = (QzChecklistPage *)object;

  /* Pending notes and figures are written while the assessment is here. */
  qz_checklist_page_set_assessment (self, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), QZ_TYPE_CHECKLIST_PAGE);

  G_OBJECT_CLASS (qz_checklist_page_parent_class)->dispose (object);
}

static void
qz_checklist_page_finalize (GObject *object)
{
  QzChecklistPage *self = (QzChecklistPage *)object;

  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->subject, g_free);
  g_clear_object (&self->pending);

  G_OBJECT_CLASS (qz_checklist_page_parent_class)->finalize (object);
}

static void
qz_checklist_page_class_init (QzChecklistPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qz_checklist_page_dispose;
  object_class->finalize = qz_checklist_page_finalize;

  /**
   * QzChecklistPage::save-failed:
   * @self: the page
   * @message: a translated explanation
   */
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * QzChecklistPage::photo-removed:
   * @self: the page
   * @evidence_uuid: the photo removed, for qz_checklist_page_restore_photo()
   */
  signals[PHOTO_REMOVED] =
    g_signal_new ("photo-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/qizhen/Qizhen/ui/qz-checklist-page.ui");
  gtk_widget_class_bind_template_child (widget_class, QzChecklistPage, all_button);
  gtk_widget_class_bind_template_child (widget_class, QzChecklistPage, unanswered_button);
  gtk_widget_class_bind_template_child (widget_class, QzChecklistPage, flagged_button);
  gtk_widget_class_bind_template_child (widget_class, QzChecklistPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, QzChecklistPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, QzChecklistPage, score_label);
  gtk_widget_class_bind_template_child (widget_class, QzChecklistPage, level_label);
  gtk_widget_class_bind_template_child (widget_class, QzChecklistPage, flap);
  gtk_widget_class_bind_template_child (widget_class, QzChecklistPage, indicators_scroller);
  gtk_widget_class_bind_template_child (widget_class, QzChecklistPage, notice_label);
  gtk_widget_class_bind_template_child (widget_class, QzChecklistPage, dimensions_list);
  gtk_widget_class_bind_template_child (widget_class, QzChecklistPage, indicators_list);
  gtk_widget_class_bind_template_child (widget_class, QzChecklistPage, date_entry);
  gtk_widget_class_bind_template_child (widget_class, QzChecklistPage, assessors_entry);
  gtk_widget_class_bind_template_child (widget_class, QzChecklistPage, target_dropdown);
  gtk_widget_class_bind_template_child (widget_class, QzChecklistPage, complete_button);
  gtk_widget_class_bind_template_child (widget_class, QzChecklistPage, record_bar);
  gtk_widget_class_bind_template_child (widget_class, QzChecklistPage, record_label);
  gtk_widget_class_bind_template_child (widget_class, QzChecklistPage, review_bar);
  gtk_widget_class_bind_template_child (widget_class, QzChecklistPage, review_label);
  gtk_widget_class_bind_template_callback (widget_class, filter_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, details_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, dimension_activated_cb);

  gtk_widget_class_install_action (widget_class, "checklist.next-unanswered", NULL, next_unanswered_action);
  gtk_widget_class_install_action (widget_class, "checklist.previous-unanswered", NULL, previous_unanswered_action);
  qz_checklist_page_install_photo_actions (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "checklist.next-unanswered", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "checklist.previous-unanswered", NULL);
  qz_checklist_page_class_init_record (klass);

  g_type_ensure (QZ_TYPE_WRAP_BOX);
}

static void
qz_checklist_page_init (QzChecklistPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new (g_str_hash, g_str_equal);
  self->pending = qz_pending_edits_new ();
  gtk_list_box_set_filter_func (self->indicators_list, filter_func, self, NULL);
  gtk_list_box_set_header_func (self->indicators_list, header_func, self, NULL);
  qz_checklist_page_follow_scroll (self);
}

/**
 * qz_checklist_page_get_assessment:
 * @self: a #QzChecklistPage
 *
 * Returns: (transfer none) (nullable): the assessment shown
 */
QzAssessment *
qz_checklist_page_get_assessment (QzChecklistPage *self)
{
  g_return_val_if_fail (QZ_IS_CHECKLIST_PAGE (self), NULL);
  return self->assessment;
}

/**
 * qz_checklist_page_set_assessment:
 * @self: a #QzChecklistPage
 * @store: where answers are saved
 * @assessment: (nullable): the assessment to fill in
 *
 * Shows the checklist of @assessment, with its answers so far.
 */
void
qz_checklist_page_set_assessment (QzChecklistPage   *self,
                                  QzAssessmentStore *store,
                                  QzAssessment      *assessment)
{
  g_return_if_fail (QZ_IS_CHECKLIST_PAGE (self));
  g_return_if_fail (assessment == NULL || QZ_IS_ASSESSMENT_STORE (store));

  /* Write what the rows still hold, then let go of them and of the old
   * assessment before the widgets go. */
  qz_checklist_page_flush (self);
  qz_checklist_page_stop_scrolling (self);
  self->chosen_dimension = NULL;
  g_hash_table_remove_all (self->rows);
  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_data (self->assessment, self);
  remove_all (self->indicators_list);
  remove_all (self->dimensions_list);

  g_set_object (&self->store, store);
  g_set_object (&self->assessment, assessment);
  if (assessment == NULL)
    {
      qz_checklist_page_update_record (self);
      return;
    }

  g_signal_connect_object (assessment, "answer-changed", G_CALLBACK (answer_changed_cb), self, G_CONNECT_SWAPPED);
  build (self);
  load_details (self);
  qz_checklist_page_show_photos (self, NULL);
  gtk_toggle_button_set_active (self->all_button, TRUE);
  update_results (self);
  qz_checklist_page_update_record (self);
}

/**
 * qz_checklist_page_flush:
 * @self: a #QzChecklistPage
 *
 * Chooses the option of a number still being typed, and tries again the
 * answers that could not be written.
 *
 * Returns: %FALSE if an edit is still waiting to be written (the user
 *   was told)
 */
gboolean
qz_checklist_page_flush (QzChecklistPage *self)
{
  GHashTableIter iter;
  gpointer row;

  g_return_val_if_fail (QZ_IS_CHECKLIST_PAGE (self), FALSE);

  /* A number still being typed among ten or more options is chosen. */
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    qz_indicator_row_flush (row);
  qz_pending_edits_retry (self->pending, NULL);
  return qz_pending_edits_get_n_items (self->pending) == 0;
}

/**
 * qz_checklist_page_set_pending_edits:
 * @self: a #QzChecklistPage
 * @pending: where answers that cannot be written wait
 *
 * Shares the window's pending edits, so that closing it retries them.
 */
void
qz_checklist_page_set_pending_edits (QzChecklistPage *self,
                                     QzPendingEdits  *pending)
{
  g_return_if_fail (QZ_IS_CHECKLIST_PAGE (self));
  g_return_if_fail (QZ_IS_PENDING_EDITS (pending));

  g_set_object (&self->pending, pending);
}

/**
 * qz_checklist_page_set_subject:
 * @self: a #QzChecklistPage
 * @enterprise_name: (nullable): the name of the enterprise assessed
 *
 * The name by which an edit that cannot be written is told.
 */
void
qz_checklist_page_set_subject (QzChecklistPage *self,
                               const char      *enterprise_name)
{
  g_return_if_fail (QZ_IS_CHECKLIST_PAGE (self));

  g_free (self->subject);
  self->subject = g_strdup (enterprise_name);
}

/**
 * qz_checklist_page_refresh_photos:
 * @self: a #QzChecklistPage
 *
 * Shows the photos again, after one was restored elsewhere.
 */
void
qz_checklist_page_refresh_photos (QzChecklistPage *self)
{
  g_return_if_fail (QZ_IS_CHECKLIST_PAGE (self));

  if (self->assessment != NULL)
    qz_checklist_page_show_photos (self, NULL);
}

/**
 * qz_checklist_page_focus_first_unanswered:
 * @self: a #QzChecklistPage
 *
 * Puts the keyboard focus where the work continues.
 */
void
qz_checklist_page_focus_first_unanswered (QzChecklistPage *self)
{
  GtkListBoxRow *first;

  g_return_if_fail (QZ_IS_CHECKLIST_PAGE (self));

  if (self->assessment == NULL)
    return;

  move_to_unanswered (self, +1);
  first = gtk_list_box_get_row_at_index (self->indicators_list, 0);
  if (focused_row (self) == NULL && first != NULL)
    qz_indicator_row_focus (QZ_INDICATOR_ROW (first));
}
