/* qz-accessible.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void   qz_accessible_tidy            (GtkWidget   *root);
void   qz_accessible_name_drop_down  (GtkWidget   *dropdown,
                                      const char  *label);
void   qz_accessible_name_parent     (GtkWidget   *child,
                                      const char  *name);
char  *qz_accessible_strip_mnemonic  (const char  *label);
void   qz_accessible_watch_toplevels (void);
double qz_accessible_text_scale      (GtkWidget   *widget);
void   qz_accessible_set_error       (GtkWidget   *field,
                                      GtkWidget   *message,
                                      gboolean     invalid);

G_END_DECLS
