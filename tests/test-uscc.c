/* test-uscc.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

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

/* Positions 1 and 2. Each code below has a right check character (worked
 * with the weights 3^(i-1) mod 31), so that only its first two characters
 * can be wrong. */
static void
test_authority_and_type (void)
{
  const char *accepted[] = {
    "51330300MA2J00008E",  /* 民政, 社会团体 */
    "19330300MA2J00008R",  /* 机构编制, 其他 */
    "N3330300MA2J00008N",  /* 农业, 乡镇级集体经济组织 */
    "Y1330300MA2J00008L",  /* 其他, not divided */
    "G1330300MA2J000083",  /* 公安, assigned after 2015 */
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_test_message ("%s", accepted[i]);
      g_assert_true (qz_uscc_validate (accepted[i], &error));
      g_assert_no_error (error);
    }

  /* B is a code character but no authority. */
  g_assert_false (qz_uscc_validate ("B1330300MA2J000088", &error));
  g_assert_error (error, QZ_USCC_ERROR, QZ_USCC_ERROR_AUTHORITY);
  g_assert_nonnull (strstr (error->message, "“B”"));
  g_clear_error (&error);

  /* 工商 registers types 1, 2, 3 and 9, not 4. */
  g_assert_false (qz_uscc_validate ("94330300MA2J000081", &error));
  g_assert_error (error, QZ_USCC_ERROR, QZ_USCC_ERROR_TYPE);
  g_assert_nonnull (strstr (error->message, "“4”"));
  g_clear_error (&error);

  /* 其他 has a single type, 1. */
  g_assert_false (qz_uscc_validate ("Y2330300MA2J00008H", &error));
  g_assert_error (error, QZ_USCC_ERROR, QZ_USCC_ERROR_TYPE);
}

/* GB 11714 check digits inside the code, worked by hand with the weights
 * 3 7 9 10 5 8 4 2 (letters A = 10 … Z = 35). */
static void
test_organization_code (void)
{
  g_autoptr(GError) warning = NULL;

  /* MA2J0000: 22·3 + 10·7 + 2·9 + 19·10 = 344; 344 mod 11 = 3; 11 − 3 = 8. */
  g_assert_true (qz_uscc_check_organization_code ("91330300MA2J00008A", &warning));
  g_assert_no_error (warning);
  /* 12345678: 3 + 14 + 27 + 40 + 25 + 48 + 28 + 16 = 201; 201 mod 11 = 3: 8. */
  g_assert_true (qz_uscc_check_organization_code ("91330382123456788K", &warning));
  /* L0000001: 21·3 + 1·2 = 65; 65 mod 11 = 10: 1. */
  g_assert_true (qz_uscc_check_organization_code ("92330302L00000011L", &warning));
  /* 00000000: 0; 11 − 0 = 11, written 0. */
  g_assert_true (qz_uscc_check_organization_code ("91000000000000000K", &warning));
  /* 00000006: 6·2 = 12; 12 mod 11 = 1; 11 − 1 = 10, written X. */
  g_assert_true (qz_uscc_validate ("9133030000000006XK", NULL));
  g_assert_true (qz_uscc_check_organization_code ("9133030000000006XK", &warning));
  g_assert_no_error (warning);

  /* The old sample's code: a valid credit code (its check character
   * fits), but its organisation code ends in 1 where MA2J0000 gives 8.
   * A warning, not a validation error. */
  g_assert_true (qz_uscc_validate ("91330324MA2J00001D", NULL));
  g_assert_false (qz_uscc_check_organization_code ("91330324MA2J00001D", &warning));
  g_assert_error (warning, QZ_USCC_ERROR, QZ_USCC_ERROR_ORGANIZATION_CHECK);
  g_assert_nonnull (strstr (warning->message, "“8”"));
  g_assert_nonnull (strstr (warning->message, "“1”"));
  g_clear_error (&warning);

  /* The sample's code now: MA2J0000 then 8; the credit code's check
   * character: Σ value·3^(i−1) mod 31 over the first 17 = 1516; 1516 mod
   * 31 = 28; 31 − 28 = 3. */
  g_assert_true (qz_uscc_validate ("91330324MA2J000083", NULL));
  g_assert_true (qz_uscc_check_organization_code ("91330324MA2J000083", &warning));
  g_assert_no_error (warning);

  /* Nothing to check in a code that is not 18 characters long. */
  g_assert_true (qz_uscc_check_organization_code ("913303", &warning));
  g_assert_no_error (warning);
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
  g_test_add_func ("/qz/uscc/authority-and-type", test_authority_and_type);
  g_test_add_func ("/qz/uscc/organization-code", test_organization_code);
  g_test_add_func ("/qz/uscc/normalize", test_normalize);
  g_test_add_func ("/qz/uscc/normalized-input-validates", test_normalized_input_validates);

  return g_test_run ();
}
