/* qz-doc-layout.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qz-doc.h"

G_BEGIN_DECLS

/* A4 in points, and the foot of the text on it. */
#define QZ_DOC_PAGE_WIDTH 595.276
#define QZ_DOC_PAGE_HEIGHT 841.890
#define QZ_DOC_TEXT_BOTTOM (QZ_DOC_PAGE_HEIGHT - 64.0)

typedef struct
{
  const char *font_family;   /* for Chinese and Latin text alike */
  const char *header_start;  /* running header, left: the organisation */
  const char *header_end;    /* right: the enterprise */
  const char *language;      /* of the text, as Pango names it; NULL: "zh-cn" */
  const char *latin_family;  /* for punctuation among Latin words; NULL: the default */
} QzDocStyle;

/* Where punctuation among Latin words comes from: the first of these
 * installed (a CJK font's is full-width). */
#define QZ_DOC_LATIN_FAMILY "Noto Sans, Cantarell, DejaVu Sans"


typedef struct _QzDocLayout QzDocLayout;

#define QZ_DOC_ERROR (qz_doc_error_quark ())

typedef enum
{
  QZ_DOC_ERROR_FAILED,
} QzDocError;

GQuark       qz_doc_error_quark         (void);
QzDocLayout *qz_doc_layout_new          (QzDoc               *doc,
                                         const QzDocStyle    *style);
guint        qz_doc_layout_get_n_pages  (QzDocLayout         *layout);
int          qz_doc_layout_get_page_of  (QzDocLayout         *layout,
                                         const QzDocBlock    *heading);
guint        qz_doc_layout_get_n_pieces (QzDocLayout         *layout,
                                         guint                page);
const QzDocBlock *qz_doc_layout_get_piece (QzDocLayout       *layout,
                                         guint                page,
                                         guint                index,
                                         double              *y,
                                         double              *height);
void         qz_doc_layout_free         (QzDocLayout         *layout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzDocLayout, qz_doc_layout_free)

G_END_DECLS
