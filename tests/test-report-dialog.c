/* test-report-dialog.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "qz-enterprise-store.h"
#include "qz-gtk-test-utils.h"
#include "qz-plan.h"
#include "qz-report-source.h"
#include "qz-report-dialog.h"
#include "qz-test-utils.h"

/* The report dialog on the sample: sections switched off shorten the
 * report, the issuer comes from the settings as they change, and the
 * export writes the report as shown. */
static void
test_dialog (void)
{
  QzTestSample sample;
  g_autoptr(GError) error = NULL;
  g_autoptr(QzPlanStore) plans = NULL;
  g_autoptr(QzReportInput) input = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  QzReportDialog *dialog;
  guint all, fewer;

  qz_test_sample_set_up (&sample, NULL);
  plans = qz_plan_store_new (sample.database);
  input = qz_report_input_gather (sample.enterprises, sample.store, plans, sample.assessment, &error);
  g_assert_no_error (error);
  dialog = qz_report_dialog_new (parent, settings, input);

  all = qz_report_dialog_get_n_pages (dialog);
  g_assert_cmpuint (all, >=, 8);
  qz_report_dialog_set_section (dialog, QZ_REPORT_APPENDIX, FALSE);
  qz_report_dialog_set_section (dialog, QZ_REPORT_PROBLEMS, FALSE);
  fewer = qz_report_dialog_get_n_pages (dialog);
  g_assert_cmpuint (fewer, <, all);

  g_settings_set_string (settings, "report-organisation", "乐清市经信局诊断服务组");
  pdf = g_build_filename (sample.data.dir, "report.pdf", NULL);
  g_assert_true (qz_report_dialog_export (dialog, pdf, &error));
  g_assert_no_error (error);
  {
    const char *argv[] = { "pdftotext", pdf, "-", NULL };
    int status;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL, &status, &error));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  g_assert_nonnull (strstr (text, "乐清市经信局诊断服务组"));
  g_assert_null (strstr (text, "Every Answer"));
  g_assert_nonnull (strstr (text, "The Improvement Plan"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (parent);
  g_clear_pointer (&input, qz_report_input_unref);
  g_clear_object (&plans);
  qz_test_sample_tear_down (&sample, NULL);
}

static char *
pdf_text (const char *pdf)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", pdf, "-", NULL };
  char *text = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL, &status,
                               &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return text;
}

/* A file manager on the test's session bus, which notes what it shows. */
typedef struct
{
  char     *shown;
  gboolean  owned;
} FileManager;

static void
file_manager_call (GDBusConnection       *connection,
                   const char            *sender,
                   const char            *path,
                   const char            *interface,
                   const char            *method,
                   GVariant              *parameters,
                   GDBusMethodInvocation *invocation,
                   gpointer               user_data)
{
  FileManager *manager = user_data;
  g_autofree const char **uris = NULL;

  g_variant_get (parameters, "(^a&s&s)", &uris, NULL);
  g_free (manager->shown);
  manager->shown = g_strdup (uris[0]);
  g_dbus_method_invocation_return_value (invocation, NULL);
}

static void
file_manager_owned_cb (GDBusConnection *connection,
                       const char      *name,
                       gpointer         user_data)
{
  ((FileManager *) user_data)->owned = TRUE;
}

static gboolean
file_manager_ready (gpointer data)
{
  return ((FileManager *) data)->owned;
}

static gboolean
file_manager_showed (gpointer data)
{
  return ((FileManager *) data)->shown != NULL;
}

/* An internal copy is the experts': with the follow-up list, marked on its
 * pages. Exported, the report offers to open it and to show it in its
 * folder, which the file manager does. */
static void
test_internal_and_exported (void)
{
  static const char introspection[] =
    "<node><interface name='org.freedesktop.FileManager1'><method name='ShowItems'>"
    "<arg type='as' direction='in'/><arg type='s' direction='in'/></method></interface></node>";
  static const GDBusInterfaceVTable vtable = { file_manager_call, NULL, NULL, { 0 } };
  QzTestSample sample;
  g_autoptr(GError) error = NULL;
  g_autoptr(QzPlanStore) plans = NULL;
  g_autoptr(QzReportInput) input = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_autoptr(GDBusNodeInfo) node = g_dbus_node_info_new_for_xml (introspection, NULL);
  g_autoptr(GFile) file = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *uri = NULL;
  FileManager manager = { NULL, FALSE };
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  QzReportDialog *dialog;
  GtkWidget *row, *toggle, *show;
  guint object, name;

  g_assert_no_error (error);
  object = g_dbus_connection_register_object (bus, "/org/freedesktop/FileManager1", node->interfaces[0], &vtable,
                                              &manager, NULL, &error);
  g_assert_no_error (error);
  name = g_bus_own_name_on_connection (bus, "org.freedesktop.FileManager1", G_BUS_NAME_OWNER_FLAGS_NONE,
                                       file_manager_owned_cb, NULL, &manager, NULL);
  qz_test_wait_until (file_manager_ready, &manager, QZ_TEST_TIMEOUT_MS);

  qz_test_sample_set_up (&sample, NULL);
  plans = qz_plan_store_new (sample.database);
  input = qz_report_input_gather (sample.enterprises, sample.store, plans, sample.assessment, &error);
  g_assert_no_error (error);
  dialog = qz_report_dialog_new (parent, settings, input);

  row = qz_test_find_by_label (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Internal copy");
  g_assert_nonnull (row);
  toggle = qz_test_find (row, GTK_TYPE_SWITCH, NULL, NULL);
  g_assert_nonnull (toggle);
  pdf = g_build_filename (sample.data.dir, "report.pdf", NULL);
  g_assert_true (qz_report_dialog_export (dialog, pdf, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf);
  g_assert_null (strstr (text, "Internal copy"));
  g_assert_null (strstr (text, "To Follow Up"));

  gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
  g_assert_true (qz_report_dialog_export (dialog, pdf, &error));
  g_assert_no_error (error);
  g_free (text);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Internal copy: not for the enterprise"));
  g_assert_nonnull (strstr (text, "Internal copy · "));
  g_assert_nonnull (strstr (text, "To Follow Up"));

  qz_test_flush_events ();
  g_assert_nonnull (qz_test_find_by_label (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "Open"));
  show = qz_test_find_by_label (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "Show in Folder");
  g_assert_nonnull (show);
  g_assert_true (gtk_widget_activate (show));
  qz_test_wait_until (file_manager_showed, &manager, QZ_TEST_TIMEOUT_MS);
  file = g_file_new_for_path (pdf);
  uri = g_file_get_uri (file);
  g_assert_cmpstr (manager.shown, ==, uri);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (parent);
  g_bus_unown_name (name);
  g_dbus_connection_unregister_object (bus, object);
  g_free (manager.shown);
  g_clear_pointer (&input, qz_report_input_unref);
  g_clear_object (&plans);
  qz_test_sample_tear_down (&sample, NULL);
}

static gboolean
logo_kept (gpointer data)
{
  g_autofree char *path = g_settings_get_string (data, "report-logo");

  return qz_report_logo_is_kept (path);
}

/* A logo chosen by an older version, kept as the path of the user's file,
 * becomes a copy of Qizhen's own the first time a report is made, and the
 * report keeps it when the user's file is gone. */
static void
test_logo_kept (void)
{
  QzTestSample sample;
  g_autoptr(GError) error = NULL;
  g_autoptr(QzPlanStore) plans = NULL;
  g_autoptr(QzReportInput) input = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GdkPixbuf) image = gdk_pixbuf_new (GDK_COLORSPACE_RGB, TRUE, 8, 40, 20);
  g_autofree char *png = NULL;
  g_autofree char *kept = NULL;
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  QzReportDialog *dialog;

  qz_test_sample_set_up (&sample, NULL);
  png = g_build_filename (sample.data.dir, "经信局.png", NULL);
  gdk_pixbuf_fill (image, 0x3366ccff);
  g_assert_true (gdk_pixbuf_save (image, png, "png", &error, NULL));
  g_settings_set_string (settings, "report-logo", png);

  plans = qz_plan_store_new (sample.database);
  input = qz_report_input_gather (sample.enterprises, sample.store, plans, sample.assessment, &error);
  g_assert_no_error (error);
  dialog = qz_report_dialog_new (parent, settings, input);
  qz_test_wait_until (logo_kept, settings, QZ_TEST_TIMEOUT_MS);

  kept = g_settings_get_string (settings, "report-logo");
  g_assert_true (g_str_has_suffix (kept, "经信局.jpg"));
  g_assert_true (g_file_test (kept, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (g_remove (png), ==, 0);
  {
    g_autoptr(QzReportLogo) logo = qz_report_logo_load (kept, &error);

    g_assert_no_error (error);
    g_assert_cmpint (logo->width, ==, 40);
  }

  /* A logo chosen anew replaces the copy. */
  {
    g_autofree char *other = g_build_filename (sample.data.dir, "other.png", NULL);
    g_autofree char *again = NULL;

    g_assert_true (gdk_pixbuf_save (image, other, "png", &error, NULL));
    again = qz_report_logo_keep (other, &error);
    g_assert_no_error (error);
    g_assert_true (qz_report_logo_is_kept (again));
    g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));
    g_assert_null (qz_report_logo_keep (png, &error));
    g_assert_nonnull (error);
  }

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (parent);
  g_settings_reset (settings, "report-logo");
  g_clear_pointer (&input, qz_report_input_unref);
  g_clear_object (&plans);
  qz_test_sample_tear_down (&sample, NULL);
}

int
main (int   argc,
      char *argv[])
{
  GTestDBus *bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_autofree char *data_home = g_dir_make_tmp ("qizhen-data-XXXXXX", NULL);
  g_autofree char *display = g_strdup (g_getenv ("DISPLAY"));
  int status;

  /* A session bus of the test's own, before anything connects to one (it
   * unsets the display, against autolaunching a bus), and a data folder
   * where the logo may be kept. */
  g_test_dbus_up (bus);
  if (display != NULL)
    g_setenv ("DISPLAY", display, TRUE);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/qz/report-dialog/sections-settings-export", test_dialog);
  g_test_add_func ("/qz/report-dialog/internal-and-exported", test_internal_and_exported);
  g_test_add_func ("/qz/report-dialog/logo-kept", test_logo_kept);

  status = g_test_run ();
  /* Stopped, not taken down: GTK keeps its connection to the bus for as
   * long as it runs, and taking the bus down waits for it to go. */
  g_test_dbus_stop (bus);
  qz_test_remove_tree (data_home);
  return status;
}
