/* test-window-start.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window as it starts: nothing opened before it is drawn, then the
 * enterprise last open brought back, unless the user chose another or
 * typed a search meanwhile.
 */

#include "qz-config.h"

#include <adwaita.h>

#include "qz-gtk-test-utils.h"
#include "qz-profile-page.h"
#include "qz-test-utils.h"
#include "qz-window.h"

typedef struct
{
  QzTestData         data;
  QzDatabase        *database;
  QzEnterpriseStore *store;
  GSettings         *settings;
  QzWindow          *window;
  /* In the list's order: the last created first. */
  QzEnterprise      *gamma;
  QzEnterprise      *beta;
  QzEnterprise      *alpha;
  gboolean           painted;
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
  fixture->alpha = qz_enterprise_store_create (fixture->store, "Alpha Pumps", &error);
  fixture->beta = qz_enterprise_store_create (fixture->store, "Beta Valves", &error);
  fixture->gamma = qz_enterprise_store_create (fixture->store, "Gamma Shoes", &error);
  g_assert_no_error (error);
  fixture->settings = g_settings_new (APP_ID);
  g_settings_reset (fixture->settings, "last-enterprise");
}

/* The same three in a database file, and a store that the window loads
 * as the application's is: its enterprises are read by a worker. */
static void
fixture_set_up_cold (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzEnterpriseStore) writer = NULL;

  qz_test_data_set_up (&fixture->data, NULL);
  fixture->database = qz_database_open (fixture->data.path, &error);
  g_assert_no_error (error);
  writer = qz_enterprise_store_new (fixture->database, &error);
  g_assert_no_error (error);
  fixture->alpha = qz_enterprise_store_create (writer, "Alpha Pumps", &error);
  fixture->beta = qz_enterprise_store_create (writer, "Beta Valves", &error);
  fixture->gamma = qz_enterprise_store_create (writer, "Gamma Shoes", &error);
  g_assert_no_error (error);
  fixture->settings = g_settings_new (APP_ID);
  g_settings_set_string (fixture->settings, "last-enterprise", qz_enterprise_get_uuid (fixture->alpha));
  /* Not the objects the window will show: only their names are compared. */
  fixture->alpha = fixture->beta = fixture->gamma = NULL;
  fixture->store = qz_enterprise_store_new_unloaded (fixture->database);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_settings_reset (fixture->settings, "last-enterprise");
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->database);
  if (fixture->data.dir != NULL)
    qz_test_data_tear_down (&fixture->data, NULL);
}

static void
after_paint_cb (GdkFrameClock *clock,
                Fixture       *fixture)
{
  fixture->painted = TRUE;
}

static void
mapped_cb (GtkWidget *window,
           Fixture   *fixture)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint_cb), fixture);
}

/* A new window, presented, as at start-up; the main loop has not run. */
static void
start (Fixture      *fixture,
       QzEnterprise *last_open)
{
  if (last_open != NULL)
    g_settings_set_string (fixture->settings, "last-enterprise", qz_enterprise_get_uuid (last_open));
  fixture->window = qz_window_new (NULL, fixture->settings, fixture->store);
  g_signal_connect (fixture->window, "map", G_CALLBACK (mapped_cb), fixture);
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static QzProfilePage *
profile_page (Fixture *fixture)
{
  return QZ_PROFILE_PAGE (qz_test_find (GTK_WIDGET (fixture->window), QZ_TYPE_PROFILE_PAGE, NULL, NULL));
}

static GtkSingleSelection *
selection (Fixture *fixture)
{
  GtkWidget *list = qz_test_find_by_label (GTK_WIDGET (fixture->window), GTK_TYPE_LIST_VIEW, "Enterprises");

  return GTK_SINGLE_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
}

static gboolean
is_painted (gpointer data)
{
  Fixture *fixture = data;

  return fixture->painted;
}

/* Waits for the first frame and what the window does once idle after it. */
static void
wait_drawn (Fixture *fixture)
{
  qz_test_wait_until (is_painted, fixture, QZ_TEST_TIMEOUT_MS);
  qz_test_flush_events ();
}

static void
assert_shows (Fixture      *fixture,
              QzEnterprise *enterprise)
{
  g_assert_true (qz_profile_page_get_enterprise (profile_page (fixture)) == enterprise);
}

/* Until the window is drawn no profile is built; then the enterprise
 * last open comes back, selected in the list. */
static void
test_restores_last_open (Fixture       *fixture,
                         gconstpointer  data)
{
  start (fixture, fixture->alpha);
  g_assert_null (qz_profile_page_get_enterprise (profile_page (fixture)));

  wait_drawn (fixture);
  assert_shows (fixture, fixture->alpha);
  g_assert_true (gtk_single_selection_get_selected_item (selection (fixture)) == (gpointer) fixture->alpha);
  g_assert_true (qz_window_get_selected (fixture->window) == fixture->alpha);
}

/* Without an enterprise last open, the first in the list is opened once
 * drawn, and another opens when chosen. */
static void
test_open_after_cold_start (Fixture       *fixture,
                            gconstpointer  data)
{
  start (fixture, NULL);
  wait_drawn (fixture);
  assert_shows (fixture, fixture->gamma);

  gtk_single_selection_set_selected (selection (fixture), 1);
  assert_shows (fixture, fixture->beta);
  g_assert_true (qz_window_get_selected (fixture->window) == fixture->beta);
}

/* Chosen before the window is drawn: the choice stays. */
static void
test_chosen_before_drawn (Fixture       *fixture,
                          gconstpointer  data)
{
  start (fixture, fixture->alpha);
  gtk_single_selection_set_selected (selection (fixture), 1);
  assert_shows (fixture, fixture->beta);

  wait_drawn (fixture);
  assert_shows (fixture, fixture->beta);
  g_assert_true (qz_window_get_selected (fixture->window) == fixture->beta);
}

/* A search typed before the window is drawn narrows the list; the
 * enterprise last open is shown all the same, as when the search is
 * typed after. */
static void
test_search_before_drawn (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(QzEnterprise) only = NULL;
  GtkWidget *search;
  GListModel *shown;

  start (fixture, fixture->alpha);
  search = qz_test_find_by_label (GTK_WIDGET (fixture->window), GTK_TYPE_SEARCH_ENTRY,
                                  "Search by name, credit code, region or industry");
  gtk_editable_set_text (GTK_EDITABLE (search), "beta");
  /* As once the search's delay has passed. */
  g_signal_emit_by_name (search, "search-changed");
  shown = G_LIST_MODEL (selection (fixture));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);

  wait_drawn (fixture);
  assert_shows (fixture, fixture->alpha);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  only = g_list_model_get_item (shown, 0);
  g_assert_true (only == fixture->beta);

  /* The search cleared, the list has them all and the one shown selected. */
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);
  g_assert_true (gtk_single_selection_get_selected_item (selection (fixture)) == (gpointer) fixture->alpha);
}

static const char *
shown_name (Fixture *fixture)
{
  QzEnterprise *enterprise = qz_profile_page_get_enterprise (profile_page (fixture));

  return enterprise != NULL ? qz_enterprise_get_name (enterprise) : NULL;
}

static gboolean
is_loaded (gpointer data)
{
  Fixture *fixture = data;

  return !qz_enterprise_store_get_loading (fixture->store);
}

/* Read by a worker, the list fills once the window shows; the enterprise
 * last open is opened then, and another when chosen. */
static void
test_open_after_cold_load (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *empty_page;
  GtkStack *main_stack;

  g_assert_true (qz_enterprise_store_get_loading (fixture->store));
  fixture->window = qz_window_new (NULL, fixture->settings, fixture->store);
  g_signal_connect (fixture->window, "map", G_CALLBACK (mapped_cb), fixture);
  gtk_window_present (GTK_WINDOW (fixture->window));
  /* Loading, the window does not say that there is no enterprise yet. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 0);
  empty_page = qz_test_find_by_label (GTK_WIDGET (fixture->window), ADW_TYPE_STATUS_PAGE, "No Enterprises Yet");
  g_assert_nonnull (empty_page);
  main_stack = GTK_STACK (gtk_widget_get_ancestor (empty_page, GTK_TYPE_STACK));
  g_assert_false (gtk_widget_is_ancestor (empty_page, gtk_stack_get_visible_child (main_stack)));

  qz_test_wait_until (is_loaded, fixture, QZ_TEST_TIMEOUT_MS);
  wait_drawn (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection (fixture))), ==, 3);
  g_assert_cmpstr (shown_name (fixture), ==, "Alpha Pumps");

  gtk_single_selection_set_selected (selection (fixture), 1);
  g_assert_cmpstr (shown_name (fixture), ==, "Beta Valves");
  g_assert_cmpstr (qz_enterprise_get_name (qz_window_get_selected (fixture->window)), ==, "Beta Valves");
}

/* A search typed while the list loads narrows it as it fills. */
static void
test_search_before_loaded (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(QzEnterprise) only = NULL;
  GtkWidget *search;
  GListModel *shown;

  start (fixture, NULL);
  search = qz_test_find_by_label (GTK_WIDGET (fixture->window), GTK_TYPE_SEARCH_ENTRY,
                                  "Search by name, credit code, region or industry");
  gtk_editable_set_text (GTK_EDITABLE (search), "beta");
  g_signal_emit_by_name (search, "search-changed");
  shown = G_LIST_MODEL (selection (fixture));
  g_assert_true (qz_enterprise_store_get_loading (fixture->store));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);

  qz_test_wait_until (is_loaded, fixture, QZ_TEST_TIMEOUT_MS);
  wait_drawn (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  only = g_list_model_get_item (shown, 0);
  g_assert_cmpstr (qz_enterprise_get_name (only), ==, "Beta Valves");
  /* The one last open is shown all the same, as when typed after. */
  g_assert_cmpstr (shown_name (fixture), ==, "Alpha Pumps");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/qz/window-start/restores-last-open", test_restores_last_open);
  ADD ("/qz/window-start/open-after-cold-start", test_open_after_cold_start);
  ADD ("/qz/window-start/chosen-before-drawn", test_chosen_before_drawn);
  ADD ("/qz/window-start/search-before-drawn", test_search_before_drawn);
  g_test_add ("/qz/window-start/open-after-cold-load", Fixture, NULL,
              fixture_set_up_cold, test_open_after_cold_load, fixture_tear_down);
  g_test_add ("/qz/window-start/search-before-loaded", Fixture, NULL,
              fixture_set_up_cold, test_search_before_loaded, fixture_tear_down);

  return g_test_run ();
}
