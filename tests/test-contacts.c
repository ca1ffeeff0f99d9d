/* test-contacts.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include <adwaita.h>

#include "qz-contacts-group.h"
#include "qz-database-private.h"
#include "qz-gtk-test-utils.h"
#include "qz-test-utils.h"
#include "qz-window.h"

typedef struct
{
  QzDatabase        *database;
  QzEnterpriseStore *store;
  GSettings         *settings;
  QzWindow          *window;
  QzEnterprise      *enterprise;
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
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-enterprise", NULL));
  fixture->enterprise = qz_window_get_selected (fixture->window);
  g_assert_nonnull (fixture->enterprise);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->database);
}

static char *
stored (Fixture    *fixture,
        const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = qz_database_prepare (fixture->database, sql, &error);
  gboolean has_row = FALSE;

  g_assert_no_error (error);
  g_assert_true (qz_database_step (fixture->database, stmt, &has_row, &error));
  return has_row ? g_strdup ((const char *) sqlite3_column_text (stmt, 0)) : NULL;
}

static GtkWidget *
group (Fixture *fixture)
{
  GtkWidget *found = qz_test_find (GTK_WIDGET (fixture->window), QZ_TYPE_CONTACTS_GROUP, NULL, NULL);

  g_assert_nonnull (found);
  return found;
}

static void
add_contact (Fixture *fixture)
{
  GtkWidget *add = adw_preferences_group_get_header_suffix (ADW_PREFERENCES_GROUP (group (fixture)));

  g_assert_true (GTK_IS_BUTTON (add));
  g_signal_emit_by_name (add, "clicked");
}

/* The entry @name of the last contact. */
static GtkEditable *
field (Fixture    *fixture,
       const char *name)
{
  GtkWidget *rows = qz_test_find (group (fixture), ADW_TYPE_EXPANDER_ROW, NULL, NULL);
  GtkWidget *last = NULL;

  g_assert_nonnull (rows);
  for (GtkWidget *row = rows; row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      if (ADW_IS_EXPANDER_ROW (row))
        last = row;
    }

  return GTK_EDITABLE (qz_test_find_by_name (last, name));
}

static gboolean
has_tooltip (GtkWidget *widget,
             gpointer   tooltip)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

static guint
n_contact_rows (Fixture *fixture)
{
  GtkWidget *first = qz_test_find (group (fixture), ADW_TYPE_EXPANDER_ROW, NULL, NULL);
  guint n = 0;

  for (GtkWidget *row = first; row != NULL; row = gtk_widget_get_next_sibling (row))
    n += ADW_IS_EXPANDER_ROW (row);
  return n;
}

/* Contacts added on the profile are stored as typed, field by field; the
 * first is the enterprise's contact; a removed one comes back with Undo. */
static void
test_add_edit_remove (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *text = NULL;
  GtkWidget *remove;
  GtkWidget *undo;

  g_assert_cmpuint (n_contact_rows (fixture), ==, 0);
  add_contact (fixture);
  g_assert_cmpuint (n_contact_rows (fixture), ==, 1);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (field (fixture, "name"))) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (field (fixture, "name"))));

  gtk_editable_set_text (field (fixture, "name"), "王建国");
  gtk_editable_set_text (field (fixture, "title"), "厂长");
  gtk_editable_set_text (field (fixture, "wechat"), "wjg1968");
  text = stored (fixture, "SELECT name || '|' || title || '|' || wechat FROM contact WHERE deleted IS NULL");
  g_assert_cmpstr (text, ==, "王建国|厂长|wjg1968");
  g_clear_pointer (&text, g_free);
  text = stored (fixture, "SELECT contact_name FROM enterprise");
  g_assert_cmpstr (text, ==, "王建国");
  g_clear_pointer (&text, g_free);

  /* A mobile that does not look like one is kept, and said so. */
  gtk_editable_set_text (field (fixture, "mobile"), "12");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (field (fixture, "mobile")), "warning"));
  text = stored (fixture, "SELECT mobile FROM contact WHERE deleted IS NULL");
  g_assert_cmpstr (text, ==, "12");
  g_clear_pointer (&text, g_free);
  gtk_editable_set_text (field (fixture, "mobile"), "138 0577 1234");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (field (fixture, "mobile")), "warning"));
  text = stored (fixture, "SELECT contact_phone FROM enterprise");
  g_assert_cmpstr (text, ==, "138 0577 1234");
  g_clear_pointer (&text, g_free);

  /* A second contact. */
  add_contact (fixture);
  g_assert_cmpuint (n_contact_rows (fixture), ==, 2);
  gtk_editable_set_text (field (fixture, "name"), "李晓红");
  text = stored (fixture, "SELECT count (*) FROM contact WHERE deleted IS NULL");
  g_assert_cmpstr (text, ==, "2");
  g_clear_pointer (&text, g_free);

  /* Removing the first makes the second the enterprise's contact. */
  remove = qz_test_find (group (fixture), GTK_TYPE_BUTTON, has_tooltip, (gpointer) "Remove Contact");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  g_assert_cmpuint (n_contact_rows (fixture), ==, 1);
  text = stored (fixture, "SELECT contact_name FROM enterprise");
  g_assert_cmpstr (text, ==, "李晓红");
  g_clear_pointer (&text, g_free);

  /* Undo in the toast brings it back, first again. */
  qz_test_flush_events ();
  undo = qz_test_find_by_label (GTK_WIDGET (fixture->window), GTK_TYPE_BUTTON, "Undo");
  g_signal_emit_by_name (undo, "clicked");
  g_assert_cmpuint (n_contact_rows (fixture), ==, 2);
  text = stored (fixture, "SELECT contact_name FROM enterprise");
  g_assert_cmpstr (text, ==, "王建国");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/qz/contacts/add-edit-remove", Fixture, NULL, fixture_set_up, test_add_edit_remove, fixture_tear_down);

  return g_test_run ();
}
