/* test-contact-store.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include "qz-contact-store.h"
#include "qz-database-private.h"
#include "qz-test-utils.h"

static char *
stored (QzDatabase   *database,
        const char   *column,
        QzEnterprise *enterprise)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM enterprise WHERE uuid = ?", column);
  g_autoptr(sqlite3_stmt) stmt = qz_database_prepare (database, sql, &error);
  gboolean has_row = FALSE;

  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, qz_enterprise_get_uuid (enterprise), -1, SQLITE_STATIC);
  g_assert_true (qz_database_step (database, stmt, &has_row, &error));
  g_assert_true (has_row);
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static QzEnterprise *
sample_enterprise (QzTestSample *sample)
{
  return qz_enterprise_store_find (sample->enterprises, qz_assessment_get_enterprise_uuid (sample->assessment), NULL);
}

static void
assert_first_contact (QzTestSample *sample,
                      const char   *name,
                      const char   *mobile)
{
  QzEnterprise *enterprise = sample_enterprise (sample);
  g_autofree char *stored_name = stored (sample->database, "contact_name", enterprise);
  g_autofree char *stored_mobile = stored (sample->database, "contact_phone", enterprise);

  g_assert_cmpstr (stored_name, ==, name);
  g_assert_cmpstr (stored_mobile, ==, mobile);
  g_assert_cmpstr (qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_CONTACT_NAME), ==, name);
  g_assert_cmpstr (qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_CONTACT_PHONE), ==, mobile);
}

/* Several contacts, each edit stored at once; the enterprise's own contact
 * columns follow the first. */
static void
test_contacts (QzTestSample  *sample,
               gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzContactStore) store = qz_contact_store_new (sample->database);
  QzEnterprise *enterprise = sample_enterprise (sample);
  g_autofree char *old_name = g_strdup (qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_CONTACT_NAME));
  g_autofree char *old_phone = g_strdup (qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_CONTACT_PHONE));
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(QzContact) added = NULL;
  g_autofree char *summary = NULL;
  QzContact *first;

  /* The contact the enterprise had becomes its first. */
  g_assert_cmpstr (old_name, !=, "");
  contacts = qz_contact_store_list (store, enterprise, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (contacts->len, ==, 1);
  first = g_ptr_array_index (contacts, 0);
  g_assert_cmpstr (qz_contact_get_name (first), ==, old_name);
  g_assert_cmpstr (qz_contact_get_mobile (first), ==, old_phone);

  /* Listing again adopts nothing more. */
  again = qz_contact_store_list (store, enterprise, &error);
  g_assert_cmpuint (again->len, ==, 1);
  g_clear_pointer (&again, g_ptr_array_unref);

  added = qz_contact_store_add (store, enterprise, &error);
  g_assert_no_error (error);
  qz_contact_set_name (added, "李晓红");
  qz_contact_set_title (added, "信息主管");
  qz_contact_set_mobile (added, "139 0577 0000");
  qz_contact_set_wechat (added, "lixh_wz");
  g_assert_true (qz_contact_store_save (store, enterprise, added, &error));
  g_assert_no_error (error);
  summary = qz_contact_dup_summary (added);
  g_assert_cmpstr (summary, ==, "李晓红 · 信息主管 · 139 0577 0000 · WeChat lixh_wz");

  again = qz_contact_store_list (store, enterprise, &error);
  g_assert_cmpuint (again->len, ==, 2);
  g_assert_cmpstr (qz_contact_get_uuid (g_ptr_array_index (again, 1)), ==, qz_contact_get_uuid (added));
  g_assert_cmpstr (qz_contact_get_wechat (g_ptr_array_index (again, 1)), ==, "lixh_wz");
  g_assert_cmpstr (qz_contact_get_title (g_ptr_array_index (again, 1)), ==, "信息主管");
  g_clear_pointer (&again, g_ptr_array_unref);
  assert_first_contact (sample, old_name, old_phone);

  /* Editing the first edits the enterprise's columns. */
  qz_contact_set_name (first, "王建国");
  g_assert_true (qz_contact_store_save (store, enterprise, first, &error));
  assert_first_contact (sample, "王建国", old_phone);

  /* Removed, the next one is first; restored, it is first again. */
  g_assert_true (qz_contact_store_remove (store, enterprise, first, &error));
  g_assert_no_error (error);
  assert_first_contact (sample, "李晓红", "139 0577 0000");
  again = qz_contact_store_list (store, enterprise, &error);
  g_assert_cmpuint (again->len, ==, 1);
  g_clear_pointer (&again, g_ptr_array_unref);

  g_assert_false (qz_contact_store_remove (store, enterprise, first, &error));
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (qz_contact_store_restore (store, enterprise, first, &error));
  g_assert_no_error (error);
  assert_first_contact (sample, "王建国", old_phone);

  /* All removed: the columns are empty and nothing is adopted again. */
  g_assert_true (qz_contact_store_remove (store, enterprise, first, &error));
  g_assert_true (qz_contact_store_remove (store, enterprise, added, &error));
  assert_first_contact (sample, "", "");
  again = qz_contact_store_list (store, enterprise, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, 0);
}

/* Opened for reading, as the command line's exports open it, the store
 * lists the contact of the old columns without writing the file. */
static void
test_read_only (QzTestSample  *sample,
                gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzDatabase) reader = NULL;
  g_autoptr(QzContactStore) store = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(QzEnterprise) enterprise = g_object_ref (sample_enterprise (sample));

  /* The sample's contact lives in the old columns only. */
  qz_test_sqlite_exec (sample->data.path, "DELETE FROM contact");
  g_clear_object (&sample->store);
  g_clear_object (&sample->enterprises);
  g_clear_object (&sample->database);
  before = qz_test_read_file (sample->data.path);

  reader = qz_database_open_read_only (sample->data.path, &error);
  g_assert_no_error (error);
  g_assert_true (qz_database_is_read_only (reader));
  store = qz_contact_store_new (reader);
  contacts = qz_contact_store_list (store, enterprise, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (contacts->len, ==, 1);
  g_assert_cmpstr (qz_contact_get_name (g_ptr_array_index (contacts, 0)), ==,
                   qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_CONTACT_NAME));
  g_clear_object (&store);
  g_clear_object (&reader);

  after = qz_test_read_file (sample->data.path);
  g_assert_true (g_bytes_equal (before, after));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/qz/contact-store/contacts", QzTestSample, NULL,
              qz_test_sample_set_up, test_contacts, qz_test_sample_tear_down);
  g_test_add ("/qz/contact-store/read-only", QzTestSample, NULL,
              qz_test_sample_set_up, test_read_only, qz_test_sample_tear_down);

  return g_test_run ();
}
