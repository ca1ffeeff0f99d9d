/* qz-plan-item.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-plan-item"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "qz-enums.h"
#include "qz-input.h"
#include "qz-plan-draft.h"
#include "qz-plan-item.h"

/* One measure of an enterprise's improvement plan, as the expert keeps
 * it: drafted from a framework's measure (which stays its identity across
 * redrafts) or added by hand. Everything but the identity can be edited;
 * "edited" says the expert did, so a redraft leaves the item alone, and
 * "stale" that the draft no longer proposes it. */
struct _QzPlanItem
{
  GObject         parent_instance;

  char           *uuid;
  char           *measure_id;
  char           *indicator_id;
  char           *text[6];      /* by TextField */
  QzPlanPhase     phase;
  QzPlanPriority  priority;
  QzPlanStatus    status;
  double          budget_min;   /* 万元; NAN when none */
  double          budget_max;
  gboolean        edited;
  gboolean        stale;
  gboolean        weakest;      /* drafted for an area the results call weakest */
  char           *carried_from; /* the previous visit's item it continues */
};

G_DEFINE_FINAL_TYPE (QzPlanItem, qz_plan_item, G_TYPE_OBJECT)

typedef enum
{
  TEXT_TITLE,
  TEXT_DETAIL,
  TEXT_EFFECT,
  TEXT_OWNER,
  TEXT_START_DATE,
  TEXT_DUE_DATE,
} TextField;

enum {
  PROP_0,
  PROP_UUID,
  PROP_MEASURE_ID,
  PROP_INDICATOR_ID,
  /* The texts, in TextField order. */
  PROP_TITLE,
  PROP_DETAIL,
  PROP_EFFECT,
  PROP_OWNER,
  PROP_START_DATE,
  PROP_DUE_DATE,
  PROP_PHASE,
  PROP_PRIORITY,
  PROP_STATUS,
  PROP_BUDGET_MIN,
  PROP_BUDGET_MAX,
  PROP_EDITED,
  PROP_STALE,
  PROP_WEAKEST,
  PROP_CARRIED_FROM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *priority_names[] = {
  [QZ_PLAN_PRIORITY_HIGH] = N_("High"),
  [QZ_PLAN_PRIORITY_MEDIUM] = N_("Medium"),
  [QZ_PLAN_PRIORITY_LOW] = N_("Low"),
};

static const char *status_names[] = {
  [QZ_PLAN_STATUS_PROPOSED] = N_("Proposed"),
  [QZ_PLAN_STATUS_AGREED] = N_("Agreed"),
  [QZ_PLAN_STATUS_UNDER_WAY] = N_("Under way"),
  [QZ_PLAN_STATUS_DONE] = N_("Done"),
};

const char *
qz_plan_priority_get_name (QzPlanPriority priority)
{
  g_return_val_if_fail (priority < G_N_ELEMENTS (priority_names), NULL);
  return _(priority_names[priority]);
}

const char *
qz_plan_status_get_name (QzPlanStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (status_names), NULL);
  return _(status_names[status]);
}

static void
qz_plan_item_finalize (GObject *object)
{
  QzPlanItem *self = (QzPlanItem *)object;

  g_free (self->uuid);
  g_free (self->measure_id);
  g_free (self->indicator_id);
  g_free (self->carried_from);
  for (guint i = 0; i < G_N_ELEMENTS (self->text); i++)
    g_free (self->text[i]);

  G_OBJECT_CLASS (qz_plan_item_parent_class)->finalize (object);
}

static void
qz_plan_item_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  QzPlanItem *self = QZ_PLAN_ITEM (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_MEASURE_ID:
      g_value_set_string (value, self->measure_id);
      break;
    case PROP_INDICATOR_ID:
      g_value_set_string (value, self->indicator_id);
      break;
    case PROP_TITLE: case PROP_DETAIL: case PROP_EFFECT:
    case PROP_OWNER: case PROP_START_DATE: case PROP_DUE_DATE:
      g_value_set_string (value, self->text[prop_id - PROP_TITLE]);
      break;
    case PROP_PHASE:
      g_value_set_enum (value, self->phase);
      break;
    case PROP_PRIORITY:
      g_value_set_enum (value, self->priority);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_BUDGET_MIN:
      g_value_set_double (value, self->budget_min);
      break;
    case PROP_BUDGET_MAX:
      g_value_set_double (value, self->budget_max);
      break;
    case PROP_EDITED:
      g_value_set_boolean (value, self->edited);
      break;
    case PROP_STALE:
      g_value_set_boolean (value, self->stale);
      break;
    case PROP_WEAKEST:
      g_value_set_boolean (value, self->weakest);
      break;
    case PROP_CARRIED_FROM:
      g_value_set_string (value, self->carried_from);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
set_enum (int          *field,
          const GValue *value)
{
  if (*field == g_value_get_enum (value))
    return FALSE;
  *field = g_value_get_enum (value);
  return TRUE;
}

static gboolean
set_boolean (gboolean     *field,
             const GValue *value)
{
  if (*field == g_value_get_boolean (value))
    return FALSE;
  *field = g_value_get_boolean (value);
  return TRUE;
}

static void
qz_plan_item_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  QzPlanItem *self = QZ_PLAN_ITEM (object);
  gboolean changed = TRUE;

  switch (prop_id)
    {
    case PROP_UUID:
      self->uuid = g_value_dup_string (value);
      break;
    case PROP_MEASURE_ID:
      self->measure_id = g_value_dup_string (value);
      break;
    case PROP_INDICATOR_ID:
      self->indicator_id = g_value_dup_string (value);
      break;
    case PROP_TITLE: case PROP_DETAIL: case PROP_EFFECT:
    case PROP_OWNER: case PROP_START_DATE: case PROP_DUE_DATE:
      {
        const char *text = g_value_get_string (value);

        changed = g_strcmp0 (self->text[prop_id - PROP_TITLE], text ? text : "") != 0;
        if (changed)
          {
            g_free (self->text[prop_id - PROP_TITLE]);
            self->text[prop_id - PROP_TITLE] = g_strdup (text ? text : "");
          }
      }
      break;
    case PROP_PHASE:
      changed = set_enum ((int *) &self->phase, value);
      break;
    case PROP_PRIORITY:
      changed = set_enum ((int *) &self->priority, value);
      break;
    case PROP_STATUS:
      changed = set_enum ((int *) &self->status, value);
      break;
    case PROP_EDITED:
      changed = set_boolean (&self->edited, value);
      break;
    case PROP_STALE:
      changed = set_boolean (&self->stale, value);
      break;
    case PROP_WEAKEST:
      changed = set_boolean (&self->weakest, value);
      break;
    case PROP_CARRIED_FROM:
      changed = g_strcmp0 (self->carried_from, g_value_get_string (value)) != 0;
      g_free (self->carried_from);
      self->carried_from = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (changed && prop_id > PROP_INDICATOR_ID)
    g_object_notify_by_pspec (object, pspec);
}

static void
qz_plan_item_class_init (QzPlanItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *texts[] = { "title", "detail", "effect", "owner", "start-date", "due-date" };
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags identity = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = qz_plan_item_finalize;
  object_class->get_property = qz_plan_item_get_property;
  object_class->set_property = qz_plan_item_set_property;

  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL, identity);
  properties[PROP_MEASURE_ID] = g_param_spec_string ("measure-id", NULL, NULL, NULL, identity);
  properties[PROP_INDICATOR_ID] = g_param_spec_string ("indicator-id", NULL, NULL, NULL, identity);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    properties[PROP_TITLE + i] = g_param_spec_string (texts[i], NULL, NULL, "", flags);
  properties[PROP_PHASE] = g_param_spec_enum ("phase", NULL, NULL, QZ_TYPE_PLAN_PHASE, QZ_PLAN_PHASE_NEAR, flags);
  properties[PROP_PRIORITY] = g_param_spec_enum ("priority", NULL, NULL, QZ_TYPE_PLAN_PRIORITY,
                                                 QZ_PLAN_PRIORITY_MEDIUM, flags);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, QZ_TYPE_PLAN_STATUS,
                                               QZ_PLAN_STATUS_PROPOSED, flags);
  /* Read-only: NAN, "no budget", is no valid GValue to set, so
   * qz_plan_item_set_budget() sets the range. */
  properties[PROP_BUDGET_MIN] = g_param_spec_double ("budget-min", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                                                     G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUDGET_MAX] = g_param_spec_double ("budget-max", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                                                     G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITED] = g_param_spec_boolean ("edited", NULL, NULL, FALSE, flags);
  properties[PROP_STALE] = g_param_spec_boolean ("stale", NULL, NULL, FALSE, flags);
  properties[PROP_WEAKEST] = g_param_spec_boolean ("weakest", NULL, NULL, FALSE, flags);
  properties[PROP_CARRIED_FROM] = g_param_spec_string ("carried-from", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qz_plan_item_init (QzPlanItem *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->text); i++)
    self->text[i] = g_strdup ("");
  self->priority = QZ_PLAN_PRIORITY_MEDIUM;
  self->budget_min = NAN;
  self->budget_max = NAN;
}

/**
 * qz_plan_item_new:
 * @uuid: (nullable): the item's UUID, or %NULL for a new one
 * @measure_id: (nullable): the framework's measure it comes from
 * @indicator_id: (nullable): the indicator it improves
 *
 * Returns: (transfer full): an empty item
 */
QzPlanItem *
qz_plan_item_new (const char *uuid,
                  const char *measure_id,
                  const char *indicator_id)
{
  g_autofree char *fresh = uuid == NULL ? g_uuid_string_random () : NULL;

  return g_object_new (QZ_TYPE_PLAN_ITEM,
                       "uuid", uuid ? uuid : fresh,
                       "measure-id", measure_id,
                       "indicator-id", indicator_id,
                       NULL);
}

/* @visit_date plus @months, as YYYY-MM-DD; "" when the date is not one. */
static char *
months_after (const char *visit_date,
              int         months)
{
  GDate date;
  char text[16];

  g_date_clear (&date, 1);
  g_date_set_parse (&date, visit_date ? visit_date : "");
  if (!g_date_valid (&date))
    return g_strdup ("");

  g_date_add_months (&date, months);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &date);
  return g_strdup (text);
}

/**
 * qz_plan_item_update_from_draft:
 * @self: a #QzPlanItem of the same measure
 * @draft_item: the measure as drafted
 * @visit_date: the assessment's date, YYYY-MM-DD, from which months count
 *
 * Takes the measure's texts, budget, phase, priority, dates and whether
 * it is there for a weakest area.
 */
void
qz_plan_item_update_from_draft (QzPlanItem        *self,
                                const QzDraftItem *draft_item,
                                const char        *visit_date)
{
  const QzMeasure *measure = draft_item->measure;
  g_autofree char *start = months_after (visit_date, draft_item->start_month);
  g_autofree char *due = months_after (visit_date, draft_item->end_month);

  g_return_if_fail (QZ_IS_PLAN_ITEM (self));

  g_object_set (self,
                "title", qz_text_get (&measure->title),
                "detail", qz_text_get (&measure->description),
                "effect", qz_text_get (&measure->effect),
                "phase", draft_item->phase,
                "priority", draft_item->priority,
                "start-date", start,
                "due-date", due,
                "stale", FALSE,
                "weakest", draft_item->weakest,
                NULL);
  qz_plan_item_set_budget (self, measure->investment_min, measure->investment_max);
}

/**
 * qz_plan_item_new_from_draft:
 * @draft_item: a measure as drafted
 * @visit_date: the assessment's date, YYYY-MM-DD, from which months count
 *
 * Returns: (transfer full): a proposed item for the measure
 */
QzPlanItem *
qz_plan_item_new_from_draft (const QzDraftItem *draft_item,
                             const char        *visit_date)
{
  QzPlanItem *self = qz_plan_item_new (NULL, draft_item->measure->id, draft_item->measure->indicator->id);

  qz_plan_item_update_from_draft (self, draft_item, visit_date);
  return self;
}

#define GETTER(type, name, expression) \
  type \
  qz_plan_item_get_##name (QzPlanItem *self) \
  { \
    g_return_val_if_fail (QZ_IS_PLAN_ITEM (self), (type) 0); \
    return expression; \
  }

GETTER (const char *, uuid, self->uuid)
GETTER (const char *, measure_id, self->measure_id)
GETTER (const char *, indicator_id, self->indicator_id)
GETTER (const char *, title, self->text[TEXT_TITLE])
GETTER (const char *, detail, self->text[TEXT_DETAIL])
GETTER (const char *, effect, self->text[TEXT_EFFECT])
GETTER (const char *, owner, self->text[TEXT_OWNER])
GETTER (const char *, start_date, self->text[TEXT_START_DATE])
GETTER (const char *, due_date, self->text[TEXT_DUE_DATE])
GETTER (QzPlanPhase, phase, self->phase)
GETTER (QzPlanPriority, priority, self->priority)
GETTER (QzPlanStatus, status, self->status)
GETTER (double, budget_min, self->budget_min)
GETTER (double, budget_max, self->budget_max)
GETTER (gboolean, edited, self->edited)
GETTER (gboolean, stale, self->stale)
GETTER (gboolean, weakest, self->weakest)
GETTER (const char *, carried_from, self->carried_from)

/* A text as the expert sees it: while it is still the framework's text
 * of the item's measure, in either language, it is that text in the
 * language texts are shown in, so that a plan drafted in one language is
 * shown in another; a text the expert typed stays as typed. */
static const char *
shown_text (QzPlanItem    *self,
            QzFramework   *framework,
            TextField      field)
{
  const QzMeasure *measure = NULL;
  const QzText *text;

  if (self->measure_id != NULL && framework != NULL)
    measure = qz_framework_find_measure (framework, self->measure_id);
  if (measure == NULL)
    return self->text[field];

  text = field == TEXT_TITLE ? &measure->title : &measure->effect;
  if (g_strcmp0 (self->text[field], text->zh_cn) == 0 || g_strcmp0 (self->text[field], text->en) == 0)
    return qz_text_get (text);
  return self->text[field];
}

/**
 * qz_plan_item_get_shown_title:
 * @self: a #QzPlanItem
 * @framework: (nullable): the framework of its assessment
 *
 * Returns: the title as the expert typed it, or, for a measure the expert
 *   left as drafted, the framework's title in the language of the texts
 */
const char *
qz_plan_item_get_shown_title (QzPlanItem  *self,
                              QzFramework *framework)
{
  g_return_val_if_fail (QZ_IS_PLAN_ITEM (self), NULL);
  return shown_text (self, framework, TEXT_TITLE);
}

/**
 * qz_plan_item_get_shown_effect:
 * @self: a #QzPlanItem
 * @framework: (nullable): the framework of its assessment
 *
 * Returns: the expected effect, as qz_plan_item_get_shown_title() does
 */
const char *
qz_plan_item_get_shown_effect (QzPlanItem  *self,
                               QzFramework *framework)
{
  g_return_val_if_fail (QZ_IS_PLAN_ITEM (self), NULL);
  return shown_text (self, framework, TEXT_EFFECT);
}

/**
 * qz_plan_item_set_budget:
 * @self: a #QzPlanItem
 * @min: the least it may cost, in 万元, or NAN for no budget
 * @max: the most, or NAN for @min alone
 */
void
qz_plan_item_set_budget (QzPlanItem *self,
                         double      min,
                         double      max)
{
  g_return_if_fail (QZ_IS_PLAN_ITEM (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (!(self->budget_min == min || (isnan (self->budget_min) && isnan (min))))
    {
      self->budget_min = min;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUDGET_MIN]);
    }
  if (!(self->budget_max == max || (isnan (self->budget_max) && isnan (max))))
    {
      self->budget_max = max;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUDGET_MAX]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/* The budget's ends for totals: none counts 0, a minimum alone both. */
double
qz_plan_item_get_budget_low (QzPlanItem *self)
{
  g_return_val_if_fail (QZ_IS_PLAN_ITEM (self), 0);

  return isnan (self->budget_min) ? 0 : self->budget_min;
}

double
qz_plan_item_get_budget_high (QzPlanItem *self)
{
  g_return_val_if_fail (QZ_IS_PLAN_ITEM (self), 0);

  return isnan (self->budget_max) ? qz_plan_item_get_budget_low (self) : self->budget_max;
}

/**
 * qz_plan_item_dup_budget_text:
 * @self: a #QzPlanItem
 *
 * Returns: (transfer full): the budget as "10–30" or "25", "" for none
 */
char *
qz_plan_item_dup_budget_text (QzPlanItem *self)
{
  g_autofree char *min = NULL;
  g_autofree char *max = NULL;

  g_return_val_if_fail (QZ_IS_PLAN_ITEM (self), NULL);

  if (isnan (self->budget_min))
    return g_strdup ("");

  min = qz_input_format_amount (self->budget_min);
  if (isnan (self->budget_max) || self->budget_max == self->budget_min)
    return g_steal_pointer (&min);

  max = qz_input_format_amount (self->budget_max);
  return g_strdup_printf ("%s–%s", min, max);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

static gboolean
valid_date (const char *text)
{
  GDate date;

  if (text[0] == '\0')
    return TRUE;

  g_date_clear (&date, 1);
  g_date_set_parse (&date, text);
  return strlen (text) == 10 && text[4] == '-' && text[7] == '-' && g_date_valid (&date);
}

/**
 * qz_plan_item_check:
 * @self: a #QzPlanItem
 * @error: return location for a #QzInputError
 *
 * Returns: whether the item can be stored: it has a title, its dates are
 *   dates (or empty) in order, and its budget is a range from 0 up
 */
gboolean
qz_plan_item_check (QzPlanItem  *self,
                    GError     **error)
{
  const char *start = self->text[TEXT_START_DATE], *due = self->text[TEXT_DUE_DATE];

  g_return_val_if_fail (QZ_IS_PLAN_ITEM (self), FALSE);

  if (is_blank (self->text[TEXT_TITLE]))
    g_set_error (error, QZ_INPUT_ERROR, QZ_INPUT_ERROR_INVALID, _("A measure needs a name."));
  else if (!valid_date (start) || !valid_date (due))
    g_set_error (error, QZ_INPUT_ERROR, QZ_INPUT_ERROR_INVALID,
                 _("“%s” is not a date: write it as YYYY-MM-DD, e.g. 2027-03-31."), valid_date (start) ? due : start);
  else if (start[0] != '\0' && due[0] != '\0' && strcmp (due, start) < 0)
    g_set_error (error, QZ_INPUT_ERROR, QZ_INPUT_ERROR_OUT_OF_RANGE, _("The due date comes before the start."));
  else if ((!isnan (self->budget_min) && self->budget_min < 0) ||
           (!isnan (self->budget_max) && (isnan (self->budget_min) || self->budget_max < self->budget_min)))
    g_set_error (error, QZ_INPUT_ERROR, QZ_INPUT_ERROR_OUT_OF_RANGE,
                 _("The budget must run from a minimum of 0 or more to a maximum not below it."));
  else
    return TRUE;

  return FALSE;
}

/**
 * qz_plan_budget_add:
 * @budget: a budget
 * @item: an item of the plan
 *
 * Counts @item in @budget, unless it is stale: an item the draft no
 * longer proposes stays in the plan for the expert to decide on, but is
 * in no total.
 */
void
qz_plan_budget_add (QzPlanBudget *budget,
                    QzPlanItem   *item)
{
  g_return_if_fail (QZ_IS_PLAN_ITEM (item));

  if (item->stale)
    return;

  budget->n_items++;
  budget->low += qz_plan_item_get_budget_low (item);
  budget->high += qz_plan_item_get_budget_high (item);
}

/**
 * qz_plan_budget_sum:
 * @budget: (out caller-allocates): the budget of @plan
 * @plan: (element-type QzPlanItem): a plan
 */
void
qz_plan_budget_sum (QzPlanBudget *budget,
                    GListModel   *plan)
{
  *budget = (QzPlanBudget) { 0 };
  for (guint i = 0; plan != NULL && i < g_list_model_get_n_items (plan); i++)
    {
      g_autoptr(QzPlanItem) item = g_list_model_get_item (plan, i);

      qz_plan_budget_add (budget, item);
    }
}

/**
 * qz_plan_item_dup_description:
 * @self: a #QzPlanItem
 *
 * Returns: (transfer full): the measure's row of the plan in words, as a
 *   screen reader reads it: the measure, its phase and its status
 */
char *
qz_plan_item_dup_description (QzPlanItem *self)
{
  g_return_val_if_fail (QZ_IS_PLAN_ITEM (self), NULL);

  /* Translators: a measure of the plan as a screen reader reads it: its name, phase and status */
  return g_strdup_printf (_("%s, %s, %s"), qz_plan_item_get_title (self),
                          qz_plan_phase_get_name (qz_plan_item_get_phase (self)),
                          qz_plan_status_get_name (qz_plan_item_get_status (self)));
}
