/* qz-plan-store.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "qz-database.h"
#include "qz-plan-item.h"

G_BEGIN_DECLS

#define QZ_TYPE_PLAN_STORE (qz_plan_store_get_type ())

G_DECLARE_FINAL_TYPE (QzPlanStore, qz_plan_store, QZ, PLAN_STORE, GObject)

QzPlanStore *qz_plan_store_new      (QzDatabase   *database);
GListStore  *qz_plan_store_load     (QzPlanStore  *self,
                                     const char   *assessment_uuid,
                                     GError      **error);
GStrv        qz_plan_store_dup_dismissed (QzPlanStore  *self,
                                     const char   *assessment_uuid,
                                     GError      **error);
gboolean     qz_plan_store_save     (QzPlanStore  *self,
                                     const char   *assessment_uuid,
                                     QzPlanItem   *item,
                                     guint         position,
                                     GError      **error);
gboolean     qz_plan_store_save_all (QzPlanStore  *self,
                                     const char   *assessment_uuid,
                                     GListModel   *items,
                                     GError      **error);
gboolean     qz_plan_store_remove   (QzPlanStore  *self,
                                     const char   *item_uuid,
                                     gboolean      removed,
                                     GError      **error);

G_END_DECLS
