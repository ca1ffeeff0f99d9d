/* qz-bench-fill.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void qz_bench_fill (const char *path,
                    guint       first,
                    guint       count);

G_END_DECLS
