/* qz-uscc.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-uscc"

#include "qz-config.h"

#include <glib/gi18n-lib.h>

#include "qz-uscc.h"

/* GB 32100-2015: digits and capital letters without I, O, Z, S and V, in
 * value order; the check character follows ISO 7064 MOD 31-3. */
static const char alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

G_DEFINE_QUARK (qz-uscc-error-quark, qz_uscc_error)

static int
char_value (char c)
{
  const char *p;

  if (c == '\0')
    return -1;

  p = strchr (alphabet, c);
  return p ? (int) (p - alphabet) : -1;
}

/**
 * qz_uscc_normalize:
 * @text: (nullable): what the user typed
 *
 * Turns typed input into the canonical form of a credit code: white space
 * (including the ideographic space) removed, full-width letters and digits
 * from Chinese input methods made ASCII, letters upper-cased. Anything else
 * is kept, so that validation can point at it.
 *
 * Returns: (transfer full): the normalised text
 */
char *
qz_uscc_normalize (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; p && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x3000)
        continue;
      /* Full-width forms U+FF01..U+FF5E mirror ASCII 0x21..0x7E. */
      if (c >= 0xFF01 && c <= 0xFF5E)
        c = c - 0xFF01 + 0x21;
      if (c < 0x80)
        g_string_append_c (out, g_ascii_toupper ((char) c));
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/**
 * qz_uscc_validate:
 * @code: a normalised credit code (see qz_uscc_normalize())
 * @error: return location for a #QzUsccError with a translated message
 *
 * Checks the character set, the length, the region digits and the check
 * character of a unified social credit code.
 *
 * Returns: %TRUE if @code is a well-formed credit code
 */
gboolean
qz_uscc_validate (const char  *code,
                  GError     **error)
{
  guint length = 0;
  guint sum = 0;
  guint weight = 1;
  int expected;

  g_return_val_if_fail (code != NULL, FALSE);

  for (const char *p = code; *p; p = g_utf8_next_char (p))
    {
      length++;
      if (char_value (*p) < 0)
        {
          g_autofree char *shown = g_utf8_substring (p, 0, 1);

          g_set_error (error, QZ_USCC_ERROR, QZ_USCC_ERROR_CHARACTER,
                       /* Translators: the first %s is a character, %u its position */
                       _("“%s” at position %u is not allowed: credit codes use digits and capital letters except I, O, Z, S and V."),
                       shown, length);
          return FALSE;
        }
    }

  if (length != QZ_USCC_LENGTH)
    {
      g_set_error (error, QZ_USCC_ERROR, QZ_USCC_ERROR_LENGTH,
                   ngettext ("A credit code has 18 characters; this one has %u.",
                             "A credit code has 18 characters; this one has %u.",
                             length),
                   length);
      return FALSE;
    }

  for (guint i = 2; i < 8; i++)
    {
      if (!g_ascii_isdigit (code[i]))
        {
          g_set_error_literal (error, QZ_USCC_ERROR, QZ_USCC_ERROR_REGION,
                               _("Characters 3 to 8 are the region code and must be digits."));
          return FALSE;
        }
    }

  for (guint i = 0; i < QZ_USCC_LENGTH - 1; i++)
    {
      sum += (guint) char_value (code[i]) * weight;
      weight = weight * 3 % 31;
    }

  expected = (31 - (int) (sum % 31)) % 31;
  if (code[QZ_USCC_LENGTH - 1] != alphabet[expected])
    {
      g_set_error (error, QZ_USCC_ERROR, QZ_USCC_ERROR_CHECK,
                   _("The last character should be “%c”, not “%c”: one of the characters is probably mistyped."),
                   alphabet[expected], code[QZ_USCC_LENGTH - 1]);
      return FALSE;
    }

  return TRUE;
}
