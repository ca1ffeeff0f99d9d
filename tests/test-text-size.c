/* test-text-size.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include <adwaita.h>

#include "qz-gtk-test-utils.h"
#include "qz-report-dialog.h"
#include "qz-test-utils.h"
#include "qz-window-private.h"

/* GNOME's large text (text scaling 1.25 and 1.5, which is the fonts'
 * resolution through gtk-xft-dpi): every page of the sample case still
 * fits the screen, no label that does not ellipsize is cut, and the
 * report's preview grows with the text. */

#define BASE_DPI (96 * 1024)

typedef struct
{
  QzTestSample  sample;
  GSettings    *settings;
  QzWindow     *window;
  double        scale;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *list;
  GtkSingleSelection *selection;

  fixture->scale = *(const double *) data;
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", (int) (BASE_DPI * fixture->scale), NULL);

  qz_test_sample_set_up (&fixture->sample, NULL);
  fixture->settings = g_settings_new (APP_ID);
  g_settings_set_string (fixture->settings, "last-enterprise",
                         qz_assessment_get_enterprise_uuid (fixture->sample.assessment));
  fixture->window = qz_window_new (NULL, fixture->settings, fixture->sample.enterprises);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));

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
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", BASE_DPI, NULL);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* ---- What is cut ---- */

typedef struct
{
  GString *problems;
  guint    n_problems;
  guint    n_labels;
} Check;

static void
problem (Check      *check,
         GtkWidget  *widget,
         const char *format,
         ...) G_GNUC_PRINTF (3, 4);

static void
problem (Check      *check,
         GtkWidget  *widget,
         const char *format,
         ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  check->n_problems++;
  g_string_append_printf (check->problems, "  %s%s%s: %s\n", G_OBJECT_TYPE_NAME (widget),
                          GTK_IS_LABEL (widget) ? " " : "",
                          GTK_IS_LABEL (widget) ? gtk_label_get_text (GTK_LABEL (widget)) : "", what);
}

/* A label that does not ellipsize shows its whole text. */
static void
check_label (Check     *check,
             GtkWidget *label)
{
  PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (label));
  int width, height;

  if (gtk_label_get_text (GTK_LABEL (label))[0] == '\0')
    return;
  check->n_labels++;
  pango_layout_get_pixel_size (layout, &width, &height);
  if (gtk_label_get_ellipsize (GTK_LABEL (label)) == PANGO_ELLIPSIZE_NONE &&
      (width > gtk_widget_get_width (label) + 1 || height > gtk_widget_get_height (label) + 1))
    problem (check, label, "text %d × %d in %d × %d", width, height,
             gtk_widget_get_width (label), gtk_widget_get_height (label));
}

static void
check_tree (Check     *check,
            GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget))
    check_label (check, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_tree (check, child);
}

static gboolean
set_flag_cb (gpointer flag)
{
  *(gboolean *) flag = TRUE;
  return G_SOURCE_REMOVE;
}

typedef struct
{
  GtkWidget *root;
  Check      check;
} Readable;

static gboolean
is_readable (Readable *readable)
{
  g_string_truncate (readable->check.problems, 0);
  readable->check.n_problems = 0;
  readable->check.n_labels = 0;
  check_tree (&readable->check, readable->root);
  return readable->check.n_problems == 0;
}

/* @root, at this text size, fits the screen and cuts nothing, once texts
 * changed since the last frame (levels scored when the window is idle)
 * are laid out: the wait is bounded, and what is still cut then is
 * listed. */
static void
assert_readable (Fixture    *fixture,
                 GtkWidget  *root,
                 const char *view)
{
  Readable readable = { root, { g_string_new (NULL), 0, 0 } };
  g_autofree char *problems = NULL;
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add (QZ_TEST_TIMEOUT_MS, set_flag_cb, &timed_out);
  int min_width, min_height;

  qz_test_flush_events ();
  while (!is_readable (&readable) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout);

  gtk_widget_measure (root, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  gtk_widget_measure (root, GTK_ORIENTATION_VERTICAL, -1, &min_height, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 1280);
  g_assert_cmpint (min_height, <=, 800);

  problems = g_string_free (readable.check.problems, FALSE);
  g_test_message ("%s at %g: %u labels, %u cut", view, fixture->scale, readable.check.n_labels,
                  readable.check.n_problems);
  g_assert_cmpuint (readable.check.n_labels, >, 0);
  if (readable.check.n_problems > 0)
    g_error ("%s at text scaling %g: %u labels cut:\n%s", view, fixture->scale, readable.check.n_problems, problems);
}

static void
open_assessment (Fixture *fixture)
{
  qz_window_open_assessment (fixture->window, fixture->sample.assessment);
  qz_test_wait_until (is_mapped, fixture->window->checklist_page, QZ_TEST_TIMEOUT_MS);
}

static void
show (Fixture    *fixture,
      const char *action,
      gpointer    page)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, NULL));
  qz_test_wait_until (is_mapped, page, QZ_TEST_TIMEOUT_MS);
}

static void
test_pages (Fixture       *fixture,
            gconstpointer  data)
{
  assert_readable (fixture, GTK_WIDGET (fixture->window), "profile");

  open_assessment (fixture);
  assert_readable (fixture, GTK_WIDGET (fixture->window), "checklist");

  show (fixture, "win.toggle-results", fixture->window->results_page);
  assert_readable (fixture, GTK_WIDGET (fixture->window), "results");

  show (fixture, "win.toggle-plan", fixture->window->plan_page);
  assert_readable (fixture, GTK_WIDGET (fixture->window), "plan");
}

/* The preview's pages are as much larger as the text. */
static void
test_report_preview (Fixture       *fixture,
                     gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *dialog = NULL;
  GtkWidget *page;

  open_assessment (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.report", NULL));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && dialog == NULL; i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (QZ_IS_REPORT_DIALOG (window))
        dialog = window;
    }
  g_assert_nonnull (dialog);
  qz_test_wait_until (is_mapped, dialog, QZ_TEST_TIMEOUT_MS);
  page = qz_test_find (dialog, GTK_TYPE_DRAWING_AREA, NULL, NULL);
  g_assert_nonnull (page);

  g_assert_cmpint (gtk_drawing_area_get_content_width (GTK_DRAWING_AREA (page)), ==, (int) (540 * fixture->scale + 0.5));
  assert_readable (fixture, dialog, "report");

  /* The text made larger while the dialog is open. */
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", (int) (BASE_DPI * 2), NULL);
  g_assert_cmpint (gtk_drawing_area_get_content_width (GTK_DRAWING_AREA (page)), ==, 1080);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  static const double normal = 1.0, large = 1.25, larger = 1.5;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, scale, func) g_test_add (path, Fixture, &scale, fixture_set_up, func, fixture_tear_down)
  ADD ("/qz/text-size/1/pages", normal, test_pages);
  ADD ("/qz/text-size/1.25/pages", large, test_pages);
  ADD ("/qz/text-size/1.5/pages", larger, test_pages);
  ADD ("/qz/text-size/1.25/report-preview", large, test_report_preview);
  ADD ("/qz/text-size/1.5/report-preview", larger, test_report_preview);
#undef ADD

  return g_test_run ();
}
