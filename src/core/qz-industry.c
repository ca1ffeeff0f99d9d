/* qz-industry.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-industry"

#include "qz-config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "qz-industry.h"

/* GB/T 4754-2017 国民经济行业分类. A code is the section letter followed by
 * the digits of the level: "C" section, "C38" division, "C382" group,
 * "C3823" class. */
struct _QzIndustry
{
  const char *code;
  const char *name;            /* English source string, see po/ */
  guint8      first_division;  /* sections only, else 0 */
  guint8      last_division;
};

#define SECTION(code, name, first, last) { code, name, first, last }
#define ENTRY(code, name)                { code, name, 0, 0 }

/* In tree order: each section, then its divisions, each division followed
 * by its groups, each group by its classes. Only the sections, the
 * manufacturing divisions and the groups and classes of Wenzhou's
 * industries are listed so far.
 *
 * Checked against GB/T 4754-2017 as two independent public reproductions
 * of the 2017 table give it (the code tree with the standard's notes in
 * zmshe/capital src/utils/category.js @0b8f1ae4, and an SQL dump of the
 * same tree), code by code and name by name for every group and class
 * below, not against the 2011 table an earlier source gave. Where 2017
 * differs from 2011 for these industries:
 *
 * - apparel: 2011 had one class per group (1810, 1820, 1830); 2017 splits
 *   181 into 1811/1819 and 182 into 1821/1829, and keeps 1830;
 * - 382: 3825 photovoltaic equipment is new in 2017;
 * - 383: 2011's 3832 "optical fibres and cables" is split into 3832 and
 *   3833, insulation moving from 3833 to 3834;
 * - 398: 2011's "electronic components" (3981, 3982) becomes "electronic
 *   components and special electronic materials", 3981-3989;
 * - eyeglasses moved from 4042 to 3587.
 *
 * Connectors (通信连接器, a traditional Wenzhou industry in the 2024
 * plan): the 2017 table has no class naming them. The note of 3989 reads
 * "指未列明的电子元件及组件的制造" and none of 3981-3985 covers them
 * (resistors, capacitors and inductors; circuits; sensors; acoustic
 * parts; materials), so communication connectors are 3989 by that note.
 * Power connectors and terminals, as electrical equipment materials, are
 * 3839; both are listed.
 *
 * Since a child's code is its parent's code plus a fixed number of digits,
 * tree order is also byte order of the codes, so qz_industry_lookup() can
 * search this table directly; the test suite checks that it stays sorted. */
static const QzIndustry industries[] = {
  SECTION ("A", N_("Agriculture, forestry, animal husbandry and fishery"), 1, 5),
  SECTION ("B", N_("Mining"), 6, 12),
  SECTION ("C", N_("Manufacturing"), 13, 43),
  ENTRY ("C13", N_("Processing of food from agricultural products")),
  ENTRY ("C14", N_("Manufacture of foods")),
  ENTRY ("C15", N_("Manufacture of liquor, beverages and refined tea")),
  ENTRY ("C16", N_("Manufacture of tobacco products")),
  ENTRY ("C17", N_("Manufacture of textiles")),
  ENTRY ("C18", N_("Manufacture of textile garments and apparel")),
  ENTRY ("C181", N_("Manufacture of woven garments")),
  ENTRY ("C1811", N_("Manufacture of woven sportswear")),
  ENTRY ("C1819", N_("Manufacture of other woven garments")),
  ENTRY ("C182", N_("Manufacture of knitted or crocheted garments")),
  ENTRY ("C1821", N_("Manufacture of knitted sports and leisure garments")),
  ENTRY ("C1829", N_("Manufacture of other knitted or crocheted garments")),
  /* The group and its only class share a name. */
  ENTRY ("C183", N_("Manufacture of apparel accessories")),
  ENTRY ("C1830", N_("Manufacture of apparel accessories")),
  ENTRY ("C19", N_("Manufacture of leather, fur, feathers and related products, and footwear")),
  ENTRY ("C195", N_("Manufacture of footwear")),
  ENTRY ("C1951", N_("Manufacture of textile fabric footwear")),
  ENTRY ("C1952", N_("Manufacture of leather footwear")),
  ENTRY ("C1953", N_("Manufacture of plastic footwear")),
  ENTRY ("C1954", N_("Manufacture of rubber footwear")),
  ENTRY ("C1959", N_("Manufacture of other footwear")),
  ENTRY ("C20", N_("Processing of timber and manufacture of wood, bamboo, rattan, palm and straw products")),
  ENTRY ("C21", N_("Manufacture of furniture")),
  ENTRY ("C22", N_("Manufacture of paper and paper products")),
  ENTRY ("C23", N_("Printing and reproduction of recording media")),
  ENTRY ("C24", N_("Manufacture of articles for culture, education, arts and crafts, sport and entertainment")),
  ENTRY ("C25", N_("Processing of petroleum, coal and other fuels")),
  ENTRY ("C26", N_("Manufacture of raw chemical materials and chemical products")),
  ENTRY ("C27", N_("Manufacture of medicines")),
  ENTRY ("C28", N_("Manufacture of chemical fibers")),
  ENTRY ("C29", N_("Manufacture of rubber and plastic products")),
  ENTRY ("C30", N_("Manufacture of non-metallic mineral products")),
  ENTRY ("C31", N_("Smelting and pressing of ferrous metals")),
  ENTRY ("C32", N_("Smelting and pressing of non-ferrous metals")),
  ENTRY ("C33", N_("Manufacture of metal products")),
  ENTRY ("C34", N_("Manufacture of general-purpose machinery")),
  ENTRY ("C344", N_("Manufacture of pumps, valves, compressors and similar machinery")),
  ENTRY ("C3441", N_("Manufacture of pumps and vacuum equipment")),
  ENTRY ("C3442", N_("Manufacture of gas compressors")),
  ENTRY ("C3443", N_("Manufacture of valves and cocks")),
  ENTRY ("C3444", N_("Manufacture of hydraulic power machinery and components")),
  ENTRY ("C3445", N_("Manufacture of hydrodynamic power machinery components")),
  ENTRY ("C3446", N_("Manufacture of pneumatic power machinery and components")),
  ENTRY ("C35", N_("Manufacture of special-purpose machinery")),
  ENTRY ("C352", N_("Manufacture of special-purpose equipment for chemical, wood and non-metal processing")),
  ENTRY ("C3525", N_("Manufacture of molds and dies")),
  ENTRY ("C358", N_("Manufacture of medical instruments, equipment and appliances")),
  ENTRY ("C3587", N_("Manufacture of eyeglasses")),
  ENTRY ("C36", N_("Manufacture of motor vehicles")),
  /* The group and its only class share a name. */
  ENTRY ("C367", N_("Manufacture of motor vehicle parts and accessories")),
  ENTRY ("C3670", N_("Manufacture of motor vehicle parts and accessories")),
  ENTRY ("C37", N_("Manufacture of railway, ship, aerospace and other transport equipment")),
  ENTRY ("C375", N_("Manufacture of motorcycles")),
  ENTRY ("C3752", N_("Manufacture of motorcycle parts and accessories")),
  ENTRY ("C38", N_("Manufacture of electrical machinery and equipment")),
  ENTRY ("C382", N_("Manufacture of power transmission, distribution and control equipment")),
  ENTRY ("C3821", N_("Manufacture of transformers, rectifiers and inductors")),
  ENTRY ("C3822", N_("Manufacture of capacitors and their supporting equipment")),
  ENTRY ("C3823", N_("Manufacture of power distribution switchgear and control equipment")),
  ENTRY ("C3824", N_("Manufacture of power electronic components")),
  ENTRY ("C3825", N_("Manufacture of photovoltaic equipment and components")),
  ENTRY ("C3829", N_("Manufacture of other power transmission, distribution and control equipment")),
  ENTRY ("C383", N_("Manufacture of wires, cables, optical cables and electrical materials")),
  ENTRY ("C3831", N_("Manufacture of wires and cables")),
  ENTRY ("C3832", N_("Manufacture of optical fibres")),
  ENTRY ("C3833", N_("Manufacture of optical cables")),
  ENTRY ("C3834", N_("Manufacture of insulation products")),
  ENTRY ("C3839", N_("Manufacture of other electrical materials")),
  ENTRY ("C39", N_("Manufacture of computers, communication and other electronic equipment")),
  ENTRY ("C398", N_("Manufacture of electronic components and special electronic materials")),
  ENTRY ("C3989", N_("Manufacture of other electronic components")),
  ENTRY ("C40", N_("Manufacture of instruments and meters")),
  ENTRY ("C41", N_("Other manufacturing")),
  ENTRY ("C42", N_("Comprehensive utilization of waste resources")),
  ENTRY ("C43", N_("Repair of metal products, machinery and equipment")),
  SECTION ("D", N_("Production and supply of electricity, heat, gas and water"), 44, 46),
  SECTION ("E", N_("Construction"), 47, 50),
  SECTION ("F", N_("Wholesale and retail trade"), 51, 52),
  SECTION ("G", N_("Transport, storage and postal services"), 53, 60),
  SECTION ("H", N_("Accommodation and catering"), 61, 62),
  SECTION ("I", N_("Information transmission, software and information technology services"), 63, 65),
  SECTION ("J", N_("Finance"), 66, 69),
  SECTION ("K", N_("Real estate"), 70, 70),
  SECTION ("L", N_("Leasing and business services"), 71, 72),
  SECTION ("M", N_("Scientific research and technical services"), 73, 75),
  SECTION ("N", N_("Water conservancy, environment and public facilities management"), 76, 79),
  SECTION ("O", N_("Resident services, repair and other services"), 80, 82),
  SECTION ("P", N_("Education"), 83, 83),
  SECTION ("Q", N_("Health and social work"), 84, 85),
  SECTION ("R", N_("Culture, sports and entertainment"), 86, 90),
  SECTION ("S", N_("Public administration, social security and social organizations"), 91, 96),
  SECTION ("T", N_("International organizations"), 97, 97),
};

/* Sections whose enterprises count as "industry" in the 2017 statistical
 * size rule (统计上大中小微型企业划分办法). */
static const char industrial_sections[] = "BCD";

#define MAX_CODE_LENGTH 5

static int
compare_code (const void *key,
              const void *element)
{
  const QzIndustry *industry = element;

  return strcmp (key, industry->code);
}

/**
 * qz_industry_lookup:
 * @code: (nullable): a code such as "C", "C38", "C382" or "C3823"
 *
 * Looks up an exact code; letters are upper case, as in the standard.
 *
 * Returns: (transfer none) (nullable): the entry, or %NULL when @code is
 *   unknown, empty or %NULL
 */
const QzIndustry *
qz_industry_lookup (const char *code)
{
  if (code == NULL || code[0] == '\0')
    return NULL;

  return bsearch (code, industries, G_N_ELEMENTS (industries),
                  sizeof industries[0], compare_code);
}

/**
 * qz_industry_get_nth:
 * @n: an index
 *
 * Entries come in tree order: a section, its divisions, each followed by
 * its groups and their classes, then the next section.
 *
 * Returns: (transfer none) (nullable): the @n-th entry, or %NULL when @n is
 *   not less than qz_industry_get_count()
 */
const QzIndustry *
qz_industry_get_nth (guint n)
{
  if (n >= G_N_ELEMENTS (industries))
    return NULL;

  return &industries[n];
}

/**
 * qz_industry_get_count:
 *
 * Returns: the number of entries in the table
 */
guint
qz_industry_get_count (void)
{
  return G_N_ELEMENTS (industries);
}

/**
 * qz_industry_get_code:
 * @self: an entry
 *
 * Returns: the code of @self, such as "C3823"
 */
const char *
qz_industry_get_code (const QzIndustry *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->code;
}

/**
 * qz_industry_get_name:
 * @self: an entry
 *
 * Returns: the translated name of @self
 */
const char *
qz_industry_get_name (const QzIndustry *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_dgettext (GETTEXT_PACKAGE, self->name);
}

/**
 * qz_industry_get_level:
 * @self: an entry
 *
 * Returns: the level of @self, told by the length of its code
 */
QzIndustryLevel
qz_industry_get_level (const QzIndustry *self)
{
  g_return_val_if_fail (self != NULL, QZ_INDUSTRY_LEVEL_SECTION);

  switch (strlen (self->code))
    {
    case 1:
      return QZ_INDUSTRY_LEVEL_SECTION;
    case 3:
      return QZ_INDUSTRY_LEVEL_DIVISION;
    case 4:
      return QZ_INDUSTRY_LEVEL_GROUP;
    case 5:
      return QZ_INDUSTRY_LEVEL_CLASS;
    default:
      g_return_val_if_reached (QZ_INDUSTRY_LEVEL_SECTION);
    }
}

/**
 * qz_industry_get_parent:
 * @self: an entry
 *
 * Finds the nearest entry above @self: the group of a class, the division
 * of a group, the section of a division. When the table lacks the group of
 * a class, the division is returned instead.
 *
 * Returns: (transfer none) (nullable): the parent, or %NULL for a section
 */
const QzIndustry *
qz_industry_get_parent (const QzIndustry *self)
{
  char prefix[MAX_CODE_LENGTH + 1];
  gsize length;

  g_return_val_if_fail (self != NULL, NULL);

  length = strlen (self->code);
  g_return_val_if_fail (length > 0 && length <= MAX_CODE_LENGTH, NULL);

  /* Shorten the code level by level; there is no level of length 2. */
  while (--length > 0)
    {
      const QzIndustry *parent;

      if (length == 2)
        continue;

      memcpy (prefix, self->code, length);
      prefix[length] = '\0';
      parent = qz_industry_lookup (prefix);
      if (parent != NULL)
        return parent;
    }

  return NULL;
}

/**
 * qz_industry_get_division_range:
 * @self: an entry
 * @first: (out) (optional): where to store the first division number
 * @last: (out) (optional): where to store the last division number
 *
 * Gives the divisions of a section, such as 13 to 43 for section C.
 *
 * Returns: %TRUE if @self is a section, %FALSE otherwise, in which case
 *   @first and @last are set to 0
 */
gboolean
qz_industry_get_division_range (const QzIndustry *self,
                                guint            *first,
                                guint            *last)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (first != NULL)
    *first = self->first_division;
  if (last != NULL)
    *last = self->last_division;

  return self->first_division != 0;
}

/**
 * qz_industry_dup_label:
 * @code: (nullable): a code
 *
 * Makes a one-line label for lists and reports, such as "C3823 Manufacture
 * of power distribution switchgear and control equipment" with the
 * translated name.
 *
 * Returns: (transfer full): the code and its name for a known code, the
 *   code alone for an unknown one, or an empty string for %NULL or empty
 */
char *
qz_industry_dup_label (const char *code)
{
  const QzIndustry *industry;

  if (code == NULL || code[0] == '\0')
    return g_strdup ("");

  industry = qz_industry_lookup (code);
  if (industry == NULL)
    return g_strdup (code);

  return g_strdup_printf ("%s %s", industry->code, qz_industry_get_name (industry));
}

/**
 * qz_industry_is_industrial:
 * @code: (nullable): a code
 *
 * Tells whether @code lies in section B, C or D, the "industry" of the
 * 2017 statistical size rule. Codes deeper than the table are accepted
 * when their shape is right and their division belongs to the section, so
 * "C3399" is industrial while "C99", "B13" and "C382x" are not.
 *
 * Returns: %TRUE for an industrial code, %FALSE otherwise or for %NULL
 */
gboolean
qz_industry_is_industrial (const char *code)
{
  char section_code[2];
  const QzIndustry *section;
  gsize n_digits;
  guint division;

  if (code == NULL || code[0] == '\0' || strchr (industrial_sections, code[0]) == NULL)
    return FALSE;

  n_digits = strlen (code + 1);
  if (n_digits == 1 || n_digits > MAX_CODE_LENGTH - 1 ||
      strspn (code + 1, "0123456789") != n_digits)
    return FALSE;

  section_code[0] = code[0];
  section_code[1] = '\0';
  section = qz_industry_lookup (section_code);
  g_return_val_if_fail (section != NULL, FALSE);

  if (n_digits == 0)
    return TRUE;

  division = (guint) (code[1] - '0') * 10 + (guint) (code[2] - '0');
  return division >= section->first_division && division <= section->last_division;
}
