/* test-uscc.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-uscc.h"

/* Synthetic codes whose check characters were computed independently by
 * hand from the GB 32100 weights (3^(i-1) mod 31); none is a real
 * enterprise. */
static const char *valid_codes[] = {
  "91330300MA2J00008A",
  "91330382123456788K",
  "92330302L00000011L",
  "91000000000000000K",
};

static void
test_valid (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (valid_codes); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (qz_uscc_validate (valid_codes[i], &error));
      g_assert_no_error (error);
    }
}

static void
test_wrong_check_character (void)
{
  g_autoptr(GError) error = NULL;

  /* The last character of 91330382123456788K, changed. */
  g_assert_false (qz_uscc_validate ("91330382123456788L", &error));
  g_assert_error (error, QZ_USCC_ERROR, QZ_USCC_ERROR_CHECK);
  g_assert_nonnull (strstr (error->message, "K"));

  /* One body character changed: the old check character no longer fits. */
  g_clear_error (&error);
  g_assert_false (qz_uscc_validate ("91330382123456789K", &error));
  g_assert_error (error, QZ_USCC_ERROR, QZ_USCC_ERROR_CHECK);
}

static void
test_forbidden_letters (void)
{
  const char forbidden[] = "IOZSV";

  for (guint i = 0; forbidden[i]; i++)
    {
      g_autoptr(GError) error = NULL;
      char code[] = "91330300MA2J00008A";

      code[9] = forbidden[i];
      g_assert_false (qz_uscc_validate (code, &error));
      g_assert_error (error, QZ_USCC_ERROR, QZ_USCC_ERROR_CHARACTER);
      /* The message names the position, counted from 1. */
      g_assert_nonnull (strstr (error->message, "10"));
    }
}

static void
test_other_characters (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (qz_uscc_validate ("91330300MA2J0000-A", &error));
  g_assert_error (error, QZ_USCC_ERROR, QZ_USCC_ERROR_CHARACTER);
  g_clear_error (&error);

  g_assert_false (qz_uscc_validate ("91330300ma2j00008a", &error));
  g_assert_error (error, QZ_USCC_ERROR, QZ_USCC_ERROR_CHARACTER);
  g_clear_error (&error);

  g_assert_false (qz_uscc_validate ("9133030０MA2J00008A", &error));
  g_assert_error (error, QZ_USCC_ERROR, QZ_USCC_ERROR_CHARACTER);
  g_assert_nonnull (strstr (error->message, "０"));
}

static void
test_length (void)
{
  const char *codes[] = { "", "9133030", "91330300MA2J00008", "91330300MA2J00008AA" };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (qz_uscc_validate (codes[i], &error));
      g_assert_error (error, QZ_USCC_ERROR, QZ_USCC_ERROR_LENGTH);
    }
}

static void
test_region (void)
{
  g_autoptr(GError) error = NULL;

  /* Letters are valid characters, but not in the region code. */
  g_assert_false (qz_uscc_validate ("9133A300MA2J00008A", &error));
  g_assert_error (error, QZ_USCC_ERROR, QZ_USCC_ERROR_REGION);
}

static void
test_normalize (void)
{
  const struct { const char *input; const char *expected; } cases[] = {
    { "91330300ma2j00008a", "91330300MA2J00008A" },
    { " 9133 0300 MA2J 0000 8A ", "91330300MA2J00008A" },
    { "9133\t0300\u3000MA2J00008A", "91330300MA2J00008A" },
    { "９１３３０３００ＭＡ２Ｊ００００８ａ", "91330300MA2J00008A" },
    { "", "" },
    { NULL, "" },
    /* Not a code character: kept, so that validation can point at it. */
    { "9133-0300", "9133-0300" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normal = qz_uscc_normalize (cases[i].input);

      g_assert_cmpstr (normal, ==, cases[i].expected);
    }
}

static void
test_normalized_input_validates (void)
{
  g_autofree char *normal = qz_uscc_normalize ("9133 0382 1234 5678 8k");

  g_assert_true (qz_uscc_validate (normal, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qz/uscc/valid", test_valid);
  g_test_add_func ("/qz/uscc/wrong-check-character", test_wrong_check_character);
  g_test_add_func ("/qz/uscc/forbidden-letters", test_forbidden_letters);
  g_test_add_func ("/qz/uscc/other-characters", test_other_characters);
  g_test_add_func ("/qz/uscc/length", test_length);
  g_test_add_func ("/qz/uscc/region", test_region);
  g_test_add_func ("/qz/uscc/normalize", test_normalize);
  g_test_add_func ("/qz/uscc/normalized-input-validates", test_normalized_input_validates);

  return g_test_run ();
}
