/* qz-assessment-list.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-assessment-list"

#include "qz-config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "qz-assessment-list.h"
#include "qz-framework-loader.h"
#include "qz-input.h"

/* An enterprise's assessments, latest first, and the dialog that starts
 * a new one or a follow-up. */
struct _QzAssessmentList
{
  AdwBin               parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *group;         /* the child, borrowed */
  AdwActionRow        *empty_row;

  /* Owned references */
  QzAssessmentStore   *store;
  QzEnterprise        *enterprise;
  GPtrArray           *rows;          /* AdwActionRow, borrowed from the group */
  GPtrArray           *assessments;   /* shown, latest first */
  GPtrArray           *frameworks;    /* built in, for the dialog */
};

G_DEFINE_FINAL_TYPE (QzAssessmentList, qz_assessment_list, ADW_TYPE_BIN)

enum {
  OPEN_ASSESSMENT,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
report (QzAssessmentList *self,
        const GError     *error)
{
  g_signal_emit (self, signals[FAILED], 0, error->message);
}

static char *
describe (QzAssessment *assessment)
{
  g_autoptr(QzResult) result = qz_assessment_score (assessment);
  g_autofree char *total = qz_input_format_amount (result->total);
  const char *status = qz_assessment_get_status (assessment) == QZ_ASSESSMENT_COMPLETE
                       ? _("Complete") : _("Draft");
  const char *level = result->level ? qz_text_get (&result->level->name) : "—";

  /* Translators: visit date · status · score · level */
  return g_strdup_printf (_("%s · %s · %s · %s"), qz_assessment_get_visit_date (assessment),
                          status, total, level);
}

static void
row_activated_cb (AdwActionRow     *row,
                  QzAssessmentList *self)
{
  guint index;

  if (g_ptr_array_find (self->rows, row, &index) && index < self->assessments->len)
    g_signal_emit (self, signals[OPEN_ASSESSMENT], 0, g_ptr_array_index (self->assessments, index));
}

/* Deletes the assessment through the window, which offers Undo and keeps
 * it in Recently Deleted. */
static GtkWidget *
delete_button (QzAssessment *assessment)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  /* Translators: %s is a visit date */
  g_autofree char *name = g_strdup_printf (_("Delete the assessment of %s"), qz_assessment_get_visit_date (assessment));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Delete Assessment"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.delete-assessment");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_string (qz_assessment_get_uuid (assessment)));
  return button;
}

/**
 * qz_assessment_list_reload:
 * @self: a #QzAssessmentList
 *
 * Reads the enterprise's assessments again.
 */
void
qz_assessment_list_reload (QzAssessmentList *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) unreadable = NULL;

  g_return_if_fail (QZ_IS_ASSESSMENT_LIST (self));

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  g_clear_pointer (&self->assessments, g_ptr_array_unref);

  if (self->store != NULL && self->enterprise != NULL)
    {
      self->assessments = qz_assessment_store_list_all (self->store, qz_enterprise_get_uuid (self->enterprise),
                                                        &unreadable, &error);
      if (self->assessments == NULL)
        report (self, error);
    }

  for (guint i = 0; self->assessments != NULL && i < self->assessments->len; i++)
    {
      QzAssessment *assessment = g_ptr_array_index (self->assessments, i);
      g_autofree char *subtitle = describe (assessment);
      GtkWidget *row = adw_action_row_new ();

      /* A framework's title comes from a file: shown as it is. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     qz_text_get (qz_framework_get_title (qz_assessment_get_framework (assessment))));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete_button (assessment));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_signal_connect (row, "activated", G_CALLBACK (row_activated_cb), self);
      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
    }

  /* Listed after the others, never hidden: what is there, and why it
   * cannot be opened. */
  for (guint i = 0; unreadable != NULL && i < unreadable->len; i++)
    {
      QzUnreadableAssessment *item = g_ptr_array_index (unreadable, i);
      /* Translators: visit date · why the assessment cannot be read */
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), item->visit_date, item->reason);
      GtkWidget *row = adw_action_row_new ();

      gtk_widget_set_name (row, "unreadable-assessment");
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Assessment that cannot be read"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->empty_row), self->rows->len == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assessments.new",
                                 self->store != NULL && self->enterprise != NULL);
}

/* ---- The new-assessment dialog ---- */

typedef struct
{
  QzAssessmentList *self;
  AdwMessageDialog *message;
  GtkDropDown      *framework;
  GtkStringList    *titles;
  GtkEntry         *date;
  GtkLabel         *date_message;   /* what is wrong with the date, or odd */
  GtkCalendar      *calendar;
  GtkEntry         *assessors;
  GtkCheckButton   *follow_up;
} Dialog;

static void
dialog_free (gpointer  data,
             GClosure *closure)
{
  Dialog *dialog = data;

  g_object_unref (dialog->self);
  g_object_unref (dialog->titles);
  g_free (dialog);
}

static QzAssessment *
previous_of (QzAssessmentList *self,
             QzFramework      *framework)
{
  for (guint i = 0; self->assessments != NULL && i < self->assessments->len; i++)
    {
      QzAssessment *assessment = g_ptr_array_index (self->assessments, i);

      if (g_strcmp0 (qz_framework_get_id (qz_assessment_get_framework (assessment)),
                     qz_framework_get_id (framework)) == 0)
        return assessment;
    }

  return NULL;
}

static QzFramework *
chosen_framework (Dialog *dialog)
{
  guint index = gtk_drop_down_get_selected (dialog->framework);

  return index < dialog->self->frameworks->len ? g_ptr_array_index (dialog->self->frameworks, index) : NULL;
}

/* Under the date: why it cannot be a visit's, or that it lies ahead (a
 * visit may be entered before it is made, but rarely is). */
static void
show_date_message (Dialog   *dialog,
                   gboolean  date_ok)
{
  const char *date = gtk_editable_get_text (GTK_EDITABLE (dialog->date));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GtkWidget *label = GTK_WIDGET (dialog->date_message);

  gtk_widget_remove_css_class (label, "error");
  gtk_widget_remove_css_class (label, "warning");
  if (!date_ok)
    {
      gtk_label_set_text (dialog->date_message, _("Write a day of the calendar as YYYY-MM-DD, such as 2026-11-18."));
      gtk_widget_add_css_class (label, "error");
    }
  else if (strcmp (date, today) > 0)
    {
      gtk_label_set_text (dialog->date_message, _("This day is still to come: is it the date of the visit?"));
      gtk_widget_add_css_class (label, "warning");
    }
  gtk_widget_set_visible (label, !date_ok || strcmp (date, today) > 0);
}

/* Connected swapped to the drop-down's and the entry's signals: what
 * follows @dialog is theirs, so the message dialog comes from @dialog. */
static void
dialog_update (Dialog *dialog)
{
  QzFramework *framework = chosen_framework (dialog);
  QzAssessment *previous = framework ? previous_of (dialog->self, framework) : NULL;
  gboolean date_ok = qz_date_is_valid (gtk_editable_get_text (GTK_EDITABLE (dialog->date)));

  if (previous != NULL)
    {
      g_autofree char *label = g_strdup_printf (_("Start from the answers of %s"),
                                                qz_assessment_get_visit_date (previous));
      gtk_check_button_set_label (dialog->follow_up, label);
    }
  gtk_widget_set_visible (GTK_WIDGET (dialog->follow_up), previous != NULL);

  if (date_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (dialog->date), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (dialog->date), "error");
  show_date_message (dialog, date_ok);
  adw_message_dialog_set_response_enabled (dialog->message, "create", date_ok && framework != NULL);
}

static AdwMessageDialog *present_dialog (QzAssessmentList *self,
                                         guint             framework,
                                         const char       *date,
                                         const char       *assessors,
                                         const char       *problem);

/* The enterprise's last visit, whose framework, assessors and target a
 * new one starts from. */
static QzAssessment *
last_visit (QzAssessmentList *self)
{
  return self->assessments != NULL && self->assessments->len > 0 ? g_ptr_array_index (self->assessments, 0) : NULL;
}

/* A new assessment that is not a follow-up still aims where the last
 * visit did, when its framework has that level, and has its assessors. */
static gboolean
take_details (QzAssessmentList  *self,
              QzAssessment      *created,
              const char        *assessors,
              gboolean           follow_up,
              GError           **error)
{
  QzAssessment *last = last_visit (self);
  const char *target = last != NULL ? qz_assessment_get_target_level (last) : "";

  qz_assessment_set_assessors (created, assessors);
  if (!follow_up && qz_framework_find_level (qz_assessment_get_framework (created), target) != NULL)
    qz_assessment_set_target_level (created, target);
  return qz_assessment_store_save (self->store, created, error);
}

static void
dialog_response_cb (AdwMessageDialog *message,
                    const char       *response,
                    Dialog           *dialog)
{
  QzAssessmentList *self = dialog->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(QzAssessment) created = NULL;
  QzFramework *framework = chosen_framework (dialog);
  const char *date = gtk_editable_get_text (GTK_EDITABLE (dialog->date));
  g_autofree char *assessors = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (dialog->assessors))));
  QzAssessment *previous;
  gboolean follow_up;

  if (!g_str_equal (response, "create") || framework == NULL || self->enterprise == NULL)
    return;

  previous = previous_of (self, framework);
  follow_up = previous != NULL && gtk_widget_get_visible (GTK_WIDGET (dialog->follow_up)) &&
              gtk_check_button_get_active (dialog->follow_up);
  if (follow_up)
    created = qz_assessment_store_create_follow_up (self->store, previous, date, &error);
  else
    created = qz_assessment_store_create (self->store, self->enterprise, framework, date, &error);
  if (created != NULL && !take_details (self, created, assessors, follow_up, &error))
    g_clear_object (&created);

  /* The dialog closes with any answer: one that could not be carried out
   * opens it again, as it was, saying why. */
  if (created == NULL)
    {
      g_autofree char *why = g_strdup_printf (_("The assessment could not be started: %s"), error->message);

      present_dialog (self, gtk_drop_down_get_selected (dialog->framework), date, assessors, why);
      return;
    }

  qz_assessment_list_reload (self);
  g_signal_emit (self, signals[OPEN_ASSESSMENT], 0, created);
}

static gboolean
same_source (QzFramework *a,
             QzFramework *b)
{
  return g_bytes_equal (qz_framework_get_source (a), qz_framework_get_source (b));
}

/* The built-in frameworks, then those the user imported (or that older
 * assessments used) which are not built in. */
static GPtrArray *
available_frameworks (QzAssessmentList  *self,
                      GError           **error)
{
  g_autoptr(GPtrArray) frameworks = qz_framework_load_builtin (error);
  g_autoptr(GPtrArray) stored = NULL;

  if (frameworks == NULL)
    return NULL;

  stored = qz_assessment_store_list_frameworks (self->store, error);
  if (stored == NULL)
    return NULL;

  for (guint i = 0; i < stored->len; i++)
    {
      QzFramework *candidate = g_ptr_array_index (stored, i);
      gboolean known = FALSE;

      for (guint j = 0; j < frameworks->len && !known; j++)
        known = same_source (candidate, g_ptr_array_index (frameworks, j));
      if (!known)
        g_ptr_array_add (frameworks, g_object_ref (candidate));
    }

  return g_steal_pointer (&frameworks);
}

static char *
framework_label (QzFramework *framework)
{
  return g_strdup_printf ("%s (%s)", qz_text_get (qz_framework_get_title (framework)),
                          qz_framework_get_version (framework));
}

static void
show_problems (Dialog       *dialog,
               const GError *error,
               GPtrArray    *problems)
{
  g_autoptr(GString) body = g_string_new (error->message);
  AdwMessageDialog *alert;

  /* The first problems are enough to go on; --validate-framework lists all. */
  for (guint i = 0; problems != NULL && i < MIN (problems->len, 8); i++)
    g_string_append_printf (body, "\n• %s", (char *) g_ptr_array_index (problems, i));
  if (problems != NULL && problems->len > 8)
    g_string_append_printf (body, "\n%s", _("Run “qizhen --validate-framework FILE” to see every problem."));

  alert = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (dialog->message),
                                                      _("The Framework Cannot Be Imported"), body->str));
  adw_message_dialog_add_response (alert, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (alert));
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    Dialog          *dialog)
{
  QzAssessmentList *self = dialog->self;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(QzFramework) framework = NULL;
  g_autofree char *path = NULL;
  g_autofree char *label = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = g_file_get_path (file);
  framework = path ? qz_framework_load_file (path, &problems, &error) : NULL;
  if (framework == NULL && error == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("The file is not on this computer."));
  if (framework == NULL || !qz_assessment_store_import_framework (self->store, framework, &error))
    {
      show_problems (dialog, error, problems);
      goto out;
    }

  for (guint i = 0; i < self->frameworks->len; i++)
    {
      if (same_source (framework, g_ptr_array_index (self->frameworks, i)))
        {
          gtk_drop_down_set_selected (dialog->framework, i);
          goto out;
        }
    }

  label = framework_label (framework);
  g_ptr_array_add (self->frameworks, g_object_ref (framework));
  gtk_string_list_append (dialog->titles, label);
  gtk_drop_down_set_selected (dialog->framework, self->frameworks->len - 1);

out:
  g_object_unref (chooser);
}

static void
import_clicked_cb (Dialog *dialog)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import Framework"), GTK_WINDOW (dialog->message),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Framework files (JSON)"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (import_response_cb), dialog);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
calendar_day_selected_cb (Dialog *dialog)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (dialog->calendar);
  g_autofree char *text = g_date_time_format (day, "%Y-%m-%d");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (dialog->calendar), GTK_TYPE_POPOVER);

  gtk_editable_set_text (GTK_EDITABLE (dialog->date), text);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

/* The calendar opens on the day typed, when it is one. */
static void
calendar_shown_cb (Dialog *dialog)
{
  int year, month, day;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (dialog->date));

  if (qz_date_is_valid (text) && sscanf (text, "%d-%d-%d", &year, &month, &day) == 3)
    {
      g_autoptr(GDateTime) date = g_date_time_new_local (year, month, day, 0, 0, 0);

      g_signal_handlers_block_by_func (dialog->calendar, calendar_day_selected_cb, dialog);
      gtk_calendar_select_day (dialog->calendar, date);
      g_signal_handlers_unblock_by_func (dialog->calendar, calendar_day_selected_cb, dialog);
    }
}

/* The date of the visit: typed, or chosen in a calendar, with what is
 * wrong with it under it. */
static GtkWidget *
date_field (Dialog     *dialog,
            const char *date)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (_("Date of the visit (YYYY-MM-DD)"));
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();

  dialog->date = GTK_ENTRY (gtk_entry_new ());
  dialog->calendar = GTK_CALENDAR (gtk_calendar_new ());
  dialog->date_message = GTK_LABEL (gtk_label_new (NULL));
  gtk_editable_set_text (GTK_EDITABLE (dialog->date), date);
  gtk_entry_set_activates_default (dialog->date, TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (dialog->date), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dialog->date), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Date of the visit"), -1);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_tooltip_text (button, _("Choose the Date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Choose the date"), -1);
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (dialog->calendar));
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (calendar_shown_cb), dialog);
  g_signal_connect_swapped (dialog->calendar, "day-selected", G_CALLBACK (calendar_day_selected_cb), dialog);

  gtk_label_set_xalign (dialog->date_message, 0);
  gtk_label_set_wrap (dialog->date_message, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (dialog->date_message), "caption");
  gtk_widget_set_visible (GTK_WIDGET (dialog->date_message), FALSE);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  gtk_box_append (GTK_BOX (line), GTK_WIDGET (dialog->date));
  gtk_box_append (GTK_BOX (line), button);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), line);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (dialog->date_message));
  return box;
}

/* The framework, chosen among those available or imported from a file. */
static GtkWidget *
framework_field (Dialog *dialog,
                 guint   selected)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (_("Framework"));
  GtkWidget *import = gtk_button_new_with_mnemonic (_("_Import Framework File…"));

  dialog->framework = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (dialog->titles)), NULL));
  if (selected < g_list_model_get_n_items (G_LIST_MODEL (dialog->titles)))
    gtk_drop_down_set_selected (dialog->framework, selected);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dialog->framework), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Framework"), -1);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_halign (import, GTK_ALIGN_START);
  gtk_widget_add_css_class (import, "flat");
  g_signal_connect_swapped (import, "clicked", G_CALLBACK (import_clicked_cb), dialog);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (dialog->framework));
  gtk_box_append (GTK_BOX (box), import);
  return box;
}

/* Who makes the visit: the last visit's assessors to begin with. */
static GtkWidget *
assessors_field (Dialog     *dialog,
                 const char *assessors)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_Assessors"));

  dialog->assessors = GTK_ENTRY (gtk_entry_new ());
  gtk_editable_set_text (GTK_EDITABLE (dialog->assessors), assessors ? assessors : "");
  gtk_entry_set_activates_default (dialog->assessors, TRUE);
  gtk_entry_set_placeholder_text (dialog->assessors, _("The experts who make the visit"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (dialog->assessors));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dialog->assessors), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Assessors"), -1);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (dialog->assessors));
  return box;
}

/* The dialog with the framework at @framework chosen, @date and
 * @assessors typed and, when an earlier answer could not be carried out,
 * @problem said. */
static AdwMessageDialog *
present_dialog (QzAssessmentList *self,
                guint             framework,
                const char       *date,
                const char       *assessors,
                const char       *problem)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  AdwMessageDialog *message;
  Dialog *dialog;

  for (guint i = 0; i < self->frameworks->len; i++)
    {
      g_autofree char *title = framework_label (g_ptr_array_index (self->frameworks, i));
      gtk_string_list_append (titles, title);
    }

  dialog = g_new0 (Dialog, 1);
  dialog->self = g_object_ref (self);
  dialog->titles = g_object_ref (titles);
  dialog->follow_up = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_check_button_set_active (dialog->follow_up, TRUE);
  gtk_box_append (GTK_BOX (box), framework_field (dialog, framework));
  gtk_box_append (GTK_BOX (box), date_field (dialog, date));
  gtk_box_append (GTK_BOX (box), assessors_field (dialog, assessors));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (dialog->follow_up));

  message = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                        _("New Assessment"), problem));
  dialog->message = message;
  adw_message_dialog_set_extra_child (message, box);
  adw_message_dialog_add_responses (message, "cancel", _("_Cancel"), "create", _("_Start"), NULL);
  adw_message_dialog_set_response_appearance (message, "create", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (message, "create");
  adw_message_dialog_set_close_response (message, "cancel");

  g_signal_connect_swapped (dialog->framework, "notify::selected", G_CALLBACK (dialog_update), dialog);
  g_signal_connect_swapped (dialog->date, "changed", G_CALLBACK (dialog_update), dialog);
  /* The dialog's data lives as long as the dialog. */
  g_signal_connect_data (message, "response", G_CALLBACK (dialog_response_cb), dialog,
                         dialog_free, 0);
  dialog_update (dialog);

  gtk_window_present (GTK_WINDOW (message));
  return message;
}

/**
 * qz_assessment_list_new_dialog:
 * @self: a #QzAssessmentList
 *
 * Builds the dialog that starts an assessment: the framework (the last
 * visit's to begin with), the date of the visit (today unless changed),
 * the assessors (the last visit's) and, when the enterprise already has
 * an assessment with that framework, whether to start from its answers.
 * A new assessment aims at the last visit's target level.
 *
 * Returns: (transfer none): the dialog, shown
 */
GtkWindow *
qz_assessment_list_new_dialog (QzAssessmentList *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  QzAssessment *last = last_visit (self);
  guint framework = 0;

  g_return_val_if_fail (QZ_IS_ASSESSMENT_LIST (self), NULL);

  g_clear_pointer (&self->frameworks, g_ptr_array_unref);
  self->frameworks = available_frameworks (self, &error);
  if (self->frameworks == NULL)
    {
      report (self, error);
      return NULL;
    }

  /* The very framework of the last visit; failing that, one of its kind. */
  for (guint i = self->frameworks->len; last != NULL && i-- > 0;)
    {
      QzFramework *candidate = g_ptr_array_index (self->frameworks, i);
      QzFramework *used = qz_assessment_get_framework (last);

      if (same_source (candidate, used) ||
          (framework == 0 && g_strcmp0 (qz_framework_get_id (candidate), qz_framework_get_id (used)) == 0))
        framework = i;
      if (same_source (candidate, used))
        break;
    }

  return GTK_WINDOW (present_dialog (self, framework, today, last ? qz_assessment_get_assessors (last) : "", NULL));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  qz_assessment_list_new_dialog (QZ_ASSESSMENT_LIST (widget));
}

static void
qz_assessment_list_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), QZ_TYPE_ASSESSMENT_LIST);

  G_OBJECT_CLASS (qz_assessment_list_parent_class)->dispose (object);
}

static void
qz_assessment_list_finalize (GObject *object)
{
  QzAssessmentList *self = (QzAssessmentList *)object;

  g_clear_object (&self->store);
  g_clear_object (&self->enterprise);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->assessments, g_ptr_array_unref);
  g_clear_pointer (&self->frameworks, g_ptr_array_unref);

  G_OBJECT_CLASS (qz_assessment_list_parent_class)->finalize (object);
}

static void
qz_assessment_list_class_init (QzAssessmentListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qz_assessment_list_dispose;
  object_class->finalize = qz_assessment_list_finalize;

  /**
   * QzAssessmentList::open-assessment:
   * @self: the list
   * @assessment: the assessment chosen or just started
   */
  signals[OPEN_ASSESSMENT] =
    g_signal_new ("open-assessment", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, QZ_TYPE_ASSESSMENT);

  /**
   * QzAssessmentList::failed:
   * @self: the list
   * @message: a translated explanation
   */
  signals[FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/qizhen/Qizhen/ui/qz-assessment-list.ui");
  gtk_widget_class_bind_template_child (widget_class, QzAssessmentList, empty_row);

  gtk_widget_class_install_action (widget_class, "assessments.new", NULL, new_action);
}

static void
qz_assessment_list_init (QzAssessmentList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Not a bound template child: disposing the template would unparent it
   * behind AdwBin's back. */
  self->group = ADW_PREFERENCES_GROUP (adw_bin_get_child (ADW_BIN (self)));
  self->rows = g_ptr_array_new ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assessments.new", FALSE);
}

/**
 * qz_assessment_list_set_store:
 * @self: a #QzAssessmentList
 * @store: (nullable): the assessment store
 */
void
qz_assessment_list_set_store (QzAssessmentList  *self,
                              QzAssessmentStore *store)
{
  g_return_if_fail (QZ_IS_ASSESSMENT_LIST (self));

  if (g_set_object (&self->store, store))
    qz_assessment_list_reload (self);
}

/**
 * qz_assessment_list_set_enterprise:
 * @self: a #QzAssessmentList
 * @enterprise: (nullable): the enterprise whose assessments are listed
 */
void
qz_assessment_list_set_enterprise (QzAssessmentList *self,
                                   QzEnterprise     *enterprise)
{
  g_return_if_fail (QZ_IS_ASSESSMENT_LIST (self));

  if (g_set_object (&self->enterprise, enterprise))
    qz_assessment_list_reload (self);
}
