/* qz-uscc.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-uscc"

#include "qz-config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "qz-uscc.h"

/* GB 32100-2015: digits and capital letters without I, O, Z, S and V, in
 * value order; the check character follows ISO 7064 MOD 31-3. */
static const char alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/* Position 1, the registration authority (登记管理部门码), and the
 * organisation types (机构类别码, position 2) each may give. The GB
 * 32100-2015 table (two public reproductions agree on it): 1 机构编制
 * (机关, 事业单位, 中央编办直接管理机构编制的群众团体, 其他), 2 外交, 3 司法行政,
 * 4 文化, 5 民政 (社会团体, 民办非企业单位, 基金会, 其他), 6 旅游, 7 宗教,
 * 8 工会, 9 工商, now 市场监管 (企业, 个体工商户, 农民专业合作社), A 中央军委改革
 * 和编制办公室, N 农业, Y 其他 (always Y1). Codes assigned since, as a public
 * implementation lists them (third-party, not checked against the
 * notices): 36 商事调解组织, 54/55 村民/居民委员会, 82 非法人工会组织, 99, and
 * the authorities G 公安, J 住房城乡建设 and Q 侨联. They are accepted: refusing
 * a real code would be worse than letting an unusual one through. */
typedef struct
{
  char        authority;
  const char *types;
} Authority;

static const Authority authorities[] = {
  { '1', "1239" },
  { '2', "19" },
  { '3', "1234569" },
  { '4', "19" },
  { '5', "123459" },
  { '6', "129" },
  { '7', "129" },
  { '8', "129" },
  { '9', "1239" },
  { 'A', "19" },
  { 'G', "19" },
  { 'J', "19" },
  { 'N', "1239" },
  { 'Q', "1239" },
  { 'Y', "1" },
};

/* GB 11714: the weights of the organisation code's 8 body characters. */
static const guint organization_weights[] = { 3, 7, 9, 10, 5, 8, 4, 2 };

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

static gboolean
check_authority (const char  *code,
                 GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (authorities); i++)
    {
      if (authorities[i].authority != code[0])
        continue;
      if (strchr (authorities[i].types, code[1]) != NULL)
        return TRUE;

      g_set_error (error, QZ_USCC_ERROR, QZ_USCC_ERROR_TYPE,
                   /* Translators: the first %c is the second character of the code, the second %c its first */
                   _("The second character, “%c”, is not a kind of organisation that authority “%c” registers; an enterprise's code starts with 91."),
                   code[1], code[0]);
      return FALSE;
    }

  g_set_error (error, QZ_USCC_ERROR, QZ_USCC_ERROR_AUTHORITY,
               /* Translators: %c is the first character of the code */
               _("The first character, “%c”, is not a registration authority (1 to 9, A, G, J, N, Q or Y); an enterprise's code starts with 9."),
               code[0]);
  return FALSE;
}

/**
 * qz_uscc_validate:
 * @code: a normalised credit code (see qz_uscc_normalize())
 * @error: return location for a #QzUsccError with a translated message
 *
 * Checks the character set, the length, the registration authority and
 * organisation type (positions 1 and 2), the region digits and the check
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

  if (!check_authority (code, error))
    return FALSE;

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

/**
 * qz_uscc_check_organization_code:
 * @code: a credit code that passed qz_uscc_validate()
 * @warning: return location for a #QzUsccError with a translated message
 *
 * Checks the GB 11714 check digit of the organisation code inside a credit
 * code (positions 9 to 17: 8 body characters, digits and letters A = 10 to
 * Z = 35, weighted 3 7 9 10 5 8 4 2; the check digit is 11 minus the sum
 * mod 11, 10 written X and 11 written 0). The weights are a public
 * recollection, not read in the standard, and codes issued with a
 * mismatch may exist: a failure is a warning to show, never a reason to
 * refuse the code.
 *
 * Returns: %TRUE if the check digit fits, or @code is not 18 characters
 *   long; %FALSE with @warning set otherwise
 */
gboolean
qz_uscc_check_organization_code (const char  *code,
                                 GError     **warning)
{
  const char *body;
  guint sum = 0;
  guint check;
  char expected;

  g_return_val_if_fail (code != NULL, TRUE);

  if (strlen (code) != QZ_USCC_LENGTH)
    return TRUE;

  body = code + 8;
  for (guint i = 0; i < G_N_ELEMENTS (organization_weights); i++)
    {
      guint value;

      if (g_ascii_isdigit (body[i]))
        value = (guint) (body[i] - '0');
      else if (g_ascii_isupper (body[i]))
        value = (guint) (body[i] - 'A') + 10;
      else
        return TRUE;
      sum += value * organization_weights[i];
    }

  check = 11 - sum % 11;
  expected = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  if (body[8] == expected)
    return TRUE;

  g_set_error (warning, QZ_USCC_ERROR, QZ_USCC_ERROR_ORGANIZATION_CHECK,
               /* Translators: the first %c is the character expected, the second the one entered */
               _("The organisation code inside (characters 9 to 17) should end in “%c”, not “%c”: compare the code with the business licence."),
               expected, body[8]);
  return FALSE;
}
