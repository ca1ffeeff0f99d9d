/* qz-doc-pdf.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qz-doc-layout.h"

G_BEGIN_DECLS

typedef struct
{
  const char *title;
  const char *author;
  const char *subject;
  const char *creator;
} QzDocMetadata;

gboolean     qz_doc_layout_write_pdf    (QzDocLayout         *layout,
                                         const char          *path,
                                         const QzDocMetadata *metadata,
                                         GError             **error);

G_END_DECLS
