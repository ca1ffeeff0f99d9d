/* qz-doc-draw.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "qz-doc-layout.h"

G_BEGIN_DECLS

void         qz_doc_layout_draw_page    (QzDocLayout         *layout,
                                         cairo_t             *cr,
                                         guint                page);

G_END_DECLS
