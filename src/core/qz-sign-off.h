/* qz-sign-off.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define QZ_SIGN_OFF_ERROR (qz_sign_off_error_quark ())

typedef enum
{
  QZ_SIGN_OFF_ERROR_NO_EXPERTS,
  QZ_SIGN_OFF_ERROR_NO_REPRESENTATIVE,
  QZ_SIGN_OFF_ERROR_DATE,
  QZ_SIGN_OFF_ERROR_BEFORE_VISIT,
} QzSignOffError;

/* Who confirmed an assessment, as programme offices ask for acceptance:
 * the experts, the enterprise's representative and the date. */
typedef struct
{
  char *experts;          /* as typed: names separated by commas, 、 or lines */
  char *representative;
  char *date;             /* YYYY-MM-DD */
} QzSignOff;

GQuark     qz_sign_off_error_quark  (void);
QzSignOff *qz_sign_off_new          (const char       *experts,
                                     const char       *representative,
                                     const char       *date);
QzSignOff *qz_sign_off_copy         (const QzSignOff  *self);
void       qz_sign_off_free         (QzSignOff        *self);
gboolean   qz_sign_off_check        (const QzSignOff  *self,
                                     const char       *visit_date,
                                     GError          **error);
char     **qz_sign_off_dup_experts  (const QzSignOff  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzSignOff, qz_sign_off_free)

G_END_DECLS
