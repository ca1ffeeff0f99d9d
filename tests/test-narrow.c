/* test-narrow.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window on half a laptop screen and on a phone's width: it fits in
 * 360 pixels, the sidebar folds away, the page in use stays on screen and
 * the checklist's score and level show whole. */

#include "qz-config.h"

#include <adwaita.h>

#include "qz-checklist-page.h"
#include "qz-gtk-test-utils.h"
#include "qz-plan-page.h"
#include "qz-profile-page.h"
#include "qz-test-utils.h"
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
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 640);
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

static AdwLeaflet *
leaflet (Fixture *fixture)
{
  return ADW_LEAFLET (qz_test_find (GTK_WIDGET (fixture->window), ADW_TYPE_LEAFLET, NULL, NULL));
}

static GtkWidget *
page (Fixture *fixture,
      GType    type)
{
  GtkWidget *found = qz_test_find (GTK_WIDGET (fixture->window), type, NULL, NULL);

  g_assert_nonnull (found);
  return found;
}

typedef struct
{
  GtkWidget *widget;
  int        width;
} Width;

static gboolean
has_width (gpointer data)
{
  Width *wanted = data;

  return gtk_widget_get_width (wanted->widget) == wanted->width;
}

static gboolean
is_allocated (gpointer data)
{
  return gtk_widget_get_width (data) > 0;
}

/* Resizes the window as the user would, and waits for the new layout.
 * The default size counts the window's frame, its width does not. */
static void
resize (Fixture *fixture,
        int      width)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  int default_width, default_height;
  Width wanted = { window, 0 };

  qz_test_wait_until (is_allocated, window, QZ_TEST_TIMEOUT_MS);
  gtk_window_get_default_size (GTK_WINDOW (window), &default_width, &default_height);
  wanted.width = width - (default_width - gtk_widget_get_width (window));
  gtk_window_set_default_size (GTK_WINDOW (window), width, 640);
  qz_test_wait_until (has_width, &wanted, QZ_TEST_TIMEOUT_MS);
  qz_test_flush_events ();
}

static gboolean
is_folded (gpointer data)
{
  return adw_leaflet_get_folded (data);
}

/* What the leaflet shows, folded: the content (header and page) or the
 * list of enterprises. */
static gboolean
shows_content (Fixture *fixture)
{
  GtkWidget *visible = adw_leaflet_get_visible_child (leaflet (fixture));

  return gtk_widget_is_ancestor (page (fixture, QZ_TYPE_PROFILE_PAGE), visible);
}

static int
minimum_width (GtkWidget *widget)
{
  int minimum, natural;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  return minimum;
}

/* A label shows all its text: mapped, not cut short, and inside the
 * window. */
static void
assert_whole (Fixture    *fixture,
              const char *name)
{
  GtkWidget *label = qz_test_find_by_name (GTK_WIDGET (fixture->window), name);
  PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (label));
  graphene_rect_t bounds;
  int text_width;

  g_assert_true (gtk_widget_get_mapped (label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), !=, "");
  g_assert_false (pango_layout_is_ellipsized (layout));
  pango_layout_get_pixel_size (layout, &text_width, NULL);
  g_assert_cmpint (text_width, <=, gtk_widget_get_width (label));
  g_assert_true (gtk_widget_compute_bounds (label, GTK_WIDGET (fixture->window), &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (fixture->window)));
}

static void
assert_fits (Fixture *fixture)
{
  g_assert_cmpint (minimum_width (GTK_WIDGET (fixture->window)), <=, 360);
}

/* At 360 × 640 the sidebar is folded away; the sample opens in its
 * checklist, which stays on screen, with the score and level whole. The
 * window fits 360 pixels on every page. */
static void
test_phone_width (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *list;

  assert_fits (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.load-sample", NULL));
  qz_test_wait_until (is_folded, leaflet (fixture), QZ_TEST_TIMEOUT_MS);
  qz_test_flush_events ();
  g_assert_true (shows_content (fixture));
  g_assert_true (gtk_widget_get_mapped (page (fixture, QZ_TYPE_CHECKLIST_PAGE)));
  assert_fits (fixture);
  assert_whole (fixture, "checklist-score");
  assert_whole (fixture, "checklist-level");

  /* The views' buttons are at the bottom, and work from there. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.toggle-results", NULL));
  qz_test_flush_events ();
  g_assert_true (gtk_widget_get_mapped (qz_test_find_by_name (GTK_WIDGET (fixture->window), "score")));
  assert_fits (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.toggle-plan", NULL));
  qz_test_flush_events ();
  g_assert_true (gtk_widget_get_mapped (page (fixture, QZ_TYPE_PLAN_PAGE)));
  assert_fits (fixture);

  /* Back to the checklist, to the profile, to the list; opening an
   * enterprise from the list shows its page, not the list. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL));
  qz_test_flush_events ();
  g_assert_true (gtk_widget_get_mapped (page (fixture, QZ_TYPE_CHECKLIST_PAGE)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL));
  qz_test_flush_events ();
  g_assert_true (shows_content (fixture));
  g_assert_true (gtk_widget_get_mapped (page (fixture, QZ_TYPE_PROFILE_PAGE)));
  assert_fits (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.back", NULL));
  qz_test_flush_events ();
  g_assert_false (shows_content (fixture));

  list = qz_test_find_by_label (GTK_WIDGET (fixture->window), GTK_TYPE_LIST_VIEW, "Enterprises");
  g_signal_emit_by_name (list, "activate", 0);
  qz_test_flush_events ();
  g_assert_true (adw_leaflet_get_folded (leaflet (fixture)));
  g_assert_true (shows_content (fixture));
  g_assert_true (gtk_widget_get_mapped (page (fixture, QZ_TYPE_PROFILE_PAGE)));
}

static gboolean
is_unfolded (gpointer data)
{
  return !adw_leaflet_get_folded (data);
}

/* Made narrow while the checklist is in use, the window folds onto the
 * checklist, not onto the list; wide again, both show. A new checklist,
 * whose level is the longest, shows its score and level whole at every
 * width. */
static void
test_fold_keeps_page (Fixture       *fixture,
                      gconstpointer  data)
{
  QzChecklistPage *checklist;
  QzAssessment *assessment;
  g_autoptr(QzAssessmentStore) assessments = qz_assessment_store_new (fixture->database);
  g_autoptr(QzAssessment) fresh = NULL;
  g_autoptr(GError) error = NULL;
  const int widths[] = { 1100, 683, 480, 360 };

  resize (fixture, 1100);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.load-sample", NULL));
  qz_test_wait_until (is_unfolded, leaflet (fixture), QZ_TEST_TIMEOUT_MS);
  checklist = QZ_CHECKLIST_PAGE (page (fixture, QZ_TYPE_CHECKLIST_PAGE));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (checklist)));

  resize (fixture, 360);
  g_assert_true (adw_leaflet_get_folded (leaflet (fixture)));
  g_assert_true (shows_content (fixture));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (checklist)));

  /* Nothing answered: "below the first level (provisional)". */
  assessment = qz_checklist_page_get_assessment (checklist);
  fresh = qz_assessment_store_create (assessments, qz_window_get_selected (fixture->window),
                                      qz_assessment_get_framework (assessment), "2026-11-20", &error);
  g_assert_no_error (error);
  qz_checklist_page_set_assessment (checklist, assessments, fresh);
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      resize (fixture, widths[i]);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (checklist)));
      assert_whole (fixture, "checklist-score");
      assert_whole (fixture, "checklist-level");
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (qz_test_find_by_name (GTK_WIDGET (fixture->window), "checklist-level"))),
                       ==, "below the first level (provisional)");
    }
  assert_fits (fixture);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Positions are checked once the pages have slid into place. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/qz/narrow/phone-width", test_phone_width);
  ADD ("/qz/narrow/fold-keeps-page", test_fold_keeps_page);

#undef ADD

  return g_test_run ();
}
