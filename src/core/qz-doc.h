/* qz-doc.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "qz-chart-data.h"

G_BEGIN_DECLS

/* A document as a list of blocks, for the page layout to flow onto A4
 * pages: no positions, no fonts, no pages here. */

typedef enum
{
  QZ_DOC_HEADING,
  QZ_DOC_PARAGRAPH,
  QZ_DOC_KEY_VALUES,
  QZ_DOC_TABLE,
  QZ_DOC_IMAGE,
  QZ_DOC_CHART,
  QZ_DOC_CONTENTS,
  QZ_DOC_TITLE,
  QZ_DOC_SPACE,
  QZ_DOC_PAGE_BREAK,
} QzDocBlockKind;

typedef struct
{
  QzDocBlockKind  kind;
  int             level;       /* heading: 1 or 2; title: 1 large, 2 smaller */
  char           *number;      /* heading: "2.1" */
  char           *text;        /* heading, title, contents' title; paragraph: Pango markup */
  guint           n_columns;   /* key-values: 2 */
  double         *widths;      /* table: fractions of the text width */
  GPtrArray      *header;      /* table: char *, or NULL */
  GPtrArray      *rows;        /* key-values, table: GPtrArray of char * (markup) */
  GBytes         *image;       /* image: JPEG, embedded in a PDF as it is */
  int             width;       /* image: pixels */
  int             height;
  double          size;        /* image: the largest height; chart, space: height (points) */
  QzChartData    *chart;
  QzChartKind     chart_kind;
} QzDocBlock;

typedef struct
{
  GPtrArray *blocks;           /* QzDocBlock */
  int        numbers[2];       /* heading counters */
} QzDoc;

QzDoc      *qz_doc_new            (void);
void        qz_doc_free           (QzDoc        *doc);
void        qz_doc_add_title      (QzDoc        *doc,
                                   int           level,
                                   const char   *text);
QzDocBlock *qz_doc_add_heading    (QzDoc        *doc,
                                   int           level,
                                   const char   *text);
void        qz_doc_add_paragraph  (QzDoc        *doc,
                                   const char   *markup);
void        qz_doc_add_text       (QzDoc        *doc,
                                   const char   *text);
QzDocBlock *qz_doc_add_key_values (QzDoc        *doc);
QzDocBlock *qz_doc_add_table      (QzDoc        *doc,
                                   guint         n_columns,
                                   const double *widths);
void        qz_doc_block_add_row  (QzDocBlock   *block,
                                   ...) G_GNUC_NULL_TERMINATED;
void        qz_doc_block_take_row (QzDocBlock   *block,
                                   GPtrArray    *cells);
void        qz_doc_block_set_header (QzDocBlock *block,
                                   ...) G_GNUC_NULL_TERMINATED;
void        qz_doc_add_image      (QzDoc        *doc,
                                   GBytes       *jpeg,
                                   int           width,
                                   int           height,
                                   double        max_height,
                                   const char   *caption);
void        qz_doc_add_chart      (QzDoc        *doc,
                                   QzChartData  *data,
                                   QzChartKind   kind,
                                   double        height);
void        qz_doc_add_contents   (QzDoc        *doc,
                                   const char   *title);
void        qz_doc_add_space      (QzDoc        *doc,
                                   double        height);
void        qz_doc_add_page_break (QzDoc        *doc);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzDoc, qz_doc_free)

G_END_DECLS
