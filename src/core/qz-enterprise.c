/* qz-enterprise.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-enterprise"

#include "qz-config.h"

#include <glib/gi18n-lib.h>

#include "qz-enterprise-private.h"
#include "qz-enums.h"
#include "qz-industry.h"
#include "qz-pinyin.h"

struct _QzEnterprise
{
  GObject      parent_instance;

  char        *uuid;
  char        *origin;
  gint64       created;
  gint64       updated;
  char        *texts[QZ_ENTERPRISE_N_TEXTS];
  gint64       employees;
  double       revenue;
  QzSizeClass  size_class;
  gboolean     notes_internal;  /* the notes stay out of the report */

  /* Lower-cased text that search terms are matched against; built on
   * first use and dropped when a searched field changes. */
  char        *haystack;
  gunichar    *pinyin;      /* the haystack for pinyin, NULL without Chinese */
  char        *sort_key;    /* the name's, built on first use */

  QzLatestStatus latest_status;
  char          *latest_level;
  int            latest_rank;
};

G_DEFINE_FINAL_TYPE (QzEnterprise, qz_enterprise, G_TYPE_OBJECT)

enum {
  PROP_0,
  /* The text properties come first, in QzEnterpriseText order. */
  PROP_FIRST_TEXT,
  PROP_LAST_TEXT = PROP_FIRST_TEXT + QZ_ENTERPRISE_N_TEXTS - 1,
  PROP_UUID,
  PROP_ORIGIN,
  PROP_CREATED,
  PROP_UPDATED,
  PROP_EMPLOYEES,
  PROP_REVENUE,
  PROP_SIZE_CLASS,
  PROP_REGION,
  PROP_NOTES_INTERNAL,
  PROP_LATEST_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *text_property_names[QZ_ENTERPRISE_N_TEXTS] = {
  "name", "uscc", "industry-code", "province", "city", "county", "address",
  "contact-name", "contact-phone", "notes",
};

static gboolean
is_searched (QzEnterpriseText field)
{
  switch (field)
    {
    case QZ_ENTERPRISE_NAME:
    case QZ_ENTERPRISE_USCC:
    case QZ_ENTERPRISE_INDUSTRY_CODE:
    case QZ_ENTERPRISE_PROVINCE:
    case QZ_ENTERPRISE_CITY:
    case QZ_ENTERPRISE_COUNTY:
      return TRUE;
    case QZ_ENTERPRISE_ADDRESS:
    case QZ_ENTERPRISE_CONTACT_NAME:
    case QZ_ENTERPRISE_CONTACT_PHONE:
    case QZ_ENTERPRISE_NOTES:
    case QZ_ENTERPRISE_N_TEXTS:
    default:
      return FALSE;
    }
}

static void
update_size_class (QzEnterprise *self)
{
  QzSizeClass size_class = qz_size_class_derive (self->texts[QZ_ENTERPRISE_INDUSTRY_CODE],
                                                 self->employees, self->revenue);

  if (size_class != self->size_class)
    {
      self->size_class = size_class;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIZE_CLASS]);
    }
}

static void
qz_enterprise_finalize (GObject *object)
{
  QzEnterprise *self = (QzEnterprise *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->origin, g_free);
  g_clear_pointer (&self->haystack, g_free);
  g_clear_pointer (&self->pinyin, g_free);
  g_clear_pointer (&self->sort_key, g_free);
  g_clear_pointer (&self->latest_level, g_free);
  for (guint i = 0; i < QZ_ENTERPRISE_N_TEXTS; i++)
    g_clear_pointer (&self->texts[i], g_free);

  G_OBJECT_CLASS (qz_enterprise_parent_class)->finalize (object);
}

static void
qz_enterprise_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  QzEnterprise *self = QZ_ENTERPRISE (object);

  if (prop_id >= PROP_FIRST_TEXT && prop_id <= PROP_LAST_TEXT)
    {
      g_value_set_string (value, self->texts[prop_id - PROP_FIRST_TEXT]);
      return;
    }

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_ORIGIN:
      g_value_set_string (value, self->origin);
      break;

    case PROP_CREATED:
      g_value_set_int64 (value, self->created);
      break;

    case PROP_UPDATED:
      g_value_set_int64 (value, self->updated);
      break;

    case PROP_EMPLOYEES:
      g_value_set_int64 (value, self->employees);
      break;

    case PROP_REVENUE:
      g_value_set_double (value, self->revenue);
      break;

    case PROP_NOTES_INTERNAL:
      g_value_set_boolean (value, self->notes_internal);
      break;

    case PROP_SIZE_CLASS:
      g_value_set_enum (value, self->size_class);
      break;

    case PROP_REGION:
      g_value_take_string (value, qz_enterprise_dup_region (self));
      break;

    case PROP_LATEST_SUMMARY:
      g_value_take_string (value, qz_enterprise_dup_latest_summary (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qz_enterprise_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  QzEnterprise *self = QZ_ENTERPRISE (object);

  if (prop_id >= PROP_FIRST_TEXT && prop_id <= PROP_LAST_TEXT)
    {
      qz_enterprise_set_text (self, prop_id - PROP_FIRST_TEXT, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_EMPLOYEES:
      qz_enterprise_set_employees (self, g_value_get_int64 (value));
      break;

    case PROP_REVENUE:
      qz_enterprise_set_revenue (self, g_value_get_double (value));
      break;

    case PROP_NOTES_INTERNAL:
      qz_enterprise_set_notes_internal (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qz_enterprise_class_init (QzEnterpriseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = qz_enterprise_finalize;
  object_class->get_property = qz_enterprise_get_property;
  object_class->set_property = qz_enterprise_set_property;

  for (guint i = 0; i < QZ_ENTERPRISE_N_TEXTS; i++)
    properties[PROP_FIRST_TEXT + i] =
      g_param_spec_string (text_property_names[i], NULL, NULL, "",
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_ORIGIN] =
    g_param_spec_string ("origin", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_UPDATED] =
    g_param_spec_int64 ("updated", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_EMPLOYEES] =
    g_param_spec_int64 ("employees", NULL, NULL, -1, G_MAXINT64, -1,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REVENUE] =
    g_param_spec_double ("revenue", NULL, NULL, -1, G_MAXDOUBLE, -1,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SIZE_CLASS] =
    g_param_spec_enum ("size-class", NULL, NULL,
                       QZ_TYPE_SIZE_CLASS, QZ_SIZE_CLASS_UNKNOWN,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_LATEST_SUMMARY] =
    g_param_spec_string ("latest-summary", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES_INTERNAL] =
    g_param_spec_boolean ("notes-internal", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qz_enterprise_init (QzEnterprise *self)
{
  for (guint i = 0; i < QZ_ENTERPRISE_N_TEXTS; i++)
    self->texts[i] = g_strdup ("");
  self->employees = -1;
  self->revenue = -1;
  self->notes_internal = TRUE;
  self->size_class = QZ_SIZE_CLASS_UNKNOWN;
}

/**
 * qz_enterprise_new:
 *
 * Creates an enterprise that is not yet stored; the store gives it its
 * identity when it is inserted.
 *
 * Returns: (transfer full): a new #QzEnterprise
 */
QzEnterprise *
qz_enterprise_new (void)
{
  return g_object_new (QZ_TYPE_ENTERPRISE, NULL);
}

void
_qz_enterprise_set_record (QzEnterprise *self,
                           const char   *uuid,
                           const char   *origin,
                           gint64        created,
                           gint64        updated)
{
  g_return_if_fail (QZ_IS_ENTERPRISE (self));

  if (g_strcmp0 (self->uuid, uuid) != 0)
    {
      g_free (self->uuid);
      self->uuid = g_strdup (uuid);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
    }

  if (g_strcmp0 (self->origin, origin) != 0)
    {
      g_free (self->origin);
      self->origin = g_strdup (origin);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORIGIN]);
    }

  if (self->created != created)
    {
      self->created = created;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
    }

  if (self->updated != updated)
    {
      self->updated = updated;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
    }
}

/**
 * qz_enterprise_get_uuid:
 * @self: a #QzEnterprise
 *
 * Returns: (nullable): the enterprise's UUID, or %NULL before it is stored
 */
const char *
qz_enterprise_get_uuid (QzEnterprise *self)
{
  g_return_val_if_fail (QZ_IS_ENTERPRISE (self), NULL);

  return self->uuid;
}

/**
 * qz_enterprise_get_origin:
 * @self: a #QzEnterprise
 *
 * Returns: (nullable): the id of the database that last changed the enterprise
 */
const char *
qz_enterprise_get_origin (QzEnterprise *self)
{
  g_return_val_if_fail (QZ_IS_ENTERPRISE (self), NULL);

  return self->origin;
}

/**
 * qz_enterprise_get_created:
 * @self: a #QzEnterprise
 *
 * Returns: when the enterprise was created, in microseconds since the epoch
 */
gint64
qz_enterprise_get_created (QzEnterprise *self)
{
  g_return_val_if_fail (QZ_IS_ENTERPRISE (self), 0);

  return self->created;
}

/**
 * qz_enterprise_get_updated:
 * @self: a #QzEnterprise
 *
 * Returns: when the enterprise was last changed, in microseconds since the epoch
 */
gint64
qz_enterprise_get_updated (QzEnterprise *self)
{
  g_return_val_if_fail (QZ_IS_ENTERPRISE (self), 0);

  return self->updated;
}

/**
 * qz_enterprise_get_text:
 * @self: a #QzEnterprise
 * @field: which text
 *
 * Returns: (not nullable): the text, empty when not filled in
 */
const char *
qz_enterprise_get_text (QzEnterprise     *self,
                        QzEnterpriseText  field)
{
  g_return_val_if_fail (QZ_IS_ENTERPRISE (self), NULL);
  g_return_val_if_fail (field < QZ_ENTERPRISE_N_TEXTS, NULL);

  return self->texts[field];
}

/**
 * qz_enterprise_set_text:
 * @self: a #QzEnterprise
 * @field: which text
 * @value: (nullable): the new text; %NULL is taken as empty
 *
 * Sets one of the text fields. Callers validate and normalise first (the
 * credit code, for one); the enterprise keeps what it is given.
 */
void
qz_enterprise_set_text (QzEnterprise     *self,
                        QzEnterpriseText  field,
                        const char       *value)
{
  g_return_if_fail (QZ_IS_ENTERPRISE (self));
  g_return_if_fail (field < QZ_ENTERPRISE_N_TEXTS);

  if (value == NULL)
    value = "";

  if (g_strcmp0 (self->texts[field], value) == 0)
    return;

  g_free (self->texts[field]);
  self->texts[field] = g_strdup (value);
  if (is_searched (field))
    {
      g_clear_pointer (&self->haystack, g_free);
      g_clear_pointer (&self->pinyin, g_free);
      g_clear_pointer (&self->sort_key, g_free);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_TEXT + field]);

  if (field == QZ_ENTERPRISE_PROVINCE || field == QZ_ENTERPRISE_CITY ||
      field == QZ_ENTERPRISE_COUNTY)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGION]);
  else if (field == QZ_ENTERPRISE_INDUSTRY_CODE)
    update_size_class (self);
}

/**
 * qz_enterprise_get_name:
 * @self: a #QzEnterprise
 *
 * Returns: (not nullable): the enterprise's name
 */
const char *
qz_enterprise_get_name (QzEnterprise *self)
{
  return qz_enterprise_get_text (self, QZ_ENTERPRISE_NAME);
}

/**
 * qz_enterprise_get_employees:
 * @self: a #QzEnterprise
 *
 * Returns: the number of employees, or -1 when unknown
 */
gint64
qz_enterprise_get_employees (QzEnterprise *self)
{
  g_return_val_if_fail (QZ_IS_ENTERPRISE (self), -1);

  return self->employees;
}

/**
 * qz_enterprise_set_employees:
 * @self: a #QzEnterprise
 * @employees: the number of employees, or -1 when unknown
 */
void
qz_enterprise_set_employees (QzEnterprise *self,
                             gint64        employees)
{
  g_return_if_fail (QZ_IS_ENTERPRISE (self));

  employees = MAX (employees, -1);
  if (self->employees == employees)
    return;

  self->employees = employees;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPLOYEES]);
  update_size_class (self);
}

/**
 * qz_enterprise_get_revenue:
 * @self: a #QzEnterprise
 *
 * Returns: the annual revenue in 10,000 yuan, or -1 when unknown
 */
double
qz_enterprise_get_revenue (QzEnterprise *self)
{
  g_return_val_if_fail (QZ_IS_ENTERPRISE (self), -1);

  return self->revenue;
}

/**
 * qz_enterprise_set_revenue:
 * @self: a #QzEnterprise
 * @revenue: the annual revenue in 10,000 yuan, or -1 when unknown
 */
void
qz_enterprise_set_revenue (QzEnterprise *self,
                           double        revenue)
{
  g_return_if_fail (QZ_IS_ENTERPRISE (self));

  if (revenue < 0)
    revenue = -1;
  if (self->revenue == revenue)
    return;

  self->revenue = revenue;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVENUE]);
  update_size_class (self);
}

/**
 * qz_enterprise_get_notes_internal:
 * @self: a #QzEnterprise
 *
 * Returns: whether the notes are for the experts only, and stay out of
 *   the report the enterprise receives (the default)
 */
gboolean
qz_enterprise_get_notes_internal (QzEnterprise *self)
{
  g_return_val_if_fail (QZ_IS_ENTERPRISE (self), TRUE);

  return self->notes_internal;
}

/**
 * qz_enterprise_set_notes_internal:
 * @self: a #QzEnterprise
 * @internal: whether the notes stay out of the report
 */
void
qz_enterprise_set_notes_internal (QzEnterprise *self,
                                  gboolean      internal)
{
  g_return_if_fail (QZ_IS_ENTERPRISE (self));

  internal = !!internal;
  if (self->notes_internal == internal)
    return;

  self->notes_internal = internal;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES_INTERNAL]);
}

/**
 * qz_enterprise_get_size_class:
 * @self: a #QzEnterprise
 *
 * Returns: the size class derived from industry, employees and revenue
 */
QzSizeClass
qz_enterprise_get_size_class (QzEnterprise *self)
{
  g_return_val_if_fail (QZ_IS_ENTERPRISE (self), QZ_SIZE_CLASS_UNKNOWN);

  return self->size_class;
}

/**
 * qz_enterprise_dup_region:
 * @self: a #QzEnterprise
 *
 * Returns: (transfer full): province, city and county joined by spaces,
 *   leaving out the empty ones
 */
char *
qz_enterprise_dup_region (QzEnterprise *self)
{
  GString *region;

  g_return_val_if_fail (QZ_IS_ENTERPRISE (self), NULL);

  region = g_string_new (NULL);
  for (guint i = QZ_ENTERPRISE_PROVINCE; i <= QZ_ENTERPRISE_COUNTY; i++)
    {
      if (self->texts[i][0] == '\0')
        continue;
      if (region->len > 0)
        g_string_append_c (region, ' ');
      g_string_append (region, self->texts[i]);
    }

  return g_string_free (region, FALSE);
}

/* Lower-cases @text for matching. Cheaper than g_utf8_casefold() on
 * Chinese text, where almost no character has a case: one table lookup
 * per character. */
static char *
fold (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c, lower;

      if ((guchar) *p < 0x80)
        {
          g_string_append_c (out, g_ascii_tolower (*p));
          continue;
        }

      c = g_utf8_get_char (p);
      lower = g_unichar_tolower (c);
      if (lower != c)
        g_string_append_unichar (out, lower);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

/* The haystack's fields that have Chinese characters, for pinyin: the
 * others are matched as text already. */
static gunichar *
prepare_pinyin (const char *haystack)
{
  g_auto(GStrv) fields = g_strsplit (haystack, "\n", -1);
  g_autoptr(GPtrArray) chinese = g_ptr_array_new ();
  g_autofree char *text = NULL;

  for (guint i = 0; fields[i] != NULL; i++)
    {
      if (qz_pinyin_has_readings (fields[i]))
        g_ptr_array_add (chinese, fields[i]);
    }
  if (chinese->len == 0)
    return NULL;

  g_ptr_array_add (chinese, NULL);
  text = g_strjoinv ("\n", (char **) chinese->pdata);
  return qz_pinyin_prepare (text);
}

static const char *
get_haystack (QzEnterprise *self)
{
  if (self->haystack == NULL)
    {
      const char *code = self->texts[QZ_ENTERPRISE_INDUSTRY_CODE];
      const QzIndustry *industry = qz_industry_lookup (code);
      g_autofree char *region = qz_enterprise_dup_region (self);
      g_autofree char *text = NULL;

      text = g_strjoin ("\n", self->texts[QZ_ENTERPRISE_NAME], self->texts[QZ_ENTERPRISE_USCC],
                        region, code, industry ? qz_industry_get_name (industry) : "", NULL);
      self->haystack = fold (text);
      self->pinyin = prepare_pinyin (self->haystack);
    }

  return self->haystack;
}

void
_qz_enterprise_prepare_search (QzEnterprise *self)
{
  g_return_if_fail (QZ_IS_ENTERPRISE (self));

  get_haystack (self);
}

/**
 * qz_enterprise_search_terms:
 * @query: (nullable): what the user typed in the search entry
 *
 * Splits @query at white space into lower-case terms for
 * qz_enterprise_matches(), so that the work is done once per keystroke
 * rather than once per enterprise.
 *
 * Returns: (transfer full): a %NULL-terminated array of terms, empty for a
 *   blank query
 */
char **
qz_enterprise_search_terms (const char *query)
{
  g_autofree char *folded = fold (query ? query : "");
  GPtrArray *terms = g_ptr_array_new ();
  const char *start = NULL;

  /* Split at any Unicode space, the ideographic one included. */
  for (const char *p = folded; ; p = g_utf8_next_char (p))
    {
      gboolean at_space = *p == '\0' || g_unichar_isspace (g_utf8_get_char (p));

      if (at_space && start != NULL)
        {
          g_ptr_array_add (terms, g_strndup (start, p - start));
          start = NULL;
        }
      else if (!at_space && start == NULL)
        start = p;

      if (*p == '\0')
        break;
    }

  g_ptr_array_add (terms, NULL);
  return (char **) g_ptr_array_free (terms, FALSE);
}

/**
 * qz_enterprise_matches:
 * @self: a #QzEnterprise
 * @terms: terms from qz_enterprise_search_terms()
 *
 * Tells whether every term occurs in the name, credit code, region,
 * industry code or industry name, as text or as the pinyin of Chinese
 * characters (full, initials or both: "yq", "yueqing", "yueqingdq").
 *
 * Returns: %TRUE if @self matches all @terms (always for no terms)
 */
gboolean
qz_enterprise_matches (QzEnterprise      *self,
                       const char *const *terms)
{
  const char *haystack;

  g_return_val_if_fail (QZ_IS_ENTERPRISE (self), FALSE);
  g_return_val_if_fail (terms != NULL, FALSE);

  if (terms[0] == NULL)
    return TRUE;

  haystack = get_haystack (self);
  for (guint i = 0; terms[i]; i++)
    {
      if (strstr (haystack, terms[i]) == NULL &&
          (self->pinyin == NULL || !qz_pinyin_term_usable (terms[i]) ||
           !qz_pinyin_matches (self->pinyin, terms[i])))
        return FALSE;
    }

  return TRUE;
}

/**
 * qz_enterprise_text_get_property_name:
 * @field: which text
 *
 * Returns: the name of the property that holds @field
 */
const char *
qz_enterprise_text_get_property_name (QzEnterpriseText field)
{
  g_return_val_if_fail (field < QZ_ENTERPRISE_N_TEXTS, NULL);

  return text_property_names[field];
}

/**
 * qz_enterprise_get_sort_key:
 * @self: a #QzEnterprise
 *
 * Returns: the key that sorts enterprises by name, Chinese names by their
 *   pinyin (qz_pinyin_sort_key()), with strcmp()
 */
const char *
qz_enterprise_get_sort_key (QzEnterprise *self)
{
  g_return_val_if_fail (QZ_IS_ENTERPRISE (self), NULL);

  if (self->sort_key == NULL)
    self->sort_key = qz_pinyin_sort_key (self->texts[QZ_ENTERPRISE_NAME]);

  return self->sort_key;
}

void
_qz_enterprise_set_latest (QzEnterprise   *self,
                           QzLatestStatus  status,
                           const char     *level,
                           int             rank)
{
  g_return_if_fail (QZ_IS_ENTERPRISE (self));

  if (self->latest_status == status && self->latest_rank == rank &&
      g_strcmp0 (self->latest_level, level) == 0)
    return;

  self->latest_status = status;
  self->latest_rank = level != NULL ? rank : 0;
  g_free (self->latest_level);
  self->latest_level = g_strdup (level);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LATEST_SUMMARY]);
}

/**
 * qz_enterprise_get_latest_status:
 * @self: a #QzEnterprise
 *
 * Returns: where the latest assessment stands, %QZ_LATEST_NONE without one
 */
QzLatestStatus
qz_enterprise_get_latest_status (QzEnterprise *self)
{
  g_return_val_if_fail (QZ_IS_ENTERPRISE (self), QZ_LATEST_NONE);

  return self->latest_status;
}

/**
 * qz_enterprise_get_latest_level:
 * @self: a #QzEnterprise
 *
 * Returns: (nullable): the name of the level the latest assessment
 *   reaches, or %NULL (none, below the lowest level, or not known yet)
 */
const char *
qz_enterprise_get_latest_level (QzEnterprise *self)
{
  g_return_val_if_fail (QZ_IS_ENTERPRISE (self), NULL);

  return self->latest_level;
}

/**
 * qz_enterprise_get_latest_rank:
 * @self: a #QzEnterprise
 *
 * Returns: the rank of that level in its framework, 0 without one
 */
int
qz_enterprise_get_latest_rank (QzEnterprise *self)
{
  g_return_val_if_fail (QZ_IS_ENTERPRISE (self), 0);

  return self->latest_rank;
}

/**
 * qz_enterprise_dup_latest_summary:
 * @self: a #QzEnterprise
 *
 * Returns: (transfer full): the latest assessment in a few words, as the
 *   list of enterprises shows it ("Level 2 · Complete", "Draft"), empty
 *   without one
 */
char *
qz_enterprise_dup_latest_summary (QzEnterprise *self)
{
  g_return_val_if_fail (QZ_IS_ENTERPRISE (self), NULL);

  switch (self->latest_status)
    {
    case QZ_LATEST_DRAFT:
      return g_strdup (_("Draft"));

    case QZ_LATEST_COMPLETE:
      if (self->latest_level == NULL)
        return g_strdup (_("Complete"));
      /* Translators: a level reached, then “Complete”, in the list of enterprises */
      return g_strdup_printf (_("%s · Complete"), self->latest_level);

    case QZ_LATEST_NONE:
    default:
      return g_strdup ("");
    }
}

/**
 * qz_enterprise_dup_description:
 * @self: a #QzEnterprise
 *
 * Returns: (transfer full): the enterprise's row of the list in words, as
 *   a screen reader reads it: its name, county (or city, or province) and
 *   latest assessment
 */
char *
qz_enterprise_dup_description (QzEnterprise *self)
{
  g_autofree char *summary = NULL;
  const char *place;
  GString *text;

  g_return_val_if_fail (QZ_IS_ENTERPRISE (self), NULL);

  summary = qz_enterprise_dup_latest_summary (self);
  place = qz_enterprise_get_text (self, QZ_ENTERPRISE_COUNTY);
  if (place == NULL || place[0] == '\0')
    place = qz_enterprise_get_text (self, QZ_ENTERPRISE_CITY);
  if (place == NULL || place[0] == '\0')
    place = qz_enterprise_get_text (self, QZ_ENTERPRISE_PROVINCE);

  text = g_string_new (qz_enterprise_get_name (self));
  if (place != NULL && place[0] != '\0')
    /* Translators: the separator between the parts of an enterprise's row as a screen reader reads it */
    g_string_append_printf (text, _(", %s"), place);
  if (summary[0] != '\0')
    g_string_append_printf (text, _(", %s"), summary);
  else
    /* Translators: an enterprise's row, as a screen reader reads it, when it has no assessment */
    g_string_append (text, _(", no assessment yet"));
  return g_string_free (text, FALSE);
}
