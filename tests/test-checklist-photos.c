/* test-checklist-photos.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include <adwaita.h>

#include "qz-checklist-page.h"
#include "qz-framework-loader.h"
#include "qz-gtk-test-utils.h"
#include "qz-indicator-row.h"
#include "qz-photo-viewer.h"
#include "qz-test-utils.h"

typedef struct
{
  QzTestData         data;
  QzDatabase        *database;
  QzEnterpriseStore *enterprises;
  QzAssessmentStore *store;
  QzAssessment      *assessment;
  GtkWindow         *window;
  QzChecklistPage   *page;
  GPtrArray         *messages;     /* what the page reported */
} Fixture;

static void
message_cb (Fixture    *fixture,
            const char *message)
{
  g_ptr_array_add (fixture->messages, g_strdup (message));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) frameworks = qz_framework_load_builtin (&error);
  QzEnterprise *enterprise;

  qz_test_data_set_up (&fixture->data, NULL);
  fixture->database = qz_database_open (fixture->data.path, &error);
  g_assert_no_error (error);
  fixture->enterprises = qz_enterprise_store_new (fixture->database, &error);
  fixture->store = qz_assessment_store_new (fixture->database);
  enterprise = qz_enterprise_store_create (fixture->enterprises, "乐清电气", &error);
  fixture->assessment = qz_assessment_store_create (fixture->store, enterprise, g_ptr_array_index (frameworks, 0),
                                                    "2026-11-20", &error);
  g_assert_no_error (error);
  fixture->messages = g_ptr_array_new_with_free_func (g_free);

  fixture->page = g_object_new (QZ_TYPE_CHECKLIST_PAGE, NULL);
  g_signal_connect_swapped (fixture->page, "save-failed", G_CALLBACK (message_cb), fixture);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 700);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  qz_checklist_page_set_assessment (fixture->page, fixture->store, fixture->assessment);
  gtk_window_present (fixture->window);
  qz_test_flush_events ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  qz_test_flush_events ();
  g_clear_pointer (&fixture->messages, g_ptr_array_unref);
  g_clear_object (&fixture->assessment);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->enterprises);
  g_clear_object (&fixture->database);
  qz_test_data_tear_down (&fixture->data, NULL);
}

static QzIndicatorRow *
first_row (Fixture *fixture)
{
  return QZ_INDICATOR_ROW (qz_test_find (GTK_WIDGET (fixture->page), QZ_TYPE_INDICATOR_ROW, NULL, NULL));
}

static guint
n_photos (Fixture    *fixture,
          const char *indicator)
{
  g_autoptr(GPtrArray) evidence = qz_evidence_store_list (qz_assessment_store_get_evidence (fixture->store),
                                                          fixture->assessment, indicator, NULL);

  return evidence->len;
}

static GFile *
write_photo (Fixture    *fixture,
             const char *name,
             int         width,
             int         height)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  g_autofree char *path = g_build_filename (fixture->data.dir, name, NULL);

  gdk_pixbuf_fill (pixbuf, 0x3366ccff);
  g_assert_true (gdk_pixbuf_save (pixbuf, path, "jpeg", NULL, NULL));
  return g_file_new_for_path (path);
}

static GFile *
write_text (Fixture *fixture)
{
  g_autofree char *path = g_build_filename (fixture->data.dir, "notes.txt", NULL);

  g_assert_true (g_file_set_contents (path, "not a photo", -1, NULL));
  return g_file_new_for_path (path);
}

static GtkDropTarget *
drop_target (GtkWidget *widget)
{
  GListModel *controllers = gtk_widget_observe_controllers (widget);
  GtkDropTarget *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && found == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        found = GTK_DROP_TARGET (controller);
    }

  g_object_unref (controllers);
  return found;
}

typedef struct
{
  Fixture    *fixture;
  const char *indicator;
  guint       n_photos;
  guint       n_messages;
} Expected;

static gboolean
attached_and_reported (gpointer data)
{
  Expected *expected = data;

  return n_photos (expected->fixture, expected->indicator) == expected->n_photos &&
         expected->fixture->messages->len == expected->n_messages;
}

/* Files dropped on a row are attached to its indicator; one that is not a
 * photo is refused with the message the file chooser's path gives. */
static void
test_drop (Fixture       *fixture,
           gconstpointer  data)
{
  QzIndicatorRow *row = first_row (fixture);
  const char *indicator = qz_indicator_row_get_indicator (row)->id;
  g_autoptr(GFile) photo = write_photo (fixture, "site.jpg", 640, 480);
  g_autoptr(GFile) text = write_text (fixture);
  g_autoptr(GSList) files = NULL;
  g_autofree char *chooser_message = NULL;
  GtkDropTarget *target = drop_target (GTK_WIDGET (row));
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;
  Expected expected = { fixture, indicator, 0, 1 };

  g_assert_nonnull (target);
  g_assert_true (gdk_content_formats_contain_gtype (gtk_drop_target_get_formats (target), GDK_TYPE_FILE_LIST));

  /* What the file chooser's path says of the text file. */
  qz_checklist_page_attach_photo (fixture->page, indicator, text);
  qz_test_wait_until (attached_and_reported, &expected, QZ_TEST_TIMEOUT_MS);
  chooser_message = g_strdup (g_ptr_array_index (fixture->messages, 0));
  g_ptr_array_set_size (fixture->messages, 0);

  files = g_slist_append (g_slist_append (NULL, photo), text);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
  g_signal_emit_by_name (target, "drop", &value, 20.0, 20.0, &accepted);
  g_value_unset (&value);
  g_assert_true (accepted);

  expected.n_photos = 1;
  qz_test_wait_until (attached_and_reported, &expected, QZ_TEST_TIMEOUT_MS);
  g_assert_cmpstr (g_ptr_array_index (fixture->messages, 0), ==, chooser_message);
  g_assert_nonnull (strstr (chooser_message, "could not be attached"));
  g_assert_nonnull (qz_test_find_by_label (GTK_WIDGET (row), GTK_TYPE_BUTTON, "Show the photo large"));
}

static QzPhotoViewer *
find_viewer (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (QZ_IS_PHOTO_VIEWER (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return QZ_PHOTO_VIEWER (window);
    }

  return NULL;
}

static gboolean
no_viewer (gpointer data)
{
  return find_viewer () == NULL;
}

static gboolean
has_escape_to_close (GtkWidget *widget)
{
  GListModel *controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) escape = gtk_shortcut_trigger_parse_string ("Escape");
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !found; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      for (guint j = 0; GTK_IS_SHORTCUT_CONTROLLER (controller) && j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          found = found || (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), escape) &&
                            GTK_IS_NAMED_ACTION (action) &&
                            g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), "window.close"));
        }
    }

  g_object_unref (controllers);
  return found;
}

/* A click on a photo shows it full size with its caption; Escape closes. */
static void
test_open_large (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  QzIndicatorRow *row = first_row (fixture);
  const char *indicator = qz_indicator_row_get_indicator (row)->id;
  g_autoptr(GFile) file = write_photo (fixture, "large.jpg", 1600, 1200);
  g_autoptr(QzPhoto) photo = qz_photo_new_from_file (file, NULL, &error);
  g_autoptr(QzEvidence) evidence = NULL;
  QzEvidenceStore *store = qz_assessment_store_get_evidence (fixture->store);
  QzPhotoViewer *viewer;
  GtkWidget *picture, *caption;
  GdkPaintable *paintable;

  g_assert_no_error (error);
  evidence = qz_evidence_store_add_photo (store, fixture->assessment, indicator, photo, &error);
  g_assert_no_error (error);
  g_assert_true (qz_evidence_store_set_caption (store, evidence->uuid, "配电房", &error));
  qz_checklist_page_refresh_photos (fixture->page);

  g_signal_emit_by_name (qz_test_find_by_label (GTK_WIDGET (row), GTK_TYPE_BUTTON, "Show the photo large"), "clicked");
  qz_test_flush_events ();
  viewer = find_viewer ();
  g_assert_nonnull (viewer);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (viewer)) == fixture->window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (viewer)), ==, "配电房");

  picture = qz_test_find_by_name (GTK_WIDGET (viewer), "photo");
  paintable = gtk_picture_get_paintable (GTK_PICTURE (picture));
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==, 1600);
  g_assert_cmpint (gdk_paintable_get_intrinsic_height (paintable), ==, 1200);
  g_assert_cmpstr (gtk_picture_get_alternative_text (GTK_PICTURE (picture)), ==, "配电房");
  caption = qz_test_find_by_name (GTK_WIDGET (viewer), "caption");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (caption)), ==, "配电房");

  g_assert_true (has_escape_to_close (GTK_WIDGET (viewer)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (viewer), "window.close", NULL));
  qz_test_wait_until (no_viewer, NULL, QZ_TEST_TIMEOUT_MS);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/qz/checklist-photos/drop", test_drop);
  ADD ("/qz/checklist-photos/open-large", test_open_large);

#undef ADD

  return g_test_run ();
}
