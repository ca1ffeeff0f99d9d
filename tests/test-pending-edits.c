/* test-pending-edits.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include <gio/gio.h>

#include "qz-pending-edits.h"

/* A stand-in for the database: writes succeed unless it is locked. */
typedef struct
{
  gboolean    locked;
  GHashTable *stored;    /* key → value written last */
} Store;

typedef struct
{
  Store *store;
  char  *key;
  char  *value;
} Edit;

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  g_free (edit->key);
  g_free (edit->value);
  g_free (edit);
}

static gboolean
edit_save (gpointer   data,
           GError   **error)
{
  Edit *edit = data;

  if (edit->store->locked)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_BUSY, "database is locked");
      return FALSE;
    }

  g_hash_table_insert (edit->store->stored, g_strdup (edit->key), g_strdup (edit->value));
  return TRUE;
}

static gboolean
save (QzPendingEdits *pending,
      Store          *store,
      const char     *key,
      const char     *value)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = g_strdup_printf ("the %s", key);
  Edit *edit = g_new0 (Edit, 1);
  gboolean ok;

  edit->store = store;
  edit->key = g_strdup (key);
  edit->value = g_strdup (value);
  ok = qz_pending_edits_save (pending, key, label, edit_save, edit, edit_free, &error);
  g_assert_true (ok == (error == NULL));
  return ok;
}

/* An edit that cannot be written waits, the latest of each thing only,
 * and is written with the next edit that can be. */
static void
test_kept_and_retried (void)
{
  g_autoptr(QzPendingEdits) pending = qz_pending_edits_new ();
  g_autoptr(GHashTable) stored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  Store store = { TRUE, stored };
  g_auto(GStrv) labels = NULL;

  g_assert_false (save (pending, &store, "city", "温"));
  g_assert_false (save (pending, &store, "city", "温州"));
  g_assert_false (save (pending, &store, "note", "看板"));
  g_assert_cmpuint (qz_pending_edits_get_n_items (pending), ==, 2);
  g_assert_true (qz_pending_edits_has (pending, "city"));
  labels = qz_pending_edits_dup_labels (pending);
  g_assert_cmpstrv (labels, ((const char *[]) { "the city", "the note", NULL }));
  g_assert_cmpuint (g_hash_table_size (stored), ==, 0);

  store.locked = FALSE;
  g_assert_true (save (pending, &store, "owner", "周主任"));
  g_assert_cmpuint (qz_pending_edits_get_n_items (pending), ==, 0);
  g_assert_cmpstr (g_hash_table_lookup (stored, "city"), ==, "温州");
  g_assert_cmpstr (g_hash_table_lookup (stored, "note"), ==, "看板");
  g_assert_cmpstr (g_hash_table_lookup (stored, "owner"), ==, "周主任");
}

/* Written later, an edit forgets the earlier one of the same thing;
 * retrying reports the first failure; discarding forgets them all. */
static void
test_retry_and_discard (void)
{
  g_autoptr(QzPendingEdits) pending = qz_pending_edits_new ();
  g_autoptr(GHashTable) stored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  Store store = { TRUE, stored };
  g_autoptr(GError) error = NULL;

  g_assert_true (qz_pending_edits_retry (pending, NULL));
  g_assert_false (save (pending, &store, "city", "温州"));
  g_assert_false (save (pending, &store, "note", "看板"));
  g_assert_false (qz_pending_edits_retry (pending, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_BUSY);
  g_assert_cmpuint (qz_pending_edits_get_n_items (pending), ==, 2);

  store.locked = FALSE;
  g_assert_true (save (pending, &store, "city", "乐清"));
  g_assert_cmpstr (g_hash_table_lookup (stored, "city"), ==, "乐清");
  g_assert_false (qz_pending_edits_has (pending, "city"));

  store.locked = TRUE;
  g_assert_false (save (pending, &store, "city", "瑞安"));
  qz_pending_edits_discard (pending);
  g_assert_cmpuint (qz_pending_edits_get_n_items (pending), ==, 0);
  store.locked = FALSE;
  g_assert_true (qz_pending_edits_retry (pending, NULL));
  g_assert_cmpstr (g_hash_table_lookup (stored, "city"), ==, "乐清");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qz/pending-edits/kept-and-retried", test_kept_and_retried);
  g_test_add_func ("/qz/pending-edits/retry-and-discard", test_retry_and_discard);

  return g_test_run ();
}
