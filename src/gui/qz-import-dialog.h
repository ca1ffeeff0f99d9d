/* qz-import-dialog.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "qz-exchange.h"

G_BEGIN_DECLS

#define QZ_TYPE_IMPORT_DIALOG (qz_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (QzImportDialog, qz_import_dialog, QZ, IMPORT_DIALOG, AdwMessageDialog)

QzImportDialog *qz_import_dialog_new      (GtkWindow               *parent,
                                           const char              *path,
                                           const QzExchangeSummary *preview);
const char     *qz_import_dialog_get_path (QzImportDialog          *self);

G_END_DECLS
