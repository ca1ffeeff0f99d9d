/* qz-enterprise-store.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "qz-assessment-store.h"
#include "qz-database.h"
#include "qz-enterprise.h"

G_BEGIN_DECLS

#define QZ_TYPE_ENTERPRISE_STORE (qz_enterprise_store_get_type ())

G_DECLARE_FINAL_TYPE (QzEnterpriseStore, qz_enterprise_store, QZ, ENTERPRISE_STORE, GObject)

/* Called with each enterprise in turn; returns FALSE with @error set to stop. */
typedef gboolean (*QzEnterpriseFunc) (QzEnterprise  *enterprise,
                                      gpointer       user_data,
                                      GError       **error);

gboolean           qz_enterprise_store_each         (QzDatabase         *database,
                                                     QzEnterpriseFunc    func,
                                                     gpointer            user_data,
                                                     GError            **error);

QzEnterpriseStore *qz_enterprise_store_new          (QzDatabase         *database,
                                                     GError            **error);
QzEnterpriseStore *qz_enterprise_store_new_unloaded (QzDatabase         *database);
void               qz_enterprise_store_load_async   (QzEnterpriseStore  *self,
                                                     GAsyncReadyCallback callback,
                                                     gpointer            user_data);
gboolean           qz_enterprise_store_load_finish  (QzEnterpriseStore  *self,
                                                     GAsyncResult       *result,
                                                     GError            **error);
gboolean           qz_enterprise_store_get_loading  (QzEnterpriseStore  *self);
QzDatabase        *qz_enterprise_store_get_database (QzEnterpriseStore  *self);
gboolean           qz_enterprise_store_reload       (QzEnterpriseStore  *self,
                                                     GError            **error);
QzEnterprise      *qz_enterprise_store_find         (QzEnterpriseStore  *self,
                                                     const char         *uuid,
                                                     guint              *position);
QzEnterprise      *qz_enterprise_store_create       (QzEnterpriseStore  *self,
                                                     const char         *name,
                                                     GError            **error);
gboolean           qz_enterprise_store_insert       (QzEnterpriseStore  *self,
                                                     QzEnterprise       *enterprise,
                                                     const char         *uuid,
                                                     GError            **error);
gboolean           qz_enterprise_store_save         (QzEnterpriseStore  *self,
                                                     QzEnterprise       *enterprise,
                                                     GError            **error);
gboolean           qz_enterprise_store_delete       (QzEnterpriseStore  *self,
                                                     QzEnterprise       *enterprise,
                                                     GError            **error);
gboolean           qz_enterprise_store_restore      (QzEnterpriseStore  *self,
                                                     QzEnterprise       *enterprise,
                                                     GError            **error);
QzEnterprise      *qz_enterprise_store_undelete     (QzEnterpriseStore  *self,
                                                     const char         *uuid,
                                                     GError            **error);

gboolean           qz_enterprise_store_update_latest (QzEnterpriseStore  *self,
                                                     QzAssessmentStore  *assessments,
                                                     QzEnterprise       *enterprise,
                                                     GError            **error);
int                qz_enterprise_store_score_pending (QzEnterpriseStore  *self,
                                                     QzAssessmentStore  *assessments,
                                                     guint               max,
                                                     GError            **error);

G_END_DECLS
