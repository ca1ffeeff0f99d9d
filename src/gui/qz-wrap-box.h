/* qz-wrap-box.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define QZ_TYPE_WRAP_BOX (qz_wrap_box_get_type ())

G_DECLARE_FINAL_TYPE (QzWrapBox, qz_wrap_box, QZ, WRAP_BOX, GtkWidget)

GtkWidget *qz_wrap_box_new              (int        spacing,
                                         int        line_spacing);
void       qz_wrap_box_append           (QzWrapBox *self,
                                         GtkWidget *child);
guint      qz_wrap_box_get_n_lines      (QzWrapBox *self);

G_END_DECLS
