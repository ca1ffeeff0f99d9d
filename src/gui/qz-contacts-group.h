/* qz-contacts-group.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "qz-contact-store.h"
#include "qz-pending-edits.h"

G_BEGIN_DECLS

#define QZ_TYPE_CONTACTS_GROUP (qz_contacts_group_get_type ())

G_DECLARE_FINAL_TYPE (QzContactsGroup, qz_contacts_group, QZ, CONTACTS_GROUP, AdwPreferencesGroup)

void qz_contacts_group_set_store      (QzContactsGroup *self,
                                       QzContactStore  *store);
void qz_contacts_group_set_enterprise (QzContactsGroup *self,
                                       QzEnterprise    *enterprise);
void qz_contacts_group_reload         (QzContactsGroup *self);
void qz_contacts_group_set_pending_edits (QzContactsGroup *self,
                                          QzPendingEdits  *pending);

G_END_DECLS
