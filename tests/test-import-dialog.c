/* test-import-dialog.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening an exchange file in the window: a preview that writes nothing,
 * then the import on the expert's word; a hostile file refused in words.
 */

#include "qz-config.h"

#include <adwaita.h>
#include <string.h>

#include "qz-exchange.h"
#include "qz-import-dialog.h"
#include "qz-sample.h"
#include "qz-test-utils.h"
#include "qz-window.h"

typedef struct
{
  QzTestData         data;
  QzDatabase        *database;
  QzEnterpriseStore *store;
  GSettings         *settings;
  QzWindow          *window;
  char              *dir;
  char              *file;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  QzTestData source;

  fixture->dir = qz_test_make_tmpdir ();
  fixture->file = g_build_filename (fixture->dir, "李工.qizhen", NULL);
  qz_test_data_set_up (&source, NULL);
  {
    g_autoptr(QzDatabase) from = qz_database_open (source.path, &error);
    g_autoptr(QzEnterpriseStore) enterprises = qz_enterprise_store_new (from, &error);
    g_autoptr(QzAssessmentStore) store = qz_assessment_store_new (from);
    g_autofree char *uuid = qz_sample_load (enterprises, store, &error);

    g_assert_no_error (error);
    qz_database_set_author (from, "李工");
    g_assert_true (qz_exchange_export (from, NULL, fixture->file, &error));
  }
  qz_test_data_tear_down (&source, NULL);

  qz_test_data_set_up (&fixture->data, NULL);
  fixture->database = qz_database_open (fixture->data.path, &error);
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
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (toplevels);
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->database);
  qz_test_data_tear_down (&fixture->data, NULL);
  qz_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->file);
}

static AdwMessageDialog *
find_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      return l->data;
  return NULL;
}

static void
test_preview_then_import (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (fixture->file);
  AdwMessageDialog *dialog;
  const char *body;

  qz_window_import_file (fixture->window, file);
  dialog = find_dialog ();
  g_assert_true (QZ_IS_IMPORT_DIALOG (dialog));
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (body, "Exported by 李工"));
  g_assert_nonnull (strstr (body, "Enterprises: 1 new, 0 updated, 0 unchanged"));
  g_assert_nonnull (strstr (body, "Assessments: 1 new"));
  g_assert_nonnull (strstr (body, "No conflicts"));
  /* The preview wrote nothing. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 0);

  adw_message_dialog_response (dialog, "import");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 1);
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (fixture->file);

  qz_window_import_file (fixture->window, file);
  adw_message_dialog_response (find_dialog (), "cancel");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 0);
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (fixture->file);
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (fixture->file, "not a database at all", -1, NULL));
  qz_window_import_file (fixture->window, file);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_false (QZ_IS_IMPORT_DIALOG (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "is not a Qizhen exchange file"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/import-dialog/preview-then-import", Fixture, NULL, fixture_set_up, test_preview_then_import,
              fixture_tear_down);
  g_test_add ("/import-dialog/cancel", Fixture, NULL, fixture_set_up, test_cancel, fixture_tear_down);
  g_test_add ("/import-dialog/refused", Fixture, NULL, fixture_set_up, test_refused, fixture_tear_down);

  return g_test_run ();
}
