/* qz-sign-off-group.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-sign-off-group"

#include "qz-config.h"

#include <glib/gi18n.h>

#include "qz-assessment-record.h"
#include "qz-sign-off-group.h"

/* Who confirmed the assessment, on the results page: the experts, the
 * enterprise's representative and the date, kept in one transaction
 * when the expert signs off. A sign-off confirms a record, so it is open
 * only once the assessment is complete, and reopening the assessment
 * clears it (the store does); until then the report prints the block
 * blank, to be signed by hand. */

struct _QzSignOffGroup
{
  AdwPreferencesGroup  parent_instance;

  AdwEntryRow         *experts_row;
  AdwEntryRow         *representative_row;
  AdwEntryRow         *date_row;
  GtkLabel            *message_label;

  QzAssessmentStore   *store;
  QzAssessment        *assessment;
};

G_DEFINE_FINAL_TYPE (QzSignOffGroup, qz_sign_off_group, ADW_TYPE_PREFERENCES_GROUP)

static void
show_message (QzSignOffGroup *self,
              const char     *message)
{
  gtk_label_set_label (self->message_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* The rows show the sign-off kept, or what to start from: the assessors
 * and today. */
static void
show_sign_off (QzSignOffGroup *self)
{
  const QzSignOff *sign_off = self->assessment ? qz_assessment_get_sign_off (self->assessment) : NULL;
  gboolean complete = self->assessment != NULL &&
                      qz_assessment_get_status (self->assessment) == QZ_ASSESSMENT_COMPLETE;
  g_autofree char *date = NULL;
  g_autofree char *description = NULL;

  if (sign_off != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->experts_row), sign_off->experts);
      gtk_editable_set_text (GTK_EDITABLE (self->representative_row), sign_off->representative);
      gtk_editable_set_text (GTK_EDITABLE (self->date_row), sign_off->date);
      /* Translators: %s is the date of the sign-off */
      description = g_strdup_printf (_("Signed off on %s. The report names them at its end, with a line for "
                                       "each signature."), sign_off->date);
    }
  else
    {
      date = today ();
      gtk_editable_set_text (GTK_EDITABLE (self->experts_row),
                             self->assessment ? qz_assessment_get_assessors (self->assessment) : "");
      gtk_editable_set_text (GTK_EDITABLE (self->representative_row), "");
      gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
      description = g_strdup (complete ? _("Not signed off yet: the report ends with the block blank, to be "
                                           "signed by hand. Reopening the assessment clears a sign-off.")
                                       : _("Complete the assessment to sign it off: a sign-off confirms a "
                                           "record."));
    }

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), description);
  gtk_widget_set_sensitive (GTK_WIDGET (self->experts_row), complete);
  gtk_widget_set_sensitive (GTK_WIDGET (self->representative_row), complete);
  gtk_widget_set_sensitive (GTK_WIDGET (self->date_row), complete);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sign-off.confirm", complete);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sign-off.withdraw", complete && sign_off != NULL);
  show_message (self, NULL);
}

static void
store (QzSignOffGroup  *self,
       const QzSignOff *sign_off)
{
  g_autoptr(GError) error = NULL;

  if (self->assessment == NULL || self->store == NULL)
    return;

  if (!qz_assessment_store_sign_off (self->store, self->assessment, sign_off, &error))
    {
      show_message (self, error->message);
      return;
    }
  show_sign_off (self);
}

static void
confirm_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  QzSignOffGroup *self = QZ_SIGN_OFF_GROUP (widget);
  g_autoptr(QzSignOff) sign_off = qz_sign_off_new (gtk_editable_get_text (GTK_EDITABLE (self->experts_row)),
                                                   gtk_editable_get_text (GTK_EDITABLE (self->representative_row)),
                                                   gtk_editable_get_text (GTK_EDITABLE (self->date_row)));

  store (self, sign_off);
}

static void
withdraw_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  store (QZ_SIGN_OFF_GROUP (widget), NULL);
}

static void
entry_activated_cb (QzSignOffGroup *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "sign-off.confirm", NULL);
}

static void
qz_sign_off_group_dispose (GObject *object)
{
  QzSignOffGroup *self = QZ_SIGN_OFF_GROUP (object);

  g_clear_object (&self->assessment);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), QZ_TYPE_SIGN_OFF_GROUP);

  G_OBJECT_CLASS (qz_sign_off_group_parent_class)->dispose (object);
}

static void
qz_sign_off_group_class_init (QzSignOffGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qz_sign_off_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/qizhen/Qizhen/ui/qz-sign-off-group.ui");
  gtk_widget_class_bind_template_child (widget_class, QzSignOffGroup, experts_row);
  gtk_widget_class_bind_template_child (widget_class, QzSignOffGroup, representative_row);
  gtk_widget_class_bind_template_child (widget_class, QzSignOffGroup, date_row);
  gtk_widget_class_bind_template_child (widget_class, QzSignOffGroup, message_label);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "sign-off.confirm", NULL, confirm_action);
  gtk_widget_class_install_action (widget_class, "sign-off.withdraw", NULL, withdraw_action);
}

static void
qz_sign_off_group_init (QzSignOffGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  show_sign_off (self);
}

/**
 * qz_sign_off_group_set_assessment:
 * @self: a #QzSignOffGroup
 * @store: (nullable): the assessment store
 * @assessment: (nullable): the assessment shown
 *
 * Shows who signed off @assessment, and follows its status: completing it
 * opens the sign-off, reopening it shows the sign-off cleared.
 */
void
qz_sign_off_group_set_assessment (QzSignOffGroup    *self,
                                  QzAssessmentStore *store,
                                  QzAssessment      *assessment)
{
  g_return_if_fail (QZ_IS_SIGN_OFF_GROUP (self));

  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_data (self->assessment, self);
  g_set_object (&self->store, store);
  g_set_object (&self->assessment, assessment);
  if (assessment != NULL)
    g_signal_connect_object (assessment, "notify::status", G_CALLBACK (show_sign_off), self, G_CONNECT_SWAPPED);
  show_sign_off (self);
}
