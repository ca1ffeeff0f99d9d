/* qz-framework-weights.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-framework-weights"

#include "qz-config.h"

#include <glib/gi18n-lib.h>

#include "qz-framework-getters.h"
#include "qz-framework-weights.h"
#include "qz-production.h"

/* A maturity framework may weigh its areas differently for discrete and
 * for process manufacturing (GB/T 39117 does): it lists its weight sets,
 * and each area gives one weight per set. Which set applies follows the
 * enterprise's industry (qz_framework_choose_weight_set()). */

static void
read_weight_set (QzLoader   *loader,
                 JsonObject *object,
                 guint       index,
                 gpointer    data)
{
  GHashTable *seen = data;
  QzWeightSet *set = g_new0 (QzWeightSet, 1);
  static const char *keys[] = { "id", "title", NULL };
  QzProduction production;

  set->verified = TRUE;
  set->index = index;
  g_ptr_array_add (loader->framework->weight_sets, set);

  _qz_loader_check_keys (loader, object, keys);
  set->id = _qz_loader_get_id (loader, object, seen);
  if (set->id != NULL && !qz_production_from_id (set->id, &production))
    _qz_loader_problem_at (loader, "id", _("“%s” is not a kind of manufacturing: use discrete or process"), set->id);
  _qz_loader_get_text (loader, object, "title", TRUE, &set->title);
  _qz_loader_get_bool (loader, object, "verified", &set->verified);
}

/* The optional `weight_sets` of the framework, read before its areas. */
void
_qz_loader_read_weight_sets (QzLoader   *loader,
                             JsonObject *object)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (!json_object_has_member (object, "weight_sets"))
    return;

  if (loader->framework->method != QZ_SCORING_MATURITY)
    {
      _qz_loader_problem_at (loader, "weight_sets", _("belongs to frameworks scored by maturity"));
      return;
    }

  _qz_loader_each_item (loader, object, "weight_sets", 1, read_weight_set, seen);
}

/* An area's `weights`: one number greater than 0 for each weight set, and
 * nothing else; with weight sets, the single `weight` is refused. */
void
_qz_loader_read_area_weights (QzLoader   *loader,
                              JsonObject *object,
                              QzArea     *area)
{
  GPtrArray *sets = loader->framework->weight_sets;
  g_autoptr(GList) members = NULL;
  JsonObject *weights;
  JsonNode *node;
  gsize len;

  if (sets->len > 0 && json_object_has_member (object, "weight"))
    _qz_loader_problem_at (loader, "weight", _("the framework has weight sets: give this area its weights"));

  node = _qz_loader_member (loader, object, "weights", sets->len > 0, &len);
  if (node != NULL && sets->len == 0)
    _qz_loader_problem (loader, _("the framework lists no weight_sets"));
  else if (node != NULL && (weights = _qz_loader_node_object (loader, node)) != NULL)
    {
      members = json_object_get_members (weights);
      for (GList *l = members; l != NULL; l = l->next)
        {
          gboolean known = FALSE;

          for (guint i = 0; i < sets->len; i++)
            known |= g_strcmp0 (((QzWeightSet *) g_ptr_array_index (sets, i))->id, l->data) == 0;
          if (!known)
            _qz_loader_problem_at (loader, l->data, _("no weight set has this id"));
        }

      for (guint i = 0; i < sets->len; i++)
        {
          QzWeightSet *set = g_ptr_array_index (sets, i);
          double weight = 0;

          if (set->id == NULL)
            continue;
          if (_qz_loader_get_number (loader, weights, set->id, TRUE, &weight) && weight <= 0)
            _qz_loader_problem_at (loader, set->id, _("must be greater than 0"));
          g_array_append_val (area->weights, weight);
        }

      if (area->weights->len > 0)
        area->weight = g_array_index (area->weights, double, 0);
    }

  _qz_loader_pop (loader, len);
}
