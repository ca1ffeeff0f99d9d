/* qz-trash-page.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "qz-evidence-store.h"
#include "qz-trash.h"

G_BEGIN_DECLS

#define QZ_TYPE_TRASH_PAGE (qz_trash_page_get_type ())

G_DECLARE_FINAL_TYPE (QzTrashPage, qz_trash_page, QZ, TRASH_PAGE, AdwBin)

void  qz_trash_page_set_trash (QzTrashPage       *self,
                               QzTrash           *trash,
                               QzEvidenceStore   *evidence);
void  qz_trash_page_reload    (QzTrashPage       *self);
char *qz_trash_page_describe  (const QzTrashItem *item);

G_END_DECLS
