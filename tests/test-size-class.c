/* test-size-class.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-size-class.h"

typedef struct
{
  gint64      employees;
  double      revenue;
  QzSizeClass expected;
} SizeCase;

/* The 2017 bounds for industry: large 1000 people and 40000 (10,000 yuan),
 * medium 300 and 2000, small 20 and 300; each class needs both. */
static const SizeCase boundary_cases[] = {
  { 1000, 40000,     QZ_SIZE_CLASS_LARGE },
  {  999, 40000,     QZ_SIZE_CLASS_MEDIUM },  /* one short of large staff */
  { 1000, 39999.99,  QZ_SIZE_CLASS_MEDIUM },  /* just short of large revenue */
  { 5000, 1999,      QZ_SIZE_CLASS_SMALL },   /* drops two classes: revenue decides */
  {  300, 2000,      QZ_SIZE_CLASS_MEDIUM },
  {  299, 2000,      QZ_SIZE_CLASS_SMALL },
  {  300, 1999.99,   QZ_SIZE_CLASS_SMALL },
  {   20, 300,       QZ_SIZE_CLASS_SMALL },
  {   19, 300,       QZ_SIZE_CLASS_MICRO },
  {   20, 299.99,    QZ_SIZE_CLASS_MICRO },
  {   19, 1000000,   QZ_SIZE_CLASS_MICRO },   /* micro needs only one figure below */
  {    0, 0,         QZ_SIZE_CLASS_MICRO },
  /* Unknown figures: micro is still certain when the known one is below. */
  {   -1, 100,       QZ_SIZE_CLASS_MICRO },
  {   10, -1,        QZ_SIZE_CLASS_MICRO },
  {   -1, 50000,     QZ_SIZE_CLASS_UNKNOWN },
  { 2000, -1,        QZ_SIZE_CLASS_UNKNOWN },
  {   -1, -1,        QZ_SIZE_CLASS_UNKNOWN },
};

static void
test_boundaries (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (boundary_cases); i++)
    {
      const SizeCase *c = &boundary_cases[i];

      g_test_message ("%" G_GINT64_FORMAT " employees, %.2f revenue", c->employees, c->revenue);
      g_assert_cmpint (qz_size_class_derive ("C3823", c->employees, c->revenue), ==, c->expected);
      /* Before an industry is chosen the industrial rule applies. */
      g_assert_cmpint (qz_size_class_derive (NULL, c->employees, c->revenue), ==, c->expected);
      g_assert_cmpint (qz_size_class_derive ("", c->employees, c->revenue), ==, c->expected);
    }
}

static void
test_sections (void)
{
  /* Mining and utilities share the industrial bounds. */
  g_assert_cmpint (qz_size_class_derive ("B", 1000, 40000), ==, QZ_SIZE_CLASS_LARGE);
  g_assert_cmpint (qz_size_class_derive ("D", 300, 2000), ==, QZ_SIZE_CLASS_MEDIUM);
  /* Other sections have other bounds, not built in. */
  g_assert_cmpint (qz_size_class_derive ("F", 1000, 40000), ==, QZ_SIZE_CLASS_UNKNOWN);
  g_assert_cmpint (qz_size_class_derive ("I", 5, 10), ==, QZ_SIZE_CLASS_UNKNOWN);
}

static void
test_names (void)
{
  g_assert_cmpstr (qz_size_class_to_string (QZ_SIZE_CLASS_UNKNOWN), ==, "");
  for (QzSizeClass c = QZ_SIZE_CLASS_MICRO; c <= QZ_SIZE_CLASS_LARGE; c++)
    g_assert_cmpstr (qz_size_class_to_string (c), !=, "");
  g_assert_cmpstr (qz_size_class_to_string (QZ_SIZE_CLASS_LARGE), !=,
                   qz_size_class_to_string (QZ_SIZE_CLASS_SMALL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qz/size-class/boundaries", test_boundaries);
  g_test_add_func ("/qz/size-class/sections", test_sections);
  g_test_add_func ("/qz/size-class/names", test_names);

  return g_test_run ();
}
