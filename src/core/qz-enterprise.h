/* qz-enterprise.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "qz-size-class.h"

G_BEGIN_DECLS

/* The free-text fields of an enterprise; each is also a property, named
 * by qz_enterprise_text_get_property_name(). */
typedef enum
{
  QZ_ENTERPRISE_NAME,
  QZ_ENTERPRISE_USCC,
  QZ_ENTERPRISE_INDUSTRY_CODE,
  QZ_ENTERPRISE_PROVINCE,
  QZ_ENTERPRISE_CITY,
  QZ_ENTERPRISE_COUNTY,
  QZ_ENTERPRISE_ADDRESS,
  QZ_ENTERPRISE_CONTACT_NAME,
  QZ_ENTERPRISE_CONTACT_PHONE,
  QZ_ENTERPRISE_NOTES,
  QZ_ENTERPRISE_N_TEXTS
} QzEnterpriseText;

/* Where the enterprise's latest assessment stands. */
typedef enum
{
  QZ_LATEST_NONE,
  QZ_LATEST_DRAFT,
  QZ_LATEST_COMPLETE,
} QzLatestStatus;

#define QZ_TYPE_ENTERPRISE (qz_enterprise_get_type ())

G_DECLARE_FINAL_TYPE (QzEnterprise, qz_enterprise, QZ, ENTERPRISE, GObject)

QzEnterprise *qz_enterprise_new                     (void);
const char   *qz_enterprise_get_uuid                (QzEnterprise      *self);
const char   *qz_enterprise_get_origin              (QzEnterprise      *self);
gint64        qz_enterprise_get_created             (QzEnterprise      *self);
gint64        qz_enterprise_get_updated             (QzEnterprise      *self);
const char   *qz_enterprise_get_text                (QzEnterprise      *self,
                                                     QzEnterpriseText   field);
void          qz_enterprise_set_text                (QzEnterprise      *self,
                                                     QzEnterpriseText   field,
                                                     const char        *value);
const char   *qz_enterprise_get_name                (QzEnterprise      *self);
gint64        qz_enterprise_get_employees           (QzEnterprise      *self);
void          qz_enterprise_set_employees           (QzEnterprise      *self,
                                                     gint64             employees);
double        qz_enterprise_get_revenue             (QzEnterprise      *self);
void          qz_enterprise_set_revenue             (QzEnterprise      *self,
                                                     double             revenue);
gboolean      qz_enterprise_get_notes_internal      (QzEnterprise      *self);
void          qz_enterprise_set_notes_internal      (QzEnterprise      *self,
                                                     gboolean           internal);
QzSizeClass   qz_enterprise_get_size_class          (QzEnterprise      *self);
char         *qz_enterprise_dup_region              (QzEnterprise      *self);
gboolean      qz_enterprise_matches                 (QzEnterprise      *self,
                                                     const char *const *terms);
char        **qz_enterprise_search_terms            (const char        *query);
const char   *qz_enterprise_text_get_property_name  (QzEnterpriseText   field);
const char   *qz_enterprise_get_sort_key            (QzEnterprise      *self);
QzLatestStatus qz_enterprise_get_latest_status      (QzEnterprise      *self);
const char   *qz_enterprise_get_latest_level        (QzEnterprise      *self);
int           qz_enterprise_get_latest_rank         (QzEnterprise      *self);
char         *qz_enterprise_dup_latest_summary      (QzEnterprise      *self);
char         *qz_enterprise_dup_description         (QzEnterprise      *self);

G_END_DECLS
