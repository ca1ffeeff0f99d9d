/* qz-contact.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define QZ_TYPE_CONTACT (qz_contact_get_type ())

G_DECLARE_FINAL_TYPE (QzContact, qz_contact, QZ, CONTACT, GObject)

QzContact  *qz_contact_new         (const char *uuid);
const char *qz_contact_get_uuid    (QzContact  *self);
const char *qz_contact_get_name    (QzContact  *self);
void        qz_contact_set_name    (QzContact  *self,
                                    const char *name);
const char *qz_contact_get_title   (QzContact  *self);
void        qz_contact_set_title   (QzContact  *self,
                                    const char *title);
const char *qz_contact_get_mobile  (QzContact  *self);
void        qz_contact_set_mobile  (QzContact  *self,
                                    const char *mobile);
const char *qz_contact_get_wechat  (QzContact  *self);
void        qz_contact_set_wechat  (QzContact  *self,
                                    const char *wechat);
char       *qz_contact_dup_summary (QzContact  *self);

G_END_DECLS
