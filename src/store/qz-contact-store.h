/* qz-contact-store.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "qz-contact.h"
#include "qz-database.h"
#include "qz-enterprise.h"

G_BEGIN_DECLS

#define QZ_TYPE_CONTACT_STORE (qz_contact_store_get_type ())

G_DECLARE_FINAL_TYPE (QzContactStore, qz_contact_store, QZ, CONTACT_STORE, GObject)

QzContactStore *qz_contact_store_new     (QzDatabase      *database);
GPtrArray      *qz_contact_store_list    (QzContactStore  *self,
                                          QzEnterprise    *enterprise,
                                          GError         **error);
QzContact      *qz_contact_store_add     (QzContactStore  *self,
                                          QzEnterprise    *enterprise,
                                          GError         **error);
gboolean        qz_contact_store_save    (QzContactStore  *self,
                                          QzEnterprise    *enterprise,
                                          QzContact       *contact,
                                          GError         **error);
gboolean        qz_contact_store_remove  (QzContactStore  *self,
                                          QzEnterprise    *enterprise,
                                          QzContact       *contact,
                                          GError         **error);
gboolean        qz_contact_store_restore (QzContactStore  *self,
                                          QzEnterprise    *enterprise,
                                          QzContact       *contact,
                                          GError         **error);

G_END_DECLS
