/* qz-framework-loader.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-framework-loader"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "qz-framework-loader.h"
#include "qz-framework-private.h"
#include "qz-json.h"
#include "qz-measure.h"

/* Framework files come from users too: refuse absurd sizes before parsing. */
#define MAX_FILE_SIZE (16 * 1024 * 1024)

/* Walks the JSON tree once, building the framework and collecting every
 * problem with the JSON path where it stands, so that the author sees all
 * of them at once. */
typedef struct
{
  QzFramework *framework;
  GPtrArray   *problems;
  GString     *path;
  GHashTable  *ids;          /* id → path of its first use */
  GArray      *scenarios;    /* ScenarioInfo, to tell which rules can be met */
  GHashTable  *measure_ids;  /* measure id → path of its first use */
  GPtrArray   *prerequisites;/* Prerequisite, resolved once all is read */
} Loader;

typedef struct
{
  QzMeasure *measure;
  char      *id;
  char      *path;
} Prerequisite;

typedef struct
{
  guint    grades;
  gboolean constraint;
} ScenarioInfo;

static const char *common_keys[] = { "verified", "note", NULL };

G_GNUC_PRINTF (2, 3)
static void
problem (Loader     *loader,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (loader->problems,
                   g_strdup_printf ("%s: %s", loader->path->len ? loader->path->str : "(top)", message));
}

static gsize
push_key (Loader     *loader,
          const char *key)
{
  gsize len = loader->path->len;

  if (len > 0)
    g_string_append_c (loader->path, '.');
  g_string_append (loader->path, key);
  return len;
}

static gsize
push_index (Loader *loader,
            guint   index)
{
  gsize len = loader->path->len;

  g_string_append_printf (loader->path, "[%u]", index);
  return len;
}

static void
pop (Loader *loader,
     gsize   len)
{
  g_string_truncate (loader->path, len);
}

static gboolean
in_list (const char * const *list,
         const char         *key)
{
  return list != NULL && g_strv_contains (list, key);
}

/* Unknown keys are reported: a misspelt key must not pass silently. */
static void
check_keys (Loader             *loader,
            JsonObject         *object,
            const char * const *allowed)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      if (!in_list (allowed, l->data) && !in_list (common_keys, l->data))
        {
          gsize len = push_key (loader, l->data);
          problem (loader, _("unknown key"));
          pop (loader, len);
        }
    }
}

/* Looks up @key; reports it when required and missing. The path is left
 * pointing at the member for the caller's checks: pop it afterwards. */
static JsonNode *
member (Loader     *loader,
        JsonObject *object,
        const char *key,
        gboolean    required,
        gsize      *len)
{
  JsonNode *node = json_object_get_member (object, key);

  *len = push_key (loader, key);
  if (node == NULL && required)
    problem (loader, _("is required"));

  return node;
}

static gboolean
get_number (Loader     *loader,
            JsonObject *object,
            const char *key,
            gboolean    required,
            double     *out)
{
  gsize len;
  JsonNode *node = member (loader, object, key, required, &len);
  gboolean ok = FALSE;

  if (node != NULL)
    {
      if (!qz_json_node_is_number (node))
        problem (loader, _("must be a number"));
      else if (!isfinite (json_node_get_double (node)))
        problem (loader, _("must be a finite number"));
      else
        {
          *out = json_node_get_double (node);
          ok = TRUE;
        }
    }

  pop (loader, len);
  return ok;
}

static gboolean
get_int (Loader     *loader,
         JsonObject *object,
         const char *key,
         gboolean    required,
         int         min,
         int        *out)
{
  gsize len;
  JsonNode *node = member (loader, object, key, required, &len);
  gboolean ok = FALSE;

  if (node != NULL)
    {
      if (!qz_json_node_holds (node, G_TYPE_INT64))
        problem (loader, _("must be a whole number"));
      else if (json_node_get_int (node) < min || json_node_get_int (node) > G_MAXINT)
        problem (loader, _("must be at least %d"), min);
      else
        {
          *out = (int) json_node_get_int (node);
          ok = TRUE;
        }
    }

  pop (loader, len);
  return ok;
}

static gboolean
get_bool (Loader     *loader,
          JsonObject *object,
          const char *key,
          gboolean   *out)
{
  gsize len;
  JsonNode *node = member (loader, object, key, FALSE, &len);
  gboolean ok = FALSE;

  if (node != NULL)
    {
      if (!qz_json_node_holds (node, G_TYPE_BOOLEAN))
        problem (loader, _("must be true or false"));
      else
        {
          *out = json_node_get_boolean (node);
          ok = TRUE;
        }
    }

  pop (loader, len);
  return ok;
}

static gboolean
get_string (Loader     *loader,
            JsonObject *object,
            const char *key,
            gboolean    required,
            char      **out)
{
  gsize len;
  JsonNode *node = member (loader, object, key, required, &len);
  g_autofree char *value = node ? qz_json_node_dup_string (node) : NULL;

  if (node != NULL && (value == NULL || value[0] == '\0'))
    problem (loader, _("must be a text that is not empty"));

  pop (loader, len);
  if (value == NULL || value[0] == '\0')
    return FALSE;

  g_free (*out);
  *out = g_steal_pointer (&value);
  return TRUE;
}

static JsonObject *
node_object (Loader   *loader,
             JsonNode *node)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      problem (loader, _("must be an object"));
      return NULL;
    }

  return json_node_get_object (node);
}

static void
read_text (Loader   *loader,
           JsonNode *node,
           QzText   *text)
{
  JsonObject *object = node_object (loader, node);
  static const char *languages[] = { "zh_CN", "en", NULL };

  if (object == NULL)
    return;

  text->zh_cn = json_object_has_member (object, "zh_CN")
                ? qz_json_node_dup_string (json_object_get_member (object, "zh_CN")) : NULL;
  text->en = json_object_has_member (object, "en")
             ? qz_json_node_dup_string (json_object_get_member (object, "en")) : NULL;

  for (guint i = 0; languages[i]; i++)
    {
      const char *value = i == 0 ? text->zh_cn : text->en;
      JsonNode *child = json_object_get_member (object, languages[i]);
      gsize len = push_key (loader, languages[i]);

      if (child == NULL)
        problem (loader, _("is required: every text has a Chinese (zh_CN) and an English (en) version"));
      else if (value == NULL || value[0] == '\0')
        problem (loader, _("must be a text that is not empty"));

      pop (loader, len);
    }

  /* Other languages may be added later; they must still be texts. */
  {
    g_autoptr(GList) members = json_object_get_members (object);

    for (GList *l = members; l != NULL; l = l->next)
      {
        g_autofree char *value = qz_json_node_dup_string (json_object_get_member (object, l->data));

        if (value == NULL)
          {
            gsize len = push_key (loader, l->data);
            problem (loader, _("must be a text"));
            pop (loader, len);
          }
      }
  }
}

static void
get_text (Loader     *loader,
          JsonObject *object,
          const char *key,
          gboolean    required,
          QzText     *text)
{
  gsize len;
  JsonNode *node = member (loader, object, key, required, &len);

  if (node != NULL)
    read_text (loader, node, text);

  pop (loader, len);
}

static gboolean
valid_id (const char *id)
{
  if (!g_ascii_islower (id[0]))
    return FALSE;

  for (const char *p = id; *p; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-' && *p != '_')
        return FALSE;
    }

  return TRUE;
}

/* Reads an id and, when @unique is given, checks that it is used once. */
static char *
get_id (Loader     *loader,
        JsonObject *object,
        GHashTable *unique)
{
  gsize len;
  JsonNode *node = member (loader, object, "id", TRUE, &len);
  g_autofree char *id = node ? qz_json_node_dup_string (node) : NULL;

  if (node != NULL && id == NULL)
    problem (loader, _("must be a text"));
  else if (id != NULL && !valid_id (id))
    problem (loader, _("“%s” is not a valid id: use lower-case letters, digits, “-” and “_”, starting with a letter"), id);
  else if (id != NULL && unique != NULL)
    {
      const char *first = g_hash_table_lookup (unique, id);

      if (first != NULL)
        problem (loader, _("the id “%s” is already used at %s"), id, first);
      else
        g_hash_table_insert (unique, g_strdup (id), g_strdup (loader->path->str));
    }

  pop (loader, len);
  return g_steal_pointer (&id);
}

/* Calls @func on each object of the array @key, with the path set. */
typedef void (*ItemFunc) (Loader     *loader,
                          JsonObject *object,
                          guint       index,
                          gpointer    data);

static guint
each_item (Loader     *loader,
           JsonObject *object,
           const char *key,
           guint       min_items,
           ItemFunc    func,
           gpointer    data)
{
  gsize len;
  JsonNode *node = member (loader, object, key, min_items > 0, &len);
  JsonArray *array;
  guint n = 0;

  if (node == NULL)
    {
      pop (loader, len);
      return 0;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      problem (loader, _("must be a list"));
      pop (loader, len);
      return 0;
    }

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  if (n < min_items)
    problem (loader, g_dngettext (GETTEXT_PACKAGE, "needs at least %u item", "needs at least %u items", min_items),
             min_items);

  for (guint i = 0; i < n; i++)
    {
      gsize item_len = push_index (loader, i);
      JsonObject *item = node_object (loader, json_array_get_element (array, i));

      if (item != NULL)
        func (loader, item, i, data);
      pop (loader, item_len);
    }

  pop (loader, len);
  return n;
}

/* ---- Options, bands and the indicator kinds ---- */

typedef struct
{
  QzIndicator *indicator;
  GHashTable  *ids;
  gboolean     scale;
} OptionContext;

static void
read_option (Loader     *loader,
             JsonObject *object,
             guint       index,
             gpointer    data)
{
  OptionContext *context = data;
  QzOption *option = _qz_option_new ();
  static const char *option_keys[] = { "id", "label", "points", "descriptor", "exclusive", NULL };
  static const char *scale_keys[] = { "id", "label", "value", NULL };

  if (context->scale)
    g_ptr_array_add (loader->framework->scale, option);
  else
    g_ptr_array_add (context->indicator->options, option);

  check_keys (loader, object, context->scale ? scale_keys : option_keys);
  option->id = get_id (loader, object, context->ids);
  get_text (loader, object, "label", TRUE, &option->label);

  if (context->scale)
    {
      if (get_number (loader, object, "value", TRUE, &option->value) &&
          (option->value < 0 || option->value > 1))
        {
          gsize len = push_key (loader, "value");
          problem (loader, _("must be between 0 and 1"));
          pop (loader, len);
        }
      return;
    }

  get_text (loader, object, "descriptor", FALSE, &option->descriptor);
  get_bool (loader, object, "exclusive", &option->exclusive);
  if (option->exclusive && context->indicator->kind != QZ_INDICATOR_MULTIPLE)
    {
      gsize len = push_key (loader, "exclusive");
      problem (loader, _("only options of a multiple choice can be exclusive"));
      pop (loader, len);
    }

  if (get_number (loader, object, "points", TRUE, &option->points))
    {
      gsize len = push_key (loader, "points");

      if (option->points < 0)
        problem (loader, _("must not be negative"));
      else if (option->points > context->indicator->points)
        problem (loader, _("must be at most the indicator’s %g points"), context->indicator->points);
      else if (option->exclusive && option->points != 0)
        problem (loader, _("an exclusive option (“none of these”) must give 0 points"));

      pop (loader, len);
    }
}

static void
check_options (Loader      *loader,
               QzIndicator *indicator)
{
  double best = 0, sum = 0;
  guint exclusive = 0;

  for (guint i = 0; i < indicator->options->len; i++)
    {
      QzOption *option = g_ptr_array_index (indicator->options, i);

      best = MAX (best, option->points);
      sum += option->points;
      exclusive += option->exclusive;
    }

  if (indicator->kind == QZ_INDICATOR_SINGLE && best < indicator->points)
    problem (loader, _("no option gives the indicator’s full %g points"), indicator->points);
  if (indicator->kind == QZ_INDICATOR_MULTIPLE && sum < indicator->points)
    problem (loader, _("the options together give %g points, less than the indicator’s %g"),
             sum, indicator->points);
  if (exclusive > 1)
    problem (loader, _("only one option can be exclusive"));
}

static void
read_band (Loader     *loader,
           JsonObject *object,
           guint       index,
           gpointer    data)
{
  QzIndicator *indicator = data;
  static const char *keys[] = { "from", "above", "points", NULL };
  gboolean has_from = json_object_has_member (object, "from");
  gboolean has_above = json_object_has_member (object, "above");
  QzBand band = { 0, has_from, 0 };
  gsize len;

  check_keys (loader, object, keys);

  if (has_from == has_above)
    problem (loader, _("needs exactly one of “from” (inclusive) and “above” (exclusive)"));
  else if (get_number (loader, object, has_from ? "from" : "above", TRUE, &band.bound))
    {
      len = push_key (loader, has_from ? "from" : "above");

      if (index == 0 && (!has_from || band.bound != indicator->min))
        problem (loader, _("the first band must start “from” the figure’s minimum %g"), indicator->min);
      else if (band.bound < indicator->min || (!isnan (indicator->max) && band.bound > indicator->max))
        problem (loader, _("must lie within the figure’s range"));
      else if (index > 0)
        {
          QzBand *previous = &g_array_index (indicator->bands, QzBand, indicator->bands->len - 1);

          if (band.bound < previous->bound ||
              (band.bound == previous->bound && !(previous->inclusive && !band.inclusive)))
            problem (loader, _("bands must be in ascending order"));
        }

      pop (loader, len);
    }

  if (get_number (loader, object, "points", TRUE, &band.points))
    {
      len = push_key (loader, "points");
      if (band.points < 0 || band.points > indicator->points)
        problem (loader, _("must be between 0 and the indicator’s %g points"), indicator->points);
      pop (loader, len);
    }

  g_array_append_val (indicator->bands, band);
}

static void
read_figure (Loader      *loader,
             JsonObject  *object,
             QzIndicator *indicator)
{
  static const char *figure_keys[] = { "unit", "min", "max", "ratio", NULL };
  static const char *ratio_keys[] = { "numerator", "denominator", "factor", NULL };
  static const char *target_keys[] = { "value", "year", "source", NULL };
  JsonObject *figure;
  JsonNode *node;
  gboolean full = FALSE;
  gsize len;

  node = member (loader, object, "figure", TRUE, &len);
  figure = node ? node_object (loader, node) : NULL;
  if (figure != NULL)
    {
      check_keys (loader, figure, figure_keys);
      get_string (loader, figure, "unit", FALSE, &indicator->unit);
      get_number (loader, figure, "min", TRUE, &indicator->min);
      if (get_number (loader, figure, "max", FALSE, &indicator->max) && indicator->max <= indicator->min)
        {
          gsize max_len = push_key (loader, "max");
          problem (loader, _("must be greater than the minimum"));
          pop (loader, max_len);
        }

      node = json_object_get_member (figure, "ratio");
      if (node != NULL)
        {
          gsize ratio_len = push_key (loader, "ratio");
          JsonObject *ratio = node_object (loader, node);

          if (ratio != NULL)
            {
              indicator->has_ratio = TRUE;
              check_keys (loader, ratio, ratio_keys);
              get_text (loader, ratio, "numerator", TRUE, &indicator->numerator);
              get_text (loader, ratio, "denominator", TRUE, &indicator->denominator);
              if (get_number (loader, ratio, "factor", FALSE, &indicator->factor) && indicator->factor <= 0)
                {
                  gsize factor_len = push_key (loader, "factor");
                  problem (loader, _("must be greater than 0"));
                  pop (loader, factor_len);
                }
            }
          pop (loader, ratio_len);
        }
    }
  pop (loader, len);

  each_item (loader, object, "bands", 1, read_band, indicator);
  for (guint i = 0; i < indicator->bands->len; i++)
    full |= g_array_index (indicator->bands, QzBand, i).points == indicator->points;
  if (indicator->bands->len > 0 && !full)
    {
      len = push_key (loader, "bands");
      problem (loader, _("no band gives the indicator’s full %g points"), indicator->points);
      pop (loader, len);
    }

  node = member (loader, object, "target", FALSE, &len);
  if (node != NULL)
    {
      JsonObject *target = node_object (loader, node);

      if (target != NULL)
        {
          indicator->has_target = TRUE;
          check_keys (loader, target, target_keys);
          get_number (loader, target, "value", TRUE, &indicator->target);
          get_int (loader, target, "year", FALSE, 1900, &indicator->target_year);
          get_text (loader, target, "source", TRUE, &indicator->target_source);
        }
    }
  pop (loader, len);
}

static void
read_grade (Loader     *loader,
            JsonObject *object,
            guint       index,
            gpointer    data)
{
  QzIndicator *indicator = data;
  QzText *text = g_new0 (QzText, 1);

  g_ptr_array_add (indicator->grades, text);
  /* each_item() checked that the grade is an object: read it as a text. */
  {
    g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);
    read_text (loader, node, text);
  }
}

static void
prerequisite_free (Prerequisite *prerequisite)
{
  g_free (prerequisite->id);
  g_free (prerequisite->path);
  g_free (prerequisite);
}

static gboolean
has_option (GPtrArray  *options,
            const char *id,
            gboolean    exclusive_too)
{
  for (guint i = 0; options != NULL && i < options->len; i++)
    {
      QzOption *option = g_ptr_array_index (options, i);

      if (g_str_equal (option->id, id))
        return exclusive_too || !option->exclusive;
    }

  return FALSE;
}

/* What the indicator's answer becomes: an option, a figure or a grade
 * that the indicator can hold. */
static void
read_reaches (Loader      *loader,
              JsonObject  *object,
              QzIndicator *indicator,
              QzMeasure   *measure)
{
  gsize len;

  switch (indicator->kind)
    {
    case QZ_INDICATOR_SINGLE:
    case QZ_INDICATOR_MULTIPLE:
    case QZ_INDICATOR_RATING:
      if (!get_string (loader, object, "reaches", TRUE, &measure->reaches_option))
        return;
      len = push_key (loader, "reaches");
      if (indicator->kind == QZ_INDICATOR_RATING && !has_option (loader->framework->scale, measure->reaches_option, TRUE))
        problem (loader, _("“%s” is not on the framework’s scale"), measure->reaches_option);
      else if (indicator->kind == QZ_INDICATOR_SINGLE && !has_option (indicator->options, measure->reaches_option, TRUE))
        problem (loader, _("“%s” is not an option of this indicator"), measure->reaches_option);
      else if (indicator->kind == QZ_INDICATOR_MULTIPLE && !has_option (indicator->options, measure->reaches_option, FALSE))
        problem (loader, _("“%s” is not an option of this indicator that can be ticked with others"), measure->reaches_option);
      pop (loader, len);
      break;

    case QZ_INDICATOR_FIGURE:
      if (!get_number (loader, object, "reaches", TRUE, &measure->reaches_value))
        return;
      len = push_key (loader, "reaches");
      if (measure->reaches_value < indicator->min ||
          (!isnan (indicator->max) && measure->reaches_value > indicator->max))
        problem (loader, _("must lie within the figure’s range"));
      pop (loader, len);
      break;

    case QZ_INDICATOR_SCENARIO:
      {
        int grade = 0;

        if (!get_int (loader, object, "reaches", TRUE, 1, &grade))
          return;
        measure->reaches_value = grade;
        len = push_key (loader, "reaches");
        if (grade > (int) indicator->grades->len)
          problem (loader, _("the scenario has no grade %d"), grade);
        pop (loader, len);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
read_prerequisites (Loader     *loader,
                    JsonObject *object,
                    QzMeasure  *measure)
{
  gsize len;
  JsonNode *node = member (loader, object, "prerequisites", FALSE, &len);
  JsonArray *array;

  if (node != NULL && !JSON_NODE_HOLDS_ARRAY (node))
    problem (loader, _("must be a list"));
  else if (node != NULL)
    {
      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          gsize item_len = push_index (loader, i);
          g_autofree char *id = qz_json_node_dup_string (json_array_get_element (array, i));

          if (id == NULL)
            problem (loader, _("must be a text"));
          else
            {
              Prerequisite *prerequisite = g_new0 (Prerequisite, 1);

              prerequisite->measure = measure;
              prerequisite->id = g_steal_pointer (&id);
              prerequisite->path = g_strdup (loader->path->str);
              g_ptr_array_add (loader->prerequisites, prerequisite);
            }
          pop (loader, item_len);
        }
    }

  pop (loader, len);
}

static void
read_measure (Loader     *loader,
              JsonObject *object,
              guint       index,
              gpointer    data)
{
  QzIndicator *indicator = data;
  QzMeasure *measure = _qz_measure_new ();
  static const char *keys[] = {
    "id", "title", "description", "category", "investment", "months", "effect", "programme",
    "prerequisites", "reaches", NULL
  };
  g_autofree char *category = NULL;
  gsize len;

  measure->indicator = indicator;
  g_ptr_array_add (indicator->measures, measure);

  check_keys (loader, object, keys);
  measure->id = get_id (loader, object, loader->measure_ids);
  if (measure->id != NULL && !g_hash_table_contains (loader->framework->measures, measure->id))
    g_hash_table_insert (loader->framework->measures, measure->id, measure);
  get_text (loader, object, "title", TRUE, &measure->title);
  get_text (loader, object, "description", TRUE, &measure->description);
  get_text (loader, object, "effect", TRUE, &measure->effect);

  if (get_string (loader, object, "category", TRUE, &category) &&
      !qz_measure_category_from_string (category, &measure->category))
    {
      len = push_key (loader, "category");
      problem (loader, _("“%s” is not a category: use equipment, systems, data, management, talent, security, green or market"),
               category);
      pop (loader, len);
    }

  if (get_string (loader, object, "programme", FALSE, &measure->programme) &&
      !qz_programme_is_known (measure->programme))
    {
      len = push_key (loader, "programme");
      problem (loader, _("“%s” is not a programme known to Qizhen"), measure->programme);
      pop (loader, len);
    }

  if (get_int (loader, object, "months", TRUE, 1, &measure->months) && measure->months > 60)
    {
      len = push_key (loader, "months");
      problem (loader, _("must be at most 60"));
      pop (loader, len);
    }

  {
    JsonNode *node = member (loader, object, "investment", TRUE, &len);
    JsonArray *range = node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

    if (node != NULL &&
        (range == NULL || json_array_get_length (range) != 2 ||
         !qz_json_node_is_number (json_array_get_element (range, 0)) ||
         !qz_json_node_is_number (json_array_get_element (range, 1))))
      problem (loader, _("must be a range of two numbers, [min, max], in 10 000 yuan"));
    else if (node != NULL)
      {
        measure->investment_min = json_array_get_double_element (range, 0);
        measure->investment_max = json_array_get_double_element (range, 1);
        if (!isfinite (measure->investment_min) || !isfinite (measure->investment_max) ||
            measure->investment_min < 0 || measure->investment_min > measure->investment_max)
          problem (loader, _("must go from a minimum of 0 or more to a maximum not below it"));
      }
    pop (loader, len);
  }

  read_prerequisites (loader, object, measure);
  read_reaches (loader, object, indicator, measure);
}

/* Whether following prerequisites from @from leads to @target. */
static gboolean
leads_to (const QzMeasure *from,
          const QzMeasure *target,
          GHashTable      *seen)
{
  for (guint i = 0; i < from->prerequisites->len; i++)
    {
      const QzMeasure *next = g_ptr_array_index (from->prerequisites, i);

      if (next == target)
        return TRUE;
      if (g_hash_table_add (seen, (gpointer) next) && leads_to (next, target, seen))
        return TRUE;
    }

  return FALSE;
}

/* Prerequisites name measures anywhere in the framework, so they are
 * looked up once everything is read; then no chain may loop. */
static void
resolve_prerequisites (Loader *loader)
{
  g_autoptr(GHashTable) reported = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < loader->prerequisites->len; i++)
    {
      Prerequisite *prerequisite = g_ptr_array_index (loader->prerequisites, i);
      QzMeasure *needed = g_hash_table_lookup (loader->framework->measures, prerequisite->id);
      gsize len = loader->path->len;

      g_string_assign (loader->path, prerequisite->path);
      if (needed == NULL)
        problem (loader, _("there is no measure “%s”"), prerequisite->id);
      else
        g_ptr_array_add (prerequisite->measure->prerequisites, needed);
      g_string_truncate (loader->path, len);
    }

  for (guint i = 0; i < loader->prerequisites->len; i++)
    {
      Prerequisite *prerequisite = g_ptr_array_index (loader->prerequisites, i);
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

      /* Each measure on a loop says so, once; one that only leads into a
       * loop is not on it. */
      if (!g_hash_table_contains (reported, prerequisite->measure) &&
          leads_to (prerequisite->measure, prerequisite->measure, seen))
        {
          gsize len = loader->path->len;

          g_hash_table_add (reported, prerequisite->measure);
          g_string_assign (loader->path, prerequisite->path);
          problem (loader, _("the measure “%s” depends on itself through its prerequisites"),
                   prerequisite->measure->id);
          g_string_truncate (loader->path, len);
        }
    }
}

static const struct
{
  const char      *name;
  QzIndicatorKind  kind;
} kinds[] = {
  { "single", QZ_INDICATOR_SINGLE },
  { "multiple", QZ_INDICATOR_MULTIPLE },
  { "figure", QZ_INDICATOR_FIGURE },
  { "scenario", QZ_INDICATOR_SCENARIO },
  { "rating", QZ_INDICATOR_RATING },
};

static gboolean
read_kind (Loader      *loader,
           JsonObject  *object,
           QzIndicator *indicator)
{
  g_autofree char *name = NULL;
  gsize len;

  if (!get_string (loader, object, "kind", TRUE, &name))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (g_str_equal (name, kinds[i].name))
        {
          indicator->kind = kinds[i].kind;
          return TRUE;
        }
    }

  len = push_key (loader, "kind");
  problem (loader, _("“%s” is not a kind of indicator: use single, multiple, figure, scenario or rating"), name);
  pop (loader, len);
  return FALSE;
}

/* Which kinds fit where: scenarios only outside the score, ratings only
 * in maturity frameworks, points-based kinds only in scored dimensions. */
static void
check_kind_placement (Loader      *loader,
                      QzIndicator *indicator,
                      gboolean     scored)
{
  gboolean maturity = loader->framework->method == QZ_SCORING_MATURITY;
  gsize len = push_key (loader, "kind");

  if (maturity && indicator->kind != QZ_INDICATOR_RATING)
    problem (loader, _("a framework scored by maturity has only “rating” indicators"));
  else if (!maturity && indicator->kind == QZ_INDICATOR_RATING)
    problem (loader, _("“rating” indicators belong to frameworks scored by maturity"));
  else if (indicator->kind == QZ_INDICATOR_SCENARIO && scored)
    problem (loader, _("scenarios belong to a dimension with “scored”: false"));
  else if (!maturity && indicator->kind != QZ_INDICATOR_SCENARIO && !scored)
    problem (loader, _("a dimension with “scored”: false holds only scenarios"));

  pop (loader, len);
}

static void
read_indicator (Loader     *loader,
                JsonObject *object,
                guint       index,
                gpointer    data)
{
  QzArea *area = data;
  QzIndicator *indicator = _qz_indicator_new ();
  static const char *keys[] = {
    "id", "title", "kind", "points", "description", "evidence", "na_allowed", "measures",
    "options", "figure", "bands", "target", "grades", "constraint", "level", NULL
  };
  gboolean has_points = json_object_has_member (object, "points");
  gboolean kind_ok;
  gsize len;

  indicator->area = area;
  g_ptr_array_add (area->indicators, indicator);
  g_ptr_array_add (loader->framework->indicator_list, indicator);

  check_keys (loader, object, keys);
  indicator->id = get_id (loader, object, loader->ids);
  if (indicator->id != NULL)
    g_hash_table_insert (loader->framework->indicators, indicator->id, indicator);
  get_text (loader, object, "title", TRUE, &indicator->title);
  get_text (loader, object, "description", FALSE, &indicator->description);
  get_text (loader, object, "evidence", FALSE, &indicator->evidence);
  get_bool (loader, object, "na_allowed", &indicator->na_allowed);
  get_bool (loader, object, "verified", &indicator->verified);
  kind_ok = read_kind (loader, object, indicator);
  if (kind_ok)
    check_kind_placement (loader, indicator, area->dimension->scored);

  if (kind_ok && (indicator->kind == QZ_INDICATOR_SCENARIO || indicator->kind == QZ_INDICATOR_RATING))
    {
      if (has_points)
        {
          len = push_key (loader, "points");
          problem (loader, _("this kind of indicator has no points"));
          pop (loader, len);
        }
    }
  else if (get_number (loader, object, "points", TRUE, &indicator->points) && indicator->points <= 0)
    {
      len = push_key (loader, "points");
      problem (loader, _("must be greater than 0"));
      pop (loader, len);
    }
  area->max += indicator->points;

  if (kind_ok)
    {
      switch (indicator->kind)
        {
        case QZ_INDICATOR_SINGLE:
        case QZ_INDICATOR_MULTIPLE:
          {
            g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
            OptionContext context = { indicator, ids, FALSE };

            if (each_item (loader, object, "options", 2, read_option, &context) >= 2)
              check_options (loader, indicator);
          }
          break;

        case QZ_INDICATOR_FIGURE:
          read_figure (loader, object, indicator);
          break;

        case QZ_INDICATOR_SCENARIO:
          each_item (loader, object, "grades", 1, read_grade, indicator);
          get_bool (loader, object, "constraint", &indicator->constraint);
          {
            ScenarioInfo info = { indicator->grades->len, indicator->constraint };
            g_array_append_val (loader->scenarios, info);
          }
          break;

        case QZ_INDICATOR_RATING:
          get_int (loader, object, "level", TRUE, 1, &indicator->level);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  /* Keys of other kinds are mistakes, not extras. */
  {
    static const struct { const char *key; QzIndicatorKind kind; QzIndicatorKind other; } owners[] = {
      { "options", QZ_INDICATOR_SINGLE, QZ_INDICATOR_MULTIPLE },
      { "figure", QZ_INDICATOR_FIGURE, QZ_INDICATOR_FIGURE },
      { "bands", QZ_INDICATOR_FIGURE, QZ_INDICATOR_FIGURE },
      { "target", QZ_INDICATOR_FIGURE, QZ_INDICATOR_FIGURE },
      { "grades", QZ_INDICATOR_SCENARIO, QZ_INDICATOR_SCENARIO },
      { "constraint", QZ_INDICATOR_SCENARIO, QZ_INDICATOR_SCENARIO },
      { "level", QZ_INDICATOR_RATING, QZ_INDICATOR_RATING },
    };

    for (guint i = 0; kind_ok && i < G_N_ELEMENTS (owners); i++)
      {
        if (json_object_has_member (object, owners[i].key) &&
            indicator->kind != owners[i].kind && indicator->kind != owners[i].other)
          {
            len = push_key (loader, owners[i].key);
            problem (loader, _("does not belong to this kind of indicator"));
            pop (loader, len);
          }
      }
  }

  if (kind_ok)
    each_item (loader, object, "measures", 0, read_measure, indicator);
}

/* ---- Areas, dimensions, levels ---- */

static void
read_area (Loader     *loader,
           JsonObject *object,
           guint       index,
           gpointer    data)
{
  QzDimension *dimension = data;
  QzArea *area = _qz_area_new ();
  static const char *keys[] = { "id", "title", "weight", "indicators", NULL };

  area->dimension = dimension;
  g_ptr_array_add (dimension->areas, area);

  check_keys (loader, object, keys);
  area->id = get_id (loader, object, loader->ids);
  get_text (loader, object, "title", TRUE, &area->title);

  if (json_object_has_member (object, "weight"))
    {
      gsize len = push_key (loader, "weight");

      if (loader->framework->method != QZ_SCORING_MATURITY)
        problem (loader, _("weights belong to frameworks scored by maturity; give points to the indicators"));
      pop (loader, len);

      if (get_number (loader, object, "weight", TRUE, &area->weight) && area->weight <= 0)
        {
          len = push_key (loader, "weight");
          problem (loader, _("must be greater than 0"));
          pop (loader, len);
        }
    }

  each_item (loader, object, "indicators", 1, read_indicator, area);
  dimension->max += area->max;
}

static void
read_dimension (Loader     *loader,
                JsonObject *object,
                guint       index,
                gpointer    data)
{
  QzDimension *dimension = _qz_dimension_new ();
  static const char *keys[] = { "id", "title", "description", "group", "scored", "areas", NULL };

  g_ptr_array_add (loader->framework->dimensions, dimension);

  check_keys (loader, object, keys);
  dimension->id = get_id (loader, object, loader->ids);
  get_text (loader, object, "title", TRUE, &dimension->title);
  get_text (loader, object, "description", FALSE, &dimension->description);
  get_text (loader, object, "group", FALSE, &dimension->group);
  get_bool (loader, object, "scored", &dimension->scored);

  each_item (loader, object, "areas", 1, read_area, dimension);
  if (dimension->scored)
    loader->framework->max += dimension->max;
}

static void
read_scenario_rule (Loader     *loader,
                    JsonObject *rule,
                    QzLevel    *level)
{
  static const char *keys[] = { "grade", "count", "constrained", NULL };
  JsonObject *scenarios;
  gsize len;
  JsonNode *node = member (loader, rule, "scenarios", FALSE, &len);

  scenarios = node ? node_object (loader, node) : NULL;
  if (scenarios != NULL)
    {
      /* Only scenarios that have the grade can reach it. */
      guint reaching = 0, constrained_reaching = 0;

      check_keys (loader, scenarios, keys);
      get_int (loader, scenarios, "grade", TRUE, 1, &level->scenario_grade);
      get_int (loader, scenarios, "count", TRUE, 1, &level->scenario_count);
      get_int (loader, scenarios, "constrained", FALSE, 0, &level->scenario_constrained);

      for (guint i = 0; i < loader->scenarios->len; i++)
        {
          ScenarioInfo *info = &g_array_index (loader->scenarios, ScenarioInfo, i);

          if ((int) info->grades >= level->scenario_grade)
            {
              reaching++;
              constrained_reaching += info->constraint;
            }
        }

      if (reaching == 0)
        {
          gsize grade_len = push_key (loader, "grade");
          problem (loader, _("cannot be reached: no scenario has grade %d"), level->scenario_grade);
          pop (loader, grade_len);
        }
      else if (level->scenario_count > (int) reaching)
        {
          gsize count_len = push_key (loader, "count");
          problem (loader, _("cannot be reached: %u scenarios have grade %d"), reaching, level->scenario_grade);
          pop (loader, count_len);
        }
      if (level->scenario_constrained > (int) constrained_reaching ||
          level->scenario_constrained > level->scenario_count)
        {
          gsize constrained_len = push_key (loader, "constrained");
          problem (loader, _("cannot be reached: %u constrained scenarios have grade %d, and the rule asks for %d scenarios"),
                   constrained_reaching, level->scenario_grade, level->scenario_count);
          pop (loader, constrained_len);
        }
    }

  pop (loader, len);
}

static void
read_level (Loader     *loader,
            JsonObject *object,
            guint       index,
            gpointer    data)
{
  QzLevel *level = _qz_level_new ();
  QzFramework *framework = loader->framework;
  QzLevel *below = index > 0 ? g_ptr_array_index (framework->levels, index - 1) : NULL;
  static const char *keys[] = { "id", "rank", "name", "description", "rule", NULL };
  static const char *points_keys[] = { "min_score", "scenarios", NULL };
  static const char *maturity_keys[] = { "min_s", NULL };
  gboolean maturity = framework->method == QZ_SCORING_MATURITY;
  JsonObject *rule;
  JsonNode *node;
  gsize len;

  g_ptr_array_add (framework->levels, level);

  check_keys (loader, object, keys);
  level->id = get_id (loader, object, loader->ids);
  get_text (loader, object, "name", TRUE, &level->name);
  get_text (loader, object, "description", FALSE, &level->description);
  get_bool (loader, object, "verified", &level->verified);
  if (get_int (loader, object, "rank", TRUE, 1, &level->rank) && level->rank != (int) index + 1)
    {
      len = push_key (loader, "rank");
      problem (loader, _("must be %u: levels are listed from the lowest, ranked 1, 2, 3 …"), index + 1);
      pop (loader, len);
    }

  node = member (loader, object, "rule", TRUE, &len);
  rule = node ? node_object (loader, node) : NULL;
  if (rule != NULL)
    {
      check_keys (loader, rule, maturity ? maturity_keys : points_keys);

      if (maturity && get_number (loader, rule, "min_s", TRUE, &level->min_s))
        {
          gsize s_len = push_key (loader, "min_s");

          if (level->min_s <= 0)
            problem (loader, _("must be greater than 0"));
          else if (below != NULL && level->min_s <= below->min_s)
            problem (loader, _("must be higher than the level below (%g)"), below->min_s);
          pop (loader, s_len);
        }
      else if (!maturity && get_number (loader, rule, "min_score", TRUE, &level->min_score))
        {
          gsize score_len = push_key (loader, "min_score");

          if (level->min_score < 0)
            problem (loader, _("must not be negative"));
          else if (level->min_score > framework->max)
            problem (loader, _("cannot be reached: the framework has %g points at most"), framework->max);
          else if (below != NULL && level->min_score < below->min_score)
            problem (loader, _("must not be lower than the level below (%g)"), below->min_score);
          pop (loader, score_len);
        }

      if (!maturity)
        read_scenario_rule (loader, rule, level);
    }
  pop (loader, len);
}

/* Checks that need all levels: ratings point at existing levels, every
 * maturity level has requirements, and S can reach every level. */
static void
check_maturity_levels (Loader *loader)
{
  QzFramework *framework = loader->framework;
  guint n_levels = framework->levels->len;
  g_autofree guint *per_level = g_new0 (guint, n_levels + 1);

  for (guint d = 0; d < framework->dimensions->len; d++)
    {
      QzDimension *dimension = g_ptr_array_index (framework->dimensions, d);

      for (guint a = 0; a < dimension->areas->len; a++)
        {
          QzArea *area = g_ptr_array_index (dimension->areas, a);

          for (guint i = 0; i < area->indicators->len; i++)
            {
              QzIndicator *indicator = g_ptr_array_index (area->indicators, i);

              if (indicator->kind != QZ_INDICATOR_RATING || indicator->level == 0)
                continue;

              if (indicator->level > (int) n_levels)
                {
                  g_string_printf (loader->path, "dimensions[%u].areas[%u].indicators[%u].level", d, a, i);
                  problem (loader, _("there is no level %d"), indicator->level);
                }
              else
                per_level[indicator->level]++;
            }
        }
    }

  for (guint k = 1; k <= n_levels; k++)
    {
      QzLevel *level = g_ptr_array_index (framework->levels, k - 1);

      g_string_printf (loader->path, "levels[%u]", k - 1);
      if (per_level[k] == 0)
        problem (loader, _("cannot be reached: no requirement is at this level"));
      if (!isnan (level->min_s) && level->min_s > n_levels)
        {
          g_string_append (loader->path, ".rule.min_s");
          problem (loader, _("cannot be reached: S is at most %u, the number of levels"), n_levels);
        }
    }

  g_string_truncate (loader->path, 0);
}

static void
read_framework (Loader     *loader,
                JsonObject *object)
{
  QzFramework *framework = loader->framework;
  static const char *keys[] = {
    "format", "id", "version", "title", "basis", "notice", "scoring", "scale", "levels", "dimensions", NULL
  };
  static const char *scoring_keys[] = { "method", "threshold", NULL };
  int format = 0;
  JsonObject *scoring;
  JsonNode *node;
  gsize len;

  check_keys (loader, object, keys);

  if (get_int (loader, object, "format", TRUE, 1, &format) && format != 1)
    {
      len = push_key (loader, "format");
      problem (loader, _("format %d is not known to this version of Qizhen, which reads format 1"), format);
      pop (loader, len);
    }

  framework->id = get_id (loader, object, NULL);
  get_string (loader, object, "version", TRUE, &framework->version);
  get_text (loader, object, "title", TRUE, &framework->title);
  get_text (loader, object, "basis", TRUE, &framework->basis);
  get_text (loader, object, "notice", FALSE, &framework->notice);

  node = member (loader, object, "scoring", TRUE, &len);
  scoring = node ? node_object (loader, node) : NULL;
  if (scoring != NULL)
    {
      g_autofree char *method = NULL;

      check_keys (loader, scoring, scoring_keys);
      if (get_string (loader, scoring, "method", TRUE, &method))
        {
          gsize method_len = push_key (loader, "method");

          if (g_str_equal (method, "maturity"))
            framework->method = QZ_SCORING_MATURITY;
          else if (!g_str_equal (method, "points"))
            problem (loader, _("“%s” is not a scoring method: use points or maturity"), method);
          pop (loader, method_len);
        }

      if (framework->method == QZ_SCORING_MATURITY &&
          get_number (loader, scoring, "threshold", TRUE, &framework->threshold) &&
          (framework->threshold <= 0 || framework->threshold > 1))
        {
          gsize threshold_len = push_key (loader, "threshold");
          problem (loader, _("must be greater than 0 and at most 1"));
          pop (loader, threshold_len);
        }
      else if (framework->method != QZ_SCORING_MATURITY && json_object_has_member (scoring, "threshold"))
        {
          gsize threshold_len = push_key (loader, "threshold");
          problem (loader, _("belongs to frameworks scored by maturity"));
          pop (loader, threshold_len);
        }
    }
  pop (loader, len);

  if (framework->method == QZ_SCORING_MATURITY)
    {
      g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      OptionContext context = { NULL, ids, TRUE };

      each_item (loader, object, "scale", 2, read_option, &context);
    }
  else if (json_object_has_member (object, "scale"))
    {
      len = push_key (loader, "scale");
      problem (loader, _("belongs to frameworks scored by maturity"));
      pop (loader, len);
    }

  each_item (loader, object, "dimensions", 1, read_dimension, NULL);
  resolve_prerequisites (loader);
  each_item (loader, object, "levels", 1, read_level, NULL);

  if (framework->method == QZ_SCORING_MATURITY)
    check_maturity_levels (loader);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  QzFramework *const *x = a;
  QzFramework *const *y = b;

  return g_strcmp0 (qz_framework_get_id (*x), qz_framework_get_id (*y));
}

/**
 * qz_framework_load:
 * @bytes: the contents of a framework file
 * @name: the file's name, for messages
 * @problems: (out) (optional) (transfer full): every problem found, each
 *   "JSON path: message", when the file is not valid
 * @error: return location for a #QzFrameworkError
 *
 * Reads and checks a framework file (see docs/framework-format.md). A file
 * with problems is refused as a whole, and all its problems are reported,
 * not only the first.
 *
 * Returns: (transfer full): the framework, or %NULL with @error set
 */
QzFramework *
qz_framework_load (GBytes      *bytes,
                   const char  *name,
                   GPtrArray  **problems,
                   GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(QzFramework) framework = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(GArray) scenarios = g_array_new (FALSE, FALSE, sizeof (ScenarioInfo));
  g_autoptr(GHashTable) measure_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) prerequisites = g_ptr_array_new_with_free_func ((GDestroyNotify) prerequisite_free);
  JsonNode *root;
  Loader loader = { 0 };
  gsize size = g_bytes_get_size (bytes);

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (size > MAX_FILE_SIZE)
    {
      g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_INVALID,
                   _("“%s” is too large for a framework file (%s)."), name, g_format_size (size));
      return NULL;
    }

  parser = qz_json_parse (bytes, name, error);
  if (parser == NULL)
    return NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_INVALID,
                   _("“%s” is not a framework file: it must hold one JSON object."), name);
      return NULL;
    }

  framework = _qz_framework_new ();
  framework->source = g_bytes_ref (bytes);
  loader.framework = framework;
  loader.problems = found;
  loader.path = path;
  loader.ids = ids;
  loader.scenarios = scenarios;
  loader.measure_ids = measure_ids;
  loader.prerequisites = prerequisites;
  read_framework (&loader, json_node_get_object (root));

  if (found->len > 0)
    {
      g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s” is not a valid framework: %u problem.",
                                "“%s” is not a valid framework: %u problems.",
                                found->len),
                   name, found->len);
      if (problems != NULL)
        *problems = g_steal_pointer (&found);
      return NULL;
    }

  return g_steal_pointer (&framework);
}

/**
 * qz_framework_load_file:
 * @path: a framework file
 * @problems: (out) (optional) (transfer full): as for qz_framework_load()
 * @error: return location for a #QzFrameworkError
 *
 * Returns: (transfer full): the framework, or %NULL with @error set
 */
QzFramework *
qz_framework_load_file (const char  *path,
                        GPtrArray  **problems,
                        GError     **error)
{
  g_autoptr(GError) read_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = g_filename_display_basename (path);
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &read_error))
    {
      g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_UNREADABLE,
                   _("The framework file cannot be read: %s"), read_error->message);
      return NULL;
    }

  bytes = g_bytes_new_take (contents, length);
  return qz_framework_load (bytes, name, problems, error);
}

/**
 * qz_framework_load_builtin:
 * @error: return location for a #QzFrameworkError
 *
 * Loads the frameworks shipped with Qizhen, from the application's
 * resources, sorted by id. A built-in file that does not load is a bug
 * of the build, reported as an error.
 *
 * Returns: (transfer full) (element-type QzFramework): the frameworks
 */
GPtrArray *
qz_framework_load_builtin (GError **error)
{
  static const char base[] = "/io/github/qizhen/Qizhen/frameworks/";
  g_autoptr(GPtrArray) frameworks = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) names = g_resources_enumerate_children (base, G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (names == NULL)
    return NULL;

  for (guint i = 0; names[i]; i++)
    {
      g_autofree char *path = g_strconcat (base, names[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      QzFramework *framework;

      if (bytes == NULL)
        return NULL;

      framework = qz_framework_load (bytes, names[i], NULL, error);
      if (framework == NULL)
        return NULL;
      g_ptr_array_add (frameworks, framework);
    }

  g_ptr_array_sort (frameworks, compare_ids);
  return g_steal_pointer (&frameworks);
}
