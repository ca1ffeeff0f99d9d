/* qz-pending-edits.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define QZ_TYPE_PENDING_EDITS (qz_pending_edits_get_type ())

G_DECLARE_FINAL_TYPE (QzPendingEdits, qz_pending_edits, QZ, PENDING_EDITS, GObject)

/* Writes one edit, as it is now; %FALSE with @error set when it could
 * not be written. */
typedef gboolean (*QzPendingSaveFunc) (gpointer   data,
                                       GError   **error);

QzPendingEdits *qz_pending_edits_new         (void);
gboolean        qz_pending_edits_save        (QzPendingEdits     *self,
                                              const char         *key,
                                              const char         *label,
                                              QzPendingSaveFunc   func,
                                              gpointer            data,
                                              GDestroyNotify      destroy,
                                              GError            **error);
gboolean        qz_pending_edits_retry       (QzPendingEdits     *self,
                                              GError            **error);
gboolean        qz_pending_edits_has         (QzPendingEdits     *self,
                                              const char         *key);
guint           qz_pending_edits_get_n_items (QzPendingEdits     *self);
GStrv           qz_pending_edits_dup_labels  (QzPendingEdits     *self);
void            qz_pending_edits_discard     (QzPendingEdits     *self);

G_END_DECLS
