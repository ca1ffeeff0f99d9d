/* qz-answer-file.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "qz-framework.h"

G_BEGIN_DECLS

GHashTable *qz_answer_file_load (QzFramework  *framework,
                                 GBytes       *bytes,
                                 const char   *name,
                                 GError      **error);

G_END_DECLS
