/* qz-checklist-history.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each answer's history, in a popover from its row: "changed 3 → 4 by
 * 王工, 11-18 15:02, from 李工's laptop". An answer changed differently
 * here and in an imported file shows a badge, and the popover puts both
 * values side by side, to keep ours or take theirs.
 */

#define G_LOG_DOMAIN "qz-checklist-page"

#include "qz-config.h"

#include <glib/gi18n.h>

#include "qz-checklist-page-private.h"
#include "qz-exchange.h"
#include "qz-history.h"

#define MAX_SHOWN 20

static QzConflict *
find_conflict (QzChecklistPage *self,
               const char      *indicator_id)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autofree char *suffix = g_strconcat ("/", indicator_id, NULL);

  if (self->store == NULL || self->assessment == NULL)
    return NULL;
  conflicts = qz_exchange_list_conflicts (qz_assessment_store_get_database (self->store),
                                          qz_assessment_get_uuid (self->assessment), NULL);
  for (guint i = 0; conflicts != NULL && i < conflicts->len; i++)
    {
      QzConflict *conflict = g_ptr_array_index (conflicts, i);

      if (g_str_has_prefix (conflict->record, "answer/") && g_str_has_suffix (conflict->record, suffix))
        return g_ptr_array_steal_index (conflicts, i);
    }
  return NULL;
}

static char *
format_time (gint64 usec)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (usec / G_USEC_PER_SEC);

  return time ? g_date_time_format (time, "%m-%d %H:%M") : g_strdup ("");
}

static char *
describe_change (const QzChange *change)
{
  g_autofree char *when = format_time (change->at);
  const char *who = change->author[0] != '\0' ? change->author : _("someone");
  g_autofree char *line = NULL;

  if (change->old_text == NULL)
    /* Translators: “set 4 by 王工, 11-18 15:02” */
    line = g_strdup_printf (_("set %s by %s, %s"), change->new_text, who, when);
  else
    /* Translators: “changed 3 → 4 by 王工, 11-18 15:02” */
    line = g_strdup_printf (_("changed %s → %s by %s, %s"), change->old_text, change->new_text, who, when);
  if (change->origin_author == NULL)
    return g_steal_pointer (&line);
  if (change->origin_author[0] == '\0')
    /* Translators: a change made on another computer */
    return g_strdup_printf (_("%s, on another computer"), line);
  /* Translators: the second %s is a person: “…, from 李工’s laptop” */
  return g_strdup_printf (_("%s, from %s’s computer"), line, change->origin_author);
}

static GtkWidget *
wrapped_label (const char *text,
               const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

static void fill_popover (GtkMenuButton *button);

static void
update_badge (GtkMenuButton *button,
              gboolean       conflict)
{
  gtk_menu_button_set_icon_name (button, conflict ? "dialog-warning-symbolic" : "document-open-recent-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (button), conflict ? _("Changed Differently Elsewhere") : _("History"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  conflict ? _("Answer changed differently elsewhere: choose which to keep")
                                           : _("History of this answer"), -1);
  if (conflict)
    gtk_widget_add_css_class (GTK_WIDGET (button), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (button), "warning");
}

static void
choose_cb (GtkButton *choice,
           gpointer   user_data)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (gtk_widget_get_ancestor (GTK_WIDGET (choice), GTK_TYPE_POPOVER) ?
                                           gtk_widget_get_parent (gtk_widget_get_ancestor (GTK_WIDGET (choice),
                                                                                           GTK_TYPE_POPOVER))
                                           : NULL);
  QzChecklistPage *self = g_object_get_data (G_OBJECT (button), "page");
  QzIndicatorRow *row = g_object_get_data (G_OBJECT (button), "row");
  const char *record = g_object_get_data (G_OBJECT (choice), "record");
  gboolean theirs = GPOINTER_TO_INT (user_data);
  const char *id = qz_indicator_row_get_indicator (row)->id;
  g_autoptr(GError) error = NULL;
  g_autoptr(QzAssessment) fresh = NULL;
  const QzAnswer *answer;

  if (!qz_exchange_resolve (qz_assessment_store_get_database (self->store), record, theirs, &error))
    {
      qz_checklist_page_report (self, "%s", error->message);
      return;
    }

  /* The answer chosen, through the store, so that the page and the
   * results hold it too; the same content is no new change. */
  fresh = qz_assessment_store_load (self->store, qz_assessment_get_uuid (self->assessment), &error);
  answer = fresh ? qz_assessment_get_answer (fresh, id) : NULL;
  if (answer != NULL &&
      qz_assessment_store_save_answer (self->store, self->assessment, id, answer, &error))
    qz_indicator_row_set_answer (row, answer);
  if (error != NULL)
    qz_checklist_page_report (self, "%s", error->message);

  update_badge (button, FALSE);
  fill_popover (button);
}

static GtkWidget *
side (const char *title,
      const char *value,
      const char *choose,
      const char *record,
      gboolean    theirs)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *button = gtk_button_new_with_mnemonic (choose);

  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (box), wrapped_label (title, "heading"));
  gtk_box_append (GTK_BOX (box), wrapped_label (value, NULL));
  g_object_set_data_full (G_OBJECT (button), "record", g_strdup (record), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (choose_cb), GINT_TO_POINTER (theirs));
  if (theirs)
    gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_valign (button, GTK_ALIGN_END);
  gtk_widget_set_vexpand (button, TRUE);
  gtk_box_append (GTK_BOX (box), button);
  return box;
}

static GtkWidget *
conflict_view (const QzConflict *conflict)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *sides = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  g_autofree char *when = format_time (conflict->their_time);
  g_autofree char *their_title = NULL;

  if (conflict->their_author[0] != '\0')
    /* Translators: whose value and when: “李工, 11-18 15:02” */
    their_title = g_strdup_printf (_("Theirs (%s, %s)"), conflict->their_author, when);
  else
    their_title = g_strdup_printf (_("Theirs (%s)"), when);

  gtk_box_append (GTK_BOX (box),
                  wrapped_label (_("This answer was changed here and in an imported file differently. Choose which to keep."),
                                 NULL));
  gtk_box_append (GTK_BOX (sides), side (_("Mine"), conflict->mine, _("Keep _Mine"), conflict->record, FALSE));
  gtk_box_append (GTK_BOX (sides), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  gtk_box_append (GTK_BOX (sides), side (their_title, conflict->theirs, _("Take _Theirs"), conflict->record, TRUE));
  gtk_box_append (GTK_BOX (box), sides);
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  return box;
}

static void
fill_popover (GtkMenuButton *button)
{
  QzChecklistPage *self = g_object_get_data (G_OBJECT (button), "page");
  QzIndicatorRow *row = g_object_get_data (G_OBJECT (button), "row");
  GtkPopover *popover = gtk_menu_button_get_popover (button);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  const char *id = qz_indicator_row_get_indicator (row)->id;
  g_autoptr(QzConflict) conflict = NULL;
  g_autoptr(GPtrArray) changes = NULL;

  if (self->store == NULL || self->assessment == NULL)
    return;

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  conflict = find_conflict (self, id);
  update_badge (button, conflict != NULL);
  if (conflict != NULL)
    gtk_box_append (GTK_BOX (box), conflict_view (conflict));

  gtk_box_append (GTK_BOX (box), wrapped_label (_("History"), "heading"));
  changes = qz_history_list_answer (qz_assessment_store_get_database (self->store),
                                    qz_assessment_get_uuid (self->assessment), id, NULL);
  if (changes == NULL || changes->len == 0)
    gtk_box_append (GTK_BOX (box), wrapped_label (_("No changes recorded yet."), "dim-label"));
  for (guint i = 0; changes != NULL && i < MIN (changes->len, MAX_SHOWN); i++)
    {
      g_autofree char *line = describe_change (g_ptr_array_index (changes, i));

      gtk_box_append (GTK_BOX (box), wrapped_label (line, NULL));
    }

  gtk_popover_set_child (popover, box);
}

static void
popover_show_cb (GtkPopover    *popover,
                 GtkMenuButton *button)
{
  fill_popover (button);
}

/**
 * qz_checklist_page_connect_history:
 * @self: a #QzChecklistPage
 * @row: one of its rows
 *
 * Gives @row its history button, marked when the answer is in conflict.
 */
void
qz_checklist_page_connect_history (QzChecklistPage *self,
                                   QzIndicatorRow  *row)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  g_autoptr(QzConflict) conflict = find_conflict (self, qz_indicator_row_get_indicator (row)->id);

  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  g_object_set_data (G_OBJECT (button), "page", self);
  g_object_set_data (G_OBJECT (button), "row", row);
  update_badge (GTK_MENU_BUTTON (button), conflict != NULL);
  g_signal_connect (popover, "show", G_CALLBACK (popover_show_cb), button);
  qz_indicator_row_add_header_widget (row, button);
}
