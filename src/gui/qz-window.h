/* qz-window.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "qz-enterprise-store.h"

G_BEGIN_DECLS

#define QZ_TYPE_WINDOW (qz_window_get_type ())

G_DECLARE_FINAL_TYPE (QzWindow, qz_window, QZ, WINDOW, AdwApplicationWindow)

QzWindow     *qz_window_new                 (GtkApplication    *application,
                                             GSettings         *settings,
                                             QzEnterpriseStore *store);
QzEnterprise *qz_window_get_selected        (QzWindow          *self);
void          qz_window_import_file         (QzWindow          *self,
                                             GFile             *file);
void          qz_window_show_database_error (QzWindow          *self,
                                             const char        *path,
                                             const GError      *error);

gboolean      qz_window_flush                (QzWindow          *self);

G_END_DECLS
