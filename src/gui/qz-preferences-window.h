/* qz-preferences-window.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define QZ_TYPE_PREFERENCES_WINDOW (qz_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (QzPreferencesWindow, qz_preferences_window, QZ, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *qz_preferences_window_new (GtkWindow *parent,
                                      GSettings *settings);

G_END_DECLS
