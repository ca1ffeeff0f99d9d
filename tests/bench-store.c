/* bench-store.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fills a database with 10,000 enterprises and measures what a user feels:
 * opening the store and loading the list, filtering the list for one
 * typed character (the first search after start-up also reported on its
 * own) and for pinyin initials, saving one field edit, and the check of
 * the whole file for damage (PRAGMA quick_check) at 10,000 and at 50,000
 * enterprises. Every other enterprise has an assessment whose level the
 * list shows: loading reads those levels, it does not score them. Prints
 * figures; asserts nothing about time.
 */

#include <gtk/gtk.h>

#include "qz-enterprise-store.h"
#include "qz-bench-fill.h"
#include "qz-test-utils.h"
#include "qz-database-private.h"

#define N_ENTERPRISES 10000
#define N_CHECKED_LARGE 50000
#define N_CHECKS 5
#define N_EDITS 1000
#define N_FILTERS 50

/* The whole file read for damage, as after start-up. */
static void
measure_check (QzDatabase *database,
               guint       n_enterprises)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (qz_database_get_path (database));
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, &error);
  double checks[N_CHECKS];

  g_assert_no_error (error);
  for (guint i = 0; i < N_CHECKS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      g_assert_true (qz_database_check (database, &error));
      checks[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (checks, N_CHECKS, sizeof (double), qz_test_compare_doubles);
  g_print ("quick_check of the file, %u enterprises, %.1f MB: median %.1f ms, max %.1f ms over %d runs\n",
           n_enterprises, g_file_info_get_size (info) / 1e6, checks[N_CHECKS / 2], checks[N_CHECKS - 1], N_CHECKS);
}

static char **filter_terms;

static gboolean
match_cb (gpointer item,
          gpointer user_data)
{
  return qz_enterprise_matches (item, (const char * const *) filter_terms);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = qz_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "qizhen.db", NULL);
  g_autoptr(QzDatabase) database = NULL;
  g_autoptr(QzEnterpriseStore) store = NULL;
  g_autoptr(GtkFilterListModel) filtered = NULL;
  GtkCustomFilter *filter;
  double edits[N_EDITS], filters[N_FILTERS];
  gint64 start;
  double load_ms, first_filter_ms = 0, pinyin[N_FILTERS];
  guint pinyin_shown = 0;
  guint shown = 0;

  qz_bench_fill (path, 0, N_ENTERPRISES);

  /* Open and load, as at start-up. */
  start = g_get_monotonic_time ();
  database = qz_database_open (path, &error);
  store = qz_enterprise_store_new (database, &error);
  g_assert_no_error (error);
  load_ms = (g_get_monotonic_time () - start) / 1000.0;
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, N_ENTERPRISES);

  /* One typed character narrows the whole list, as in the sidebar; the
   * first run is also reported on its own. */
  filter_terms = qz_enterprise_search_terms ("");
  filter = gtk_custom_filter_new (match_cb, NULL, NULL);
  filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (store)), GTK_FILTER (filter));
  for (guint i = 0; i < N_FILTERS; i++)
    {
      /* Back to the whole list (not timed), then one character. */
      g_strfreev (filter_terms);
      filter_terms = qz_enterprise_search_terms ("");
      gtk_filter_changed (GTK_FILTER (filter), GTK_FILTER_CHANGE_DIFFERENT);

      g_strfreev (filter_terms);
      filter_terms = qz_enterprise_search_terms ("阀");
      start = g_get_monotonic_time ();
      gtk_filter_changed (GTK_FILTER (filter), GTK_FILTER_CHANGE_MORE_STRICT);
      shown = g_list_model_get_n_items (G_LIST_MODEL (filtered));
      filters[i] = (g_get_monotonic_time () - start) / 1000.0;
      if (i == 0)
        first_filter_ms = filters[0];
    }

  /* Pinyin initials, which the Chinese names are matched against too. */
  for (guint i = 0; i < N_FILTERS; i++)
    {
      g_strfreev (filter_terms);
      filter_terms = qz_enterprise_search_terms ("");
      gtk_filter_changed (GTK_FILTER (filter), GTK_FILTER_CHANGE_DIFFERENT);

      g_strfreev (filter_terms);
      filter_terms = qz_enterprise_search_terms ("wzdq");
      start = g_get_monotonic_time ();
      gtk_filter_changed (GTK_FILTER (filter), GTK_FILTER_CHANGE_MORE_STRICT);
      pinyin_shown = g_list_model_get_n_items (G_LIST_MODEL (filtered));
      pinyin[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  g_clear_object (&filtered);
  g_clear_pointer (&filter_terms, g_strfreev);

  /* One field edit, each in its own transaction, spread over the list. */
  for (guint i = 0; i < N_EDITS; i++)
    {
      g_autoptr(QzEnterprise) enterprise = g_list_model_get_item (G_LIST_MODEL (store), (i * 7919) % N_ENTERPRISES);
      g_autofree char *address = g_strdup_printf ("柳市镇 %u 号", i);

      qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_ADDRESS, address);
      start = g_get_monotonic_time ();
      g_assert_true (qz_enterprise_store_save (store, enterprise, &error));
      edits[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  measure_check (database, N_ENTERPRISES);
  g_clear_object (&store);
  g_clear_object (&database);
  qz_bench_fill (path, N_ENTERPRISES, N_CHECKED_LARGE - N_ENTERPRISES);
  database = qz_database_open (path, &error);
  g_assert_no_error (error);
  measure_check (database, N_CHECKED_LARGE);

  qsort (filters, N_FILTERS, sizeof (double), qz_test_compare_doubles);
  qsort (pinyin, N_FILTERS, sizeof (double), qz_test_compare_doubles);
  qsort (edits, N_EDITS, sizeof (double), qz_test_compare_doubles);

  g_print ("enterprises: %d\n", N_ENTERPRISES);
  g_print ("open and load list: %.1f ms (target <= 100)\n", load_ms);
  g_print ("filter for one character: median %.2f ms, max %.2f ms over %d runs, %u shown (target <= 5)\n",
           filters[N_FILTERS / 2], filters[N_FILTERS - 1], N_FILTERS, shown);
  g_print ("first search after start-up: %.2f ms\n", first_filter_ms);
  g_print ("filter for pinyin initials (wzdq): median %.2f ms, max %.2f ms over %d runs, %u shown (target <= 5)\n",
           pinyin[N_FILTERS / 2], pinyin[N_FILTERS - 1], N_FILTERS, pinyin_shown);
  g_print ("save one field edit: median %.3f ms, p99 %.3f ms over %d edits (target median <= 2)\n",
           edits[N_EDITS / 2], edits[N_EDITS * 99 / 100], N_EDITS);

  g_clear_object (&store);
  g_clear_object (&database);
  qz_test_remove_tree (dir);
  return 0;
}
