/* qz-framework-loader.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "qz-framework.h"

G_BEGIN_DECLS

QzFramework *qz_framework_load        (GBytes      *bytes,
                                       const char  *name,
                                       GPtrArray  **problems,
                                       GError     **error);
QzFramework *qz_framework_load_file   (const char  *path,
                                       GPtrArray  **problems,
                                       GError     **error);

GPtrArray   *qz_framework_load_builtin (GError     **error);

G_END_DECLS
