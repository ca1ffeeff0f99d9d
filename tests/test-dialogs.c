/* test-dialogs.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include <adwaita.h>
#include <string.h>

#include "qz-application.h"
#include "qz-checklist-page.h"
#include "qz-framework.h"
#include "qz-gtk-test-utils.h"
#include "qz-input.h"
#include "qz-preferences-window.h"
#include "qz-test-utils.h"
#include "qz-window.h"

/* Clicks @button as a user can: only when it can be clicked. */
static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

/* ---- Preferences ---- */

/* The fields are the settings: typed text is kept at once, a setting
 * changed elsewhere shows, and the logo can be removed only when there
 * is one. */
static void
test_preferences (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *organisation_text = NULL;
  g_autofree char *logo_path = NULL;
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  GtkWidget *preferences;
  GtkEditable *organisation, *author;
  AdwActionRow *logo;
  GtkWidget *remove;

  g_settings_reset (settings, "report-organisation");
  g_settings_reset (settings, "report-author");
  g_settings_reset (settings, "report-logo");
  preferences = qz_preferences_window_new (parent, settings);
  gtk_window_present (GTK_WINDOW (preferences));
  qz_test_flush_events ();

  organisation = GTK_EDITABLE (qz_test_find_by_label (preferences, ADW_TYPE_ENTRY_ROW, "Organisation"));
  author = GTK_EDITABLE (qz_test_find_by_label (preferences, ADW_TYPE_ENTRY_ROW, "Author (empty: the expert team)"));
  logo = ADW_ACTION_ROW (qz_test_find_by_label (preferences, ADW_TYPE_ACTION_ROW, "Logo"));
  remove = qz_test_find_by_label (GTK_WIDGET (logo), GTK_TYPE_BUTTON, "Remove Logo");

  gtk_editable_set_text (organisation, "乐清市经信局诊断服务组");
  organisation_text = g_settings_get_string (settings, "report-organisation");
  g_assert_cmpstr (organisation_text, ==, "乐清市经信局诊断服务组");

  g_settings_set_string (settings, "report-author", "周工");
  qz_test_flush_events ();
  g_assert_cmpstr (gtk_editable_get_text (author), ==, "周工");

  g_assert_cmpstr (adw_action_row_get_subtitle (logo), ==, "None");
  g_assert_false (gtk_widget_is_sensitive (remove));

  g_settings_set_string (settings, "report-logo", "/srv/logos/乐清经信.png");
  qz_test_flush_events ();
  g_assert_cmpstr (adw_action_row_get_subtitle (logo), ==, "乐清经信.png");

  click (remove);
  qz_test_flush_events ();
  logo_path = g_settings_get_string (settings, "report-logo");
  g_assert_cmpstr (logo_path, ==, "");
  g_assert_cmpstr (adw_action_row_get_subtitle (logo), ==, "None");
  g_assert_false (gtk_widget_is_sensitive (remove));

  gtk_window_destroy (GTK_WINDOW (preferences));
  gtk_window_destroy (parent);
  g_settings_reset (settings, "report-organisation");
  g_settings_reset (settings, "report-author");
}

/* ---- Keyboard shortcuts ---- */

/* The shortcuts window lists every action the application gives an
 * accelerator, and shows no action without one (it would show no keys
 * for it). */
static void
test_shortcuts (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/qizhen/Qizhen/gtk/help-overlay.ui");
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(QzApplication) app = NULL;
  g_auto(GStrv) actions = NULL;
  GObject *overlay = gtk_builder_get_object (builder, "help_overlay");
  GHashTableIter iter;
  gpointer action;
  guint n_accelerated = 0;

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *title = NULL;
      g_autofree char *action_name = NULL;
      g_autofree char *accelerator = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;

      /* Each says what it does, and by which keys or action. */
      g_object_get (l->data, "title", &title, "action-name", &action_name, "accelerator", &accelerator, NULL);
      g_assert_nonnull (title);
      g_assert_cmpstr (title, !=, "");
      g_assert_true ((action_name != NULL && action_name[0] != '\0') ||
                     (accelerator != NULL && accelerator[0] != '\0'));
      if (action_name != NULL && action_name[0] != '\0')
        g_hash_table_add (listed, g_steal_pointer (&action_name));
    }

  /* The application as it starts up, with no window and no session bus. */
  app = g_object_new (QZ_TYPE_APPLICATION,
                      "application-id", APP_ID,
                      "flags", G_APPLICATION_NON_UNIQUE,
                      NULL);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);

      if (accels[0] == NULL)
        continue;
      n_accelerated++;
      if (!g_hash_table_contains (listed, actions[i]))
        g_error ("%s (%s) is not in the shortcuts window", actions[i], accels[0]);
    }
  /* Quit, Preferences, New Enterprise, Search, Results, Plan, Report,
   * Close window and the shortcuts window itself. */
  g_assert_cmpuint (n_accelerated, >=, 9);

  g_hash_table_iter_init (&iter, listed);
  while (g_hash_table_iter_next (&iter, &action, NULL))
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), action);

      if (accels[0] == NULL)
        g_error ("The shortcuts window lists %s, which has no accelerator", (char *) action);
    }

  gtk_window_destroy (GTK_WINDOW (overlay));
}

/* ---- New Assessment ---- */

/* The sample's enterprise, opened from the list in a window. */
typedef struct
{
  QzTestSample  sample;
  GSettings    *settings;
  QzWindow     *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *list;
  GtkSingleSelection *selection;

  qz_test_sample_set_up (&fixture->sample, NULL);
  fixture->settings = g_settings_new (APP_ID);
  g_settings_set_string (fixture->settings, "last-enterprise",
                         qz_assessment_get_enterprise_uuid (fixture->sample.assessment));
  fixture->window = qz_window_new (NULL, fixture->settings, fixture->sample.enterprises);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_nonnull (qz_window_get_selected (fixture->window));

  /* A narrow window shows the list or the profile: open the profile. */
  list = qz_test_find_by_label (GTK_WIDGET (fixture->window), GTK_TYPE_LIST_VIEW, "Enterprises");
  selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  g_signal_emit_by_name (list, "activate", gtk_single_selection_get_selected (selection));
  qz_test_flush_events ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  qz_test_flush_events ();
  g_settings_reset (fixture->settings, "last-enterprise");
  g_clear_object (&fixture->settings);
  qz_test_sample_tear_down (&fixture->sample, NULL);
}

static GPtrArray *
list_assessments (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *assessments = qz_assessment_store_list (fixture->sample.store,
                                                     qz_assessment_get_enterprise_uuid (fixture->sample.assessment),
                                                     &error);

  g_assert_no_error (error);
  return assessments;
}

/* The assessment listed beside the sample's: there must be exactly one. */
static QzAssessment *
created_assessment (GPtrArray *assessments,
                    Fixture   *fixture)
{
  QzAssessment *created = NULL;

  g_assert_cmpuint (assessments->len, ==, 2);
  for (guint i = 0; i < assessments->len; i++)
    {
      QzAssessment *assessment = g_ptr_array_index (assessments, i);

      if (g_strcmp0 (qz_assessment_get_uuid (assessment), qz_assessment_get_uuid (fixture->sample.assessment)) != 0)
        created = assessment;
    }

  g_assert_nonnull (created);
  return created;
}

static char *
framework_label (QzFramework *framework)
{
  return g_strdup_printf ("%s (%s)", qz_text_get (qz_framework_get_title (framework)),
                          qz_framework_get_version (framework));
}

/* The New Assessment dialog and its fields. */
typedef struct
{
  AdwMessageDialog *message;
  GtkDropDown      *frameworks;
  GtkEditable      *date;
  guint             sample_framework;   /* the sample's, in the drop-down */
} Dialog;

/* Where the framework labelled @label is in the dialog's drop-down. */
static guint
position_of (GtkDropDown *frameworks,
             const char  *label)
{
  GListModel *titles = gtk_drop_down_get_model (frameworks);

  for (guint i = 0; i < g_list_model_get_n_items (titles); i++)
    {
      if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (titles), i), label) == 0)
        return i;
    }

  g_error ("No framework “%s” to choose", label);
}

static gboolean
is_hidden (gpointer widget)
{
  return !gtk_widget_get_visible (widget);
}

static gboolean
is_shown (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* The New Assessment dialog shown over the window, and its fields. */
static void
find_dialog (Fixture *fixture,
             Dialog  *dialog)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  dialog->message = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          gtk_window_get_transient_for (window) == GTK_WINDOW (fixture->window) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), "New Assessment") == 0)
        dialog->message = ADW_MESSAGE_DIALOG (window);
    }
  g_assert_nonnull (dialog->message);

  dialog->frameworks = GTK_DROP_DOWN (qz_test_find_by_label (GTK_WIDGET (dialog->message), GTK_TYPE_DROP_DOWN,
                                                             "Framework"));
  dialog->date = GTK_EDITABLE (qz_test_find_by_label (GTK_WIDGET (dialog->message), GTK_TYPE_ENTRY,
                                                      "Date of the visit"));
}

/* Opens the dialog from the enterprise's New Assessment row, as a click
 * on it does. */
static void
open_dialog (Fixture *fixture,
             Dialog  *dialog)
{
  GtkWidget *row = qz_test_find_by_label (GTK_WIDGET (fixture->window), ADW_TYPE_ACTION_ROW, "New Assessment…");
  g_autofree char *sample_label = framework_label (qz_assessment_get_framework (fixture->sample.assessment));

  qz_test_wait_until (is_shown, row, QZ_TEST_TIMEOUT_MS);
  g_assert_true (gtk_widget_is_sensitive (row));
  gtk_widget_activate (row);
  qz_test_flush_events ();

  find_dialog (fixture, dialog);
  dialog->sample_framework = position_of (dialog->frameworks, sample_label);
}

/* Answers the dialog with the button called @label, and waits for it to go. */
static void
respond (Dialog     *dialog,
         const char *label)
{
  g_autoptr(AdwMessageDialog) message = g_object_ref (dialog->message);

  click (qz_test_find_by_label (GTK_WIDGET (message), GTK_TYPE_BUTTON, label));
  qz_test_wait_until (is_hidden, message, QZ_TEST_TIMEOUT_MS);
}

/* Another framework than the sample's: a fresh, empty assessment on the
 * date typed, once the date is one; the window opens it. */
static void
test_new_assessment (Fixture       *fixture,
                     gconstpointer  data)
{
  Dialog dialog;
  GListModel *titles;
  GtkWidget *start;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autofree char *chosen = NULL;
  g_autofree char *created_label = NULL;
  QzChecklistPage *checklist;
  QzAssessment *created;
  guint other;

  open_dialog (fixture, &dialog);
  start = qz_test_find_by_label (GTK_WIDGET (dialog.message), GTK_TYPE_BUTTON, "Start");

  /* Today's date to begin with. */
  g_assert_true (qz_date_is_valid (gtk_editable_get_text (dialog.date)));

  titles = gtk_drop_down_get_model (dialog.frameworks);
  g_assert_cmpuint (g_list_model_get_n_items (titles), >=, 2);
  other = dialog.sample_framework == 0 ? 1 : 0;
  gtk_drop_down_set_selected (dialog.frameworks, other);
  chosen = g_strdup (gtk_string_list_get_string (GTK_STRING_LIST (titles), other));

  /* No assessment on a day that is not one. */
  gtk_editable_set_text (dialog.date, "2027-02-30");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (dialog.date), "error"));
  g_assert_false (gtk_widget_is_sensitive (start));

  gtk_editable_set_text (dialog.date, "2027-03-15");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (dialog.date), "error"));
  respond (&dialog, "Start");

  assessments = list_assessments (fixture);
  created = created_assessment (assessments, fixture);
  created_label = framework_label (qz_assessment_get_framework (created));
  g_assert_cmpstr (created_label, ==, chosen);
  g_assert_cmpstr (qz_assessment_get_visit_date (created), ==, "2027-03-15");
  g_assert_cmpuint (qz_assessment_count_answered (created), ==, 0);

  checklist = QZ_CHECKLIST_PAGE (qz_test_find (GTK_WIDGET (fixture->window), QZ_TYPE_CHECKLIST_PAGE, NULL, NULL));
  g_assert_nonnull (checklist);
  g_assert_nonnull (qz_checklist_page_get_assessment (checklist));
  g_assert_cmpstr (qz_assessment_get_uuid (qz_checklist_page_get_assessment (checklist)), ==,
                   qz_assessment_get_uuid (created));
  qz_test_wait_until (is_shown, checklist, QZ_TEST_TIMEOUT_MS);
}

/* The sample's framework again: the new visit starts from the sample's
 * answers, as the dialog offers. */
static void
test_follow_up (Fixture       *fixture,
                gconstpointer  data)
{
  Dialog dialog;
  g_autofree char *offer = g_strdup_printf ("Start from the answers of %s",
                                            qz_assessment_get_visit_date (fixture->sample.assessment));
  g_autoptr(GPtrArray) assessments = NULL;
  GtkWidget *follow_up;
  QzAssessment *created;

  open_dialog (fixture, &dialog);
  gtk_drop_down_set_selected (dialog.frameworks, dialog.sample_framework);
  follow_up = qz_test_find_by_label (GTK_WIDGET (dialog.message), GTK_TYPE_CHECK_BUTTON, offer);
  g_assert_true (gtk_widget_get_visible (follow_up));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (follow_up)));

  gtk_editable_set_text (dialog.date, "2027-05-20");
  respond (&dialog, "Start");

  assessments = list_assessments (fixture);
  created = created_assessment (assessments, fixture);
  g_assert_cmpstr (qz_assessment_get_visit_date (created), ==, "2027-05-20");
  g_assert_cmpuint (qz_assessment_count_answered (created), >, 0);
  g_assert_cmpuint (qz_assessment_count_answered (created), ==,
                    qz_assessment_count_answered (fixture->sample.assessment));

  /* Copied, every answer waits for review; the assessors come along. */
  g_assert_cmpuint (qz_assessment_count_to_review (created), ==, qz_assessment_count_answered (created));
  g_assert_cmpstr (qz_assessment_get_assessors (created), ==,
                   qz_assessment_get_assessors (fixture->sample.assessment));
}

/* A new visit starts from the last one's framework, assessors and
 * target, even when its answers are not taken. */
static void
test_defaults_from_last_visit (Fixture       *fixture,
                               gconstpointer  data)
{
  Dialog dialog;
  g_autofree char *offer = g_strdup_printf ("Start from the answers of %s",
                                            qz_assessment_get_visit_date (fixture->sample.assessment));
  g_autofree char *sample_label = framework_label (qz_assessment_get_framework (fixture->sample.assessment));
  g_autofree char *created_label = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  GtkEditable *assessors;
  QzAssessment *created;

  open_dialog (fixture, &dialog);
  g_assert_cmpuint (gtk_drop_down_get_selected (dialog.frameworks), ==, dialog.sample_framework);
  assessors = GTK_EDITABLE (qz_test_find_by_label (GTK_WIDGET (dialog.message), GTK_TYPE_ENTRY, "Assessors"));
  g_assert_cmpstr (gtk_editable_get_text (assessors), ==, qz_assessment_get_assessors (fixture->sample.assessment));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (qz_test_find_by_label (GTK_WIDGET (dialog.message),
                                                                        GTK_TYPE_CHECK_BUTTON, offer)), FALSE);
  gtk_editable_set_text (assessors, "王工");
  gtk_editable_set_text (dialog.date, "2027-05-20");
  respond (&dialog, "Start");

  assessments = list_assessments (fixture);
  created = created_assessment (assessments, fixture);
  created_label = framework_label (qz_assessment_get_framework (created));
  g_assert_cmpstr (created_label, ==, sample_label);
  g_assert_cmpuint (qz_assessment_count_answered (created), ==, 0);
  g_assert_cmpstr (qz_assessment_get_assessors (created), ==, "王工");
  g_assert_cmpstr (qz_assessment_get_target_level (created), ==,
                   qz_assessment_get_target_level (fixture->sample.assessment));
  g_assert_cmpstr (qz_assessment_get_target_level (created), !=, "");
}

static GtkWidget *
date_message (Dialog *dialog)
{
  GtkWidget *entry = GTK_WIDGET (dialog->date);

  /* Under the line of the entry and its calendar button. */
  return gtk_widget_get_next_sibling (gtk_widget_get_parent (entry));
}

/* The date says under it what is wrong with it, or that it is ahead;
 * the calendar sets it. */
static void
test_date_field (Fixture       *fixture,
                 gconstpointer  data)
{
  Dialog dialog;
  GtkWidget *start, *message;
  GtkCalendar *calendar;
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 6, 9, 0, 0, 0);

  open_dialog (fixture, &dialog);
  start = qz_test_find_by_label (GTK_WIDGET (dialog.message), GTK_TYPE_BUTTON, "Start");
  message = date_message (&dialog);
  g_assert_true (GTK_IS_LABEL (message));
  g_assert_false (gtk_widget_get_visible (message));

  gtk_editable_set_text (dialog.date, "2026-13-40");
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_true (gtk_widget_has_css_class (message, "error"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (message)), "YYYY-MM-DD"));
  g_assert_false (gtk_widget_is_sensitive (start));

  gtk_editable_set_text (dialog.date, "2099-01-01");
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_true (gtk_widget_has_css_class (message, "warning"));
  g_assert_false (gtk_widget_has_css_class (message, "error"));
  g_assert_true (gtk_widget_is_sensitive (start));

  calendar = GTK_CALENDAR (qz_test_find (GTK_WIDGET (dialog.message), GTK_TYPE_CALENDAR, NULL, NULL));
  g_assert_nonnull (calendar);
  gtk_calendar_select_day (calendar, day);
  g_assert_cmpstr (gtk_editable_get_text (dialog.date), ==, "2026-06-09");
  g_assert_false (gtk_widget_get_visible (message));
  respond (&dialog, "Cancel");
}

/* A start the database refuses opens the dialog again, as it was,
 * saying why; nothing is created. */
static void
test_start_refused (Fixture       *fixture,
                    gconstpointer  data)
{
  Dialog dialog;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(AdwMessageDialog) first = NULL;
  guint other;

  qz_test_sqlite_exec (fixture->sample.data.path,
                       "CREATE TRIGGER refuse BEFORE INSERT ON assessment BEGIN SELECT RAISE (ABORT, 'refused'); END");
  open_dialog (fixture, &dialog);
  other = dialog.sample_framework == 0 ? 1 : 0;
  gtk_drop_down_set_selected (dialog.frameworks, other);
  gtk_editable_set_text (dialog.date, "2026-10-08");
  first = g_object_ref (dialog.message);
  respond (&dialog, "Start");
  qz_test_flush_events ();

  find_dialog (fixture, &dialog);
  g_assert_true (dialog.message != first);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog.message), "could not be started"));
  g_assert_cmpuint (gtk_drop_down_get_selected (dialog.frameworks), ==, other);
  g_assert_cmpstr (gtk_editable_get_text (dialog.date), ==, "2026-10-08");

  assessments = list_assessments (fixture);
  g_assert_cmpuint (assessments->len, ==, 1);
  respond (&dialog, "Cancel");
}

/* Cancel, after filling it all in, starts nothing. */
static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  Dialog dialog;
  g_autoptr(GPtrArray) assessments = NULL;

  open_dialog (fixture, &dialog);
  gtk_drop_down_set_selected (dialog.frameworks, dialog.sample_framework);
  gtk_editable_set_text (dialog.date, "2027-03-15");
  respond (&dialog, "Cancel");

  assessments = list_assessments (fixture);
  g_assert_cmpuint (assessments->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/qz/dialogs/preferences", test_preferences);
  g_test_add_func ("/qz/dialogs/shortcuts", test_shortcuts);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/qz/dialogs/new-assessment/start", test_new_assessment);
  ADD ("/qz/dialogs/new-assessment/follow-up", test_follow_up);
  ADD ("/qz/dialogs/new-assessment/defaults-from-last-visit", test_defaults_from_last_visit);
  ADD ("/qz/dialogs/new-assessment/cancel", test_cancel);
  ADD ("/qz/dialogs/new-assessment/date-field", test_date_field);
  ADD ("/qz/dialogs/new-assessment/start-refused", test_start_refused);
#undef ADD

  return g_test_run ();
}
