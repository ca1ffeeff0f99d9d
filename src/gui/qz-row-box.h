/* qz-row-box.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define QZ_TYPE_ROW_BOX (qz_row_box_get_type ())

G_DECLARE_FINAL_TYPE (QzRowBox, qz_row_box, QZ, ROW_BOX, GtkBox)

const char *qz_row_box_get_description (QzRowBox   *self);
void        qz_row_box_set_description (QzRowBox   *self,
                                        const char *description);

G_END_DECLS
