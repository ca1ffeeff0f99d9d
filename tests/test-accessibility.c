/* test-accessibility.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include <string.h>

#include <adwaita.h>

#include "qz-checklist-page.h"
#include "qz-gtk-test-utils.h"
#include "qz-photo-viewer.h"
#include "qz-preferences-window.h"
#include "qz-report-dialog.h"
#include "qz-test-utils.h"
#include "qz-window-private.h"

/* Every control a screen reader can reach has a name: walks the widget
 * tree of each main view with the sample case, computes each focusable or
 * actionable widget's accessible name as GTK 4.8 gives it to AT-SPI
 * (gtk_at_context_get_name: the label property, then the names of what it
 * is labelled by, the value of a range, else the type's name), and lists
 * every control whose name is missing, a type's name, keeps a mnemonic
 * underscore or says the same thing twice. */

/* A value no property holds: checking against it gives the real one. */
#define NO_VALUE "\x01"

static char *
string_property (GtkAccessible         *accessible,
                 GtkAccessibleProperty  property)
{
  if (!gtk_test_accessible_has_property (accessible, property))
    return NULL;
  return gtk_test_accessible_check_property (accessible, property, NO_VALUE);
}

static gboolean
is_hidden (GtkAccessible *accessible)
{
  g_autofree char *value = NULL;

  if (!gtk_test_accessible_has_state (accessible, GTK_ACCESSIBLE_STATE_HIDDEN))
    return FALSE;
  value = gtk_test_accessible_check_state (accessible, GTK_ACCESSIBLE_STATE_HIDDEN, FALSE);
  return value != NULL;
}

/* The accessibles of a reference list as GTK prints it: "Type<0x…>…". */
static GPtrArray *
related (GtkAccessible         *accessible,
         GtkAccessibleRelation  relation)
{
  GPtrArray *refs = g_ptr_array_new ();
  g_autofree char *printed = NULL;

  if (!gtk_test_accessible_has_relation (accessible, relation))
    return refs;
  /* A list is compared with an empty one; a single reference (an error
   * message) with @accessible itself, which it never is. */
  if (relation == GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE)
    printed = gtk_test_accessible_check_relation (accessible, relation, accessible);
  else
    printed = gtk_test_accessible_check_relation (accessible, relation, NULL);
  for (const char *p = printed ? strchr (printed, '<') : NULL; p != NULL; p = strchr (p + 1, '<'))
    {
      gpointer ref = NULL;

      if (sscanf (p + 1, "%p", &ref) == 1 && GTK_IS_ACCESSIBLE (ref))
        g_ptr_array_add (refs, ref);
    }
  return refs;
}

static gboolean
is_structural (GtkAccessibleRole role)
{
  switch ((int) role)
    {
    case GTK_ACCESSIBLE_ROLE_FORM:
    case GTK_ACCESSIBLE_ROLE_GROUP:
    case GTK_ACCESSIBLE_ROLE_GENERIC:
    case GTK_ACCESSIBLE_ROLE_LANDMARK:
    case GTK_ACCESSIBLE_ROLE_LIST_ITEM:
    case GTK_ACCESSIBLE_ROLE_REGION:
    case GTK_ACCESSIBLE_ROLE_SEARCH:
    case GTK_ACCESSIBLE_ROLE_SEPARATOR:
      return TRUE;
    default:
      return FALSE;
    }
}

/* gtk_at_context_get_name_accumulate () of GTK 4.8. */
static void
accumulate_name (GtkAccessible *accessible,
                 GPtrArray     *names,
                 gboolean       recurse)
{
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (accessible);
  char *label = string_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL);

  if (label != NULL)
    g_ptr_array_add (names, label);

  if (recurse)
    {
      g_autoptr(GPtrArray) refs = related (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY);

      for (guint i = 0; i < refs->len; i++)
        accumulate_name (refs->pdata[i], names, FALSE);
    }

  if (role == GTK_ACCESSIBLE_ROLE_RANGE)
    {
      char *value = string_property (accessible, GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT);

      if (value == NULL)
        value = string_property (accessible, GTK_ACCESSIBLE_PROPERTY_VALUE_NOW);
      if (value != NULL)
        g_ptr_array_add (names, value);
    }

  if (is_hidden (accessible) || names->len != 0)
    return;

  if (!is_structural (role))
    g_ptr_array_add (names, g_strdup (G_OBJECT_TYPE_NAME (accessible)));
}

static char *
accessible_name (GtkAccessible *accessible)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  accumulate_name (accessible, names, TRUE);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* "Report… Report…", "Results Results": the name said twice. */
static gboolean
repeats_itself (const char *name)
{
  gsize length = strlen (name);

  if (length % 2 == 0 || name[length / 2] != ' ')
    return FALSE;
  return strncmp (name, name + length / 2 + 1, length / 2) == 0;
}

/* What is wrong with @name, or NULL. */
static const char *
name_problem (const char *name)
{
  const char *p = name;

  while (g_ascii_isspace (*p))
    p++;
  if (*p == '\0')
    return "no name";
  if (g_type_from_name (name) != 0)
    return "a type's name";
  if (strchr (name, '_') != NULL)
    return "a mnemonic underscore";
  if (repeats_itself (name))
    return "said twice";
  return NULL;
}

static gboolean
is_actionable_role (GtkAccessibleRole role)
{
  switch ((int) role)
    {
    case GTK_ACCESSIBLE_ROLE_BUTTON:
    case GTK_ACCESSIBLE_ROLE_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_COMBO_BOX:
    case GTK_ACCESSIBLE_ROLE_LINK:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM_RADIO:
    case GTK_ACCESSIBLE_ROLE_OPTION:
    case GTK_ACCESSIBLE_ROLE_RADIO:
    case GTK_ACCESSIBLE_ROLE_SEARCH_BOX:
    case GTK_ACCESSIBLE_ROLE_SLIDER:
    case GTK_ACCESSIBLE_ROLE_SPIN_BUTTON:
    case GTK_ACCESSIBLE_ROLE_SWITCH:
    case GTK_ACCESSIBLE_ROLE_TAB:
    case GTK_ACCESSIBLE_ROLE_TEXT_BOX:
      return TRUE;
    default:
      return FALSE;
    }
}

/* A control a screen reader's user reaches: focusable or actionable, on
 * screen, and not an implementation detail (a text entry's own text). */
static gboolean
is_control (GtkWidget *widget)
{
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));

  if (!gtk_widget_get_mapped (widget) || is_hidden (GTK_ACCESSIBLE (widget)) || role == GTK_ACCESSIBLE_ROLE_NONE ||
      role == GTK_ACCESSIBLE_ROLE_PRESENTATION || GTK_IS_TEXT (widget))
    return FALSE;
  /* A label is read as its text, a selectable one too; a list, a grid, a
   * scrolled area passes the focus on to its rows and cells. */
  if (role == GTK_ACCESSIBLE_ROLE_LABEL || role == GTK_ACCESSIBLE_ROLE_LIST || role == GTK_ACCESSIBLE_ROLE_GRID ||
      role == GTK_ACCESSIBLE_ROLE_TREE_GRID || role == GTK_ACCESSIBLE_ROLE_TREE || GTK_IS_SCROLLED_WINDOW (widget) ||
      GTK_IS_VIEWPORT (widget))
    return FALSE;
  return gtk_widget_get_focusable (widget) || is_actionable_role (role) || GTK_IS_WINDOW (widget);
}

typedef struct
{
  GString    *offenders;
  guint       n_offenders;
  guint       n_controls;
  GHashTable *names;      /* every control's name, when asked */
} Walk;

static void
walk (GtkWidget  *widget,
      const char *path,
      Walk       *walk_state)
{
  const char *id = GTK_IS_BUILDABLE (widget) ? gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)) : NULL;
  const char *name = gtk_widget_get_name (widget);
  g_autofree char *here = NULL;

  if (id != NULL && g_str_has_prefix (id, "___object_"))
    id = NULL;
  if (id == NULL && name != NULL && !g_str_equal (name, G_OBJECT_TYPE_NAME (widget)))
    id = name;
  here = g_strdup_printf ("%s/%s%s%s", path, G_OBJECT_TYPE_NAME (widget), id ? "#" : "", id ? id : "");

  /* What is hidden is hidden with all it holds. */
  if (is_hidden (GTK_ACCESSIBLE (widget)))
    return;

  if (is_control (widget))
    {
      g_autofree char *accessible = accessible_name (GTK_ACCESSIBLE (widget));
      const char *problem = name_problem (accessible);

      walk_state->n_controls++;
      if (walk_state->names != NULL)
        g_hash_table_add (walk_state->names, g_strdup (accessible));
      if (g_getenv ("QZ_TEST_A11Y_VERBOSE") != NULL)
        g_printerr ("%s = “%s”\n", here, accessible);
      if (problem != NULL)
        {
          walk_state->n_offenders++;
          g_string_append_printf (walk_state->offenders, "  %s: %s (“%s”)\n", here, problem, accessible);
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    walk (child, here, walk_state);
}

/* Walks @root and fails, listing them all, when a control is unnamed. */
static void
assert_all_named (GtkWidget  *root,
                  const char *view)
{
  Walk walk_state = { g_string_new (NULL), 0, 0, NULL };
  g_autofree char *offenders = NULL;

  qz_test_flush_events ();
  walk (root, "", &walk_state);
  offenders = g_string_free (walk_state.offenders, FALSE);
  g_test_message ("%s: %u controls, %u without a usable name", view, walk_state.n_controls,
                  walk_state.n_offenders);
  g_assert_cmpuint (walk_state.n_controls, >, 0);
  if (walk_state.n_offenders > 0)
    {
      g_printerr ("%s: %u of %u controls without a usable name:\n%s", view, walk_state.n_offenders,
                  walk_state.n_controls, offenders);
      g_test_fail ();
    }
}

/* The names of the controls under @root. */
static GHashTable *
control_names (GtkWidget *root)
{
  Walk walk_state = { g_string_new (NULL), 0, 0, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL) };

  qz_test_flush_events ();
  walk (root, "", &walk_state);
  g_string_free (walk_state.offenders, TRUE);
  return walk_state.names;
}

static void
assert_named (GHashTable *names,
              const char *name)
{
  if (!g_hash_table_contains (names, name))
    g_error ("No control is named “%s”", name);
}

/* The checker checks: what GTK itself names wrongly is found. */
static void
test_checker (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *mnemonic = gtk_button_new_with_mnemonic ("_Results");
  GtkWidget *plain = gtk_button_new_with_label ("Report…");
  GtkWidget *icon = gtk_button_new_from_icon_name ("list-add-symbolic");
  g_autofree char *name = NULL;

  gtk_window_set_title (GTK_WINDOW (window), "Checker");
  gtk_box_append (GTK_BOX (box), mnemonic);
  gtk_box_append (GTK_BOX (box), plain);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  qz_test_flush_events ();

  /* A mnemonic labels its button a second time. */
  name = accessible_name (GTK_ACCESSIBLE (mnemonic));
  g_assert_cmpstr (name, ==, "_Results Results");
  g_assert_cmpstr (name_problem (name), ==, "a mnemonic underscore");
  g_assert_true (repeats_itself ("Report… Report…"));
  g_clear_pointer (&name, g_free);
  name = accessible_name (GTK_ACCESSIBLE (plain));
  g_assert_cmpstr (name, ==, "Report…");
  g_assert_null (name_problem (name));
  g_clear_pointer (&name, g_free);
  name = accessible_name (GTK_ACCESSIBLE (icon));
  g_assert_cmpstr (name_problem (name), ==, "a type's name");
  g_clear_pointer (&name, g_free);

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "Add", -1);
  name = accessible_name (GTK_ACCESSIBLE (icon));
  g_assert_cmpstr (name, ==, "Add");
  g_assert_null (name_problem (name));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- The views, with the sample case ---- */

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
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  /* The enterprise last open, restored now rather than after the first
   * frame, so that the row the list activates is it. */
  g_assert_nonnull (qz_window_get_selected (fixture->window));

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

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, NULL));
  qz_test_flush_events ();
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* The toplevel of @type shown over the window. */
static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

static void
test_list_and_profile (Fixture       *fixture,
                       gconstpointer  data)
{
  assert_all_named (GTK_WIDGET (fixture->window), "enterprise list and profile");
}

static void
open_assessment (Fixture *fixture)
{
  qz_window_open_assessment (fixture->window, fixture->sample.assessment);
  qz_test_flush_events ();
  qz_test_wait_until (is_mapped, fixture->window->checklist_page, QZ_TEST_TIMEOUT_MS);
}

/* Rows and drop-downs read what they show, and follow it as it changes. */
static void
test_names_from_data (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GHashTable) names = NULL;
  GtkWidget *phase;

  names = control_names (GTK_WIDGET (fixture->window));
  assert_named (names, "温州瓯江阀门有限公司（示例）, 永嘉县, Level 2 · Complete");
  g_clear_pointer (&names, g_hash_table_unref);

  open_assessment (fixture);
  names = control_names (GTK_WIDGET (fixture->window));
  assert_named (names, "14. Quality management: Grade 3, flagged");
  assert_named (names, "2. Digitalised production equipment ratio: 80 %");
  assert_named (names, "Digital foundation, 7 of 7 answered");
  assert_named (names, "Results");
  assert_named (names, "Report…");
  g_clear_pointer (&names, g_hash_table_unref);

  activate (fixture, "win.toggle-plan");
  qz_test_wait_until (is_mapped, fixture->window->plan_page, QZ_TEST_TIMEOUT_MS);
  names = control_names (GTK_WIDGET (fixture->window));
  assert_named (names, "Install smart meters for automatic reading, Near term, Proposed");
  assert_named (names, "Measure: Install smart meters for automatic reading");
  assert_named (names, "Phase: Near term");
  assert_named (names, "Status: Proposed");
  g_clear_pointer (&names, g_hash_table_unref);

  /* Another phase chosen: the drop-down's button and the row say so. */
  phase = qz_test_find_by_label (GTK_WIDGET (fixture->window->plan_page), GTK_TYPE_DROP_DOWN, "Phase");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (phase), 2);
  names = control_names (GTK_WIDGET (fixture->window));
  assert_named (names, "Phase: Long term");
  g_clear_pointer (&names, g_hash_table_unref);
}

/* ---- Keyboard paths ---- */

static GtkWidget *
focus_widget (Fixture *fixture)
{
  return gtk_window_get_focus (GTK_WINDOW (fixture->window));
}

static gboolean
focus_in (Fixture   *fixture,
          GtkWidget *widget)
{
  GtkWidget *focus = focus_widget (fixture);

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* The profile opened has the focus at its name, shown, with nothing
 * selected: a key typed does not replace the name. */
static void
assert_profile_focused (Fixture *fixture)
{
  GtkWidget *name = qz_test_find_by_label (GTK_WIDGET (fixture->window), ADW_TYPE_ENTRY_ROW, "Name");
  int start = 0, end = 0;

  g_assert_true (focus_in (fixture, name));
  g_assert_false (gtk_editable_get_selection_bounds (GTK_EDITABLE (name), &start, &end));
  g_assert_true (gtk_window_get_focus_visible (GTK_WINDOW (fixture->window)));
}

static void
test_open_profile (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *list = qz_test_find_by_label (GTK_WIDGET (fixture->window), GTK_TYPE_LIST_VIEW, "Enterprises");
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (list)));

  /* Opened from the list: by Enter on its row, as the fixture did. */
  assert_profile_focused (fixture);

  gtk_window_set_focus_visible (GTK_WINDOW (fixture->window), FALSE);
  g_signal_emit_by_name (list, "activate", gtk_single_selection_get_selected (selection));
  qz_test_flush_events ();
  assert_profile_focused (fixture);
}

/* Back goes one level up each time: the plan to the checklist of the same
 * assessment, the checklist to the enterprise, and the focus ring shows
 * where the focus landed. */
static void
test_back_one_level (Fixture       *fixture,
                     gconstpointer  data)
{
  QzWindow *window = fixture->window;

  open_assessment (fixture);
  activate (fixture, "win.toggle-plan");
  qz_test_wait_until (is_mapped, window->plan_page, QZ_TEST_TIMEOUT_MS);

  gtk_window_set_focus_visible (GTK_WINDOW (window), FALSE);
  activate (fixture, "win.back");
  g_assert_true (gtk_stack_get_visible_child (window->content_stack) == GTK_WIDGET (window->checklist_page));
  g_assert_true (qz_checklist_page_get_assessment (window->checklist_page) != NULL);
  g_assert_false (gtk_toggle_button_get_active (window->plan_button));
  g_assert_true (focus_in (fixture, GTK_WIDGET (window->checklist_page)));
  g_assert_true (gtk_window_get_focus_visible (GTK_WINDOW (window)));

  /* The results the same way. */
  activate (fixture, "win.toggle-results");
  qz_test_wait_until (is_mapped, window->results_page, QZ_TEST_TIMEOUT_MS);
  activate (fixture, "win.back");
  g_assert_true (gtk_stack_get_visible_child (window->content_stack) == GTK_WIDGET (window->checklist_page));

  gtk_window_set_focus_visible (GTK_WINDOW (window), FALSE);
  activate (fixture, "win.back");
  g_assert_true (gtk_stack_get_visible_child (window->content_stack) == GTK_WIDGET (window->profile_page));
  assert_profile_focused (fixture);
}

/* ---- Messages linked to their fields ---- */

/* @field is invalid, and its error message, which describes it too, is an
 * alert on screen that says what is wrong. */
static void
assert_error_linked (GtkWidget *field)
{
  g_autoptr(GPtrArray) errors = related (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE);
  g_autoptr(GPtrArray) descriptions = related (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY);
  g_autofree char *invalid = gtk_test_accessible_check_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID,
                                                              GTK_ACCESSIBLE_INVALID_TRUE);
  GtkWidget *message;

  g_assert_null (invalid);
  g_assert_cmpuint (errors->len, ==, 1);
  message = errors->pdata[0];
  g_assert_true (GTK_IS_LABEL (message));
  g_assert_true (gtk_widget_get_mapped (message));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (message)), !=, "");
  g_assert_true (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (message)) == GTK_ACCESSIBLE_ROLE_ALERT);
  g_assert_true (g_ptr_array_find (descriptions, message, NULL));
}

static void
assert_valid (GtkWidget *field)
{
  g_autofree char *invalid = gtk_test_accessible_check_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID,
                                                              GTK_ACCESSIBLE_INVALID_FALSE);

  g_assert_null (invalid);
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE));
}

static void
type (GtkWidget  *field,
      const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (field), text);
  qz_test_flush_events ();
}

static void
test_profile_errors (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *name = qz_test_find_by_label (GTK_WIDGET (fixture->window), ADW_TYPE_ENTRY_ROW, "Name");
  GtkWidget *employees = qz_test_find_by_label (GTK_WIDGET (fixture->window), ADW_TYPE_ENTRY_ROW, "Employees");
  g_autofree char *kept = g_strdup (gtk_editable_get_text (GTK_EDITABLE (name)));
  g_autofree char *kept_employees = g_strdup (gtk_editable_get_text (GTK_EDITABLE (employees)));

  assert_valid (name);
  type (name, "");
  assert_error_linked (name);
  /* The text the keyboard is in says it too. */
  assert_error_linked (GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (name))));
  type (name, kept);
  assert_valid (name);

  type (employees, "many");
  assert_error_linked (employees);
  type (employees, kept_employees);
  assert_valid (employees);
}

static void
test_figure_error (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *figure;

  open_assessment (fixture);
  figure = qz_test_find_by_label (GTK_WIDGET (fixture->window), GTK_TYPE_ENTRY, "Figure (%)");
  assert_valid (figure);
  type (figure, "abc");
  assert_error_linked (figure);
  type (figure, "75");
  assert_valid (figure);
  /* The figure typed is kept before the window goes. */
  qz_checklist_page_flush (fixture->window->checklist_page);
}

static void
test_date_error (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *row = qz_test_find_by_label (GTK_WIDGET (fixture->window), ADW_TYPE_ACTION_ROW, "New Assessment…");
  GtkWidget *dialog, *date;

  gtk_widget_activate (row);
  qz_test_flush_events ();
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  qz_test_wait_until (is_mapped, dialog, QZ_TEST_TIMEOUT_MS);
  date = qz_test_find_by_label (dialog, GTK_TYPE_ENTRY, "Date of the visit");
  assert_valid (date);
  type (date, "2027-02-30");
  assert_error_linked (date);
  type (date, "2026-11-18");
  assert_valid (date);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_checklist (Fixture       *fixture,
                gconstpointer  data)
{
  open_assessment (fixture);
  assert_all_named (GTK_WIDGET (fixture->window), "checklist");
}

static void
test_results (Fixture       *fixture,
              gconstpointer  data)
{
  open_assessment (fixture);
  activate (fixture, "win.toggle-results");
  qz_test_wait_until (is_mapped, fixture->window->results_page, QZ_TEST_TIMEOUT_MS);
  assert_all_named (GTK_WIDGET (fixture->window), "results");
}

static void
test_plan (Fixture       *fixture,
           gconstpointer  data)
{
  open_assessment (fixture);
  activate (fixture, "win.toggle-plan");
  qz_test_wait_until (is_mapped, fixture->window->plan_page, QZ_TEST_TIMEOUT_MS);
  assert_all_named (GTK_WIDGET (fixture->window), "plan");
}

static void
test_report_dialog (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *dialog;

  open_assessment (fixture);
  activate (fixture, "win.report");
  dialog = find_toplevel (QZ_TYPE_REPORT_DIALOG);
  g_assert_nonnull (dialog);
  qz_test_wait_until (is_mapped, dialog, QZ_TEST_TIMEOUT_MS);
  assert_all_named (dialog, "report dialog");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_new_assessment (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *row = qz_test_find_by_label (GTK_WIDGET (fixture->window), ADW_TYPE_ACTION_ROW, "New Assessment…");
  GtkWidget *dialog;

  gtk_widget_activate (row);
  qz_test_flush_events ();
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  qz_test_wait_until (is_mapped, dialog, QZ_TEST_TIMEOUT_MS);
  assert_all_named (dialog, "New Assessment");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_trash (Fixture       *fixture,
            gconstpointer  data)
{
  activate (fixture, "win.show-trash");
  assert_all_named (GTK_WIDGET (fixture->window), "Recently Deleted");
}

static void
test_sort_and_filter (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *button = qz_test_find_by_label (GTK_WIDGET (fixture->window), GTK_TYPE_MENU_BUTTON, "Sort and Filter");
  GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  qz_test_wait_until (is_mapped, popover, QZ_TEST_TIMEOUT_MS);
  assert_all_named (GTK_WIDGET (popover), "Sort and Filter");
}

/* Each drop-down's list of choices, popped up. */
static void
test_drop_down_items (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *button = qz_test_find_by_label (GTK_WIDGET (fixture->window), GTK_TYPE_MENU_BUTTON, "Sort and Filter");
  GtkWidget *dropdown;
  GtkWidget *inner;
  GtkWidget *popover;

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  qz_test_flush_events ();
  dropdown = qz_test_find (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button))),
                           GTK_TYPE_DROP_DOWN, NULL, NULL);
  g_assert_nonnull (dropdown);
  inner = qz_test_find (dropdown, GTK_TYPE_TOGGLE_BUTTON, NULL, NULL);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (inner), TRUE);
  popover = qz_test_find (dropdown, GTK_TYPE_POPOVER, NULL, NULL);
  qz_test_wait_until (is_mapped, popover, QZ_TEST_TIMEOUT_MS);
  assert_all_named (popover, "a drop-down's choices");
}

static void
test_preferences (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *preferences = qz_preferences_window_new (GTK_WINDOW (fixture->window), fixture->settings);

  gtk_window_present (GTK_WINDOW (preferences));
  qz_test_wait_until (is_mapped, preferences, QZ_TEST_TIMEOUT_MS);
  assert_all_named (preferences, "Preferences");
  gtk_window_destroy (GTK_WINDOW (preferences));
}

static void
test_shortcuts (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/qizhen/Qizhen/gtk/help-overlay.ui");
  GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));

  gtk_window_set_transient_for (GTK_WINDOW (overlay), GTK_WINDOW (fixture->window));
  gtk_window_set_default_size (GTK_WINDOW (overlay), 1000, 700);
  gtk_window_present (GTK_WINDOW (overlay));
  qz_test_wait_until (is_mapped, overlay, QZ_TEST_TIMEOUT_MS);
  assert_all_named (overlay, "shortcuts window");
  gtk_window_destroy (GTK_WINDOW (overlay));
}

static void
test_photo_viewer (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 64, 48);
  g_autoptr(GdkTexture) texture = NULL;
  QzPhotoViewer *viewer;

  gdk_pixbuf_fill (pixbuf, 0x336699ff);
  texture = gdk_texture_new_for_pixbuf (pixbuf);
  viewer = qz_photo_viewer_new (GTK_WINDOW (fixture->window), texture, "车间现场", "1.2.3 设备联网");
  gtk_window_present (GTK_WINDOW (viewer));
  qz_test_wait_until (is_mapped, viewer, QZ_TEST_TIMEOUT_MS);
  assert_all_named (GTK_WIDGET (viewer), "photo viewer");
  gtk_window_destroy (GTK_WINDOW (viewer));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/qz/accessibility/checker", test_checker);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/qz/accessibility/list-and-profile", test_list_and_profile);
  ADD ("/qz/accessibility/names-from-data", test_names_from_data);
  ADD ("/qz/accessibility/checklist", test_checklist);
  ADD ("/qz/accessibility/open-profile", test_open_profile);
  ADD ("/qz/accessibility/back-one-level", test_back_one_level);
  ADD ("/qz/accessibility/profile-errors", test_profile_errors);
  ADD ("/qz/accessibility/figure-error", test_figure_error);
  ADD ("/qz/accessibility/date-error", test_date_error);
  ADD ("/qz/accessibility/results", test_results);
  ADD ("/qz/accessibility/plan", test_plan);
  ADD ("/qz/accessibility/report-dialog", test_report_dialog);
  ADD ("/qz/accessibility/new-assessment", test_new_assessment);
  ADD ("/qz/accessibility/recently-deleted", test_trash);
  ADD ("/qz/accessibility/sort-and-filter", test_sort_and_filter);
  ADD ("/qz/accessibility/drop-down-items", test_drop_down_items);
  ADD ("/qz/accessibility/preferences", test_preferences);
  ADD ("/qz/accessibility/shortcuts", test_shortcuts);
  ADD ("/qz/accessibility/photo-viewer", test_photo_viewer);
#undef ADD

  return g_test_run ();
}
