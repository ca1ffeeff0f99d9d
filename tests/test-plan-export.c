/* test-plan-export.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include <math.h>
#include <string.h>

#include "qz-plan-export.h"
#include "qz-plan-item.h"
#include "qz-test-utils.h"

/* Three items out of phase order, with the characters CSV must quote. */
static GListStore *
plan (void)
{
  static const struct { const char *title; const char *detail; QzPlanPhase phase; double min, max; } rows[] = {
    { "上线MES", "覆盖机加工, 装配两个车间", QZ_PLAN_PHASE_MID, 50, 200 },
    { "制定\"数字化\"规划", "第一行\n第二行", QZ_PLAN_PHASE_NEAR, 1, 5 },
    { "部署防火墙", "", QZ_PLAN_PHASE_NEAR, 3, 10 },
  };
  GListStore *items = g_list_store_new (QZ_TYPE_PLAN_ITEM);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(QzPlanItem) item = qz_plan_item_new (NULL, NULL, NULL);

      g_object_set (item, "title", rows[i].title, "detail", rows[i].detail, "phase", rows[i].phase,
                    "owner", i == 0 ? "生产部" : (i == 1 ? "=HYPERLINK(\"x\")" : ""), "stale", i == 2, NULL);
      qz_plan_item_set_budget (item, rows[i].min, rows[i].max);
      g_list_store_append (items, item);
    }

  return items;
}

/* RFC 4180, as a spreadsheet program reads it. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (quoted && *p == '"' && p[1] == '"')
        g_string_append_c (field, *p++);
      else if (*p == '"')
        quoted = !quoted;
      else if (!quoted && *p == ',')
        g_ptr_array_add (row, g_string_free (g_steal_pointer (&field), FALSE)), field = g_string_new (NULL);
      else if (!quoted && *p == '\r' && p[1] == '\n')
        {
          g_ptr_array_add (row, g_string_free (g_steal_pointer (&field), FALSE));
          field = g_string_new (NULL);
          g_ptr_array_add (rows, g_steal_pointer (&row));
          row = g_ptr_array_new_with_free_func (g_free);
          p++;
        }
      else
        g_string_append_c (field, *p);
    }

  g_assert_cmpuint (field->len, ==, 0);
  g_assert_cmpuint (row->len, ==, 0);
  g_string_free (field, TRUE);
  g_ptr_array_unref (row);
  return rows;
}

static const char *
cell (GPtrArray *rows,
      guint      row,
      guint      column)
{
  return g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, row), column);
}

/* The CSV starts with a byte order mark and reads back into the same
 * rows, by phase: both near-term items, then the mid-term one. */
static void
test_csv (void)
{
  g_autofree char *dir = qz_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "计划.csv", NULL);
  g_autoptr(GListStore) items = plan ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  g_assert_true (qz_plan_export (G_LIST_MODEL (items), NULL, "一企一策", path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF"));

  rows = parse_csv (text + 3);
  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (rows, 0))->len, ==, 14);
  g_assert_cmpstr (cell (rows, 0, 1), ==, "Measure");
  g_assert_cmpstr (cell (rows, 1, 0), ==, "1");
  g_assert_cmpstr (cell (rows, 1, 1), ==, "制定\"数字化\"规划");
  g_assert_cmpstr (cell (rows, 1, 2), ==, "第一行\n第二行");
  g_assert_cmpstr (cell (rows, 1, 9), ==, "1");
  g_assert_cmpstr (cell (rows, 1, 10), ==, "5");
  /* Shown as text, not run as a formula. */
  g_assert_cmpstr (cell (rows, 1, 6), ==, "'=HYPERLINK(\"x\")");
  g_assert_cmpstr (cell (rows, 2, 1), ==, "部署防火墙");
  g_assert_cmpstr (cell (rows, 2, 13), ==, "No longer proposed by the draft");
  g_assert_cmpstr (cell (rows, 3, 1), ==, "上线MES");
  g_assert_cmpstr (cell (rows, 3, 2), ==, "覆盖机加工, 装配两个车间");
  g_assert_cmpstr (cell (rows, 3, 4), ==, "Medium term");
  g_assert_cmpstr (cell (rows, 3, 6), ==, "生产部");
  g_assert_cmpstr (cell (rows, 3, 10), ==, "200");

  qz_test_remove_tree (dir);
}

typedef struct
{
  GHashTable *cells;     /* "B2" → text: a shared string's index, a number, or a formula "=…" */
  GPtrArray  *strings;   /* shared strings */
  char       *ref;
  GString    *text;
  gboolean    in_value;
  gboolean    shared;
  guint       n_rows;
  guint       n_cols;
  guint       n_hidden_cols;
  gboolean    frozen;
} Sheet;

static void
start_element (GMarkupParseContext  *context,
               const char           *name,
               const char          **attribute_names,
               const char          **attribute_values,
               gpointer              user_data,
               GError              **error)
{
  Sheet *sheet = user_data;

  if (g_str_equal (name, "row"))
    sheet->n_rows++;
  else if (g_str_equal (name, "col"))
    {
      sheet->n_cols++;
      for (guint i = 0; attribute_names[i]; i++)
        sheet->n_hidden_cols += g_str_equal (attribute_names[i], "hidden") && g_str_equal (attribute_values[i], "1");
    }
  else if (g_str_equal (name, "pane"))
    sheet->frozen = g_strv_contains (attribute_values, "frozen") && g_strv_contains (attribute_values, "1");
  else if (g_str_equal (name, "c"))
    {
      sheet->shared = FALSE;
      for (guint i = 0; attribute_names[i]; i++)
        {
          if (g_str_equal (attribute_names[i], "r"))
            {
              g_free (sheet->ref);
              sheet->ref = g_strdup (attribute_values[i]);
            }
          if (g_str_equal (attribute_names[i], "t"))
            sheet->shared = g_str_equal (attribute_values[i], "s");
        }
    }
  else if (g_str_equal (name, "v") || g_str_equal (name, "f") || g_str_equal (name, "t"))
    {
      sheet->in_value = TRUE;
      g_string_assign (sheet->text, g_str_equal (name, "f") ? "=" : "");
    }
}

static void
end_element (GMarkupParseContext  *context,
             const char           *name,
             gpointer              user_data,
             GError              **error)
{
  Sheet *sheet = user_data;

  if (g_str_equal (name, "t"))
    g_ptr_array_add (sheet->strings, g_strdup (sheet->text->str));
  else if (g_str_equal (name, "v") && sheet->shared)
    g_hash_table_insert (sheet->cells, g_strdup (sheet->ref),
                         g_strdup (g_ptr_array_index (sheet->strings, atoi (sheet->text->str))));
  else if (g_str_equal (name, "f") || (g_str_equal (name, "v") && !g_hash_table_contains (sheet->cells, sheet->ref)))
    g_hash_table_insert (sheet->cells, g_strdup (sheet->ref), g_strdup (sheet->text->str));
  sheet->in_value = FALSE;
}

static void
text (GMarkupParseContext  *context,
      const char           *value,
      gsize                 length,
      gpointer              user_data,
      GError              **error)
{
  Sheet *sheet = user_data;

  if (sheet->in_value)
    g_string_append_len (sheet->text, value, length);
}

/* Reads a member of the .xlsx (a zip) with unzip, into @sheet. */
static void
read_member (const char *path,
             const char *member,
             Sheet      *sheet)
{
  static const GMarkupParser parser = { start_element, end_element, text, NULL, NULL };
  const char *argv[] = { "unzip", "-p", path, member, NULL };
  g_autofree char *xml = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &xml, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  context = g_markup_parse_context_new (&parser, 0, sheet, NULL);
  g_assert_true (g_markup_parse_context_parse (context, xml, -1, &error));
  g_assert_no_error (error);
}

/* The .xlsx, unzipped: a frozen header row of 14 columns with their
 * widths and a hidden one that says what the budget counts, the items by
 * phase, a subtotal formula under each phase and a total formula; the
 * item no longer proposed does not count, a remark typed in a visible
 * column changes nothing. */
static void
test_xlsx (void)
{
  g_autofree char *dir = qz_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "plan.xlsx", NULL);
  g_autoptr(GListStore) items = plan ();
  g_autoptr(GError) error = NULL;
  Sheet sheet = { 0 };

  g_assert_true (qz_plan_export (G_LIST_MODEL (items), NULL, "一企一策", path, &error));
  g_assert_no_error (error);

  sheet.cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sheet.strings = g_ptr_array_new_with_free_func (g_free);
  sheet.text = g_string_new (NULL);
  read_member (path, "xl/sharedStrings.xml", &sheet);
  read_member (path, "xl/worksheets/sheet1.xml", &sheet);

  /* Header, 2 near + subtotal, 1 mid + subtotal, total. */
  g_assert_cmpuint (sheet.n_rows, ==, 7);
  g_assert_cmpuint (sheet.n_cols, ==, 15);
  g_assert_cmpuint (sheet.n_hidden_cols, ==, 1);
  g_assert_cmpstr (g_hash_table_lookup (sheet.cells, "O1"), ==, "Counted in the budget");
  g_assert_cmpstr (g_hash_table_lookup (sheet.cells, "O2"), ==, "1");
  g_assert_cmpstr (g_hash_table_lookup (sheet.cells, "O3"), ==, "0");
  g_assert_true (sheet.frozen);
  g_assert_cmpstr (g_hash_table_lookup (sheet.cells, "B1"), ==, "Measure");
  g_assert_cmpstr (g_hash_table_lookup (sheet.cells, "J1"), ==, "Budget from (10 000 yuan)");
  g_assert_cmpstr (g_hash_table_lookup (sheet.cells, "A2"), ==, "1");
  g_assert_cmpstr (g_hash_table_lookup (sheet.cells, "B2"), ==, "制定\"数字化\"规划");
  g_assert_cmpstr (g_hash_table_lookup (sheet.cells, "C2"), ==, "第一行\n第二行");
  g_assert_cmpstr (g_hash_table_lookup (sheet.cells, "B3"), ==, "部署防火墙");
  g_assert_cmpstr (g_hash_table_lookup (sheet.cells, "K3"), ==, "10");
  g_assert_cmpstr (g_hash_table_lookup (sheet.cells, "B4"), ==, "Subtotal: Near term (up to 6 months)");
  g_assert_cmpstr (g_hash_table_lookup (sheet.cells, "J4"), ==, "=SUMIFS(J2:J3,O2:O3,1)");
  g_assert_cmpstr (g_hash_table_lookup (sheet.cells, "K4"), ==, "=SUMIFS(K2:K3,O2:O3,1)");
  g_assert_cmpstr (g_hash_table_lookup (sheet.cells, "N3"), ==, "No longer proposed by the draft");
  g_assert_cmpstr (g_hash_table_lookup (sheet.cells, "B5"), ==, "上线MES");
  g_assert_cmpstr (g_hash_table_lookup (sheet.cells, "G5"), ==, "生产部");
  g_assert_cmpstr (g_hash_table_lookup (sheet.cells, "J6"), ==, "=SUMIFS(J5:J5,O5:O5,1)");
  g_assert_cmpstr (g_hash_table_lookup (sheet.cells, "B7"), ==, "Total");
  g_assert_cmpstr (g_hash_table_lookup (sheet.cells, "J7"), ==, "=SUMIFS(J2:J6,O2:O6,1)");
  g_assert_cmpstr (g_hash_table_lookup (sheet.cells, "K7"), ==, "=SUMIFS(K2:K6,O2:O6,1)");
  g_assert_null (g_hash_table_lookup (sheet.cells, "O4"));

  g_hash_table_unref (sheet.cells);
  g_ptr_array_unref (sheet.strings);
  g_string_free (sheet.text, TRUE);
  g_free (sheet.ref);
  qz_test_remove_tree (dir);
}

/* A file name without a known extension, or a folder that is not there,
 * gives an error, and no file. */
static void
test_errors (void)
{
  g_autofree char *dir = qz_test_make_tmpdir ();
  g_autofree char *odt = g_build_filename (dir, "plan.odt", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "plan.xlsx", NULL);
  g_autofree char *missing_csv = g_build_filename (dir, "no-such-folder", "plan.csv", NULL);
  g_autoptr(GListStore) items = plan ();
  g_autoptr(GError) error = NULL;

  g_assert_false (qz_plan_export (G_LIST_MODEL (items), NULL, "", odt, &error));
  g_assert_error (error, QZ_PLAN_EXPORT_ERROR, QZ_PLAN_EXPORT_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_false (g_file_test (odt, G_FILE_TEST_EXISTS));

  g_assert_false (qz_plan_export (G_LIST_MODEL (items), NULL, "", missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, missing));
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  g_assert_false (qz_plan_export (G_LIST_MODEL (items), NULL, "", missing_csv, &error));
  g_assert_nonnull (error);
  qz_test_remove_tree (dir);
}

/* A disk that fills half-way through either format: the previous export
 * stays as it was, and no temporary file is left beside it. */
static void
test_full_disk_keeps_old (void)
{
  static const char *names[] = { "plan.xlsx", "plan.csv" };
  g_autofree char *dir = qz_test_make_tmpdir ();
  g_autoptr(GListStore) items = plan ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_set_contents (path, "the previous plan", -1, NULL));
      before = qz_test_list_dir (dir);

      qz_test_limit_file_size (64);
      g_assert_false (qz_plan_export (G_LIST_MODEL (items), NULL, "", path, &error));
      qz_test_limit_file_size (0);
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, path));

      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "the previous plan");
      after = qz_test_list_dir (dir);
      g_assert_cmpstr (after, ==, before);
    }

  qz_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/qz/plan-export/full-disk-keeps-old", test_full_disk_keeps_old);

  g_test_add_func ("/qz/plan-export/csv", test_csv);
  g_test_add_func ("/qz/plan-export/xlsx", test_xlsx);
  g_test_add_func ("/qz/plan-export/errors", test_errors);

  return g_test_run ();
}
