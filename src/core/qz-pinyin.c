/* qz-pinyin.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-pinyin"

#include "qz-config.h"

#include <gio/gio.h>
#include <string.h>

#include "qz-pinyin.h"

/* Chinese names found by their pinyin, as a consultant types them: full
 * ("yueqing"), initials ("yq") or both ("yueqingdq" for 乐清电气). Each
 * character may give any beginning of any of its readings, so a polyphonic
 * character matches by every reading (乐: "le" and "yue"). The readings of
 * the CJK Unified Ideographs block come from Unihan (data/pinyin/). */

#define FIRST_HAN 0x4E00
#define LAST_HAN  0x9FFF
#define N_HAN     (LAST_HAN - FIRST_HAN + 1)

/* Terms longer than this are matched as text only: the positions reached
 * in a term are kept as the bits of a guint64. */
#define MAX_TERM  63

static const char **
get_table (void)
{
  static const char **table;

  if (g_once_init_enter (&table))
    {
      g_autoptr(GBytes) bytes = NULL;
      const char **readings = g_new0 (const char *, N_HAN);
      const char *data;
      char *text, *line;
      gsize size = 0;
      guint n = 0;

      bytes = g_resources_lookup_data ("/io/github/qizhen/Qizhen/pinyin/pinyin.txt",
                                       G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_assert (bytes != NULL);

      /* Kept for the life of the program, one string per line. */
      data = g_bytes_get_data (bytes, &size);
      text = g_strndup (data, size);

      for (line = text; n < N_HAN && *line != '\0'; n++)
        {
          char *end = strchr (line, '\n');

          readings[n] = line;
          if (end == NULL)
            break;
          *end = '\0';
          line = end + 1;
        }

      g_once_init_leave (&table, readings);
    }

  return table;
}

/**
 * qz_pinyin_get_readings:
 * @c: a character
 *
 * Returns: (nullable): the readings of @c without tones, space-separated,
 *   the most common first, or %NULL when @c has none
 */
const char *
qz_pinyin_get_readings (gunichar c)
{
  const char *readings;

  if (c < FIRST_HAN || c > LAST_HAN)
    return NULL;

  readings = get_table ()[c - FIRST_HAN];
  return readings != NULL && readings[0] != '\0' ? readings : NULL;
}

/**
 * qz_pinyin_has_readings:
 * @text: UTF-8 text
 *
 * Returns: %TRUE if a character of @text has a pinyin reading
 */
gboolean
qz_pinyin_has_readings (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      if ((guchar) *p >= 0x80 && qz_pinyin_get_readings (g_utf8_get_char (p)) != NULL)
        return TRUE;
    }

  return FALSE;
}

/**
 * qz_pinyin_prepare:
 * @text: lower-case UTF-8 text
 *
 * Returns: (transfer full) (nullable): @text as characters for
 *   qz_pinyin_matches(), or %NULL when no character has a reading (a term
 *   then matches @text as text or not at all)
 */
gunichar *
qz_pinyin_prepare (const char *text)
{
  if (text == NULL || !qz_pinyin_has_readings (text))
    return NULL;

  return g_utf8_to_ucs4_fast (text, -1, NULL);
}

/**
 * qz_pinyin_term_usable:
 * @term: a lower-case search term
 *
 * Returns: %TRUE if @term may be pinyin: Latin letters, possibly with
 *   digits, short enough to match
 */
gboolean
qz_pinyin_term_usable (const char *term)
{
  gboolean letter = FALSE;
  gsize len = 0;

  for (const char *p = term; *p; p++, len++)
    {
      if (*p >= 'a' && *p <= 'z')
        letter = TRUE;
      else if (!g_ascii_isdigit (*p))
        return FALSE;
    }

  return letter && len <= MAX_TERM;
}

/* The positions of @term reached from those in @from by the character @c. */
static guint64
step (gunichar    c,
      const char *term,
      guint       len,
      guint64     from)
{
  const char *readings = qz_pinyin_get_readings (c);
  guint64 to = 0;

  for (guint k = 0; k < len; k++)
    {
      if ((from & (G_GUINT64_CONSTANT (1) << k)) == 0)
        continue;

      if (readings == NULL)
        {
          /* Latin letters and digits in a name stand for themselves. */
          if (c < 0x80 && g_ascii_isalnum (c) && term[k] == (char) c)
            to |= G_GUINT64_CONSTANT (1) << (k + 1);
          continue;
        }

      /* Any beginning of any reading. */
      for (const char *r = readings; *r; )
        {
          guint l = 0;

          while (r[l] != '\0' && r[l] != ' ' && k + l < len && r[l] == term[k + l])
            {
              l++;
              to |= G_GUINT64_CONSTANT (1) << (k + l);
            }
          while (*r != '\0' && *r != ' ')
            r++;
          while (*r == ' ')
            r++;
        }
    }

  return to;
}

/**
 * qz_pinyin_matches:
 * @prepared: text from qz_pinyin_prepare()
 * @term: a term for which qz_pinyin_term_usable() is %TRUE
 *
 * Tells whether a run of characters of @prepared spells @term, each
 * character giving a beginning of one of its readings (at least its first
 * letter), or itself for a Latin letter or digit.
 *
 * Returns: %TRUE if @term is found in @prepared
 */
gboolean
qz_pinyin_matches (const gunichar *prepared,
                   const char     *term)
{
  guint len = strlen (term);
  guint64 goal, reached = 0;

  g_return_val_if_fail (prepared != NULL && term != NULL, FALSE);

  if (len == 0 || len > MAX_TERM)
    return len == 0;
  goal = G_GUINT64_CONSTANT (1) << len;

  /* One pass: a match may begin at any character, so the start of the
   * term (bit 0) is reached before each. */
  for (const gunichar *c = prepared; *c; c++)
    {
      reached = step (*c, term, len, reached | 1);
      if (reached & goal)
        return TRUE;
    }

  return FALSE;
}

/**
 * qz_pinyin_sort_key:
 * @text: UTF-8 text
 *
 * Returns: (transfer full): a key that sorts Chinese text by the pinyin of
 *   its characters' most common readings, among Latin text, with strcmp()
 */
char *
qz_pinyin_sort_key (const char *text)
{
  GString *key = g_string_new (NULL);

  for (const char *p = text ? text : ""; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *readings = (guchar) *p >= 0x80 ? qz_pinyin_get_readings (c) : NULL;

      if (readings != NULL)
        {
          /* Syllables apart, before any letter: 西安 (xi an) before 先 (xian). */
          g_string_append_len (key, readings, strcspn (readings, " "));
          g_string_append_c (key, '\1');
        }
      else
        g_string_append_unichar (key, g_unichar_tolower (c));
    }

  return g_string_free (key, FALSE);
}
