/* qz-doc.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-doc"

#include "qz-config.h"

#include <stdarg.h>

#include "qz-doc.h"

static void
block_free (QzDocBlock *block)
{
  g_free (block->number);
  g_free (block->text);
  g_free (block->widths);
  g_clear_pointer (&block->header, g_ptr_array_unref);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_clear_pointer (&block->image, g_bytes_unref);
  g_clear_pointer (&block->chart, qz_chart_data_free);
  g_free (block);
}

static QzDocBlock *
add_block (QzDoc          *doc,
           QzDocBlockKind  kind)
{
  QzDocBlock *block = g_new0 (QzDocBlock, 1);

  block->kind = kind;
  g_ptr_array_add (doc->blocks, block);
  return block;
}

QzDoc *
qz_doc_new (void)
{
  QzDoc *doc = g_new0 (QzDoc, 1);

  doc->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  return doc;
}

void
qz_doc_free (QzDoc *doc)
{
  if (doc == NULL)
    return;

  g_ptr_array_unref (doc->blocks);
  g_free (doc);
}

/* A title of the cover: level 1 large, 2 smaller; not numbered. */
void
qz_doc_add_title (QzDoc      *doc,
                  int         level,
                  const char *text)
{
  QzDocBlock *block = add_block (doc, QZ_DOC_TITLE);

  block->level = CLAMP (level, 1, 2);
  block->text = g_strdup (text);
}

/**
 * qz_doc_add_heading:
 * @doc: a #QzDoc
 * @level: 1 for a section, 2 for a subsection
 * @text: the heading, plain text
 *
 * Adds a numbered heading: "3" or "3.2".
 *
 * Returns: (transfer none): the heading
 */
QzDocBlock *
qz_doc_add_heading (QzDoc      *doc,
                    int         level,
                    const char *text)
{
  QzDocBlock *block = add_block (doc, QZ_DOC_HEADING);

  block->level = CLAMP (level, 1, 2);
  block->text = g_strdup (text);
  if (block->level == 1)
    {
      doc->numbers[0]++;
      doc->numbers[1] = 0;
      block->number = g_strdup_printf ("%d", doc->numbers[0]);
    }
  else
    {
      doc->numbers[1]++;
      block->number = g_strdup_printf ("%d.%d", doc->numbers[0], doc->numbers[1]);
    }

  return block;
}

/* A paragraph in Pango markup. */
void
qz_doc_add_paragraph (QzDoc      *doc,
                      const char *markup)
{
  add_block (doc, QZ_DOC_PARAGRAPH)->text = g_strdup (markup);
}

/* A paragraph of plain text, escaped. */
void
qz_doc_add_text (QzDoc      *doc,
                 const char *text)
{
  add_block (doc, QZ_DOC_PARAGRAPH)->text = g_markup_escape_text (text, -1);
}

/**
 * qz_doc_add_key_values:
 * @doc: a #QzDoc
 *
 * Returns: (transfer none): a two-column table of names and values; add
 *   its rows with qz_doc_block_add_row() (plain text)
 */
QzDocBlock *
qz_doc_add_key_values (QzDoc *doc)
{
  static const double widths[] = { 0.28, 0.72 };
  QzDocBlock *block = qz_doc_add_table (doc, 2, widths);

  block->kind = QZ_DOC_KEY_VALUES;
  return block;
}

/**
 * qz_doc_add_table:
 * @doc: a #QzDoc
 * @n_columns: how many columns
 * @widths: (array length=n_columns): each column's share of the width
 *
 * Returns: (transfer none): a data table; give it a header, which repeats
 *   on every page it runs onto, and rows (plain text)
 */
QzDocBlock *
qz_doc_add_table (QzDoc        *doc,
                  guint         n_columns,
                  const double *widths)
{
  QzDocBlock *block = add_block (doc, QZ_DOC_TABLE);

  block->n_columns = n_columns;
  block->widths = g_memdup2 (widths, n_columns * sizeof (double));
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  return block;
}

static GPtrArray *
collect (const char *first,
         va_list     args)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);

  for (const char *cell = first; cell != NULL; cell = va_arg (args, const char *))
    g_ptr_array_add (cells, g_strdup (cell));
  return cells;
}

/* Adds a row of plain-text cells, as many as the table has columns. */
void
qz_doc_block_add_row (QzDocBlock *block,
                      ...)
{
  va_list args;
  const char *first;

  va_start (args, block);
  first = va_arg (args, const char *);
  qz_doc_block_take_row (block, collect (first, args));
  va_end (args);
}

/**
 * qz_doc_block_take_row:
 * @block: a table
 * @cells: (transfer full): plain-text cells
 */
void
qz_doc_block_take_row (QzDocBlock *block,
                       GPtrArray  *cells)
{
  if (cells->len != block->n_columns)
    {
      g_critical ("A row of %u cells for a table of %u columns", cells->len, block->n_columns);
      g_ptr_array_unref (cells);
      return;
    }

  g_ptr_array_add (block->rows, cells);
}

void
qz_doc_block_set_header (QzDocBlock *block,
                         ...)
{
  va_list args;
  const char *first;

  va_start (args, block);
  first = va_arg (args, const char *);
  g_clear_pointer (&block->header, g_ptr_array_unref);
  block->header = collect (first, args);
  va_end (args);
  g_return_if_fail (block->header->len == block->n_columns);
}

/**
 * qz_doc_add_image:
 * @doc: a #QzDoc
 * @jpeg: the image as stored, JPEG, embedded as it is
 * @width: its width in pixels
 * @height: its height in pixels
 * @max_height: the tallest it may be drawn, in points
 * @caption: (nullable): a caption under it
 */
void
qz_doc_add_image (QzDoc      *doc,
                  GBytes     *jpeg,
                  int         width,
                  int         height,
                  double      max_height,
                  const char *caption)
{
  QzDocBlock *block = add_block (doc, QZ_DOC_IMAGE);

  block->image = g_bytes_ref (jpeg);
  block->width = MAX (width, 1);
  block->height = MAX (height, 1);
  block->size = max_height;
  block->text = g_strdup (caption);
}

/**
 * qz_doc_add_chart:
 * @doc: a #QzDoc
 * @data: (transfer full): the chart
 * @kind: radar or bars
 * @height: its height in points; it takes the text width
 */
void
qz_doc_add_chart (QzDoc       *doc,
                  QzChartData *data,
                  QzChartKind  kind,
                  double       height)
{
  QzDocBlock *block = add_block (doc, QZ_DOC_CHART);

  block->chart = data;
  block->chart_kind = kind;
  block->size = height;
}

/* The table of contents: every heading, with its page, as links. */
void
qz_doc_add_contents (QzDoc      *doc,
                     const char *title)
{
  add_block (doc, QZ_DOC_CONTENTS)->text = g_strdup (title);
}

void
qz_doc_add_space (QzDoc  *doc,
                  double  height)
{
  add_block (doc, QZ_DOC_SPACE)->size = height;
}

void
qz_doc_add_page_break (QzDoc *doc)
{
  add_block (doc, QZ_DOC_PAGE_BREAK);
}
