/* qz-conflict-view.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every record changed here and elsewhere differently, whatever it is (an
 * answer, a plan measure, an enterprise's details), mine and theirs side
 * by side, each settled on its own. Emits ::resolved after each choice so
 * that the window can show the new values.
 */

#define G_LOG_DOMAIN "qz-conflict-view"

#include "qz-config.h"

#include <glib/gi18n.h>

#include "qz-conflict-view.h"
#include "qz-exchange.h"

struct _QzConflictView
{
  AdwWindow     parent_instance;

  QzDatabase        *database;
  QzAssessmentStore *assessments;
  GHashTable        *frameworks;  /* assessment UUID → its QzFramework */
  GtkBox       *groups;
  GtkWidget    *empty;
};

G_DEFINE_FINAL_TYPE (QzConflictView, qz_conflict_view, ADW_TYPE_WINDOW)

enum {
  RESOLVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void fill (QzConflictView *self);

/* An answer's indicator by its title, as the checklist shows it. */
static const char *
indicator_title (QzConflictView *self,
                 const char     *assessment_uuid,
                 const char     *indicator_id)
{
  QzFramework *framework = g_hash_table_lookup (self->frameworks, assessment_uuid);
  const QzIndicator *indicator;

  if (framework == NULL)
    {
      g_autoptr(QzAssessment) assessment = qz_assessment_store_load (self->assessments, assessment_uuid, NULL);

      if (assessment == NULL)
        return indicator_id;
      framework = qz_assessment_get_framework (assessment);
      g_hash_table_insert (self->frameworks, g_strdup (assessment_uuid), g_object_ref (framework));
    }
  indicator = qz_framework_find_indicator (framework, indicator_id);
  return indicator ? qz_text_get (&indicator->title) : indicator_id;
}

static char *
describe_record (QzConflictView *self,
                 const char     *record)
{
  g_auto(GStrv) parts = g_strsplit (record, "/", 3);

  if (g_str_equal (parts[0], "answer") && parts[1] != NULL && parts[2] != NULL)
    /* Translators: %s is an indicator's title */
    return g_strdup_printf (_("Answer to “%s”"), indicator_title (self, parts[1], parts[2]));
  if (g_str_equal (parts[0], "plan_item"))
    return g_strdup (_("Plan measure"));
  if (g_str_equal (parts[0], "enterprise"))
    return g_strdup (_("Enterprise details"));
  if (g_str_equal (parts[0], "assessment"))
    return g_strdup (_("Assessment details"));
  if (g_str_equal (parts[0], "evidence"))
    return g_strdup (_("Photo caption"));
  return g_strdup (_("Contact"));
}

static void
choose_cb (GtkButton      *button,
           QzConflictView *self)
{
  const char *record = g_object_get_data (G_OBJECT (button), "record");
  gboolean theirs = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "theirs"));
  g_autoptr(GError) error = NULL;

  if (!qz_exchange_resolve (self->database, record, theirs, &error))
    g_warning ("The conflict of %s could not be resolved: %s", record, error->message);
  g_signal_emit (self, signals[RESOLVED], 0, record);
  fill (self);
}

static GtkWidget *
choice_row (QzConflictView *self,
            const char     *title,
            const char     *value,
            const char     *label,
            const char     *record,
            gboolean        theirs)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  if (theirs)
    gtk_widget_add_css_class (button, "suggested-action");
  g_object_set_data_full (G_OBJECT (button), "record", g_strdup (record), g_free);
  g_object_set_data (G_OBJECT (button), "theirs", GINT_TO_POINTER (theirs));
  g_signal_connect (button, "clicked", G_CALLBACK (choose_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
fill (QzConflictView *self)
{
  g_autoptr(GPtrArray) conflicts = qz_exchange_list_conflicts (self->database, NULL, NULL);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups))) != NULL)
    gtk_box_remove (self->groups, child);

  for (guint i = 0; conflicts != NULL && i < conflicts->len; i++)
    {
      QzConflict *conflict = g_ptr_array_index (conflicts, i);
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (conflict->their_time / G_USEC_PER_SEC);
      g_autofree char *when = time ? g_date_time_format (time, "%m-%d %H:%M") : g_strdup ("");
      g_autofree char *title = describe_record (self, conflict->record);
      g_autofree char *their_title = conflict->their_author[0] != '\0'
                                     ? g_strdup_printf (_("Theirs (%s, %s)"), conflict->their_author, when)
                                     : g_strdup_printf (_("Theirs (%s)"), when);
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 choice_row (self, _("Mine"), conflict->mine ? conflict->mine : "",
                                             _("Keep _Mine"), conflict->record, FALSE));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 choice_row (self, their_title, conflict->theirs, _("Take _Theirs"),
                                             conflict->record, TRUE));
      gtk_box_append (self->groups, group);
    }

  gtk_widget_set_visible (self->empty, conflicts == NULL || conflicts->len == 0);
}

static void
qz_conflict_view_dispose (GObject *object)
{
  QzConflictView *self = QZ_CONFLICT_VIEW (object);

  g_clear_object (&self->database);
  g_clear_object (&self->assessments);
  g_clear_pointer (&self->frameworks, g_hash_table_unref);

  G_OBJECT_CLASS (qz_conflict_view_parent_class)->dispose (object);
}

static void
qz_conflict_view_class_init (QzConflictViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qz_conflict_view_dispose;

  /**
   * QzConflictView::resolved:
   * @record: the record settled
   */
  signals[RESOLVED] = g_signal_new ("resolved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                    NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/qizhen/Qizhen/ui/qz-conflict-view.ui");
  gtk_widget_class_bind_template_child (widget_class, QzConflictView, groups);
  gtk_widget_class_bind_template_child (widget_class, QzConflictView, empty);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
qz_conflict_view_init (QzConflictView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * qz_conflict_view_new:
 * @parent: the window
 * @assessments: the store of the database whose conflicts are shown
 *
 * Returns: (transfer full): the view, to be presented
 */
QzConflictView *
qz_conflict_view_new (GtkWindow         *parent,
                      QzAssessmentStore *assessments)
{
  QzConflictView *self = g_object_new (QZ_TYPE_CONFLICT_VIEW, "transient-for", parent, "modal", TRUE, NULL);

  self->assessments = g_object_ref (assessments);
  self->database = g_object_ref (qz_assessment_store_get_database (assessments));
  self->frameworks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  fill (self);
  return self;
}
