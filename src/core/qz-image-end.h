/* qz-image-end.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether a JPEG or PNG file arrived whole: gdk-pixbuf's loaders accept
 * one cut short and paint what is missing grey. */

typedef enum
{
  QZ_IMAGE_END_UNKNOWN,   /* not yet known, or another format: not checked */
  QZ_IMAGE_END_JPEG,
  QZ_IMAGE_END_PNG,
} QzImageEndFormat;

typedef struct
{
  QzImageEndFormat format;
  guint8           head[8];
  guint            n_head;
  guint            state;
  guint64          skip;
  guint32          length;
  guint32          type;
  guint            n_field;
  gboolean         complete;
} QzImageEnd;

void     qz_image_end_feed        (QzImageEnd   *self,
                                   const guint8 *data,
                                   gsize         size);
gboolean qz_image_end_is_complete (QzImageEnd   *self);

G_END_DECLS
