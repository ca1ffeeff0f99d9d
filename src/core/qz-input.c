/* qz-input.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-input"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "qz-input.h"
#include "qz-uscc.h"

/* Bounds that no real enterprise reaches: they catch a finger left on a
 * key, not a plausible figure. */
#define MAX_COUNT 10000000
#define MAX_AMOUNT 1e9

G_DEFINE_QUARK (qz-input-error-quark, qz_input_error)

/* Digits typed with a Chinese input method are full-width, and people
 * group thousands with commas: take both. */
static char *
simplify_number (const char *text)
{
  g_autofree char *normal = qz_uscc_normalize (text);
  GString *out = g_string_new (NULL);

  for (const char *p = normal; *p; p++)
    {
      if (*p != ',')
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/**
 * qz_input_parse_count:
 * @text: what the user typed
 * @value: (out): the count, or -1 for empty text
 * @error: return location for a #QzInputError with a translated message
 *
 * Reads a whole, non-negative number such as a head count. Empty text
 * means "unknown".
 *
 * Returns: %TRUE if @text is empty or a valid count
 */
gboolean
qz_input_parse_count (const char  *text,
                      gint64      *value,
                      GError     **error)
{
  g_autofree char *simple = simplify_number (text);
  guint64 number = 0;

  if (simple[0] == '\0')
    {
      *value = -1;
      return TRUE;
    }

  if (!g_ascii_string_to_unsigned (simple, 10, 0, G_MAXUINT64, &number, NULL))
    {
      g_set_error_literal (error, QZ_INPUT_ERROR, QZ_INPUT_ERROR_INVALID,
                           _("Enter a whole number, such as 120."));
      return FALSE;
    }

  if (number > MAX_COUNT)
    {
      g_set_error (error, QZ_INPUT_ERROR, QZ_INPUT_ERROR_OUT_OF_RANGE,
                   _("Enter a number up to %d."), MAX_COUNT);
      return FALSE;
    }

  *value = (gint64) number;
  return TRUE;
}

/**
 * qz_input_parse_amount:
 * @text: what the user typed
 * @value: (out): the amount, or -1 for empty text
 * @error: return location for a #QzInputError with a translated message
 *
 * Reads a non-negative decimal amount with a point as decimal separator,
 * such as revenue in 10,000 yuan. Empty text means "unknown".
 *
 * Returns: %TRUE if @text is empty or a valid amount
 */
gboolean
qz_input_parse_amount (const char  *text,
                       double      *value,
                       GError     **error)
{
  g_autofree char *simple = simplify_number (text);
  guint points = 0;
  double number;

  if (simple[0] == '\0')
    {
      *value = -1;
      return TRUE;
    }

  /* Only digits and one point: no signs, exponents, "inf" or "nan". */
  for (const char *p = simple; *p; p++)
    {
      if (*p == '.')
        points++;
      else if (!g_ascii_isdigit (*p))
        points = 2;
    }

  if (points > 1 || g_str_equal (simple, "."))
    {
      g_set_error_literal (error, QZ_INPUT_ERROR, QZ_INPUT_ERROR_INVALID,
                           _("Enter an amount in figures, such as 8500 or 8500.5."));
      return FALSE;
    }

  number = g_ascii_strtod (simple, NULL);
  if (number > MAX_AMOUNT)
    {
      g_set_error (error, QZ_INPUT_ERROR, QZ_INPUT_ERROR_OUT_OF_RANGE,
                   _("Enter an amount up to %.0f."), MAX_AMOUNT);
      return FALSE;
    }

  *value = number;
  return TRUE;
}

/* Units a sum of money is written with, and how many 万元 each is. The
 * longer spelling comes first, so that "万元" is not read as "万". */
static const struct
{
  const char *suffix;
  double      multiply;
  double      divide;
} money_units[] = {
  { "亿元", 10000, 1 }, { "亿", 10000, 1 },
  { "万元", 1, 1 },     { "万", 1, 1 },
  { "千元", 1, 10 },    { "千", 1, 10 },
  { "元", 1, 10000 },
};

/**
 * qz_input_parse_money:
 * @text: what the user typed: "8500", "1.8亿", "3,500万", "800千元", "12000元"
 * @value: (out): the sum in 万元 (10 000 yuan), or -1 for empty text
 * @error: return location for a #QzInputError with a translated message
 *
 * Reads a sum of money as Chinese users write it: an amount in 万元, or
 * one with its unit (亿, 万, 千, 元, with or without 元), with thousands
 * separators in either.
 *
 * Returns: %TRUE if @text is empty or a valid sum
 */
gboolean
qz_input_parse_money (const char  *text,
                      double      *value,
                      GError     **error)
{
  g_autofree char *simple = simplify_number (text);
  g_autoptr(GError) amount_error = NULL;
  double multiply = 1, divide = 1;
  double number;
  gsize length = strlen (simple);

  for (guint i = 0; i < G_N_ELEMENTS (money_units); i++)
    {
      gsize suffix = strlen (money_units[i].suffix);

      if (length > suffix && g_str_has_suffix (simple, money_units[i].suffix))
        {
          simple[length - suffix] = '\0';
          g_strchomp (simple);
          multiply = money_units[i].multiply;
          divide = money_units[i].divide;
          break;
        }
    }

  if (!qz_input_parse_amount (simple, &number, &amount_error) ||
      (number < 0 && (multiply != 1 || divide != 1)))
    {
      if (amount_error != NULL && amount_error->code == QZ_INPUT_ERROR_OUT_OF_RANGE)
        g_propagate_error (error, g_steal_pointer (&amount_error));
      else
        g_set_error_literal (error, QZ_INPUT_ERROR, QZ_INPUT_ERROR_INVALID,
                             _("Enter a sum in 10 000 yuan, such as 8500, or with its unit: 1.8亿, 3500万, 800千元."));
      return FALSE;
    }

  if (number < 0)
    {
      *value = -1;
      return TRUE;
    }

  number = number * multiply / divide;
  if (number > MAX_AMOUNT)
    {
      g_set_error (error, QZ_INPUT_ERROR, QZ_INPUT_ERROR_OUT_OF_RANGE,
                   _("Enter a sum up to %.0f in 10 000 yuan."), MAX_AMOUNT);
      return FALSE;
    }

  *value = number;
  return TRUE;
}

/**
 * qz_input_parse_range:
 * @text: what the user typed: "10–30", "10-30", "10~30", "10 至 30", "25"
 *   or with units, "5万–30万"
 * @min: (out): the lower end, NAN for empty text
 * @max: (out): the upper end, NAN for empty text
 * @error: return location for a #QzInputError with a translated message
 *
 * Reads a range of two sums of money in 万元, or one standing for both,
 * each as qz_input_parse_money() reads it.
 *
 * Returns: %TRUE if @text is empty or a valid range
 */
gboolean
qz_input_parse_range (const char  *text,
                      double      *min,
                      double      *max,
                      GError     **error)
{
  static const char *separators[] = { "–", "—", "～", "~", "至", "到", "-", NULL };
  g_auto(GStrv) parts = NULL;
  double low, high;

  for (guint i = 0; separators[i] != NULL && parts == NULL; i++)
    {
      if (strstr (text, separators[i]) != NULL)
        parts = g_strsplit (text, separators[i], -1);
    }

  if (parts == NULL)
    {
      if (!qz_input_parse_money (text, &low, error))
        return FALSE;
      *min = *max = low < 0 ? NAN : low;
      return TRUE;
    }

  if (g_strv_length (parts) != 2 ||
      !qz_input_parse_money (parts[0], &low, NULL) || !qz_input_parse_money (parts[1], &high, NULL) ||
      low < 0 || high < 0)
    {
      g_set_error_literal (error, QZ_INPUT_ERROR, QZ_INPUT_ERROR_INVALID,
                           _("Enter the budget in 10 000 yuan: a range such as 10–30 or 5万–30万, or one sum."));
      return FALSE;
    }

  if (low > high)
    {
      g_set_error_literal (error, QZ_INPUT_ERROR, QZ_INPUT_ERROR_OUT_OF_RANGE,
                           _("The first amount of a range must not be above the second."));
      return FALSE;
    }

  *min = low;
  *max = high;
  return TRUE;
}

/**
 * qz_input_format_amount:
 * @value: an amount, or a negative number for unknown
 *
 * Returns: (transfer full): @value with at most six decimals (more than
 *   anyone types) and no trailing zeros, or an empty string for unknown
 */
char *
qz_input_format_amount (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  if (value < 0 || !isfinite (value))
    return g_strdup ("");

  g_ascii_formatd (buffer, sizeof buffer, "%.6f", value);
  end = buffer + strlen (buffer) - 1;
  while (*end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';

  return g_strdup (buffer);
}

/**
 * qz_input_check_phone:
 * @text: a phone number as typed
 * @error: return location for a #QzInputError with a translated message
 *
 * Checks that @text looks like a phone number: digits with spaces, plus,
 * hyphens or brackets, 5 to 20 digits. It is a hint for the user, who may
 * keep any text.
 *
 * Returns: %TRUE if @text is empty or looks like a phone number
 */
gboolean
qz_input_check_phone (const char  *text,
                      GError     **error)
{
  g_autofree char *simple = qz_uscc_normalize (text);
  guint digits = 0;

  if (simple[0] == '\0')
    return TRUE;

  for (const char *p = simple; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (strchr ("+-()", *p) == NULL)
        {
          digits = 0;
          break;
        }
    }

  if (digits < 5 || digits > 20)
    {
      g_set_error_literal (error, QZ_INPUT_ERROR, QZ_INPUT_ERROR_INVALID,
                           _("This does not look like a phone number: use digits, with spaces, +, - or brackets if you like."));
      return FALSE;
    }

  return TRUE;
}
