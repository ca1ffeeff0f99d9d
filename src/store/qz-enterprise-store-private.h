/* qz-enterprise-store-private.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Shared by the store's edits (qz-enterprise-store.c) and its reading
 * (qz-enterprise-store-load.c). */

#pragma once

#include "qz-database-private.h"
#include "qz-enterprise-store.h"
#include "qz-latest-level.h"

G_BEGIN_DECLS

/* The enterprises that are not deleted, most recently changed first. */
struct _QzEnterpriseStore
{
  GObject     parent_instance;

  QzDatabase *database;
  GPtrArray  *items;
  gint64      last_stamp;
  /* Deleted in this session, by UUID: brought back, the same object
   * returns, with any edit not saved yet. */
  GHashTable *deleted;
  QzLatestLevels *latest;
  gboolean    loading;     /* made by qz_enterprise_store_new_unloaded(), not loaded yet */
};

/* The enterprises not deleted, most recently changed first: the columns
 * _qz_enterprise_store_read_row() reads. */
extern const char _qz_enterprise_store_select_sql[];

QzEnterprise *_qz_enterprise_store_read_row    (sqlite3_stmt       *stmt);
gboolean      _qz_enterprise_store_load        (QzEnterpriseStore  *self,
                                                GError            **error);
void          _qz_enterprise_store_set_loading (QzEnterpriseStore  *self,
                                                gboolean            loading);

G_END_DECLS
