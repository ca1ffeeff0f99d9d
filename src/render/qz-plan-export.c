/* qz-plan-export.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-plan-export"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>
#include <xlsxwriter.h>

#include "qz-atomic-file.h"
#include "qz-plan-export.h"
#include "qz-plan-item.h"

/* The plan as a spreadsheet: .xlsx through libxlsxwriter, with a formatted
 * header, set column widths and a subtotal per phase; or CSV in UTF-8 with
 * a byte order mark, which spreadsheet programs need to read Chinese
 * right. Both list the items by phase, in the plan's order within each. */

G_DEFINE_QUARK (qz-plan-export-error-quark, qz_plan_export_error)

typedef enum
{
  COLUMN_NUMBER,
  COLUMN_TITLE,
  COLUMN_DETAIL,
  COLUMN_INDICATOR,
  COLUMN_PHASE,
  COLUMN_PRIORITY,
  COLUMN_OWNER,
  COLUMN_START,
  COLUMN_DUE,
  COLUMN_BUDGET_MIN,
  COLUMN_BUDGET_MAX,
  COLUMN_EFFECT,
  COLUMN_STATUS,
  COLUMN_NOTE,
  N_COLUMNS
} Column;

static const struct
{
  const char *title;
  double      width;   /* in characters, for the .xlsx */
} columns[N_COLUMNS] = {
  [COLUMN_NUMBER] = { N_("No."), 5 },
  [COLUMN_TITLE] = { N_("Measure"), 28 },
  [COLUMN_DETAIL] = { N_("Detail"), 48 },
  [COLUMN_INDICATOR] = { N_("Indicator"), 18 },
  [COLUMN_PHASE] = { N_("Phase"), 14 },
  [COLUMN_PRIORITY] = { N_("Priority"), 8 },
  [COLUMN_OWNER] = { N_("Owner"), 12 },
  [COLUMN_START] = { N_("Start"), 11 },
  [COLUMN_DUE] = { N_("Due"), 11 },
  [COLUMN_BUDGET_MIN] = { N_("Budget from (10 000 yuan)"), 12 },
  [COLUMN_BUDGET_MAX] = { N_("Budget to (10 000 yuan)"), 12 },
  [COLUMN_EFFECT] = { N_("Expected effect"), 40 },
  [COLUMN_STATUS] = { N_("Status"), 9 },
  [COLUMN_NOTE] = { N_("Note"), 16 },
};

/* The .xlsx only: a hidden column, 1 for an item the budget counts and 0
 * for one no longer proposed, that the subtotals and the total sum by. A
 * remark typed in any visible column then changes no sum. */
#define COLUMN_COUNTED N_COLUMNS

/* The items by phase, stable within a phase. */
static GPtrArray *
by_phase (GListModel *items)
{
  GPtrArray *sorted = g_ptr_array_new_with_free_func (g_object_unref);

  for (QzPlanPhase phase = QZ_PLAN_PHASE_NEAR; phase <= QZ_PLAN_PHASE_LONG; phase++)
    for (guint i = 0; i < g_list_model_get_n_items (items); i++)
      {
        g_autoptr(QzPlanItem) item = g_list_model_get_item (items, i);

        if (qz_plan_item_get_phase (item) == phase)
          g_ptr_array_add (sorted, g_steal_pointer (&item));
      }

  return sorted;
}

/* The text of a cell; NULL for the numbers, written as numbers. */
static char *
cell_text (QzPlanItem  *item,
           QzFramework *framework,
           guint        number,
           Column       column)
{
  const QzIndicator *indicator = framework ? qz_framework_find_indicator (framework, qz_plan_item_get_indicator_id (item)) : NULL;

  switch (column)
    {
    case COLUMN_NUMBER:
      return g_strdup_printf ("%u", number);
    case COLUMN_TITLE:
      return g_strdup (qz_plan_item_get_title (item));
    case COLUMN_DETAIL:
      return g_strdup (qz_plan_item_get_detail (item));
    case COLUMN_INDICATOR:
      return g_strdup (indicator ? qz_text_get (&indicator->title) : "");
    case COLUMN_PHASE:
      return g_strdup (qz_plan_phase_get_name (qz_plan_item_get_phase (item)));
    case COLUMN_PRIORITY:
      return g_strdup (qz_plan_priority_get_name (qz_plan_item_get_priority (item)));
    case COLUMN_OWNER:
      return g_strdup (qz_plan_item_get_owner (item));
    case COLUMN_START:
      return g_strdup (qz_plan_item_get_start_date (item));
    case COLUMN_DUE:
      return g_strdup (qz_plan_item_get_due_date (item));
    case COLUMN_EFFECT:
      return g_strdup (qz_plan_item_get_effect (item));
    case COLUMN_STATUS:
      return g_strdup (qz_plan_status_get_name (qz_plan_item_get_status (item)));
    case COLUMN_NOTE:
      return g_strdup (qz_plan_item_get_stale (item) ? _("No longer proposed by the draft") : "");
    case COLUMN_BUDGET_MIN:
    case COLUMN_BUDGET_MAX:
    case N_COLUMNS:
    default:
      return NULL;
    }
}

static double
cell_number (QzPlanItem *item,
             Column      column)
{
  if (isnan (qz_plan_item_get_budget_min (item)))
    return NAN;
  return column == COLUMN_BUDGET_MIN ? qz_plan_item_get_budget_low (item) : qz_plan_item_get_budget_high (item);
}

/* ---- CSV ---- */

/* A text a spreadsheet program would take for a formula ("=…", "+…",
 * "@…", "-" not starting a number) is shown as text instead, behind an
 * apostrophe, as spreadsheets write it themselves. */
static gboolean
reads_as_formula (const char *text)
{
  char *end = NULL;

  if (text[0] == '=' || text[0] == '+' || text[0] == '@')
    return TRUE;
  if (text[0] != '-')
    return FALSE;
  g_ascii_strtod (text, &end);
  return end == text || *end != '\0';
}

static void
append_csv_field (GString    *csv,
                  const char *text)
{
  gboolean formula = reads_as_formula (text);

  if (!formula && strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (csv, text);
      return;
    }

  g_string_append_c (csv, '"');
  if (formula)
    g_string_append_c (csv, '\'');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

static gboolean
export_csv (GPtrArray    *items,
            QzFramework  *framework,
            const char   *path,
            GError      **error)
{
  g_autoptr(GString) csv = g_string_new ("\xEF\xBB\xBF");

  for (Column column = 0; column < N_COLUMNS; column++)
    {
      if (column > 0)
        g_string_append_c (csv, ',');
      append_csv_field (csv, _(columns[column].title));
    }
  g_string_append (csv, "\r\n");

  for (guint i = 0; i < items->len; i++)
    {
      for (Column column = 0; column < N_COLUMNS; column++)
        {
          g_autofree char *text = cell_text (g_ptr_array_index (items, i), framework, i + 1, column);
          double number = text == NULL ? cell_number (g_ptr_array_index (items, i), column) : NAN;

          if (column > 0)
            g_string_append_c (csv, ',');
          if (text != NULL)
            append_csv_field (csv, text);
          else if (!isnan (number))
            {
              char buffer[G_ASCII_DTOSTR_BUF_SIZE];
              g_string_append (csv, g_ascii_formatd (buffer, sizeof buffer, "%.10g", number));
            }
        }
      g_string_append (csv, "\r\n");
    }

  return qz_atomic_file_set_contents (path, csv->str, csv->len, error);
}

/* ---- XLSX ---- */

typedef struct
{
  lxw_format *header;
  lxw_format *text;
  lxw_format *money;
  lxw_format *subtotal_label;
  lxw_format *subtotal_money;
} Formats;

static void
make_formats (lxw_workbook *workbook,
              Formats      *formats)
{
  formats->header = workbook_add_format (workbook);
  format_set_bold (formats->header);
  format_set_text_wrap (formats->header);
  format_set_align (formats->header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_bg_color (formats->header, 0xDCE6F2);
  format_set_bottom (formats->header, LXW_BORDER_THIN);

  formats->text = workbook_add_format (workbook);
  format_set_text_wrap (formats->text);
  format_set_align (formats->text, LXW_ALIGN_VERTICAL_TOP);

  formats->money = workbook_add_format (workbook);
  format_set_num_format (formats->money, "#,##0.0");
  format_set_align (formats->money, LXW_ALIGN_VERTICAL_TOP);

  formats->subtotal_label = workbook_add_format (workbook);
  format_set_bold (formats->subtotal_label);
  format_set_top (formats->subtotal_label, LXW_BORDER_THIN);

  formats->subtotal_money = workbook_add_format (workbook);
  format_set_bold (formats->subtotal_money);
  format_set_num_format (formats->subtotal_money, "#,##0.0");
  format_set_top (formats->subtotal_money, LXW_BORDER_THIN);
}

/* A sum row of the budget columns over the items of rows @first … @last
 * (0-based) that the hidden column counts, as formulas with their values,
 * so that it reads right before any recalculation. Sum rows in the range
 * have no count and add nothing. */
static void
write_sum_row (lxw_worksheet *sheet,
               Formats       *formats,
               lxw_row_t      row,
               const char    *label,
               lxw_row_t      first,
               lxw_row_t      last,
               QzPlanBudget  *budget)
{
  worksheet_write_string (sheet, row, COLUMN_TITLE, label, formats->subtotal_label);
  for (int i = 0; i < 2; i++)
    {
      lxw_col_t column = i == 0 ? COLUMN_BUDGET_MIN : COLUMN_BUDGET_MAX;
      char formula[96];
      char from[16], to[16], counted_from[16], counted_to[16];

      lxw_rowcol_to_cell (from, first, column);
      lxw_rowcol_to_cell (to, last, column);
      lxw_rowcol_to_cell (counted_from, first, COLUMN_COUNTED);
      lxw_rowcol_to_cell (counted_to, last, COLUMN_COUNTED);
      g_snprintf (formula, sizeof formula, "=SUMIFS(%s:%s,%s:%s,1)", from, to, counted_from, counted_to);
      worksheet_write_formula_num (sheet, row, column, formula, formats->subtotal_money,
                                   i == 0 ? budget->low : budget->high);
    }
}

/* Writes the items of the phase that starts at @items[*i], and its
 * subtotal; moves *i and *row past them. */
static void
write_phase (lxw_worksheet *sheet,
             Formats       *formats,
             GPtrArray     *items,
             QzFramework   *framework,
             guint         *i,
             lxw_row_t     *row,
             QzPlanBudget  *total)
{
  QzPlanPhase phase = qz_plan_item_get_phase (g_ptr_array_index (items, *i));
  lxw_row_t first = *row;
  QzPlanBudget budget = { 0 };
  g_autofree char *label = NULL;

  for (; *i < items->len && qz_plan_item_get_phase (g_ptr_array_index (items, *i)) == phase; (*i)++, (*row)++)
    {
      QzPlanItem *item = g_ptr_array_index (items, *i);

      for (Column column = 0; column < N_COLUMNS; column++)
        {
          g_autofree char *text = cell_text (item, framework, *i + 1, column);
          double number = text == NULL ? cell_number (item, column) : NAN;

          if (column == COLUMN_NUMBER)
            worksheet_write_number (sheet, *row, column, *i + 1, formats->text);
          else if (text != NULL)
            worksheet_write_string (sheet, *row, column, text, formats->text);
          else if (!isnan (number))
            worksheet_write_number (sheet, *row, column, number, formats->money);
        }
      worksheet_write_number (sheet, *row, COLUMN_COUNTED, !qz_plan_item_get_stale (item), NULL);
      qz_plan_budget_add (&budget, item);
      qz_plan_budget_add (total, item);
    }

  /* Translators: the subtotal row of a phase, e.g. "Subtotal: Near term (up to 6 months)" */
  label = g_strdup_printf (_("Subtotal: %s (%s)"), qz_plan_phase_get_name (phase), qz_plan_phase_get_span (phase));
  write_sum_row (sheet, formats, *row, label, first, *row - 1, &budget);
  (*row)++;
}

static gboolean
export_xlsx (GPtrArray    *items,
             QzFramework  *framework,
             const char   *title,
             const char   *path,
             GError      **error)
{
  lxw_workbook_options options = { .constant_memory = LXW_FALSE, .tmpdir = NULL };
  lxw_doc_properties properties = { .title = (char *) title, .author = (char *) "Qizhen" };
  /* Into a file beside the target, renamed over it once whole. */
  g_autoptr(QzAtomicFile) file = qz_atomic_file_new (path, error);
  lxw_workbook *workbook = NULL;
  lxw_worksheet *sheet;
  lxw_error status;
  lxw_row_col_options hidden = { .hidden = LXW_TRUE };
  Formats formats;
  QzPlanBudget total = { 0 };
  lxw_row_t row = 0;

  if (file == NULL)
    return FALSE;

  workbook = workbook_new_opt (qz_atomic_file_get_temp_path (file), &options);
  if (workbook == NULL)
    {
      g_set_error (error, QZ_PLAN_EXPORT_ERROR, QZ_PLAN_EXPORT_ERROR_FAILED,
                   _("The spreadsheet “%s” could not be started."), path);
      return FALSE;
    }

  workbook_set_properties (workbook, &properties);
  sheet = workbook_add_worksheet (workbook, _("Plan"));
  make_formats (workbook, &formats);

  for (Column column = 0; column < N_COLUMNS; column++)
    {
      worksheet_set_column (sheet, column, column, columns[column].width, NULL);
      worksheet_write_string (sheet, row, column, _(columns[column].title), formats.header);
    }
  worksheet_set_column_opt (sheet, COLUMN_COUNTED, COLUMN_COUNTED, 8, NULL, &hidden);
  worksheet_write_string (sheet, row, COLUMN_COUNTED, _("Counted in the budget"), formats.header);
  worksheet_set_row (sheet, row, 32, NULL);
  worksheet_freeze_panes (sheet, 1, 0);
  row++;

  for (guint i = 0; i < items->len;)
    write_phase (sheet, &formats, items, framework, &i, &row, &total);

  /* Over every row: the subtotals in between have no count. */
  if (items->len > 0)
    write_sum_row (sheet, &formats, row, _("Total"), 1, row - 1, &total);

  status = workbook_close (workbook);
  if (status != LXW_NO_ERROR)
    {
      g_set_error (error, QZ_PLAN_EXPORT_ERROR, QZ_PLAN_EXPORT_ERROR_FAILED,
                   _("The spreadsheet could not be written to “%s”: %s"), path, lxw_strerror (status));
      return FALSE;
    }

  return qz_atomic_file_commit (file, error);
}

/**
 * qz_plan_export:
 * @items: (element-type QzPlanItem): the plan
 * @framework: (nullable): its framework, for the indicators' names
 * @title: the document's title
 * @path: where to write: a .xlsx or a .csv file
 * @error: return location for a #QzPlanExportError or #GIOError
 *
 * Returns: %TRUE on success
 */
gboolean
qz_plan_export (GListModel   *items,
                QzFramework  *framework,
                const char   *title,
                const char   *path,
                GError      **error)
{
  g_autoptr(GPtrArray) sorted = NULL;
  g_autofree char *lower = g_ascii_strdown (path, -1);

  g_return_val_if_fail (G_IS_LIST_MODEL (items), FALSE);

  if (!g_str_has_suffix (lower, ".xlsx") && !g_str_has_suffix (lower, ".csv"))
    {
      g_set_error (error, QZ_PLAN_EXPORT_ERROR, QZ_PLAN_EXPORT_ERROR_FORMAT,
                   _("“%s” ends neither in .xlsx nor in .csv: say which format to write."), path);
      return FALSE;
    }

  sorted = by_phase (items);
  if (g_str_has_suffix (lower, ".csv"))
    return export_csv (sorted, framework, path, error);
  return export_xlsx (sorted, framework, title, path, error);
}
