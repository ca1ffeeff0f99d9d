/* qz-history.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qz-database.h"

G_BEGIN_DECLS

/* One edit of a record, as its history shows it. */
typedef struct
{
  char   *old_text;      /* nullable: the record was new */
  char   *new_text;
  gint64  at;            /* microseconds since the epoch, the editor's clock */
  char   *author;        /* "" if unknown */
  char   *origin;        /* the database the edit was made in */
  char   *origin_author; /* nullable: who that database belongs to, when it is not this one */
} QzChange;

void       qz_change_free              (QzChange    *change);
GPtrArray *qz_history_list_answer      (QzDatabase  *database,
                                        const char  *assessment_uuid,
                                        const char  *indicator,
                                        GError     **error);
guint      qz_history_count_conflicts  (QzDatabase  *database,
                                        const char  *assessment_uuid,
                                        GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzChange, qz_change_free)

G_END_DECLS
