/* qz-doc-layout-private.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* For the page layout, its drawing and its PDF only: the page's
 * geometry, the pieces placed on pages and what measuring a block
 * gives. */

#pragma once

#include <pango/pangocairo.h>

#include "qz-doc-layout.h"

G_BEGIN_DECLS

#define MARGIN_TOP 70.0
#define MARGIN_BOTTOM (QZ_DOC_PAGE_HEIGHT - QZ_DOC_TEXT_BOTTOM)
#define MARGIN_SIDE 62.0
#define TEXT_WIDTH (QZ_DOC_PAGE_WIDTH - 2 * MARGIN_SIDE)
#define BOTTOM (QZ_DOC_PAGE_HEIGHT - MARGIN_BOTTOM)
#define BODY_HEIGHT (BOTTOM - MARGIN_TOP)
#define BODY_SIZE 10.5
#define SMALL_SIZE 9.0
#define CELL_PADDING 4.0
#define PARAGRAPH_GAP 6.0
#define BLOCK_GAP 10.0

typedef enum
{
  PIECE_TITLE,
  PIECE_HEADING,
  PIECE_LINES,
  PIECE_ROW,
  PIECE_IMAGE,
  PIECE_CHART,
  PIECE_CONTENTS_TITLE,
  PIECE_CONTENTS_ENTRY,
} PieceKind;

typedef struct
{
  PieceKind   kind;
  QzDocBlock *block;
  guint       index;    /* lines: the first; row: its index, G_MAXUINT for the header; entry: the heading's */
  guint       count;    /* lines: how many */
  double      y;
  double      height;
} Piece;

/* What measuring a block gives. */
typedef struct
{
  PangoLayout *text;         /* paragraph, heading, title, caption */
  GArray      *line_tops;    /* paragraph: double, from the layout's top */
  GArray      *line_heights;
  GPtrArray   *header;       /* table: PangoLayout per cell */
  double       header_height;
  GPtrArray   *rows;         /* table: GPtrArray of PangoLayout per row */
  GArray      *row_heights;
} Measured;

struct _QzDocLayout
{
  QzDoc        *doc;
  char         *font_family;
  char         *latin_family;  /* for Latin punctuation */
  char         *header_start;
  char         *header_end;
  GPtrArray    *footers;     /* "Page 2 of 9", per page, in the language of the text */
  PangoContext *context;
  GHashTable   *measured;    /* QzDocBlock → Measured */
  GPtrArray    *pages;       /* GPtrArray of Piece */
  GPtrArray    *headings;    /* QzDocBlock, in order */
  GHashTable   *heading_pages; /* QzDocBlock → page, 1-based */
  GPtrArray    *entries;     /* PangoLayout per contents entry, as headings */
  gboolean      tagging;     /* writing the PDF: links and destinations */
};

/* Measuring, for drawing too: a text in the layout's font, the height
 * of a text, what measuring a block gave, an image's height on the page. */
PangoLayout *qz_doc_layout_text         (QzDocLayout      *self,
                                         const char       *markup,
                                         gboolean          is_markup,
                                         double            size,
                                         gboolean          bold,
                                         double            width);
double       qz_doc_text_height         (PangoLayout      *layout);
Measured    *qz_doc_layout_measured     (QzDocLayout      *self,
                                         const QzDocBlock *block);
double       qz_doc_layout_image_height (QzDocLayout      *self,
                                         QzDocBlock       *block,
                                         double           *picture);

G_END_DECLS
