/* qz-sign-off.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-sign-off"

#include "qz-config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "qz-assessment.h"
#include "qz-sign-off.h"

G_DEFINE_QUARK (qz-sign-off-error-quark, qz_sign_off_error)

static char *
dup_stripped (const char *text)
{
  return g_strstrip (g_strdup (text ? text : ""));
}

/**
 * qz_sign_off_new:
 * @experts: (nullable): the experts' names, separated by commas, 、 or lines
 * @representative: (nullable): the enterprise's representative
 * @date: (nullable): the date of the sign-off, YYYY-MM-DD
 *
 * Returns: (transfer full): a sign-off holding the three, white space
 *   around each removed; see qz_sign_off_check()
 */
QzSignOff *
qz_sign_off_new (const char *experts,
                 const char *representative,
                 const char *date)
{
  QzSignOff *self = g_new0 (QzSignOff, 1);

  self->experts = dup_stripped (experts);
  self->representative = dup_stripped (representative);
  self->date = dup_stripped (date);
  return self;
}

/**
 * qz_sign_off_copy:
 * @self: (nullable): a sign-off
 *
 * Returns: (transfer full) (nullable): a copy, or %NULL for %NULL
 */
QzSignOff *
qz_sign_off_copy (const QzSignOff *self)
{
  if (self == NULL)
    return NULL;

  return qz_sign_off_new (self->experts, self->representative, self->date);
}

void
qz_sign_off_free (QzSignOff *self)
{
  if (self == NULL)
    return;

  g_free (self->experts);
  g_free (self->representative);
  g_free (self->date);
  g_free (self);
}

/**
 * qz_sign_off_check:
 * @self: a sign-off
 * @visit_date: (nullable): the assessment's visit date, YYYY-MM-DD
 * @error: return location for a #QzSignOffError with a translated message
 *
 * A sign-off names at least one expert and the representative, and has a
 * date, no earlier than the visit.
 *
 * Returns: %TRUE if @self can be kept
 */
gboolean
qz_sign_off_check (const QzSignOff  *self,
                   const char       *visit_date,
                   GError          **error)
{
  g_auto(GStrv) experts = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  experts = qz_sign_off_dup_experts (self);
  if (experts[0] == NULL)
    {
      g_set_error_literal (error, QZ_SIGN_OFF_ERROR, QZ_SIGN_OFF_ERROR_NO_EXPERTS,
                           _("Name the experts who confirm the assessment."));
      return FALSE;
    }
  if (self->representative[0] == '\0')
    {
      g_set_error_literal (error, QZ_SIGN_OFF_ERROR, QZ_SIGN_OFF_ERROR_NO_REPRESENTATIVE,
                           _("Name the enterprise’s representative who confirms the assessment."));
      return FALSE;
    }
  if (!qz_date_is_valid (self->date))
    {
      g_set_error (error, QZ_SIGN_OFF_ERROR, QZ_SIGN_OFF_ERROR_DATE,
                   _("“%s” is not a date: write it as 2026-12-31."), self->date);
      return FALSE;
    }
  if (visit_date != NULL && qz_date_is_valid (visit_date) && strcmp (self->date, visit_date) < 0)
    {
      g_set_error (error, QZ_SIGN_OFF_ERROR, QZ_SIGN_OFF_ERROR_BEFORE_VISIT,
                   _("The sign-off date %s is before the visit on %s."), self->date, visit_date);
      return FALSE;
    }

  return TRUE;
}

/**
 * qz_sign_off_dup_experts:
 * @self: a sign-off
 *
 * Splits the experts' names as typed (commas, full-width commas, 、,
 * semicolons or new lines), so that each gets a signature line.
 *
 * Returns: (transfer full): the names, without empty ones
 */
char **
qz_sign_off_dup_experts (const QzSignOff *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GString) text = NULL;
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  text = g_string_new (self->experts);
  g_string_replace (text, "，", ",", 0);
  g_string_replace (text, "、", ",", 0);
  g_string_replace (text, "；", ",", 0);
  g_string_replace (text, ";", ",", 0);
  g_string_replace (text, "\n", ",", 0);
  parts = g_strsplit (text->str, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }

  return g_strv_builder_end (builder);
}
