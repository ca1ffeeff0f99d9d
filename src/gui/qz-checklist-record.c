/* qz-checklist-record.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-checklist-page"

#include "qz-config.h"

#include <glib/gi18n.h>

#include "qz-assessment-record.h"
#include "qz-checklist-page-private.h"

/* The checklist as a record: a complete assessment opens read-only under
 * a banner that says so, with "Reopen for Editing…" (confirmed, and
 * recorded by the store); completing warns of what is left unanswered or
 * unreviewed. Answers copied from the previous visit are marked on their
 * rows until changed or confirmed, with a way to go from one to the next. */

enum {
  PROP_0,
  PROP_AUTHOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

gboolean
qz_checklist_page_is_record (QzChecklistPage *self)
{
  return self->assessment != NULL && qz_assessment_get_status (self->assessment) == QZ_ASSESSMENT_COMPLETE;
}

/* "This assessment is complete", with when and by whom when known. */
static char *
record_text (QzChecklistPage *self)
{
  g_autoptr(GPtrArray) events = qz_assessment_store_list_events (self->store, self->assessment, NULL);
  QzAssessmentEvent *last = events != NULL && events->len > 0 ? g_ptr_array_index (events, events->len - 1) : NULL;
  g_autoptr(GDateTime) at = NULL;
  g_autofree char *date = NULL;

  if (last == NULL || last->kind != QZ_ASSESSMENT_EVENT_COMPLETED)
    return g_strdup (_("This assessment is complete: its answers are a record and cannot change."));

  at = g_date_time_new_from_unix_local (last->at / G_USEC_PER_SEC);
  date = g_date_time_format (at, "%Y-%m-%d");
  if (last->author[0] == '\0')
    /* Translators: the day the assessment was completed */
    return g_strdup_printf (_("This assessment was completed on %s: its answers are a record and cannot change."),
                            date);
  /* Translators: the day the assessment was completed, then by whom */
  return g_strdup_printf (_("This assessment was completed on %s by %s: its answers are a record and cannot change."),
                          date, last->author);
}

/* Everything that follows from the status and the review marks. */
void
qz_checklist_page_update_record (QzChecklistPage *self)
{
  gboolean record = qz_checklist_page_is_record (self);
  guint to_review = self->assessment != NULL && !record ? qz_assessment_count_to_review (self->assessment) : 0;
  GHashTableIter iter;
  gpointer id, row;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &id, &row))
    {
      qz_indicator_row_set_read_only (row, record);
      qz_indicator_row_set_review (row, qz_assessment_needs_review (self->assessment, id));
    }

  if (record)
    {
      g_autofree char *text = record_text (self);

      gtk_label_set_label (self->record_label, text);
    }
  gtk_widget_set_visible (self->record_bar, record);

  if (to_review > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (NULL,
                                                            "%u answer copied from the previous visit is still to review.",
                                                            "%u answers copied from the previous visit are still to review.",
                                                            to_review), to_review);

      gtk_label_set_label (self->review_label, text);
    }
  gtk_widget_set_visible (self->review_bar, to_review > 0);

  gtk_widget_set_sensitive (GTK_WIDGET (self->date_entry), !record);
  gtk_widget_set_sensitive (GTK_WIDGET (self->assessors_entry), !record);
  gtk_widget_set_sensitive (GTK_WIDGET (self->target_dropdown), !record);
  gtk_widget_set_visible (self->complete_button, !record);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checklist.complete", self->assessment != NULL && !record);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checklist.reopen", record);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checklist.next-review", to_review > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checklist.previous-review", to_review > 0);
}

static void
complete (QzChecklistPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!qz_assessment_store_complete (self->store, self->assessment, self->author, &error))
    qz_checklist_page_report (self, _("The assessment could not be completed: %s"), error->message);
  qz_checklist_page_update_record (self);
}

static void
complete_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      QzChecklistPage  *self)
{
  if (self->assessment == NULL)
    return;

  if (g_str_equal (response, "complete"))
    complete (self);
  else if (g_str_equal (response, "unanswered"))
    qz_checklist_page_focus_first_unanswered (self);
  else if (g_str_equal (response, "review"))
    gtk_widget_activate_action (GTK_WIDGET (self), "checklist.next-review", NULL);
}

/* Completing with indicators unanswered, or copied answers unreviewed,
 * is asked about first: the record keeps a provisional score. */
static void
complete_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  QzChecklistPage *self = QZ_CHECKLIST_PAGE (widget);
  guint total, unanswered, to_review;
  g_autoptr(GString) body = g_string_new (NULL);
  AdwMessageDialog *dialog;

  if (self->assessment == NULL || qz_checklist_page_is_record (self))
    return;

  /* What is still being typed belongs to the record. */
  qz_checklist_page_flush (self);
  total = qz_framework_get_n_indicators (qz_assessment_get_framework (self->assessment));
  unanswered = total - qz_assessment_count_answered (self->assessment);
  to_review = qz_assessment_count_to_review (self->assessment);
  if (unanswered == 0 && to_review == 0)
    {
      complete (self);
      return;
    }

  if (unanswered > 0)
    g_string_append_printf (body, g_dngettext (NULL,
                                               "%u of %u indicators is unanswered: it scores nothing, the score "
                                               "stays provisional and the plan leaves it out.",
                                               "%u of %u indicators are unanswered: they score nothing, the score "
                                               "stays provisional and the plan leaves them out.", unanswered),
                            unanswered, total);
  if (to_review > 0)
    {
      if (body->len > 0)
        g_string_append (body, "\n\n");
      g_string_append_printf (body, g_dngettext (NULL,
                                                 "%u answer copied from the previous visit was not reviewed: "
                                                 "completing confirms it as it is.",
                                                 "%u answers copied from the previous visit were not reviewed: "
                                                 "completing confirms them as they are.", to_review),
                              to_review);
    }
  g_string_append_printf (body, "\n\n%s",
                          _("A complete assessment is a record: nothing in it can change until it is reopened."));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                       _("Complete the Assessment?"), body->str));
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  if (unanswered > 0)
    adw_message_dialog_add_response (dialog, "unanswered", _("_Go to Unanswered"));
  else
    adw_message_dialog_add_response (dialog, "review", _("_Go to Review"));
  adw_message_dialog_add_response (dialog, "complete", _("C_omplete Anyway"));
  adw_message_dialog_set_response_appearance (dialog, "complete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, unanswered > 0 ? "unanswered" : "review");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (complete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reopen_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    QzChecklistPage  *self)
{
  g_autoptr(GError) error = NULL;

  if (self->assessment == NULL || !g_str_equal (response, "reopen"))
    return;

  if (!qz_assessment_store_reopen (self->store, self->assessment, self->author, &error))
    qz_checklist_page_report (self, _("The assessment could not be reopened: %s"), error->message);
  qz_checklist_page_update_record (self);
  if (!qz_checklist_page_is_record (self))
    qz_checklist_page_focus_first_unanswered (self);
}

static void
reopen_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  QzChecklistPage *self = QZ_CHECKLIST_PAGE (widget);
  AdwMessageDialog *dialog;

  if (!qz_checklist_page_is_record (self))
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                       _("Reopen for Editing?"),
                                                       _("The assessment becomes a draft again: its answers, and "
                                                         "the score and level they give, can change until it is "
                                                         "completed again. The reopening is recorded.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "reopen", _("_Reopen"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "reopen", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (reopen_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The next (or previous) row waiting for review, going round once. */
static void
move_to_review (QzChecklistPage *self,
                int              step)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *current = focus ? gtk_widget_get_ancestor (focus, QZ_TYPE_INDICATOR_ROW) : NULL;
  int n = g_hash_table_size (self->rows);
  int start = current ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (current)) : (step > 0 ? -1 : n);

  for (int k = 1; k <= n; k++)
    {
      int index = ((start + step * k) % n + n) % n;
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->indicators_list, index);
      const QzIndicator *indicator = qz_indicator_row_get_indicator (QZ_INDICATOR_ROW (row));

      if (gtk_widget_get_child_visible (GTK_WIDGET (row)) &&
          qz_assessment_needs_review (self->assessment, indicator->id))
        {
          qz_indicator_row_focus_review (QZ_INDICATOR_ROW (row));
          return;
        }
    }

  gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
next_review_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  QzChecklistPage *self = QZ_CHECKLIST_PAGE (widget);

  if (self->assessment != NULL)
    move_to_review (self, g_str_equal (action_name, "checklist.previous-review") ? -1 : +1);
}

static void
confirm_answer_cb (QzIndicatorRow  *row,
                   QzChecklistPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->assessment == NULL)
    return;

  if (!qz_assessment_store_confirm_answer (self->store, self->assessment, qz_indicator_row_get_indicator (row)->id,
                                           &error))
    {
      qz_checklist_page_report (self, _("The answer could not be confirmed: %s"), error->message);
      return;
    }

  /* On to the next one, while there is one. */
  if (qz_assessment_count_to_review (self->assessment) > 0)
    move_to_review (self, +1);
  else
    qz_indicator_row_focus (row);
}

void
qz_checklist_page_connect_record (QzChecklistPage *self,
                                  QzIndicatorRow  *row)
{
  g_signal_connect_object (row, "confirm-answer", G_CALLBACK (confirm_answer_cb), self, 0);
}

static void
get_property (GObject    *object,
              guint       prop_id,
              GValue     *value,
              GParamSpec *pspec)
{
  QzChecklistPage *self = QZ_CHECKLIST_PAGE (object);

  switch (prop_id)
    {
    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_property (GObject      *object,
              guint         prop_id,
              const GValue *value,
              GParamSpec   *pspec)
{
  QzChecklistPage *self = QZ_CHECKLIST_PAGE (object);

  switch (prop_id)
    {
    case PROP_AUTHOR:
      g_free (self->author);
      self->author = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The page's property and actions for its record. */
void
qz_checklist_page_class_init_record (QzChecklistPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = get_property;
  object_class->set_property = set_property;

  /**
   * QzChecklistPage:author:
   *
   * Who completes and reopens assessments, as the events record it.
   */
  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "checklist.complete", NULL, complete_action);
  gtk_widget_class_install_action (widget_class, "checklist.reopen", NULL, reopen_action);
  gtk_widget_class_install_action (widget_class, "checklist.next-review", NULL, next_review_action);
  gtk_widget_class_install_action (widget_class, "checklist.previous-review", NULL, next_review_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK | GDK_SHIFT_MASK,
                                       "checklist.next-review", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK | GDK_SHIFT_MASK,
                                       "checklist.previous-review", NULL);
}
