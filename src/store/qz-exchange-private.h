/* qz-exchange-private.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* For the history and the exchange files: the records that travel, one
 * description for the history, the export, the merge and the digest. */

#pragma once

#include "qz-database-private.h"

G_BEGIN_DECLS

typedef struct
{
  const char        *kind;      /* "answer": the first part of a record key */
  const char        *table;
  const char *const *columns;   /* what is merged and compared, in table order */
  const char        *display;   /* SQL: the row as its history shows it */
  /* The rows with their keys, over t (the table), a (the assessment) and
   * e (the enterprise): key0 is the UUID (an answer's assessment's), key1
   * the parent's UUID (an answer's indicator), extra the framework id of
   * an assessment's rows or an evidence's photo. */
  const char        *from;
  const char        *key0;
  const char        *key1;
  const char        *extra;
} QzRecordKind;

#define QZ_RECORD_ENTERPRISE 0
#define QZ_RECORD_ASSESSMENT 1
#define QZ_RECORD_ANSWER     2
#define QZ_RECORD_PLAN_ITEM  3
#define QZ_RECORD_EVIDENCE   4
#define QZ_RECORD_CONTACT    5
#define QZ_N_RECORD_KINDS    6

const QzRecordKind *qz_record_kind         (guint               index);
const QzRecordKind *qz_record_kind_of_key  (const char         *record);
char               *qz_record_key          (guint               kind,
                                            const char         *uuid,
                                            const char         *indicator);
char               *qz_record_select_sql   (const QzRecordKind *kind,
                                            const char         *what);
gboolean            qz_record_bind_key     (sqlite3_stmt       *stmt,
                                            const char         *record);

gboolean            qz_history_snapshot    (QzDatabase         *database,
                                            const char         *record,
                                            char              **content,
                                            char              **display,
                                            GError            **error);
gboolean            qz_history_note        (QzDatabase         *database,
                                            const char         *record,
                                            const char         *old_content,
                                            const char         *old_display,
                                            GError            **error);
gboolean            qz_history_add         (QzDatabase         *database,
                                            const char         *record,
                                            const char         *old_display,
                                            GError            **error);
char               *qz_history_dup_version (QzDatabase         *database,
                                            const char         *record,
                                            GError            **error);

G_END_DECLS

G_BEGIN_DECLS

/* "QzEX": an exchange file in the SQLite header. */
#define QZ_EXCHANGE_APPLICATION_ID 0x517a4558

char     *qz_record_content_sql       (const QzRecordKind *kind,
                                       const char         *alias);
char     *qz_record_digest_sql        (guint               kind);
const char *const *qz_exchange_schema_steps (void);
sqlite3  *qz_exchange_file_open       (const char         *path,
                                       GError            **error);

G_END_DECLS
