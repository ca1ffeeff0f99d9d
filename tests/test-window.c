/* test-window.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include <adwaita.h>

#include "qz-assessment-list.h"
#include "qz-gtk-test-utils.h"
#include "qz-industry-picker.h"
#include "qz-list-filter.h"
#include "qz-profile-page.h"
#include "qz-test-utils.h"
#include "qz-toast.h"
#include "qz-database-private.h"
#include "qz-window.h"

typedef struct
{
  QzDatabase        *database;
  QzEnterpriseStore *store;
  GSettings         *settings;
  QzWindow          *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->database = qz_database_open (":memory:", &error);
  g_assert_no_error (error);
  fixture->store = qz_enterprise_store_new (fixture->database, &error);
  g_assert_no_error (error);
  fixture->settings = g_settings_new (APP_ID);
  g_settings_reset (fixture->settings, "last-enterprise");
  fixture->window = qz_window_new (NULL, fixture->settings, fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->database);
}

static GtkEditable *
entry_row (Fixture    *fixture,
           const char *title)
{
  return GTK_EDITABLE (qz_test_find_by_label (GTK_WIDGET (fixture->window), ADW_TYPE_ENTRY_ROW, title));
}

static AdwActionRow *
size_row (Fixture *fixture)
{
  return ADW_ACTION_ROW (qz_test_find_by_label (GTK_WIDGET (fixture->window), ADW_TYPE_ACTION_ROW, "Size Class"));
}

static GtkEditable *
search_entry (Fixture *fixture)
{
  return GTK_EDITABLE (qz_test_find_by_label (GTK_WIDGET (fixture->window), GTK_TYPE_SEARCH_ENTRY,
                                              "Search by name, credit code, region or industry"));
}

static char *
stored_text (Fixture    *fixture,
             const char *column,
             const char *uuid)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM enterprise WHERE uuid = ?", column);
  g_autoptr(sqlite3_stmt) stmt = qz_database_prepare (fixture->database, sql, &error);
  gboolean has_row = FALSE;

  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  g_assert_true (qz_database_step (fixture->database, stmt, &has_row, &error));
  g_assert_true (has_row);
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static GListModel *
list_model (Fixture *fixture)
{
  GtkWidget *list = qz_test_find_by_label (GTK_WIDGET (fixture->window), GTK_TYPE_LIST_VIEW, "Enterprises");

  return G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
}

typedef struct
{
  Fixture    *fixture;
  const char *column;
  const char *uuid;
  const char *expected;
} Stored;

static gboolean
is_stored (gpointer data)
{
  Stored *stored = data;
  g_autofree char *text = stored_text (stored->fixture, stored->column, stored->uuid);

  return g_strcmp0 (text, stored->expected) == 0;
}

/* Edits are saved after a pause: waits until @expected is in @column. */
static void
wait_stored (Fixture    *fixture,
             const char *column,
             const char *uuid,
             const char *expected)
{
  Stored stored = { fixture, column, uuid, expected };

  qz_test_wait_until (is_stored, &stored, QZ_TEST_TIMEOUT_MS);
}

typedef struct
{
  GListModel *model;
  guint       n_items;
} Shown;

static gboolean
has_n_items (gpointer data)
{
  Shown *shown = data;

  return g_list_model_get_n_items (shown->model) == shown->n_items;
}

/* The search filters as the main loop runs: waits until @n_items are shown. */
static void
wait_shown (GListModel *model,
            guint       n_items)
{
  Shown shown = { model, n_items };

  qz_test_wait_until (has_n_items, &shown, QZ_TEST_TIMEOUT_MS);
}

static QzEnterprise *
new_enterprise (Fixture *fixture)
{
  guint before = g_list_model_get_n_items (G_LIST_MODEL (fixture->store));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-enterprise", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, before + 1);
  g_assert_nonnull (qz_window_get_selected (fixture->window));
  return qz_window_get_selected (fixture->window);
}

static void
test_create_edit_find (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkEditable *search;
  GListModel *shown;
  QzEnterprise *enterprise;
  g_autofree char *uuid = NULL;
  g_autofree char *stored = NULL;

  g_assert_null (qz_window_get_selected (fixture->window));

  enterprise = new_enterprise (fixture);
  uuid = g_strdup (qz_enterprise_get_uuid (enterprise));

  /* The name is typed through the profile page and saved after the pause. */
  gtk_editable_set_text (entry_row (fixture, "Name"), "乐清正泰开关厂");
  g_assert_cmpstr (qz_enterprise_get_name (enterprise), ==, "乐清正泰开关厂");
  wait_stored (fixture, "name", uuid, "乐清正泰开关厂");

  /* A second enterprise comes first; the search finds the first one. */
  new_enterprise (fixture);
  shown = list_model (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);

  search = search_entry (fixture);
  gtk_editable_set_text (search, "开关");
  wait_shown (shown, 1);
  {
    g_autoptr(QzEnterprise) found = g_list_model_get_item (shown, 0);
    g_assert_true (found == enterprise);
  }

  /* Renamed so that it no longer matches, it stays listed and selected
   * while it is being edited. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (shown), 0);
  g_assert_true (qz_window_get_selected (fixture->window) == enterprise);
  gtk_editable_set_text (entry_row (fixture, "Name"), "乐清正泰电器");
  wait_stored (fixture, "name", uuid, "乐清正泰电器");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_assert_true (qz_window_get_selected (fixture->window) == enterprise);

  gtk_editable_set_text (search, "no such enterprise");
  wait_shown (shown, 0);
  gtk_editable_set_text (search, "");
  wait_shown (shown, 2);

  /* Closing the window saves what is pending at once. */
  /* The edited enterprise came first: it was changed last. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (shown), 1);
  g_assert_false (qz_window_get_selected (fixture->window) == enterprise);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (shown), 0);
  g_assert_true (qz_window_get_selected (fixture->window) == enterprise);
  gtk_editable_set_text (entry_row (fixture, "Address"), "柳市镇");
  gtk_window_close (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  qz_test_flush_events ();
  stored = stored_text (fixture, "address", uuid);
  g_assert_cmpstr (stored, ==, "柳市镇");
}

static gboolean
label_contains (GtkWidget *widget,
                gpointer   data)
{
  return gtk_widget_get_visible (widget) &&
         strstr (gtk_label_get_label (GTK_LABEL (widget)), data) != NULL;
}

static GtkWidget *
find_label_containing (Fixture    *fixture,
                       const char *text)
{
  return qz_test_find (GTK_WIDGET (fixture->window), GTK_TYPE_LABEL, label_contains, (gpointer) text);
}

static void
test_validation (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *message;
  QzEnterprise *enterprise = new_enterprise (fixture);
  GtkEditable *name = entry_row (fixture, "Name");
  GtkEditable *uscc = entry_row (fixture, "Unified Social Credit Code");
  GtkEditable *employees = entry_row (fixture, "Employees");
  GtkEditable *revenue = entry_row (fixture, "Annual Revenue (10,000 yuan)");

  /* An emptied name is refused, and the last one kept. */
  gtk_editable_set_text (name, "温州鞋业");
  gtk_editable_set_text (name, "  ");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (name), "error"));
  g_assert_cmpstr (qz_enterprise_get_name (enterprise), ==, "温州鞋业");

  /* A wrong check character is shown as an error but kept, normalised. */
  gtk_editable_set_text (uscc, "91330300ma2j00008b");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (uscc), "error"));
  g_assert_cmpstr (qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_USCC), ==, "91330300MA2J00008B");

  /* Typed with spaces and in lower case, a valid code is stored canonical. */
  gtk_editable_set_text (uscc, "9133 0300 ma2j 0000 8a");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (uscc), "error"));
  g_assert_cmpstr (qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_USCC), ==, "91330300MA2J00008A");

  /* A valid code whose organisation code does not check is a warning, not
   * an error: shown in its own colour, and kept. */
  gtk_editable_set_text (name, "温州鞋业");
  gtk_editable_set_text (uscc, "91330324MA2J00001D");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (uscc), "error"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (uscc), "warning"));
  g_assert_cmpstr (qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_USCC), ==, "91330324MA2J00001D");
  message = find_label_containing (fixture, "organisation code");
  g_assert_nonnull (message);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (message), "warning"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (message), "error"));

  /* A wrong authority is an error, and the warning goes. */
  gtk_editable_set_text (uscc, "94330300MA2J000081");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (uscc), "error"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (uscc), "warning"));

  /* A partly typed code is work in progress, not an error. */
  gtk_editable_set_text (uscc, "913303");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (uscc), "error"));

  /* Figures: a bad one is flagged and not stored; good ones derive the size. */
  gtk_editable_set_text (employees, "many");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (employees), "error"));
  g_assert_cmpint (qz_enterprise_get_employees (enterprise), ==, -1);
  gtk_editable_set_text (employees, "1,200");
  gtk_editable_set_text (revenue, "45000");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (employees), "error"));
  g_assert_cmpint (qz_enterprise_get_employees (enterprise), ==, 1200);
  g_assert_cmpint (qz_enterprise_get_size_class (enterprise), ==, QZ_SIZE_CLASS_LARGE);
  g_assert_cmpstr (adw_action_row_get_subtitle (size_row (fixture)), ==, "Large");
}

static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  QzEnterprise *enterprise = new_enterprise (fixture);
  g_autofree char *uuid = g_strdup (qz_enterprise_get_uuid (enterprise));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete-enterprise", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 0);
  g_assert_null (qz_window_get_selected (fixture->window));

  /* The toast's Undo button runs this action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.restore-deleted", "(us)", 0, uuid));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 1);
  g_assert_nonnull (qz_window_get_selected (fixture->window));
  g_assert_cmpstr (qz_enterprise_get_uuid (qz_window_get_selected (fixture->window)), ==, uuid);
}

static void
test_remembers_selection (Fixture       *fixture,
                          gconstpointer  data)
{
  QzEnterprise *first = new_enterprise (fixture);
  g_autofree char *uuid = g_strdup (qz_enterprise_get_uuid (first));

  new_enterprise (fixture);
  gtk_window_close (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  qz_test_flush_events ();

  g_settings_set_string (fixture->settings, "last-enterprise", uuid);
  fixture->window = qz_window_new (NULL, fixture->settings, fixture->store);
  g_assert_cmpstr (qz_enterprise_get_uuid (qz_window_get_selected (fixture->window)), ==, uuid);
}

/* Editing one figure must not rewrite the other from its display. */
static void
test_figures_independent (Fixture       *fixture,
                          gconstpointer  data)
{
  QzEnterprise *enterprise = new_enterprise (fixture);

  gtk_editable_set_text (entry_row (fixture, "Annual Revenue (10,000 yuan)"), "8500.555");
  gtk_editable_set_text (entry_row (fixture, "Employees"), "12");
  g_assert_cmpfloat (qz_enterprise_get_revenue (enterprise), ==, 8500.555);
  gtk_editable_set_text (entry_row (fixture, "Employees"), "x");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry_row (fixture, "Employees")), "error"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (entry_row (fixture, "Annual Revenue (10,000 yuan)")), "error"));
  g_assert_cmpfloat (qz_enterprise_get_revenue (enterprise), ==, 8500.555);
}

/* Revenue typed as Chinese users write it is stored in 万元; a typo is
 * shown, never stored, and Escape brings the stored figure back. */
static void
test_money_as_typed (Fixture       *fixture,
                     gconstpointer  data)
{
  QzEnterprise *enterprise = new_enterprise (fixture);
  GtkEditable *employees = entry_row (fixture, "Employees");
  GtkEditable *revenue = entry_row (fixture, "Annual Revenue (10,000 yuan)");
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (revenue), QZ_TYPE_PROFILE_PAGE);

  gtk_editable_set_text (employees, "350");
  gtk_editable_set_text (revenue, "1.8");
  gtk_editable_set_text (revenue, "1.8亿");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (revenue), "error"));
  g_assert_cmpfloat (qz_enterprise_get_revenue (enterprise), ==, 18000);
  g_assert_cmpint (qz_enterprise_get_size_class (enterprise), ==, QZ_SIZE_CLASS_MEDIUM);

  gtk_editable_set_text (revenue, "1.8亿x");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (revenue), "error"));
  g_assert_cmpfloat (qz_enterprise_get_revenue (enterprise), ==, 18000);

  g_assert_true (gtk_widget_activate_action (page, "profile.revert-figures", NULL));
  g_assert_cmpstr (gtk_editable_get_text (revenue), ==, "18000");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (revenue), "error"));
  g_assert_cmpfloat (qz_enterprise_get_revenue (enterprise), ==, 18000);
  /* With nothing to take back, Escape does nothing here: the text as
   * typed stays, and the key is left to others. */
  gtk_editable_set_text (revenue, "2亿");
  g_assert_cmpfloat (qz_enterprise_get_revenue (enterprise), ==, 20000);
  gtk_widget_activate_action (page, "profile.revert-figures", NULL);
  g_assert_cmpstr (gtk_editable_get_text (revenue), ==, "2亿");

  /* Typed over, a figure is kept even though the field was empty on the way. */
  gtk_editable_set_text (employees, "x");
  g_assert_cmpint (qz_enterprise_get_employees (enterprise), ==, 350);
}

static gboolean
nothing_selected (gpointer window)
{
  return qz_window_get_selected (window) == NULL;
}

/* With no enterprise shown (the only one deleted), the empty profile
 * shows no "name required" error. */
static void
test_empty_profile_quiet (Fixture       *fixture,
                          gconstpointer  data)
{
  new_enterprise (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete-enterprise", NULL));
  qz_test_wait_until (nothing_selected, fixture->window, QZ_TEST_TIMEOUT_MS);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (entry_row (fixture, "Name")), "error"));
}

static QzEnterprise *
named_enterprise (Fixture    *fixture,
                  const char *name)
{
  QzEnterprise *enterprise = new_enterprise (fixture);

  gtk_editable_set_text (entry_row (fixture, "Name"), name);
  g_assert_cmpstr (qz_enterprise_get_name (enterprise), ==, name);
  return enterprise;
}

static GtkSingleSelection *
list_selection (Fixture *fixture)
{
  return GTK_SINGLE_SELECTION (list_model (fixture));
}

/* Typing in the search narrows the list and opens nothing: the profile
 * keeps the enterprise it showed until Enter opens the first match. */
static void
test_search_no_auto_open (Fixture       *fixture,
                          gconstpointer  data)
{
  QzEnterprise *yueqing = named_enterprise (fixture, "乐清电气有限公司");
  QzEnterprise *yongjia = named_enterprise (fixture, "永嘉泵阀厂");
  GtkEditable *search = search_entry (fixture);
  GListModel *shown = list_model (fixture);

  g_assert_true (qz_window_get_selected (fixture->window) == yongjia);

  gtk_editable_set_text (search, "yq");
  wait_shown (shown, 1);
  g_assert_true (qz_window_get_selected (fixture->window) == yongjia);
  g_assert_cmpstr (gtk_editable_get_text (entry_row (fixture, "Name")), ==, "永嘉泵阀厂");
  g_assert_null (gtk_single_selection_get_selected_item (list_selection (fixture)));

  gtk_editable_set_text (search, "yueqingdq");
  wait_shown (shown, 1);
  g_assert_true (qz_window_get_selected (fixture->window) == yongjia);

  /* Enter opens the first match. */
  g_signal_emit_by_name (search, "activate");
  g_assert_true (qz_window_get_selected (fixture->window) == yueqing);
  g_assert_cmpstr (gtk_editable_get_text (entry_row (fixture, "Name")), ==, "乐清电气有限公司");

  /* Cleared, the list selects what is shown. */
  gtk_editable_set_text (search, "");
  wait_shown (shown, 2);
  g_assert_true (gtk_single_selection_get_selected_item (list_selection (fixture)) == (gpointer) yueqing);
  g_assert_true (qz_window_get_selected (fixture->window) == yueqing);

  /* Deleting what is shown while a search hides it empties the profile. */
  gtk_editable_set_text (search, "bengfa");
  wait_shown (shown, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.delete-enterprise", NULL));
  g_assert_null (qz_window_get_selected (fixture->window));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
}

typedef struct
{
  GtkWidget  *window;
  const char *title;
} StatusShown;

static gboolean
status_shown (gpointer data)
{
  StatusShown *status = data;
  GtkWidget *page = qz_test_find (status->window, ADW_TYPE_STATUS_PAGE, (QzTestWidgetMatch) qz_test_has_label,
                                  (gpointer) status->title);

  return page != NULL && gtk_widget_is_drawable (page);
}

/* No match shows a status page that names the query. */
static void
test_search_no_match (Fixture       *fixture,
                      gconstpointer  data)
{
  StatusShown status = { GTK_WIDGET (fixture->window), "No Enterprise Matches “zzzz”" };
  GtkEditable *search;

  named_enterprise (fixture, "乐清电气有限公司");
  search = search_entry (fixture);
  gtk_editable_set_text (search, "zzzz");
  wait_shown (list_model (fixture), 0);
  qz_test_wait_until (status_shown, &status, QZ_TEST_TIMEOUT_MS);

  gtk_editable_set_text (search, "yq");
  wait_shown (list_model (fixture), 1);
  g_assert_false (status_shown (&status));
}

static QzEnterprise *
stored_enterprise (Fixture    *fixture,
                   const char *name,
                   const char *county,
                   const char *industry)
{
  g_autoptr(GError) error = NULL;
  QzEnterprise *enterprise = qz_enterprise_store_create (fixture->store, name, &error);

  g_assert_no_error (error);
  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_COUNTY, county);
  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_INDUSTRY_CODE, industry);
  g_assert_true (qz_enterprise_store_save (fixture->store, enterprise, &error));
  g_assert_no_error (error);
  return enterprise;
}

/* Chooses the item of a drop-down of the sort and filter popover whose
 * label starts with @label. */
static void
choose (Fixture    *fixture,
        const char *dropdown_name,
        const char *label)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (qz_test_find_by_name (GTK_WIDGET (fixture->window), dropdown_name));
  GListModel *labels = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
    {
      if (g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (labels), i), label))
        {
          gtk_drop_down_set_selected (dropdown, i);
          return;
        }
    }

  g_error ("No “%s” in %s", label, dropdown_name);
}

static void
open_sort_and_filter (Fixture *fixture)
{
  GtkWidget *button = qz_test_find_by_label (GTK_WIDGET (fixture->window), GTK_TYPE_MENU_BUTTON, "Sort and Filter");

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  qz_test_flush_events ();
}

/* The names in the list, in its order, joined by "|". */
static char *
listed_names (Fixture *fixture)
{
  GListModel *shown = list_model (fixture);
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(QzEnterprise) enterprise = g_list_model_get_item (shown, i);

      g_string_append_printf (names, "%s%s", i ? "|" : "", qz_enterprise_get_name (enterprise));
    }

  return g_string_free (names, FALSE);
}

static gboolean
has_tooltip (GtkWidget *widget,
             gpointer   tooltip)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

/* The dot on the Sort and Filter button: some enterprises are hidden. */
static gboolean
filter_dot_shown (Fixture *fixture)
{
  GtkWidget *dot = qz_test_find (GTK_WIDGET (fixture->window), GTK_TYPE_IMAGE, has_tooltip,
                                 (gpointer) "Some enterprises are hidden by the filters");

  g_assert_nonnull (dot);
  return gtk_widget_get_visible (dot);
}

/* The list is sorted by name (pinyin) or level, and filtered by county,
 * industry (division) and level; a filter that hides all says so. */
static void
test_sort_and_filter (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *names = NULL;
  g_autofree char *level = NULL;
  QzEnterprise *sample;

  stored_enterprise (fixture, "永嘉泵阀", "永嘉县", "C3443");
  stored_enterprise (fixture, "乐清电气", "乐清市", "C3823");
  stored_enterprise (fixture, "Bosch 博世", "乐清市", "C3443");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.load-sample", NULL));
  sample = qz_window_get_selected (fixture->window);
  g_assert_nonnull (sample);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL));

  /* The sample's level, from its complete assessment, is known. */
  {
    g_autoptr(QzAssessmentStore) assessments = qz_assessment_store_new (fixture->database);
    g_autoptr(GPtrArray) list = qz_assessment_store_list (assessments, qz_enterprise_get_uuid (sample), NULL);
    g_autoptr(QzAssessment) assessment = NULL;
    g_autoptr(QzResult) result = NULL;

    g_assert_cmpuint (list->len, ==, 1);
    assessment = qz_assessment_store_load (assessments, qz_assessment_get_uuid (g_ptr_array_index (list, 0)), NULL);
    result = qz_assessment_score (assessment);
    g_assert_nonnull (result->level);
    level = g_strdup (qz_text_get (&result->level->name));
    g_assert_cmpstr (qz_enterprise_get_latest_level (sample), ==, level);
  }

  names = listed_names (fixture);
  g_assert_cmpstr (names, ==, "温州瓯江阀门有限公司（示例）|Bosch 博世|乐清电气|永嘉泵阀");

  open_sort_and_filter (fixture);
  choose (fixture, "sort-dropdown", "Name");
  g_clear_pointer (&names, g_free);
  names = listed_names (fixture);
  g_assert_cmpstr (names, ==, "Bosch 博世|乐清电气|温州瓯江阀门有限公司（示例）|永嘉泵阀");
  g_assert_true (qz_window_get_selected (fixture->window) == sample);

  choose (fixture, "sort-dropdown", "Level");
  g_clear_pointer (&names, g_free);
  names = listed_names (fixture);
  g_assert_cmpstr (names, ==, "温州瓯江阀门有限公司（示例）|Bosch 博世|乐清电气|永嘉泵阀");

  g_assert_false (filter_dot_shown (fixture));
  choose (fixture, "county-dropdown", "乐清市");
  g_assert_true (filter_dot_shown (fixture));
  g_clear_pointer (&names, g_free);
  names = listed_names (fixture);
  g_assert_cmpstr (names, ==, "Bosch 博世|乐清电气");
  /* The enterprise shown stays shown, though the list hides it. */
  g_assert_true (qz_window_get_selected (fixture->window) == sample);

  choose (fixture, "industry-dropdown", "C34");
  g_clear_pointer (&names, g_free);
  names = listed_names (fixture);
  g_assert_cmpstr (names, ==, "Bosch 博世");

  choose (fixture, "county-dropdown", "All Counties");
  g_clear_pointer (&names, g_free);
  names = listed_names (fixture);
  g_assert_cmpstr (names, ==, "温州瓯江阀门有限公司（示例）|Bosch 博世|永嘉泵阀");

  choose (fixture, "industry-dropdown", "All Industries");
  choose (fixture, "level-dropdown", level);
  g_clear_pointer (&names, g_free);
  names = listed_names (fixture);
  g_assert_cmpstr (names, ==, "温州瓯江阀门有限公司（示例）");

  choose (fixture, "level-dropdown", "Not Assessed");
  g_clear_pointer (&names, g_free);
  names = listed_names (fixture);
  g_assert_cmpstr (names, ==, "Bosch 博世|乐清电气|永嘉泵阀");

  /* A search within the filters (乐清 is the name of one, the county of
   * the other). */
  gtk_editable_set_text (search_entry (fixture), "yq");
  wait_shown (list_model (fixture), 2);
  g_clear_pointer (&names, g_free);
  names = listed_names (fixture);
  g_assert_cmpstr (names, ==, "Bosch 博世|乐清电气");
  choose (fixture, "level-dropdown", level);
  wait_shown (list_model (fixture), 0);

  /* Show All keeps the search and the order. */
  gtk_widget_activate (qz_test_find_by_label (GTK_WIDGET (fixture->window), GTK_TYPE_BUTTON, "Show All"));
  wait_shown (list_model (fixture), 2);
  g_assert_true (qz_window_get_selected (fixture->window) == sample);
  g_assert_false (filter_dot_shown (fixture));

  /* A new enterprise clears the search and the filters, to be listed. */
  choose (fixture, "county-dropdown", "永嘉县");
  g_assert_true (filter_dot_shown (fixture));
  new_enterprise (fixture);
  g_assert_false (filter_dot_shown (fixture));
  g_assert_cmpstr (gtk_editable_get_text (search_entry (fixture)), ==, "");
  g_assert_true (gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (list_model (fixture))) ==
                 (gpointer) qz_window_get_selected (fixture->window));
}

typedef struct
{
  GtkWidget  *window;
  const char *text;
} LabelShown;

static gboolean
has_text (GtkWidget *widget,
          gpointer   text)
{
  return g_strcmp0 (gtk_widget_get_name (widget), "latest-summary") == 0 &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static gboolean
label_shown (gpointer data)
{
  LabelShown *shown = data;

  return qz_test_find (shown->window, GTK_TYPE_LABEL, has_text, (gpointer) shown->text) != NULL;
}

/* Each row says where the latest assessment stands. */
static void
test_latest_in_list (Fixture       *fixture,
                     gconstpointer  data)
{
  LabelShown shown = { GTK_WIDGET (fixture->window), NULL };
  g_autofree char *summary = NULL;
  QzEnterprise *sample;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.load-sample", NULL));
  sample = qz_window_get_selected (fixture->window);
  summary = qz_enterprise_dup_latest_summary (sample);
  g_assert_true (g_str_has_suffix (summary, " · Complete"));
  shown.text = summary;
  qz_test_wait_until (label_shown, &shown, QZ_TEST_TIMEOUT_MS);
}

/* A save that fails while another connection holds the database is not
 * forgotten: it is retried after switching enterprises, and closing the
 * window waits for it. */
static void
test_failed_save_retried (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = qz_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "qizhen.db", NULL);
  g_autoptr(QzDatabase) database = qz_database_open (path, &error);
  g_autoptr(QzEnterpriseStore) store = qz_enterprise_store_new (database, &error);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  Fixture fixture = { database, store, settings, NULL };
  QzEnterprise *first, *second;
  sqlite3 *blocker = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *stored = NULL;

  g_assert_no_error (error);
  fixture.window = qz_window_new (NULL, settings, store);
  gtk_window_present (GTK_WINDOW (fixture.window));
  first = new_enterprise (&fixture);
  second = new_enterprise (&fixture);
  uuid = g_strdup (qz_enterprise_get_uuid (second));
  g_assert_true (qz_window_get_selected (fixture.window) == second);

  g_assert_cmpint (sqlite3_open (path, &blocker), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (blocker, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);

  /* The edit cannot be written while the other connection holds the lock. */
  gtk_editable_set_text (entry_row (&fixture, "City"), "温州市");
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (list_model (&fixture)), 1);
  g_assert_true (qz_window_get_selected (fixture.window) == first);

  /* Closing now is held back, and the window stays. */
  gtk_window_close (GTK_WINDOW (fixture.window));
  qz_test_flush_events ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture.window)));

  /* Once the lock is gone, the next save writes the earlier edit too. */
  g_assert_cmpint (sqlite3_exec (blocker, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (blocker);
  gtk_editable_set_text (entry_row (&fixture, "Address"), "柳市镇");
  gtk_window_destroy (GTK_WINDOW (fixture.window));
  qz_test_flush_events ();

  stored = stored_text (&fixture, "city", uuid);
  g_assert_cmpstr (stored, ==, "温州市");
  g_clear_object (&store);
  g_clear_object (&database);
  qz_test_remove_tree (dir);
}

/* The sample from the empty window opens in the checklist; Ctrl+R's
 * action shows its results, computed from the answers. */
static void
test_sample_results (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *score, *level;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.load-sample", NULL));
  g_assert_nonnull (qz_window_get_selected (fixture->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.toggle-results", NULL));
  qz_test_flush_events ();

  score = qz_test_find_by_name (GTK_WIDGET (fixture->window), "score");
  level = qz_test_find_by_name (GTK_WIDGET (fixture->window), "level");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (score)), ==, "71.7 / 100");
  g_assert_true (gtk_widget_get_mapped (score));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (level)), ==, "Level 2");

  /* Back to the profile, and the results are gone from view. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL));
  qz_test_flush_events ();
  g_assert_false (gtk_widget_get_mapped (score));
}

static void
test_industry_picker (void)
{
  QzIndustryPicker *picker = qz_industry_picker_new ("C3443");
  guint all = qz_industry_picker_get_n_shown (picker);

  g_assert_cmpuint (all, >, 50);
  qz_industry_picker_set_query (picker, "c3443");
  g_assert_cmpuint (qz_industry_picker_get_n_shown (picker), ==, 1);
  qz_industry_picker_set_query (picker, "valve");
  g_assert_cmpuint (qz_industry_picker_get_n_shown (picker), >=, 1);
  qz_industry_picker_set_query (picker, "zzzz");
  g_assert_cmpuint (qz_industry_picker_get_n_shown (picker), ==, 0);
  qz_industry_picker_set_query (picker, "");
  g_assert_cmpuint (qz_industry_picker_get_n_shown (picker), ==, all);

  gtk_window_destroy (GTK_WINDOW (picker));
}

static gboolean
is_error_page (GtkWidget *widget,
               gpointer   unused)
{
  return g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (widget)),
                    "Your Enterprise Cases Cannot Be Opened") == 0;
}

static void
test_database_error (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  /* A message may name what a foreign file holds: shown as text. */
  g_autoptr(GError) error = g_error_new_literal (QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_TOO_NEW,
                                                 "the trigger “<b>x</b> & y”");
  QzWindow *window = qz_window_new (NULL, settings, NULL);
  GtkWidget *button;
  GtkWidget *page;

  qz_window_show_database_error (window, "/data/qizhen.db", error);
  gtk_window_present (GTK_WINDOW (window));

  qz_test_flush_events ();

  /* Nothing can be created while there is no usable database. */
  button = qz_test_find_by_label (GTK_WIDGET (window), GTK_TYPE_BUTTON, "New Enterprise");
  g_assert_false (gtk_widget_get_sensitive (button));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-enterprise", NULL);
  g_assert_null (qz_window_get_selected (window));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (qz_test_find_by_name (GTK_WIDGET (window), "error-path"))),
                   ==, "/data/qizhen.db");
  page = qz_test_find (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, is_error_page, NULL);
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (page)),
                            "“&lt;b&gt;x&lt;/b&gt; &amp; y”"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
error_page_shown (gpointer data)
{
  return gtk_widget_get_mapped (qz_test_find_by_name (data, "error-path"));
}

/* Damage on a page start-up does not read: the window opens, the check
 * behind it finds the damage, and the window says so and stops editing. */
static void
test_damage_found (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = qz_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "qizhen.db", NULL);
  g_autoptr(QzDatabase) database = qz_database_open (path, &error);
  g_autoptr(QzEnterpriseStore) store = NULL;
  QzWindow *window;
  GtkWidget *button;

  g_assert_no_error (error);
  g_clear_object (&database);
  qz_test_damage_unread_page (path);
  database = qz_database_open (path, &error);
  g_assert_no_error (error);
  store = qz_enterprise_store_new (database, &error);
  g_assert_no_error (error);

  window = qz_window_new (NULL, settings, store);
  gtk_window_present (GTK_WINDOW (window));
  qz_test_wait_until (error_page_shown, window, QZ_TEST_TIMEOUT_MS);

  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (qz_test_find_by_name (GTK_WIDGET (window), "error-path"))),
                   ==, path);
  g_assert_nonnull (qz_database_get_damage (database));
  button = qz_test_find_by_label (GTK_WIDGET (window), GTK_TYPE_BUTTON, "New Enterprise");
  g_assert_false (gtk_widget_get_sensitive (button));
  g_assert_null (qz_enterprise_store_create (store, "永嘉泵阀厂", &error));
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_CORRUPT);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  g_clear_object (&database);
  qz_test_remove_tree (dir);
}

/* An assessment whose stored framework no longer parses is listed with
 * the reason, shown as written ("<data>" is no markup), not hidden. */
static void
test_unreadable_assessment (void)
{
  QzTestSample sample = { 0 };
  g_autoptr(QzAssessmentStore) store = NULL;
  QzEnterprise *enterprise;
  GtkWidget *list, *window, *row;

  qz_test_sample_set_up (&sample, NULL);
  qz_test_sqlite_exec (sample.data.path, "UPDATE framework SET source = CAST('{\"id\": <data>' AS BLOB);");
  store = qz_assessment_store_new (sample.database);
  enterprise = qz_enterprise_store_find (sample.enterprises, qz_assessment_get_enterprise_uuid (sample.assessment), NULL);

  list = g_object_new (QZ_TYPE_ASSESSMENT_LIST, NULL);
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), list);
  qz_assessment_list_set_store (QZ_ASSESSMENT_LIST (list), store);
  qz_assessment_list_set_enterprise (QZ_ASSESSMENT_LIST (list), enterprise);
  gtk_window_present (GTK_WINDOW (window));
  qz_test_flush_events ();

  row = qz_test_find_by_name (list, "unreadable-assessment");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Assessment that cannot be read");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "<data>"));
  g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row)));

  gtk_window_destroy (GTK_WINDOW (window));
  qz_test_sample_tear_down (&sample, NULL);
}

/* A toast's title is markup: a message with "<data>" showed empty. */
static void
test_toast_text (void)
{
  AdwToast *toast = g_object_ref_sink (qz_toast_new ("“x.json” is not valid JSON: <data>:1:8 & more"));

  g_assert_cmpstr (adw_toast_get_title (toast), ==, "“x.json” is not valid JSON: &lt;data&gt;:1:8 &amp; more");
  qz_toast_set_text (toast, "<b>");
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "&lt;b&gt;");
  g_object_unref (toast);
  toast = g_object_ref_sink (qz_toast_new_printf ("“%s” removed", "R&D"));
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "“R&amp;D” removed");
  g_object_unref (toast);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/qz/window/create-edit-find", test_create_edit_find);
  ADD ("/qz/window/validation", test_validation);
  ADD ("/qz/window/delete-and-undo", test_delete_and_undo);
  ADD ("/qz/window/remembers-selection", test_remembers_selection);
  ADD ("/qz/window/figures-independent", test_figures_independent);
  ADD ("/qz/window/money-as-typed", test_money_as_typed);
  ADD ("/qz/window/empty-profile-quiet", test_empty_profile_quiet);
  ADD ("/qz/window/search-no-auto-open", test_search_no_auto_open);
  ADD ("/qz/window/search-no-match", test_search_no_match);
  ADD ("/qz/window/sort-and-filter", test_sort_and_filter);
  ADD ("/qz/window/latest-in-list", test_latest_in_list);
  g_test_add_func ("/qz/window/failed-save-retried", test_failed_save_retried);
  ADD ("/qz/window/sample-results", test_sample_results);
  g_test_add_func ("/qz/window/industry-picker", test_industry_picker);
  g_test_add_func ("/qz/window/database-error", test_database_error);
  g_test_add_func ("/qz/window/damage-found", test_damage_found);
  g_test_add_func ("/qz/window/unreadable-assessment", test_unreadable_assessment);
  g_test_add_func ("/qz/window/toast-text", test_toast_text);

#undef ADD

  return g_test_run ();
}
