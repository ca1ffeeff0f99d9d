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

#include "qz-file.h"
#include "qz-framework-checks.h"
#include "qz-framework-getters.h"
#include "qz-framework-indicators.h"
#include "qz-framework-loader.h"
#include "qz-framework-weights.h"
#include "qz-json.h"

/* Framework files come from users too: refuse absurd sizes before
 * reading. The largest built-in framework is well under 1 MiB; 16 MiB
 * leaves room for a framework many times richer while the parse (the
 * tree json-glib builds takes about ten times the text) stays within a
 * laptop's memory. */
#define MAX_FILE_SIZE (16 * 1024 * 1024)

static void
prerequisite_free (QzLoaderPrerequisite *prerequisite)
{
  g_free (prerequisite->id);
  g_free (prerequisite->path);
  g_free (prerequisite);
}

/* ---- Areas, dimensions, levels ---- */

static void
read_area (QzLoader   *loader,
           JsonObject *object,
           guint       index,
           gpointer    data)
{
  QzDimension *dimension = data;
  QzArea *area = _qz_area_new ();
  static const char *keys[] = { "id", "title", "weight", "weights", "indicators", NULL };

  area->dimension = dimension;
  g_ptr_array_add (dimension->areas, area);

  _qz_loader_check_keys (loader, object, keys);
  area->id = _qz_loader_get_id (loader, object, loader->ids);
  _qz_loader_get_text (loader, object, "title", TRUE, &area->title);

  if (json_object_has_member (object, "weight"))
    {
      if (loader->framework->method != QZ_SCORING_MATURITY)
        _qz_loader_problem_at (loader, "weight",
                               _("weights belong to frameworks scored by maturity; give points to the indicators"));
      if (_qz_loader_get_number (loader, object, "weight", TRUE, &area->weight) && area->weight <= 0)
        _qz_loader_problem_at (loader, "weight", _("must be greater than 0"));
    }
  _qz_loader_read_area_weights (loader, object, area);

  _qz_loader_each_item (loader, object, "indicators", 1, _qz_loader_read_indicator, area);
  dimension->max += area->max;
}

static void
read_dimension (QzLoader   *loader,
                JsonObject *object,
                guint       index,
                gpointer    data)
{
  QzDimension *dimension = _qz_dimension_new ();
  static const char *keys[] = { "id", "title", "description", "group", "extension", "scored", "areas", NULL };

  g_ptr_array_add (loader->framework->dimensions, dimension);

  _qz_loader_check_keys (loader, object, keys);
  dimension->id = _qz_loader_get_id (loader, object, loader->ids);
  _qz_loader_get_text (loader, object, "title", TRUE, &dimension->title);
  _qz_loader_get_text (loader, object, "description", FALSE, &dimension->description);
  _qz_loader_get_text (loader, object, "group", FALSE, &dimension->group);
  _qz_loader_get_text (loader, object, "extension", FALSE, &dimension->extension);
  _qz_loader_get_bool (loader, object, "scored", &dimension->scored);

  _qz_loader_each_item (loader, object, "areas", 1, read_area, dimension);
  if (dimension->scored)
    loader->framework->max += dimension->max;
}

static void
read_scenario_rule (QzLoader   *loader,
                    JsonObject *rule,
                    QzLevel    *level)
{
  static const char *keys[] = { "grade", "count", "constrained", NULL };
  JsonObject *scenarios;
  gsize len;
  JsonNode *node = _qz_loader_member (loader, rule, "scenarios", FALSE, &len);

  scenarios = node ? _qz_loader_node_object (loader, node) : NULL;
  if (scenarios != NULL)
    {
      _qz_loader_check_keys (loader, scenarios, keys);
      _qz_loader_get_int (loader, scenarios, "grade", TRUE, 1, &level->scenario_grade);
      _qz_loader_get_int (loader, scenarios, "count", TRUE, 1, &level->scenario_count);
      _qz_loader_get_int (loader, scenarios, "constrained", FALSE, 0, &level->scenario_constrained);

      _qz_loader_check_scenario_rule (loader, level);
    }

  _qz_loader_pop (loader, len);
}

static void
read_level (QzLoader   *loader,
            JsonObject *object,
            guint       index,
            gpointer    data)
{
  QzLevel *level = _qz_level_new ();
  QzFramework *framework = loader->framework;
  /* The level read before, which is not the item before when that one
   * was not an object and was left out. */
  QzLevel *below = framework->levels->len > 0
                   ? g_ptr_array_index (framework->levels, framework->levels->len - 1) : NULL;
  static const char *keys[] = { "id", "rank", "name", "description", "rule", NULL };
  static const char *points_keys[] = { "min_score", "scenarios", NULL };
  static const char *maturity_keys[] = { "min_s", NULL };
  gboolean maturity = framework->method == QZ_SCORING_MATURITY;
  JsonObject *rule;
  JsonNode *node;
  gsize len;

  g_ptr_array_add (framework->levels, level);

  _qz_loader_check_keys (loader, object, keys);
  level->id = _qz_loader_get_id (loader, object, loader->ids);
  _qz_loader_get_text (loader, object, "name", TRUE, &level->name);
  _qz_loader_get_text (loader, object, "description", FALSE, &level->description);
  _qz_loader_get_bool (loader, object, "verified", &level->verified);
  if (_qz_loader_get_int (loader, object, "rank", TRUE, 1, &level->rank) && level->rank != (int) index + 1)
    _qz_loader_problem_at (loader, "rank", _("must be %u: levels are listed from the lowest, ranked 1, 2, 3 …"), index + 1);

  node = _qz_loader_member (loader, object, "rule", TRUE, &len);
  rule = node ? _qz_loader_node_object (loader, node) : NULL;
  if (rule != NULL)
    {
      _qz_loader_check_keys (loader, rule, maturity ? maturity_keys : points_keys);

      if (maturity && _qz_loader_get_number (loader, rule, "min_s", TRUE, &level->min_s))
        _qz_loader_check_min_s (loader, level, below);
      else if (!maturity && _qz_loader_get_number (loader, rule, "min_score", TRUE, &level->min_score))
        _qz_loader_check_min_score (loader, level, below);

      if (!maturity)
        read_scenario_rule (loader, rule, level);
    }
  _qz_loader_pop (loader, len);
}

/* ---- The framework ---- */

/* How the framework is scored: by points, or by maturity against a
 * threshold. */
static void
read_scoring (QzLoader   *loader,
              JsonObject *object)
{
  QzFramework *framework = loader->framework;
  static const char *keys[] = { "method", "threshold", NULL };
  gsize len;
  JsonNode *node = _qz_loader_member (loader, object, "scoring", TRUE, &len);
  JsonObject *scoring = node ? _qz_loader_node_object (loader, node) : NULL;

  if (scoring != NULL)
    {
      g_autofree char *method = NULL;

      _qz_loader_check_keys (loader, scoring, keys);
      if (_qz_loader_get_string (loader, scoring, "method", TRUE, &method))
        {
          if (g_str_equal (method, "maturity"))
            framework->method = QZ_SCORING_MATURITY;
          else if (!g_str_equal (method, "points"))
            _qz_loader_problem_at (loader, "method", _("“%s” is not a scoring method: use points or maturity"), method);
        }

      if (framework->method == QZ_SCORING_MATURITY &&
          _qz_loader_get_number (loader, scoring, "threshold", TRUE, &framework->threshold) &&
          (framework->threshold <= 0 || framework->threshold > 1))
        _qz_loader_problem_at (loader, "threshold", _("must be greater than 0 and at most 1"));
      else if (framework->method != QZ_SCORING_MATURITY && json_object_has_member (scoring, "threshold"))
        _qz_loader_problem_at (loader, "threshold", _("belongs to frameworks scored by maturity"));
    }
  _qz_loader_pop (loader, len);
}

static void
read_framework (QzLoader   *loader,
                JsonObject *object)
{
  QzFramework *framework = loader->framework;
  static const char *keys[] = {
    "format", "id", "version", "title", "basis", "notice", "scoring", "scale", "weight_sets", "levels",
    "dimensions", NULL
  };
  int format = 0;

  _qz_loader_check_keys (loader, object, keys);

  if (_qz_loader_get_int (loader, object, "format", TRUE, 1, &format) && format != 1)
    _qz_loader_problem_at (loader, "format",
                           _("format %d is not known to this version of Qizhen, which reads format 1"), format);

  framework->id = _qz_loader_get_id (loader, object, NULL);
  _qz_loader_get_string (loader, object, "version", TRUE, &framework->version);
  _qz_loader_get_text (loader, object, "title", TRUE, &framework->title);
  _qz_loader_get_text (loader, object, "basis", TRUE, &framework->basis);
  _qz_loader_get_text (loader, object, "notice", FALSE, &framework->notice);

  read_scoring (loader, object);
  if (framework->method == QZ_SCORING_MATURITY)
    _qz_loader_read_scale (loader, object);
  else if (json_object_has_member (object, "scale"))
    _qz_loader_problem_at (loader, "scale", _("belongs to frameworks scored by maturity"));
  _qz_loader_read_weight_sets (loader, object);

  _qz_loader_each_item (loader, object, "dimensions", 1, read_dimension, NULL);
  _qz_loader_resolve_prerequisites (loader);
  _qz_loader_each_item (loader, object, "levels", 1, read_level, NULL);

  if (framework->method == QZ_SCORING_MATURITY)
    _qz_loader_check_maturity_levels (loader);
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
  g_autoptr(GHashTable) measure_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) prerequisites = g_ptr_array_new_with_free_func ((GDestroyNotify) prerequisite_free);
  JsonNode *root;
  QzLoader loader = { 0 };
  gsize size = g_bytes_get_size (bytes);

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (size > MAX_FILE_SIZE)
    {
      g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_INVALID,
                   _("“%s” is too large for a framework file (%s)."), name, g_format_size (size));
      return NULL;
    }

  parser = qz_json_parse (bytes, name, problems, error);
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

  bytes = qz_file_read_regular (path, MAX_FILE_SIZE, &read_error);
  if (bytes == NULL)
    {
      g_set_error (error, QZ_FRAMEWORK_ERROR, QZ_FRAMEWORK_ERROR_UNREADABLE,
                   _("The framework file cannot be read: %s"), read_error->message);
      return NULL;
    }

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
