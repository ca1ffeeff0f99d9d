/* qz-trash.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "qz-enterprise-store.h"

G_BEGIN_DECLS

/* How long what is deleted can be brought back before it is purged. */
#define QZ_TRASH_KEEP_DAYS 30

typedef enum
{
  QZ_TRASH_ENTERPRISE,
  QZ_TRASH_ASSESSMENT,
  QZ_TRASH_PLAN_ITEM,
  QZ_TRASH_PHOTO,
} QzTrashKind;

/* What a restore brought back besides the item itself. */
typedef enum
{
  QZ_TRASH_RESTORED_ITEM       = 0,
  QZ_TRASH_RESTORED_ASSESSMENT = 1 << 0,
  QZ_TRASH_RESTORED_ENTERPRISE = 1 << 1,
} QzTrashRestored;

/* One deleted thing, as Recently Deleted lists it. */
typedef struct
{
  QzTrashKind kind;
  char       *uuid;
  gint64      deleted;            /* when, µs since the epoch */
  char       *title;              /* the enterprise's name, the measure's title, the photo's caption */
  char       *enterprise;         /* the enterprise it belongs to (NULL for one) */
  gboolean    enterprise_deleted; /* that enterprise is deleted too */
  char       *framework;          /* the assessment's framework title */
  char       *visit_date;         /* the assessment's visit date */
  gboolean    assessment_deleted; /* the assessment of a measure or photo is deleted too */
  char       *indicator;          /* the title of a photo's indicator */
  char       *sha256;             /* a photo's image */
} QzTrashItem;

void qz_trash_item_free (QzTrashItem *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzTrashItem, qz_trash_item_free)

#define QZ_TYPE_TRASH (qz_trash_get_type ())

G_DECLARE_FINAL_TYPE (QzTrash, qz_trash, QZ, TRASH, GObject)

QzTrash   *qz_trash_new               (QzEnterpriseStore  *enterprises);
GPtrArray *qz_trash_list              (QzTrash            *self,
                                       GError            **error);
gboolean   qz_trash_delete_assessment (QzTrash            *self,
                                       const char         *uuid,
                                       GError            **error);
gboolean   qz_trash_restore           (QzTrash            *self,
                                       QzTrashKind         kind,
                                       const char         *uuid,
                                       QzTrashRestored    *restored,
                                       GError            **error);
gboolean   qz_trash_forget            (QzTrash            *self,
                                       QzTrashKind         kind,
                                       const char         *uuid,
                                       GError            **error);
gboolean   qz_trash_purge             (QzTrash            *self,
                                       gint64              now,
                                       guint              *n_purged,
                                       GError            **error);

G_END_DECLS
