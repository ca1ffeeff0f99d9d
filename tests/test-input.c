/* test-input.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "qz-input.h"

static void
test_count (void)
{
  const struct { const char *text; gint64 expected; } good[] = {
    { "", -1 }, { "   ", -1 }, { "0", 0 }, { "120", 120 }, { " 1,200 ", 1200 },
    { "１２０", 120 }, { "10000000", 10000000 },
  };
  const char *bad[] = { "abc", "12a", "-5", "1.5", "+3", "1e3" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 value = 42;

      g_assert_true (qz_input_parse_count (good[i].text, &value, &error));
      g_assert_no_error (error);
      g_assert_cmpint (value, ==, good[i].expected);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 value = 42;

      g_assert_false (qz_input_parse_count (bad[i], &value, &error));
      g_assert_error (error, QZ_INPUT_ERROR, QZ_INPUT_ERROR_INVALID);
      g_assert_cmpint (value, ==, 42);
    }
}

static void
test_count_range (void)
{
  g_autoptr(GError) error = NULL;
  gint64 value = 42;

  g_assert_false (qz_input_parse_count ("10000001", &value, &error));
  g_assert_error (error, QZ_INPUT_ERROR, QZ_INPUT_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_false (qz_input_parse_count ("99999999999999999999999", &value, &error));
  g_assert_nonnull (error);
}

static void
test_amount (void)
{
  const struct { const char *text; double expected; } good[] = {
    { "", -1 }, { "0", 0 }, { "8500", 8500 }, { "8500.5", 8500.5 }, { "40,000", 40000 },
    { ".5", 0.5 }, { "300.", 300 }, { "８５００．５", 8500.5 },
  };
  const char *bad[] = { "abc", "1.2.3", "-300", "1e5", "inf", "nan", ".", "8 500元" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      double value = 42;

      g_assert_true (qz_input_parse_amount (good[i].text, &value, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat (value, ==, good[i].expected);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      double value = 42;

      g_test_message ("%s", bad[i]);
      g_assert_false (qz_input_parse_amount (bad[i], &value, &error));
      g_assert_error (error, QZ_INPUT_ERROR, QZ_INPUT_ERROR_INVALID);
      g_assert_cmpfloat (value, ==, 42);
    }

  {
    g_autoptr(GError) error = NULL;
    double value;

    g_assert_false (qz_input_parse_amount ("1000000001", &value, &error));
    g_assert_error (error, QZ_INPUT_ERROR, QZ_INPUT_ERROR_OUT_OF_RANGE);
  }
}

/* Sums as Chinese users write them, in 万元. */
static void
test_money (void)
{
  const struct { const char *text; double expected; } good[] = {
    { "", -1 }, { "8500", 8500 }, { "1.8亿", 18000 }, { "1.8 亿元", 18000 }, { "3,500万", 3500 },
    { "3500万元", 3500 }, { "800千元", 80 }, { "800千", 80 }, { "12,345元", 1.2345 }, { "２亿", 20000 },
  };
  const char *bad[] = { "1.8亿x", "亿", "万元", "-1万", "1e3万", "一亿", "1.8.2亿", "亿1.8" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      double value = 42;

      g_test_message ("%s", good[i].text);
      g_assert_true (qz_input_parse_money (good[i].text, &value, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat_with_epsilon (value, good[i].expected, 1e-9);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      double value = 42;

      g_test_message ("%s", bad[i]);
      g_assert_false (qz_input_parse_money (bad[i], &value, &error));
      g_assert_error (error, QZ_INPUT_ERROR, QZ_INPUT_ERROR_INVALID);
      g_assert_cmpfloat (value, ==, 42);
    }

  {
    g_autoptr(GError) error = NULL;
    double value = 42;

    /* 10 万亿 is beyond any enterprise. */
    g_assert_false (qz_input_parse_money ("100000000亿", &value, &error));
    g_assert_error (error, QZ_INPUT_ERROR, QZ_INPUT_ERROR_OUT_OF_RANGE);
  }
}

static void
test_format_amount (void)
{
  const struct { double value; const char *expected; } cases[] = {
    { -1, "" }, { 0, "0" }, { 8500, "8500" }, { 8500.5, "8500.5" }, { 8500.25, "8500.25" },
    { 40000.004, "40000.004" }, { 8500.555, "8500.555" }, { 0.0001, "0.0001" },
    { 1e9, "1000000000" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = qz_input_format_amount (cases[i].value);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_phone (void)
{
  const char *good[] = { "", "0577-88881234", "+86 138 0000 0000", "(0577) 6123 4567", "13800000000" };
  const char *bad[] = { "call me", "123", "0577-8888 ext 12", "123456789012345678901" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (qz_input_check_phone (good[i], NULL));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (qz_input_check_phone (bad[i], &error));
      g_assert_error (error, QZ_INPUT_ERROR, QZ_INPUT_ERROR_INVALID);
    }
}

/* Budgets: a range in any common spelling, one amount for both ends,
 * nothing for none; reversed or half ranges refused. */
static void
test_range (void)
{
  static const struct { const char *text; double min, max; } good[] = {
    { "10–30", 10, 30 }, { "10-30", 10, 30 }, { " 10 ~ 30 ", 10, 30 }, { "10至30", 10, 30 },
    { "１０～３０", 10, 30 }, { "25", 25, 25 }, { "0-0.5", 0, 0.5 },
  };
  static const char *bad[] = { "30-10", "10-", "-10", "10-20-30", "ten", "1e3-2e3" };
  double min, max;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (qz_input_parse_range (good[i].text, &min, &max, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat (min, ==, good[i].min);
      g_assert_cmpfloat (max, ==, good[i].max);
    }

  g_assert_true (qz_input_parse_range ("  ", &min, &max, NULL));
  g_assert_true (isnan (min) && isnan (max));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (qz_input_parse_range (bad[i], &min, &max, &error));
      g_assert_nonnull (error);
      g_assert_true (error->domain == QZ_INPUT_ERROR);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qz/input/count", test_count);
  g_test_add_func ("/qz/input/count-range", test_count_range);
  g_test_add_func ("/qz/input/amount", test_amount);
  g_test_add_func ("/qz/input/money", test_money);
  g_test_add_func ("/qz/input/format-amount", test_format_amount);
  g_test_add_func ("/qz/input/range", test_range);
  g_test_add_func ("/qz/input/phone", test_phone);

  return g_test_run ();
}
