/* qz-plan.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-plan"

#include "qz-config.h"

#include "qz-plan.h"

/**
 * qz_plan_load:
 * @plans: where plans are stored
 * @assessment: an assessment
 * @drafted: (out) (optional): whether nothing was stored, so that the
 *   items are a fresh draft
 * @error: return location for a #QzDatabaseError
 *
 * Returns: (transfer full): the assessment's plan as stored or, when it
 *   has none of its own yet, as drafted (not stored) after the measures
 *   carried from the previous visit; %NULL with @error set
 */
GListStore *
qz_plan_load (QzPlanStore   *plans,
              QzAssessment  *assessment,
              gboolean      *drafted,
              GError       **error)
{
  g_autoptr(GListStore) items = qz_plan_store_load (plans, qz_assessment_get_uuid (assessment), error);
  g_auto(GStrv) dismissed = NULL;
  gboolean empty = items != NULL;

  if (items == NULL)
    return NULL;

  /* Measures carried from the previous visit are not a plan of this one
   * yet: the draft of its answers joins them. */
  for (guint i = 0; empty && i < g_list_model_get_n_items (G_LIST_MODEL (items)); i++)
    {
      g_autoptr(QzPlanItem) item = g_list_model_get_item (G_LIST_MODEL (items), i);

      empty = qz_plan_item_get_carried_from (item) != NULL;
    }

  if (empty)
    {
      g_autoptr(QzDraft) draft = qz_plan_draft_for (assessment);

      dismissed = qz_plan_store_dup_dismissed (plans, qz_assessment_get_uuid (assessment), error);
      if (dismissed == NULL)
        return NULL;
      qz_plan_merge_draft (items, draft, qz_assessment_get_visit_date (assessment), dismissed, NULL, NULL);
    }

  if (drafted != NULL)
    *drafted = empty;
  return g_steal_pointer (&items);
}

/* An assessment's plan as the expert works on it. Until anything changes
 * it is a fresh draft from the answers, kept nowhere; the first change
 * keeps the whole plan, and from then on every change is stored at once.
 * A redraft brings it up to date with the answers without touching the
 * expert's work; a removal can be taken back. */
struct _QzPlan
{
  GObject       parent_instance;

  QzPlanStore  *plans;
  QzAssessment *assessment;
  GListStore   *items;
  QzDraft      *draft;      /* of the answers as they were when opened */
  gboolean      kept;       /* the plan is in the database */
  GHashTable   *removed;    /* item UUID → Removal, for Undo */
};

G_DEFINE_FINAL_TYPE (QzPlan, qz_plan, G_TYPE_OBJECT)

typedef struct
{
  QzPlanItem *item;
  guint       position;
} Removal;

static void
removal_free (Removal *removal)
{
  g_object_unref (removal->item);
  g_free (removal);
}

static void
qz_plan_finalize (GObject *object)
{
  QzPlan *self = (QzPlan *) object;

  g_clear_object (&self->plans);
  g_clear_object (&self->assessment);
  g_clear_object (&self->items);
  g_clear_pointer (&self->draft, qz_draft_free);
  g_clear_pointer (&self->removed, g_hash_table_unref);

  G_OBJECT_CLASS (qz_plan_parent_class)->finalize (object);
}

static void
qz_plan_class_init (QzPlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = qz_plan_finalize;
}

static void
qz_plan_init (QzPlan *self)
{
  self->removed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) removal_free);
}

/**
 * qz_plan_open:
 * @plans: where plans are kept
 * @assessment: an assessment
 * @error: return location for a #QzDatabaseError
 *
 * Returns: (transfer full): the assessment's plan as kept or, when none
 *   is, a fresh draft; %NULL with @error set when it cannot be read
 */
QzPlan *
qz_plan_open (QzPlanStore   *plans,
              QzAssessment  *assessment,
              GError       **error)
{
  g_autoptr(QzPlan) self = g_object_new (QZ_TYPE_PLAN, NULL);
  gboolean drafted = FALSE;

  g_return_val_if_fail (QZ_IS_PLAN_STORE (plans), NULL);
  g_return_val_if_fail (QZ_IS_ASSESSMENT (assessment), NULL);

  self->items = qz_plan_load (plans, assessment, &drafted, error);
  if (self->items == NULL)
    return NULL;

  self->plans = g_object_ref (plans);
  self->assessment = g_object_ref (assessment);
  self->draft = qz_plan_draft_for (assessment);
  self->kept = !drafted;
  return g_steal_pointer (&self);
}

/**
 * qz_plan_get_items:
 * @self: a #QzPlan
 *
 * Returns: (transfer none): its #QzPlanItem, in order
 */
GListModel *
qz_plan_get_items (QzPlan *self)
{
  g_return_val_if_fail (QZ_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->items);
}

/**
 * qz_plan_get_draft:
 * @self: a #QzPlan
 *
 * Returns: (transfer none): the draft of the answers as they were when
 *   the plan was opened or last redrafted
 */
QzDraft *
qz_plan_get_draft (QzPlan *self)
{
  g_return_val_if_fail (QZ_IS_PLAN (self), NULL);

  return self->draft;
}

/**
 * qz_plan_is_kept:
 * @self: a #QzPlan
 *
 * Returns: whether the plan is in the database, rather than a fresh draft
 */
gboolean
qz_plan_is_kept (QzPlan *self)
{
  g_return_val_if_fail (QZ_IS_PLAN (self), FALSE);

  return self->kept;
}

/**
 * qz_plan_keep:
 * @self: a #QzPlan
 * @error: return location for a #QzDatabaseError
 *
 * Stores the whole plan, in its order.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_plan_keep (QzPlan  *self,
              GError **error)
{
  g_return_val_if_fail (QZ_IS_PLAN (self), FALSE);

  if (!qz_plan_store_save_all (self->plans, qz_assessment_get_uuid (self->assessment),
                               G_LIST_MODEL (self->items), error))
    return FALSE;

  self->kept = TRUE;
  return TRUE;
}

/**
 * qz_plan_save_item:
 * @self: a #QzPlan
 * @item: one of its items, just edited
 * @error: return location for a #QzDatabaseError
 *
 * Stores @item; a plan not kept yet is kept whole.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_plan_save_item (QzPlan      *self,
                   QzPlanItem  *item,
                   GError     **error)
{
  guint position = G_MAXUINT;

  g_return_val_if_fail (QZ_IS_PLAN (self), FALSE);

  if (!self->kept)
    return qz_plan_keep (self, error);

  g_list_store_find (self->items, item, &position);
  return qz_plan_store_save (self->plans, qz_assessment_get_uuid (self->assessment), item, position, error);
}

/**
 * qz_plan_add:
 * @self: a #QzPlan
 * @title: the new measure's title
 * @error: return location for a #QzDatabaseError
 *
 * Adds a measure of the expert's own, agreed, at the end.
 *
 * Returns: its position; it stays there even when it could not be
 *   stored, with @error set
 */
guint
qz_plan_add (QzPlan      *self,
             const char  *title,
             GError     **error)
{
  g_autoptr(QzPlanItem) item = qz_plan_item_new (NULL, NULL, NULL);
  guint position;

  g_return_val_if_fail (QZ_IS_PLAN (self), 0);

  position = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  g_object_set (item, "title", title, "edited", TRUE, "status", QZ_PLAN_STATUS_AGREED, NULL);
  g_list_store_append (self->items, item);
  qz_plan_save_item (self, item, error);
  return position;
}

/**
 * qz_plan_move:
 * @self: a #QzPlan
 * @from: an item's position
 * @to: where it goes
 * @error: return location for a #QzDatabaseError
 *
 * Moves an item with qz_plan_move_item(): among the measures of another
 * phase it joins that phase, or the move is refused and nothing changes.
 *
 * Returns: %TRUE when the new order is stored
 */
gboolean
qz_plan_move (QzPlan  *self,
              guint    from,
              guint    to,
              GError **error)
{
  g_return_val_if_fail (QZ_IS_PLAN (self), FALSE);

  if (!qz_plan_move_item (self->items, from, to, qz_assessment_get_framework (self->assessment),
                          qz_assessment_get_visit_date (self->assessment), error))
    return FALSE;

  return qz_plan_keep (self, error);
}

/**
 * qz_plan_remove:
 * @self: a #QzPlan
 * @position: an item's position
 * @error: return location for a #QzDatabaseError
 *
 * Removes an item so that qz_plan_restore() can bring it back. A draft is
 * kept first, so that the removal is remembered: a redraft will not
 * bring the measure back.
 *
 * Returns: (transfer full): the item removed, or %NULL (with @error set
 *   when it could not be stored)
 */
QzPlanItem *
qz_plan_remove (QzPlan  *self,
                guint    position,
                GError **error)
{
  g_autoptr(QzPlanItem) item = NULL;
  Removal *removal;

  g_return_val_if_fail (QZ_IS_PLAN (self), NULL);

  item = g_list_model_get_item (G_LIST_MODEL (self->items), position);
  if (item == NULL || (!self->kept && !qz_plan_keep (self, error)))
    return NULL;

  if (!qz_plan_store_remove (self->plans, qz_plan_item_get_uuid (item), TRUE, error))
    return NULL;

  removal = g_new0 (Removal, 1);
  removal->item = g_object_ref (item);
  removal->position = position;
  g_hash_table_replace (self->removed, g_strdup (qz_plan_item_get_uuid (item)), removal);
  g_list_store_remove (self->items, position);
  return g_steal_pointer (&item);
}

/**
 * qz_plan_restore:
 * @self: a #QzPlan
 * @item_uuid: the UUID of an item qz_plan_remove() removed
 * @position: (out) (optional): where it is back
 * @error: return location for a #QzDatabaseError
 *
 * Returns: %TRUE when the item is back; %FALSE when it could not be
 *   stored (@error set) or was not removed from this plan
 */
gboolean
qz_plan_restore (QzPlan      *self,
                 const char  *item_uuid,
                 guint       *position,
                 GError     **error)
{
  Removal *removal;
  guint at;

  g_return_val_if_fail (QZ_IS_PLAN (self), FALSE);

  removal = g_hash_table_lookup (self->removed, item_uuid);
  if (removal == NULL)
    return FALSE;

  if (!qz_plan_store_remove (self->plans, item_uuid, FALSE, error))
    return FALSE;

  at = MIN (removal->position, g_list_model_get_n_items (G_LIST_MODEL (self->items)));
  g_list_store_insert (self->items, at, removal->item);
  g_hash_table_remove (self->removed, item_uuid);
  if (position != NULL)
    *position = at;
  return qz_plan_keep (self, error);
}

/**
 * qz_plan_redraft:
 * @self: a #QzPlan
 * @n_added: (out) (optional): how many measures the new draft adds
 * @n_stale: (out) (optional): how many items it no longer proposes
 * @error: return location for a #QzDatabaseError
 *
 * Drafts anew from the answers as they are now and merges the draft in,
 * with qz_plan_merge_draft(); the measures the expert removed stay out.
 *
 * Returns: %TRUE when the merged plan is stored
 */
gboolean
qz_plan_redraft (QzPlan  *self,
                 guint   *n_added,
                 guint   *n_stale,
                 GError **error)
{
  g_auto(GStrv) dismissed = NULL;

  g_return_val_if_fail (QZ_IS_PLAN (self), FALSE);

  dismissed = qz_plan_store_dup_dismissed (self->plans, qz_assessment_get_uuid (self->assessment), error);
  if (dismissed == NULL)
    return FALSE;

  g_clear_pointer (&self->draft, qz_draft_free);
  self->draft = qz_plan_draft_for (self->assessment);
  qz_plan_merge_draft (self->items, self->draft, qz_assessment_get_visit_date (self->assessment), dismissed,
                       n_added, n_stale);
  return qz_plan_keep (self, error);
}
