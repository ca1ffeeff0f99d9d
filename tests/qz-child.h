/* qz-child.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A program the test runs and reads line by line, to kill it at a
 * moment of its work. */
typedef struct _QzChild QzChild;

QzChild *qz_child_spawn     (const char * const *argv,
                             const char * const *envp);
char    *qz_child_read_line (QzChild            *child,
                             gint64              deadline);
void     qz_child_read_until_ready (QzChild     *child,
                                    const char  *ready,
                                    guint        timeout_ms);
void     qz_child_signal    (QzChild            *child,
                             int                 signum);
int      qz_child_wait      (QzChild            *child,
                             guint               timeout_ms);
void     qz_child_free      (QzChild            *child);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzChild, qz_child_free)

G_END_DECLS
