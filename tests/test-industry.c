/* test-industry.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "qz-industry.h"

static void
test_sections (void)
{
  guint expected_first = 1;
  char letter;

  /* A to T, each section's divisions following on from the last. */
  for (letter = 'A'; letter <= 'T'; letter++)
    {
      char code[2] = { letter, '\0' };
      const QzIndustry *section = qz_industry_lookup (code);
      guint first = 0;
      guint last = 0;

      g_test_message ("section %s", code);
      g_assert_nonnull (section);
      g_assert_cmpstr (qz_industry_get_code (section), ==, code);
      g_assert_cmpint (qz_industry_get_level (section), ==, QZ_INDUSTRY_LEVEL_SECTION);
      g_assert_null (qz_industry_get_parent (section));
      g_assert_cmpstr (qz_industry_get_name (section), !=, "");
      g_assert_true (qz_industry_get_division_range (section, &first, &last));
      g_assert_cmpuint (first, ==, expected_first);
      g_assert_cmpuint (last, >=, first);
      expected_first = last + 1;
    }
  g_assert_cmpuint (expected_first, ==, 98);
  g_assert_null (qz_industry_lookup ("U"));

  g_assert_cmpstr (qz_industry_get_name (qz_industry_lookup ("C")), ==, "Manufacturing");
}

static void
test_division_ranges (void)
{
  const QzIndustry *manufacturing = qz_industry_lookup ("C");
  guint first = 0;
  guint last = 0;

  g_assert_true (qz_industry_get_division_range (manufacturing, &first, &last));
  g_assert_cmpuint (first, ==, 13);
  g_assert_cmpuint (last, ==, 43);
  g_assert_true (qz_industry_get_division_range (qz_industry_lookup ("B"), &first, NULL));
  g_assert_cmpuint (first, ==, 6);
  g_assert_true (qz_industry_get_division_range (qz_industry_lookup ("D"), NULL, &last));
  g_assert_cmpuint (last, ==, 46);

  first = last = 99;
  g_assert_false (qz_industry_get_division_range (qz_industry_lookup ("C38"), &first, &last));
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (last, ==, 0);
}

static void
test_manufacturing_divisions (void)
{
  const QzIndustry *manufacturing = qz_industry_lookup ("C");

  for (guint division = 13; division <= 43; division++)
    {
      g_autofree char *code = g_strdup_printf ("C%02u", division);
      const QzIndustry *industry = qz_industry_lookup (code);
      const char *name;

      g_test_message ("division %s", code);
      g_assert_nonnull (industry);
      g_assert_cmpstr (qz_industry_get_code (industry), ==, code);
      g_assert_cmpint (qz_industry_get_level (industry), ==, QZ_INDUSTRY_LEVEL_DIVISION);
      g_assert_true (qz_industry_get_parent (industry) == manufacturing);
      name = qz_industry_get_name (industry);
      g_assert_nonnull (name);
      g_assert_cmpstr (name, !=, "");
    }

  g_assert_null (qz_industry_lookup ("C12"));
  g_assert_null (qz_industry_lookup ("C44"));
  g_assert_cmpstr (qz_industry_get_name (qz_industry_lookup ("C38")), ==,
                   "Manufacture of electrical machinery and equipment");
}

typedef struct
{
  const char *class_code;
  const char *group_code;
  const char *division_code;
} Chain;

static const Chain wenzhou_chains[] = {
  { "C3823", "C382", "C38" },  /* low-voltage electrical apparatus */
  { "C3443", "C344", "C34" },  /* pumps and valves */
  { "C1952", "C195", "C19" },  /* shoes */
  { "C3587", "C358", "C35" },  /* eyeglasses, moved from C40 in 2017 */
  { "C3670", "C367", "C36" },  /* car parts */
  { "C3752", "C375", "C37" },  /* motorcycle parts */
  { "C3525", "C352", "C35" },  /* molds */
};

static void
test_wenzhou_classes (void)
{
  const QzIndustry *manufacturing = qz_industry_lookup ("C");

  for (guint i = 0; i < G_N_ELEMENTS (wenzhou_chains); i++)
    {
      const Chain *chain = &wenzhou_chains[i];
      const QzIndustry *klass = qz_industry_lookup (chain->class_code);
      const QzIndustry *group = qz_industry_lookup (chain->group_code);
      const QzIndustry *division = qz_industry_lookup (chain->division_code);

      g_test_message ("class %s", chain->class_code);
      g_assert_nonnull (klass);
      g_assert_nonnull (group);
      g_assert_nonnull (division);
      g_assert_cmpint (qz_industry_get_level (klass), ==, QZ_INDUSTRY_LEVEL_CLASS);
      g_assert_cmpint (qz_industry_get_level (group), ==, QZ_INDUSTRY_LEVEL_GROUP);
      g_assert_cmpstr (qz_industry_get_code (qz_industry_get_parent (klass)), ==, chain->group_code);
      g_assert_cmpstr (qz_industry_get_code (qz_industry_get_parent (group)), ==, chain->division_code);
      g_assert_true (qz_industry_get_parent (division) == manufacturing);
      g_assert_null (qz_industry_get_parent (manufacturing));
      g_assert_cmpstr (qz_industry_get_name (klass), !=, "");
      g_assert_true (qz_industry_is_industrial (chain->class_code));
    }

  /* The apparel groups. */
  for (guint i = 181; i <= 183; i++)
    {
      g_autofree char *code = g_strdup_printf ("C%u", i);
      const QzIndustry *group = qz_industry_lookup (code);

      g_assert_nonnull (group);
      g_assert_cmpint (qz_industry_get_level (group), ==, QZ_INDUSTRY_LEVEL_GROUP);
      g_assert_cmpstr (qz_industry_get_code (qz_industry_get_parent (group)), ==, "C18");
    }

  /* Eyeglasses are no longer under instruments (2011: 4042). */
  g_assert_null (qz_industry_lookup ("C4042"));
}

/* GB/T 4754-2017 classes of Wenzhou's industries added after the first
 * table: code, parent, English name, as the 2017 table gives them. */
typedef struct
{
  const char *code;
  const char *parent_code;
  const char *name;
} Class2017;

static const Class2017 classes_2017[] = {
  { "C1811", "C181", "Manufacture of woven sportswear" },
  { "C1819", "C181", "Manufacture of other woven garments" },
  { "C1821", "C182", "Manufacture of knitted sports and leisure garments" },
  { "C1829", "C182", "Manufacture of other knitted or crocheted garments" },
  { "C1830", "C183", "Manufacture of apparel accessories" },
  { "C3822", "C382", "Manufacture of capacitors and their supporting equipment" },
  { "C3825", "C382", "Manufacture of photovoltaic equipment and components" },
  { "C383", "C38", "Manufacture of wires, cables, optical cables and electrical materials" },
  { "C3831", "C383", "Manufacture of wires and cables" },
  { "C3832", "C383", "Manufacture of optical fibres" },
  { "C3833", "C383", "Manufacture of optical cables" },
  { "C3834", "C383", "Manufacture of insulation products" },
  { "C3839", "C383", "Manufacture of other electrical materials" },
  { "C398", "C39", "Manufacture of electronic components and special electronic materials" },
  { "C3989", "C398", "Manufacture of other electronic components" },  /* connectors */
};

static void
test_classes_2017 (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (classes_2017); i++)
    {
      const Class2017 *expected = &classes_2017[i];
      const QzIndustry *industry = qz_industry_lookup (expected->code);

      g_test_message ("class %s", expected->code);
      g_assert_nonnull (industry);
      g_assert_cmpstr (qz_industry_get_name (industry), ==, expected->name);
      g_assert_cmpstr (qz_industry_get_code (qz_industry_get_parent (industry)), ==,
                       expected->parent_code);
      g_assert_cmpint (qz_industry_get_level (industry), ==,
                       strlen (expected->code) == 5 ? QZ_INDUSTRY_LEVEL_CLASS
                                                    : QZ_INDUSTRY_LEVEL_GROUP);
      g_assert_true (qz_industry_is_industrial (expected->code));
    }

  /* The 2011 apparel classes, one per group, are gone in 2017. */
  g_assert_null (qz_industry_lookup ("C1810"));
  g_assert_null (qz_industry_lookup ("C1820"));
}

static void
test_unknown (void)
{
  g_assert_null (qz_industry_lookup ("C99"));
  g_assert_null (qz_industry_lookup ("X"));
  g_assert_null (qz_industry_lookup (""));
  g_assert_null (qz_industry_lookup (NULL));
  g_assert_null (qz_industry_lookup ("c38"));
  g_assert_null (qz_industry_lookup ("C38 "));
  g_assert_null (qz_industry_lookup ("C3"));
  g_assert_null (qz_industry_lookup ("38"));
  g_assert_null (qz_industry_lookup ("C38231"));
  g_assert_null (qz_industry_get_nth (qz_industry_get_count ()));
  g_assert_null (qz_industry_get_nth (G_MAXUINT));
}

static void
test_labels (void)
{
  g_autofree char *known = qz_industry_dup_label ("C3823");
  g_autofree char *expected = g_strconcat ("C3823 ",
                                           qz_industry_get_name (qz_industry_lookup ("C3823")),
                                           NULL);
  g_autofree char *section = qz_industry_dup_label ("C");
  g_autofree char *unknown = qz_industry_dup_label ("C3399");
  g_autofree char *empty = qz_industry_dup_label ("");
  g_autofree char *null = qz_industry_dup_label (NULL);

  g_assert_cmpstr (known, ==, expected);
  g_assert_true (g_str_has_prefix (known, "C3823 Manufacture of "));
  g_assert_cmpstr (section, ==, "C Manufacturing");
  g_assert_cmpstr (unknown, ==, "C3399");
  g_assert_cmpstr (empty, ==, "");
  g_assert_cmpstr (null, ==, "");
}

static void
test_industrial (void)
{
  g_assert_true (qz_industry_is_industrial ("B06"));
  g_assert_true (qz_industry_is_industrial ("C3823"));
  g_assert_true (qz_industry_is_industrial ("D44"));
  g_assert_true (qz_industry_is_industrial ("C"));
  g_assert_true (qz_industry_is_industrial ("B"));
  g_assert_true (qz_industry_is_industrial ("D"));
  g_assert_true (qz_industry_is_industrial ("B12"));
  g_assert_true (qz_industry_is_industrial ("D4610"));
  /* Codes deeper than the table are still industrial. */
  g_assert_true (qz_industry_is_industrial ("C3399"));
  g_assert_true (qz_industry_is_industrial ("C331"));

  g_assert_false (qz_industry_is_industrial ("A01"));
  g_assert_false (qz_industry_is_industrial ("F51"));
  g_assert_false (qz_industry_is_industrial ("E"));
  g_assert_false (qz_industry_is_industrial (""));
  g_assert_false (qz_industry_is_industrial (NULL));
  /* Malformed codes, or a division outside the section. */
  g_assert_false (qz_industry_is_industrial ("c38"));
  g_assert_false (qz_industry_is_industrial ("C99"));
  g_assert_false (qz_industry_is_industrial ("B13"));
  g_assert_false (qz_industry_is_industrial ("C3"));
  g_assert_false (qz_industry_is_industrial ("C38231"));
  g_assert_false (qz_industry_is_industrial ("C38x"));
  g_assert_false (qz_industry_is_industrial ("C 38"));
}

static void
test_tree_order (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint count = qz_industry_get_count ();
  const char *previous = NULL;

  g_assert_cmpuint (count, >=, 20 + 31);

  for (guint i = 0; i < count; i++)
    {
      const QzIndustry *industry = qz_industry_get_nth (i);
      const QzIndustry *parent;
      const char *code;
      gsize length;

      g_assert_nonnull (industry);
      code = qz_industry_get_code (industry);
      g_test_message ("entry %u: %s", i, code);
      length = strlen (code);

      /* Codes are unique and, being prefix-extended, sorted in tree order;
       * lookup relies on that. */
      g_assert_false (g_hash_table_contains (seen, code));
      if (previous != NULL)
        g_assert_cmpint (strcmp (previous, code), <, 0);
      g_assert_true (qz_industry_lookup (code) == industry);

      /* Shape: a capital letter, then 0, 2, 3 or 4 digits by level. */
      g_assert_true (g_ascii_isupper (code[0]));
      g_assert_cmpuint (strspn (code + 1, "0123456789"), ==, length - 1);
      switch (qz_industry_get_level (industry))
        {
        case QZ_INDUSTRY_LEVEL_SECTION:
          g_assert_cmpuint (length, ==, 1);
          break;
        case QZ_INDUSTRY_LEVEL_DIVISION:
          g_assert_cmpuint (length, ==, 3);
          break;
        case QZ_INDUSTRY_LEVEL_GROUP:
          g_assert_cmpuint (length, ==, 4);
          break;
        case QZ_INDUSTRY_LEVEL_CLASS:
          g_assert_cmpuint (length, ==, 5);
          break;
        default:
          g_assert_not_reached ();
        }

      /* Every parent comes earlier, is a level up and prefixes the code. */
      parent = qz_industry_get_parent (industry);
      if (qz_industry_get_level (industry) == QZ_INDUSTRY_LEVEL_SECTION)
        {
          g_assert_null (parent);
        }
      else
        {
          const char *parent_code;

          g_assert_nonnull (parent);
          parent_code = qz_industry_get_code (parent);
          g_assert_true (g_hash_table_contains (seen, parent_code));
          g_assert_true (g_str_has_prefix (code, parent_code));
          g_assert_cmpint (qz_industry_get_level (parent), <, qz_industry_get_level (industry));
        }

      /* Divisions lie in their section's range. */
      if (qz_industry_get_level (industry) == QZ_INDUSTRY_LEVEL_DIVISION)
        {
          guint first = 0;
          guint last = 0;
          guint division = (guint) g_ascii_strtoull (code + 1, NULL, 10);

          g_assert_true (qz_industry_get_division_range (parent, &first, &last));
          g_assert_cmpuint (division, >=, first);
          g_assert_cmpuint (division, <=, last);
        }

      g_assert_cmpstr (qz_industry_get_name (industry), !=, "");
      g_hash_table_add (seen, (gpointer) code);
      previous = code;
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qz/industry/sections", test_sections);
  g_test_add_func ("/qz/industry/division-ranges", test_division_ranges);
  g_test_add_func ("/qz/industry/manufacturing-divisions", test_manufacturing_divisions);
  g_test_add_func ("/qz/industry/wenzhou-classes", test_wenzhou_classes);
  g_test_add_func ("/qz/industry/classes-2017", test_classes_2017);
  g_test_add_func ("/qz/industry/unknown", test_unknown);
  g_test_add_func ("/qz/industry/labels", test_labels);
  g_test_add_func ("/qz/industry/industrial", test_industrial);
  g_test_add_func ("/qz/industry/tree-order", test_tree_order);

  return g_test_run ();
}
