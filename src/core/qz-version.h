/* qz-version.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How two versions of one record relate. */
typedef enum
{
  QZ_VERSION_EQUAL,
  QZ_VERSION_BEFORE,      /* the first is an ancestor of the second */
  QZ_VERSION_AFTER,       /* the first descends from the second */
  QZ_VERSION_CONCURRENT,  /* changed on both sides since their common version */
} QzVersionOrder;

gboolean        qz_version_is_valid (const char *version);
char           *qz_version_bump     (const char *version,
                                     const char *origin);
char           *qz_version_merge    (const char *a,
                                     const char *b);
QzVersionOrder  qz_version_compare  (const char *a,
                                     const char *b);

G_END_DECLS
