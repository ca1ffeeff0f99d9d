/* qz-assessment.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-assessment"

#include "qz-config.h"

#include <stdio.h>

#include "qz-assessment-private.h"
#include "qz-enums.h"

/* One visit's assessment of an enterprise against one framework: its
 * details and its answers, by indicator id. */
struct _QzAssessment
{
  GObject             parent_instance;

  char               *uuid;
  char               *enterprise_uuid;
  char               *industry_code; /* the enterprise's, for the framework's weight set */
  QzFramework        *framework;
  char               *visit_date;
  char               *assessors;
  char               *target_level;
  QzAssessmentStatus  status;
  char               *opinion;
  QzSignOff          *sign_off;  /* NULL until confirmed */
  gint64              updated;
  GHashTable         *answers;
  GHashTable         *review;    /* indicator ids whose copied answer awaits review */
};

G_DEFINE_FINAL_TYPE (QzAssessment, qz_assessment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VISIT_DATE,
  PROP_ASSESSORS,
  PROP_TARGET_LEVEL,
  PROP_STATUS,
  PROP_OPINION,
  PROP_UPDATED,
  N_PROPS
};

enum {
  ANSWER_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value ? value : "") == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value ? value : "");
  return TRUE;
}

static void
qz_assessment_finalize (GObject *object)
{
  QzAssessment *self = (QzAssessment *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->enterprise_uuid, g_free);
  g_clear_pointer (&self->industry_code, g_free);
  g_clear_object (&self->framework);
  g_clear_pointer (&self->visit_date, g_free);
  g_clear_pointer (&self->assessors, g_free);
  g_clear_pointer (&self->target_level, g_free);
  g_clear_pointer (&self->opinion, g_free);
  g_clear_pointer (&self->sign_off, qz_sign_off_free);
  g_clear_pointer (&self->answers, g_hash_table_unref);
  g_clear_pointer (&self->review, g_hash_table_unref);

  G_OBJECT_CLASS (qz_assessment_parent_class)->finalize (object);
}

static void
qz_assessment_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  QzAssessment *self = QZ_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_VISIT_DATE:
      g_value_set_string (value, self->visit_date);
      break;

    case PROP_ASSESSORS:
      g_value_set_string (value, self->assessors);
      break;

    case PROP_TARGET_LEVEL:
      g_value_set_string (value, self->target_level);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_OPINION:
      g_value_set_string (value, self->opinion);
      break;

    case PROP_UPDATED:
      g_value_set_int64 (value, self->updated);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qz_assessment_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  QzAssessment *self = QZ_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_VISIT_DATE:
      qz_assessment_set_visit_date (self, g_value_get_string (value));
      break;

    case PROP_ASSESSORS:
      qz_assessment_set_assessors (self, g_value_get_string (value));
      break;

    case PROP_TARGET_LEVEL:
      qz_assessment_set_target_level (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      qz_assessment_set_status (self, g_value_get_enum (value));
      break;

    case PROP_OPINION:
      qz_assessment_set_opinion (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qz_assessment_class_init (QzAssessmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = qz_assessment_finalize;
  object_class->get_property = qz_assessment_get_property;
  object_class->set_property = qz_assessment_set_property;

  properties[PROP_VISIT_DATE] =
    g_param_spec_string ("visit-date", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ASSESSORS] =
    g_param_spec_string ("assessors", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_TARGET_LEVEL] =
    g_param_spec_string ("target-level", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, QZ_TYPE_ASSESSMENT_STATUS, QZ_ASSESSMENT_DRAFT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_OPINION] =
    g_param_spec_string ("opinion", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_UPDATED] =
    g_param_spec_int64 ("updated", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * QzAssessment::answer-changed:
   * @self: the assessment
   * @indicator_id: the indicator whose answer, note or flag changed
   */
  signals[ANSWER_CHANGED] =
    g_signal_new ("answer-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
qz_assessment_init (QzAssessment *self)
{
  self->visit_date = g_strdup ("");
  self->assessors = g_strdup ("");
  self->target_level = g_strdup ("");
  self->opinion = g_strdup ("");
  self->answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) qz_answer_free);
  self->review = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

QzAssessment *
_qz_assessment_new (const char  *uuid,
                    const char  *enterprise_uuid,
                    QzFramework *framework)
{
  QzAssessment *self = g_object_new (QZ_TYPE_ASSESSMENT, NULL);

  self->uuid = g_strdup (uuid);
  self->enterprise_uuid = g_strdup (enterprise_uuid);
  self->framework = g_object_ref (framework);
  return self;
}

/* The enterprise's GB/T 4754 code, as the store reads it with the
 * assessment. */
void
_qz_assessment_set_industry_code (QzAssessment *self,
                                  const char   *code)
{
  g_free (self->industry_code);
  self->industry_code = g_strdup (code);
}

void
_qz_assessment_set_updated (QzAssessment *self,
                            gint64        updated)
{
  if (self->updated == updated)
    return;

  self->updated = updated;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
}

void
_qz_assessment_take_answer (QzAssessment *self,
                            const char   *indicator_id,
                            QzAnswer     *answer)
{
  g_hash_table_replace (self->answers, g_strdup (indicator_id), answer);
  g_signal_emit (self, signals[ANSWER_CHANGED], 0, indicator_id);
}

void
_qz_assessment_set_review (QzAssessment *self,
                           const char   *indicator_id,
                           gboolean      review)
{
  gboolean changed = review ? g_hash_table_add (self->review, g_strdup (indicator_id))
                            : g_hash_table_remove (self->review, indicator_id);

  if (changed)
    g_signal_emit (self, signals[ANSWER_CHANGED], 0, indicator_id);
}

/**
 * qz_assessment_get_uuid:
 * @self: a #QzAssessment
 *
 * Returns: the assessment's UUID
 */
const char *
qz_assessment_get_uuid (QzAssessment *self)
{
  g_return_val_if_fail (QZ_IS_ASSESSMENT (self), NULL);
  return self->uuid;
}

/**
 * qz_assessment_get_enterprise_uuid:
 * @self: a #QzAssessment
 *
 * Returns: the UUID of the enterprise assessed
 */
const char *
qz_assessment_get_enterprise_uuid (QzAssessment *self)
{
  g_return_val_if_fail (QZ_IS_ASSESSMENT (self), NULL);
  return self->enterprise_uuid;
}

/**
 * qz_assessment_get_framework:
 * @self: a #QzAssessment
 *
 * Returns: (transfer none): the framework exactly as it was filled in
 */
QzFramework *
qz_assessment_get_framework (QzAssessment *self)
{
  g_return_val_if_fail (QZ_IS_ASSESSMENT (self), NULL);
  return self->framework;
}

/**
 * qz_assessment_get_visit_date:
 * @self: a #QzAssessment
 *
 * Returns: the date of the visit, YYYY-MM-DD
 */
const char *
qz_assessment_get_visit_date (QzAssessment *self)
{
  g_return_val_if_fail (QZ_IS_ASSESSMENT (self), NULL);
  return self->visit_date;
}

/**
 * qz_assessment_set_visit_date:
 * @self: a #QzAssessment
 * @date: a valid date, YYYY-MM-DD (see qz_date_is_valid())
 */
void
qz_assessment_set_visit_date (QzAssessment *self,
                              const char   *date)
{
  g_return_if_fail (QZ_IS_ASSESSMENT (self));
  g_return_if_fail (qz_date_is_valid (date));

  if (set_string (&self->visit_date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIT_DATE]);
}

/**
 * qz_assessment_get_assessors:
 * @self: a #QzAssessment
 *
 * Returns: the names of the experts who made the assessment
 */
const char *
qz_assessment_get_assessors (QzAssessment *self)
{
  g_return_val_if_fail (QZ_IS_ASSESSMENT (self), NULL);
  return self->assessors;
}

/**
 * qz_assessment_set_assessors:
 * @self: a #QzAssessment
 * @assessors: (nullable): the experts' names
 */
void
qz_assessment_set_assessors (QzAssessment *self,
                             const char   *assessors)
{
  g_return_if_fail (QZ_IS_ASSESSMENT (self));

  if (set_string (&self->assessors, assessors))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSORS]);
}

/**
 * qz_assessment_get_target_level:
 * @self: a #QzAssessment
 *
 * Returns: the id of the level the enterprise aims at, or ""
 */
const char *
qz_assessment_get_target_level (QzAssessment *self)
{
  g_return_val_if_fail (QZ_IS_ASSESSMENT (self), NULL);
  return self->target_level;
}

/**
 * qz_assessment_set_target_level:
 * @self: a #QzAssessment
 * @level_id: (nullable): a level id of the framework, or ""/%NULL for none
 */
void
qz_assessment_set_target_level (QzAssessment *self,
                                const char   *level_id)
{
  g_return_if_fail (QZ_IS_ASSESSMENT (self));

  if (set_string (&self->target_level, level_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_LEVEL]);
}

/**
 * qz_assessment_get_status:
 * @self: a #QzAssessment
 *
 * Returns: whether the assessment is a draft or complete
 */
QzAssessmentStatus
qz_assessment_get_status (QzAssessment *self)
{
  g_return_val_if_fail (QZ_IS_ASSESSMENT (self), QZ_ASSESSMENT_DRAFT);
  return self->status;
}

/**
 * qz_assessment_set_status:
 * @self: a #QzAssessment
 * @status: the new status
 */
void
qz_assessment_set_status (QzAssessment       *self,
                          QzAssessmentStatus  status)
{
  g_return_if_fail (QZ_IS_ASSESSMENT (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/**
 * qz_assessment_get_opinion:
 * @self: a #QzAssessment
 *
 * Returns: the experts' overall opinion, as typed, or ""
 */
const char *
qz_assessment_get_opinion (QzAssessment *self)
{
  g_return_val_if_fail (QZ_IS_ASSESSMENT (self), NULL);
  return self->opinion;
}

/**
 * qz_assessment_set_opinion:
 * @self: a #QzAssessment
 * @opinion: (nullable): the experts' overall opinion, the report's conclusion
 */
void
qz_assessment_set_opinion (QzAssessment *self,
                           const char   *opinion)
{
  g_return_if_fail (QZ_IS_ASSESSMENT (self));

  if (set_string (&self->opinion, opinion))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPINION]);
}

/**
 * qz_assessment_get_sign_off:
 * @self: a #QzAssessment
 *
 * Returns: (transfer none) (nullable): who confirmed the assessment and
 *   when, or %NULL when it is not signed off
 */
const QzSignOff *
qz_assessment_get_sign_off (QzAssessment *self)
{
  g_return_val_if_fail (QZ_IS_ASSESSMENT (self), NULL);
  return self->sign_off;
}

/**
 * qz_assessment_set_sign_off:
 * @self: a #QzAssessment
 * @sign_off: (nullable): who confirmed it, copied; %NULL for nobody yet
 */
void
qz_assessment_set_sign_off (QzAssessment    *self,
                            const QzSignOff *sign_off)
{
  g_return_if_fail (QZ_IS_ASSESSMENT (self));

  g_clear_pointer (&self->sign_off, qz_sign_off_free);
  self->sign_off = qz_sign_off_copy (sign_off);
}

/**
 * qz_assessment_get_updated:
 * @self: a #QzAssessment
 *
 * Returns: when anything of the assessment last changed, in µs since the epoch
 */
gint64
qz_assessment_get_updated (QzAssessment *self)
{
  g_return_val_if_fail (QZ_IS_ASSESSMENT (self), 0);
  return self->updated;
}

/**
 * qz_assessment_get_answer:
 * @self: a #QzAssessment
 * @indicator_id: an indicator of the framework
 *
 * Returns: (nullable): the stored answer, note and flag, or %NULL
 */
const QzAnswer *
qz_assessment_get_answer (QzAssessment *self,
                          const char   *indicator_id)
{
  g_return_val_if_fail (QZ_IS_ASSESSMENT (self), NULL);
  return g_hash_table_lookup (self->answers, indicator_id);
}

/**
 * qz_assessment_get_answers:
 * @self: a #QzAssessment
 *
 * Returns: (transfer none) (element-type utf8 QzAnswer): all answers
 */
GHashTable *
qz_assessment_get_answers (QzAssessment *self)
{
  g_return_val_if_fail (QZ_IS_ASSESSMENT (self), NULL);
  return self->answers;
}

/**
 * qz_assessment_count_answered:
 * @self: a #QzAssessment
 *
 * Returns: how many indicators are answered, N/A included
 */
guint
qz_assessment_count_answered (QzAssessment *self)
{
  GHashTableIter iter;
  gpointer key, value;
  guint n = 0;

  g_return_val_if_fail (QZ_IS_ASSESSMENT (self), 0);

  g_hash_table_iter_init (&iter, self->answers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    n += qz_answer_is_given (value, qz_framework_find_indicator (self->framework, key));

  return n;
}

/**
 * qz_assessment_needs_review:
 * @self: a #QzAssessment
 * @indicator_id: an indicator of the framework
 *
 * Returns: whether the answer was copied from the previous visit and the
 *   expert has neither changed nor confirmed it yet
 */
gboolean
qz_assessment_needs_review (QzAssessment *self,
                            const char   *indicator_id)
{
  g_return_val_if_fail (QZ_IS_ASSESSMENT (self), FALSE);
  return g_hash_table_contains (self->review, indicator_id);
}

/**
 * qz_assessment_count_to_review:
 * @self: a #QzAssessment
 *
 * Returns: how many answers wait for review
 */
guint
qz_assessment_count_to_review (QzAssessment *self)
{
  g_return_val_if_fail (QZ_IS_ASSESSMENT (self), 0);
  return g_hash_table_size (self->review);
}

/**
 * qz_assessment_score:
 * @self: a #QzAssessment
 *
 * Returns: (transfer full): the result of the answers so far; it refers
 *   to the framework, which the assessment keeps alive
 */
QzResult *
qz_assessment_score (QzAssessment *self)
{
  g_return_val_if_fail (QZ_IS_ASSESSMENT (self), NULL);
  return qz_score_weighted (self->framework, self->answers, qz_assessment_get_weight_set (self));
}

/**
 * qz_assessment_get_industry_code:
 * @self: a #QzAssessment
 *
 * Returns: (nullable): the GB/T 4754 code of the enterprise assessed, as
 *   it was when the assessment was read, or %NULL when not known
 */
const char *
qz_assessment_get_industry_code (QzAssessment *self)
{
  g_return_val_if_fail (QZ_IS_ASSESSMENT (self), NULL);
  return self->industry_code;
}

/**
 * qz_assessment_get_weight_set:
 * @self: a #QzAssessment
 *
 * Returns: (nullable): the framework's weight set for the enterprise's
 *   industry, which its results use; %NULL when the framework has none
 */
const QzWeightSet *
qz_assessment_get_weight_set (QzAssessment *self)
{
  g_return_val_if_fail (QZ_IS_ASSESSMENT (self), NULL);
  return qz_framework_choose_weight_set (self->framework, self->industry_code);
}

/**
 * qz_date_is_valid:
 * @date: (nullable): a text
 *
 * Returns: whether @date is a calendar date written YYYY-MM-DD
 */
gboolean
qz_date_is_valid (const char *date)
{
  guint year, month, day;
  char tail;

  if (date == NULL || strlen (date) != 10 ||
      sscanf (date, "%4u-%2u-%2u%c", &year, &month, &day, &tail) != 3 ||
      date[4] != '-' || date[7] != '-')
    return FALSE;

  return g_date_valid_dmy (day, month, year);
}
