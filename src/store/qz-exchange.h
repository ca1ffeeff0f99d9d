/* qz-exchange.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qz-database.h"

G_BEGIN_DECLS

/* The format of the exchange files this build writes and reads. */
#define QZ_EXCHANGE_FORMAT 1

/* What an import did, or would do: each record compared with its copy. */
typedef struct
{
  char   *origin;                 /* the exporting database */
  char   *author;                 /* who exported, "" if unknown */
  char   *qizhen_version;
  gint64  time;                   /* of the export, microseconds */
  guint   enterprises_new;
  guint   enterprises_updated;
  guint   enterprises_unchanged;
  guint   assessments_new;
  guint   assessments_updated;
  guint   assessments_unchanged;
  guint   answers_updated;        /* new or changed */
  guint   others_updated;         /* plan items, photos, contacts */
  guint   conflicts;              /* records changed on both sides */
} QzExchangeSummary;

/* A record changed on both sides, for the expert to choose. */
typedef struct
{
  char   *record;                 /* the record key */
  char   *mine;                   /* as the history shows it */
  char   *theirs;
  char   *their_author;
  gint64  their_time;
} QzConflict;

gboolean           qz_exchange_export       (QzDatabase          *database,
                                             const char *const   *enterprise_uuids,
                                             const char          *path,
                                             GError             **error);
QzExchangeSummary *qz_exchange_import       (QzDatabase          *database,
                                             const char          *path,
                                             gboolean             preview_only,
                                             GError             **error);
void               qz_exchange_summary_free (QzExchangeSummary   *summary);
char              *qz_exchange_digest       (QzDatabase          *database,
                                             const char          *enterprise_uuid,
                                             GError             **error);
GPtrArray         *qz_exchange_list_conflicts (QzDatabase        *database,
                                               const char        *assessment_uuid,
                                               GError           **error);
gboolean           qz_exchange_resolve      (QzDatabase          *database,
                                             const char          *record,
                                             gboolean             theirs,
                                             GError             **error);
void               qz_conflict_free         (QzConflict          *conflict);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzExchangeSummary, qz_exchange_summary_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzConflict, qz_conflict_free)

G_END_DECLS
