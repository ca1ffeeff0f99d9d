/* qz-toast.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include "qz-toast.h"

/**
 * qz_toast_new:
 * @text: what the toast says, as plain text
 *
 * Returns: (transfer floating): a toast showing @text as it is
 */
AdwToast *
qz_toast_new (const char *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  return adw_toast_new (markup);
}

/**
 * qz_toast_new_printf:
 * @format: a printf() format; what it formats is taken as plain text
 *
 * Returns: (transfer floating): a toast showing the text as it is
 */
AdwToast *
qz_toast_new_printf (const char *format,
                     ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  return qz_toast_new (text);
}

/**
 * qz_toast_set_text:
 * @toast: a toast
 * @text: what it says now, as plain text
 */
void
qz_toast_set_text (AdwToast   *toast,
                   const char *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  adw_toast_set_title (toast, markup);
}
