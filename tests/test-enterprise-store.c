/* test-enterprise-store.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-enterprise-store.h"
#include "qz-test-utils.h"
#include "qz-database-private.h"

typedef struct
{
  QzTestData         data;
  QzDatabase        *database;
  QzEnterpriseStore *store;
  guint              changes;
  guint              last_position;
  guint              last_removed;
  guint              last_added;
} Fixture;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *fixture)
{
  fixture->changes++;
  fixture->last_position = position;
  fixture->last_removed = removed;
  fixture->last_added = added;
}

static void
open_store (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&fixture->store);
  g_clear_object (&fixture->database);

  fixture->database = qz_database_open (fixture->data.path, &error);
  g_assert_no_error (error);
  fixture->store = qz_enterprise_store_new (fixture->database, &error);
  g_assert_no_error (error);
  g_signal_connect (fixture->store, "items-changed", G_CALLBACK (items_changed_cb), fixture);
  fixture->changes = 0;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  qz_test_data_set_up (&fixture->data, NULL);
  open_store (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->database);
  qz_test_data_tear_down (&fixture->data, NULL);
}

static QzEnterprise *
create (Fixture    *fixture,
        const char *name)
{
  g_autoptr(GError) error = NULL;
  QzEnterprise *enterprise = qz_enterprise_store_create (fixture->store, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (enterprise);
  return enterprise;
}

static QzEnterprise *
nth (Fixture *fixture,
     guint    position)
{
  g_autoptr(QzEnterprise) enterprise = g_list_model_get_item (G_LIST_MODEL (fixture->store), position);

  g_assert_nonnull (enterprise);
  return enterprise; /* still owned by the store */
}

static void
test_create_read_update (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  QzEnterprise *enterprise;
  gint64 created;

  enterprise = create (fixture, "温州永嘉泵阀有限公司");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 1);
  g_assert_cmpuint (fixture->changes, ==, 1);
  g_assert_true (g_uuid_string_is_valid (qz_enterprise_get_uuid (enterprise)));
  g_assert_cmpstr (qz_enterprise_get_origin (enterprise), ==, qz_database_get_origin (fixture->database));
  created = qz_enterprise_get_created (enterprise);
  g_assert_cmpint (created, >, 0);
  g_assert_cmpint (qz_enterprise_get_updated (enterprise), ==, created);

  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_USCC, "91330382123456788K");
  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_INDUSTRY_CODE, "C3443");
  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_PROVINCE, "浙江省");
  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_CITY, "温州市");
  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_COUNTY, "永嘉县");
  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_NOTES, "第一次走访\n带\t制表符");
  qz_enterprise_set_employees (enterprise, 180);
  qz_enterprise_set_revenue (enterprise, 8500.5);
  g_assert_true (qz_enterprise_store_save (fixture->store, enterprise, &error));
  g_assert_no_error (error);
  g_assert_cmpint (qz_enterprise_get_updated (enterprise), >, created);
  g_assert_cmpint (qz_enterprise_get_size_class (enterprise), ==, QZ_SIZE_CLASS_SMALL);
  uuid = g_strdup (qz_enterprise_get_uuid (enterprise));

  /* Reopening the file gives back every field. */
  open_store (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 1);
  enterprise = qz_enterprise_store_find (fixture->store, uuid, NULL);
  g_assert_nonnull (enterprise);
  g_assert_cmpstr (qz_enterprise_get_name (enterprise), ==, "温州永嘉泵阀有限公司");
  g_assert_cmpstr (qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_USCC), ==, "91330382123456788K");
  g_assert_cmpstr (qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_INDUSTRY_CODE), ==, "C3443");
  g_assert_cmpstr (qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_NOTES), ==, "第一次走访\n带\t制表符");
  g_assert_cmpstr (qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_ADDRESS), ==, "");
  g_assert_cmpint (qz_enterprise_get_employees (enterprise), ==, 180);
  g_assert_cmpfloat (qz_enterprise_get_revenue (enterprise), ==, 8500.5);
  g_assert_cmpint (qz_enterprise_get_created (enterprise), ==, created);
  g_assert_cmpint (qz_enterprise_get_size_class (enterprise), ==, QZ_SIZE_CLASS_SMALL);
  {
    g_autofree char *region = qz_enterprise_dup_region (enterprise);
    g_assert_cmpstr (region, ==, "浙江省 温州市 永嘉县");
  }

  /* Unknown figures go back to unknown, and stay so. */
  qz_enterprise_set_employees (enterprise, -1);
  qz_enterprise_set_revenue (enterprise, -1);
  g_assert_true (qz_enterprise_store_save (fixture->store, enterprise, &error));
  open_store (fixture);
  enterprise = qz_enterprise_store_find (fixture->store, uuid, NULL);
  g_assert_cmpint (qz_enterprise_get_employees (enterprise), ==, -1);
  g_assert_cmpfloat (qz_enterprise_get_revenue (enterprise), ==, -1);
}

static void
test_order_by_change (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  QzEnterprise *a = create (fixture, "A");
  QzEnterprise *b = create (fixture, "B");
  QzEnterprise *c = create (fixture, "C");

  g_assert_true (nth (fixture, 0) == c);
  g_assert_true (nth (fixture, 1) == b);
  g_assert_true (nth (fixture, 2) == a);

  /* Saving the last one moves it to the front in one change spanning the
   * move, which lets a selection follow it. */
  fixture->changes = 0;
  g_assert_true (qz_enterprise_store_save (fixture->store, a, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->changes, ==, 1);
  g_assert_cmpuint (fixture->last_position, ==, 0);
  g_assert_cmpuint (fixture->last_removed, ==, 3);
  g_assert_cmpuint (fixture->last_added, ==, 3);
  g_assert_true (nth (fixture, 0) == a);
  g_assert_true (nth (fixture, 1) == c);

  /* Saving the first changes no order. */
  fixture->changes = 0;
  g_assert_true (qz_enterprise_store_save (fixture->store, a, &error));
  g_assert_cmpuint (fixture->changes, ==, 0);

  /* The order survives reopening. */
  open_store (fixture);
  g_assert_cmpstr (qz_enterprise_get_name (nth (fixture, 0)), ==, "A");
  g_assert_cmpstr (qz_enterprise_get_name (nth (fixture, 1)), ==, "C");
  g_assert_cmpstr (qz_enterprise_get_name (nth (fixture, 2)), ==, "B");
}

static gboolean
matches (QzEnterprise *enterprise,
         const char   *query)
{
  g_auto(GStrv) terms = qz_enterprise_search_terms (query);

  return qz_enterprise_matches (enterprise, (const char * const *) terms);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  QzEnterprise *enterprise = create (fixture, "Yueqing Switchgear 乐清开关厂");
  g_auto(GStrv) blank = qz_enterprise_search_terms (" \u3000 ");

  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_USCC, "91330382123456788K");
  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_INDUSTRY_CODE, "C3823");
  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_CITY, "温州市");
  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_COUNTY, "乐清市");
  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_NOTES, "secret note");

  g_assert_cmpuint (g_strv_length (blank), ==, 0);
  g_assert_true (matches (enterprise, ""));
  g_assert_true (matches (enterprise, "开关"));
  g_assert_true (matches (enterprise, "switchgear"));          /* name, any case */
  g_assert_true (matches (enterprise, "SWITCHGEAR"));
  g_assert_true (matches (enterprise, "9133038"));             /* credit code */
  g_assert_true (matches (enterprise, "乐清市"));               /* region */
  g_assert_true (matches (enterprise, "c3823"));               /* industry code */
  g_assert_true (matches (enterprise, "distribution"));        /* industry name */
  g_assert_true (matches (enterprise, "温州市\u3000开关"));      /* every term, any space */
  g_assert_false (matches (enterprise, "温州市 泵阀"));
  g_assert_false (matches (enterprise, "secret"));             /* notes are not searched */

  /* A change to a searched field is seen by the next search. */
  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_NAME, "永嘉阀门");
  g_assert_false (matches (enterprise, "开关厂"));
  g_assert_true (matches (enterprise, "阀门"));
}

static void
test_delete_and_restore (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzEnterprise) doomed = NULL;
  g_autofree char *uuid = NULL;
  QzEnterprise *keep;

  keep = create (fixture, "Keep");
  doomed = g_object_ref (create (fixture, "Doomed"));
  uuid = g_strdup (qz_enterprise_get_uuid (doomed));

  fixture->changes = 0;
  g_assert_true (qz_enterprise_store_delete (fixture->store, doomed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->changes, ==, 1);
  g_assert_cmpuint (fixture->last_removed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 1);
  g_assert_null (qz_enterprise_store_find (fixture->store, uuid, NULL));

  /* A deleted enterprise cannot be edited until it is restored. */
  g_assert_false (qz_enterprise_store_save (fixture->store, doomed, &error));
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_FAILED);
  g_clear_error (&error);

  /* Undo brings it back, first in the list. */
  g_assert_true (qz_enterprise_store_restore (fixture->store, doomed, &error));
  g_assert_no_error (error);
  g_assert_true (nth (fixture, 0) == doomed);
  g_assert_true (nth (fixture, 1) == keep);

  /* Deleted again, it stays deleted across reopening, yet its row is kept. */
  g_assert_true (qz_enterprise_store_delete (fixture->store, doomed, &error));
  open_store (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 1);
  g_assert_null (qz_enterprise_store_find (fixture->store, uuid, NULL));
  {
    g_autoptr(sqlite3_stmt) stmt = qz_database_prepare (fixture->database,
                                                        "SELECT name, deleted IS NOT NULL FROM enterprise WHERE uuid = ?",
                                                        &error);
    gboolean has_row;

    g_assert_no_error (error);
    sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
    g_assert_true (qz_database_step (fixture->database, stmt, &has_row, &error));
    g_assert_true (has_row);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "Doomed");
    g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, 1);
  }

  /* Restoring after reopening works from the kept row too. */
  g_assert_true (qz_enterprise_store_restore (fixture->store, doomed, &error));
  open_store (fixture);
  g_assert_nonnull (qz_enterprise_store_find (fixture->store, uuid, NULL));
}

static void
test_failed_save_keeps_row (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  QzEnterprise *enterprise = create (fixture, "Named");
  g_autofree char *uuid = g_strdup (qz_enterprise_get_uuid (enterprise));

  /* The schema refuses an empty name: the transaction is rolled back. */
  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_NAME, "");
  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_CITY, "温州市");
  g_assert_false (qz_enterprise_store_save (fixture->store, enterprise, &error));
  g_assert_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_FAILED);

  open_store (fixture);
  enterprise = qz_enterprise_store_find (fixture->store, uuid, NULL);
  g_assert_cmpstr (qz_enterprise_get_name (enterprise), ==, "Named");
  g_assert_cmpstr (qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_CITY), ==, "");
}

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_notify_on_change_only (void)
{
  g_autoptr(QzEnterprise) enterprise = qz_enterprise_new ();
  guint names = 0, regions = 0, sizes = 0;

  g_signal_connect (enterprise, "notify::name", G_CALLBACK (notify_count_cb), &names);
  g_signal_connect (enterprise, "notify::region", G_CALLBACK (notify_count_cb), &regions);
  g_signal_connect (enterprise, "notify::size-class", G_CALLBACK (notify_count_cb), &sizes);

  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_NAME, "X");
  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_NAME, "X");
  g_object_set (enterprise, "name", "Y", NULL);
  g_assert_cmpuint (names, ==, 2);

  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_COUNTY, "乐清市");
  g_assert_cmpuint (regions, ==, 1);

  qz_enterprise_set_employees (enterprise, 500);
  g_assert_cmpuint (sizes, ==, 0);              /* revenue unknown: still unknown */
  qz_enterprise_set_revenue (enterprise, 5000);
  g_assert_cmpuint (sizes, ==, 1);
  g_assert_cmpint (qz_enterprise_get_size_class (enterprise), ==, QZ_SIZE_CLASS_MEDIUM);
  qz_enterprise_set_revenue (enterprise, 6000);
  g_assert_cmpuint (sizes, ==, 1);
  qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_INDUSTRY_CODE, "F51");
  g_assert_cmpuint (sizes, ==, 2);
  g_assert_cmpint (qz_enterprise_get_size_class (enterprise), ==, QZ_SIZE_CLASS_UNKNOWN);
}

/* Rows Qizhen never writes, as a damaged or hostile file can hold them:
 * one without a UUID is left out, an invalid UTF-8 name is made valid,
 * a name of 10 MB is cut to 4 KiB; the others load as they are. */
static void
test_untrusted_rows (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  QzEnterprise *good = qz_enterprise_store_create (fixture->store, "Good Ltd", &error);
  g_autofree char *good_uuid = g_strdup (qz_enterprise_get_uuid (good));
  guint n_valid = 0, n_capped = 0;

  g_assert_no_error (error);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->database);

  qz_test_sqlite_exec_unchecked (fixture->data.path, "enterprise",
                                 "INSERT INTO enterprise (uuid, name, created, updated, origin)"
                                 " VALUES (NULL, 'No identity', 1, 1, 'x');");
  qz_test_sqlite_exec (fixture->data.path,
                       "INSERT INTO enterprise (uuid, name, notes, created, updated, origin)"
                       " VALUES ('00000000-0000-4000-8000-000000000001', CAST(X'E6B0B8FF41' AS TEXT),"
                       "         CAST(X'C0' AS TEXT), 2, 2, 'x');"
                       "INSERT INTO enterprise (uuid, name, created, updated, origin)"
                       " VALUES ('00000000-0000-4000-8000-000000000002', printf('%.*c', 10000000, 'x'), 3, 3, 'x');");

  open_store (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 3);
  g_assert_nonnull (qz_enterprise_store_find (fixture->store, good_uuid, NULL));
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(QzEnterprise) enterprise = g_list_model_get_item (G_LIST_MODEL (fixture->store), i);
      const char *name = qz_enterprise_get_name (enterprise);

      g_assert_nonnull (qz_enterprise_get_uuid (enterprise));
      g_assert_true (g_utf8_validate (name, -1, NULL));
      g_assert_true (g_utf8_validate (qz_enterprise_get_text (enterprise, QZ_ENTERPRISE_NOTES), -1, NULL));
      n_valid += g_str_has_prefix (name, "永");
      n_capped += strlen (name) == 4096;
    }
  g_assert_cmpuint (n_valid, ==, 1);
  g_assert_cmpuint (n_capped, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/qz/enterprise-store/create-read-update", test_create_read_update);
  ADD ("/qz/enterprise-store/order-by-change", test_order_by_change);
  ADD ("/qz/enterprise-store/search", test_search);
  ADD ("/qz/enterprise-store/delete-and-restore", test_delete_and_restore);
  ADD ("/qz/enterprise-store/failed-save-keeps-row", test_failed_save_keeps_row);
  ADD ("/qz/enterprise-store/untrusted-rows", test_untrusted_rows);
  g_test_add_func ("/qz/enterprise/notify-on-change-only", test_notify_on_change_only);

#undef ADD

  return g_test_run ();
}
