/* qz-window-list.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window's list of enterprises: selecting by enterprise whatever the
 * order, the Sort and Filter popover, and the latest level of each
 * enterprise kept up to date. */

#define G_LOG_DOMAIN "qz-window"

#include "qz-config.h"

#include "qz-window-private.h"

/* The list shows where @enterprise's latest assessment stands, as it is
 * now that it was worked on. */
void
qz_window_update_latest (QzWindow     *self,
                         QzEnterprise *enterprise)
{
  g_autoptr(GError) error = NULL;

  if (enterprise == NULL || self->assessments == NULL ||
      qz_enterprise_store_find (self->store, qz_enterprise_get_uuid (enterprise), NULL) != enterprise)
    return;

  if (!qz_enterprise_store_update_latest (self->store, self->assessments, enterprise, &error))
    qz_window_show_error (self, error);
}

/**
 * qz_window_select:
 * @self: a #QzWindow
 * @enterprise: an enterprise
 *
 * Selects @enterprise in the list and scrolls to it, when the list has it
 * (whatever the order chosen).
 *
 * Returns: %TRUE if it is in the list
 */
gboolean
qz_window_select (QzWindow     *self,
                  QzEnterprise *enterprise)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));

  if (enterprise == NULL)
    return FALSE;
  if (gtk_single_selection_get_selected_item (self->selection) == (gpointer) enterprise)
    return TRUE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QzEnterprise) item = g_list_model_get_item (G_LIST_MODEL (self->filter_model), i);

      if (item == enterprise)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
          return TRUE;
        }
    }

  return FALSE;
}

/* Another county, industry or level: the enterprise shown stays shown. */
void
qz_window_list_filter_changed (QzWindow *self)
{
  if (self->filtering)
    return;

  g_clear_object (&self->pinned);
  qz_window_refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

/* A new order moves the rows, not the choice. The store's own order is
 * the most recently changed first: in that order the rows are passed
 * through as they are, rather than sorted. */
void
qz_window_sort_changed (QzWindow *self)
{
  gboolean recent = qz_list_filter_get_sort (self->list_filter) == QZ_LIST_SORT_RECENT;

  self->filtering = TRUE;
  if ((gtk_sort_list_model_get_sorter (self->sort_model) == NULL) != recent)
    gtk_sort_list_model_set_sorter (self->sort_model, recent ? NULL : self->sorter);
  else
    gtk_sorter_changed (self->sorter, GTK_SORTER_CHANGE_DIFFERENT);
  self->filtering = FALSE;
  qz_window_select (self, qz_window_get_selected (self));
}

/* Levels not known yet (a database from before they were kept, answers
 * changed elsewhere) are scored a few at a time while the window is idle,
 * rather than all at start-up; the list is sorted and filtered again once
 * they are known. */
static gboolean
score_pending_cb (gpointer data)
{
  QzWindow *self = data;
  g_autoptr(GError) error = NULL;
  int scored = qz_enterprise_store_score_pending (self->store, self->assessments, 8, &error);

  if (scored > 0)
    self->scored_since_idle = TRUE;
  if (scored == 8)
    return G_SOURCE_CONTINUE;

  if (scored < 0)
    qz_window_show_error (self, error);
  if (self->scored_since_idle)
    {
      qz_window_sort_changed (self);
      qz_window_refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
    }
  self->score_source = 0;
  return G_SOURCE_REMOVE;
}

/* Starts scoring the levels not known yet, when the window is idle. */
void
qz_window_start_scoring (QzWindow *self)
{
  if (self->score_source == 0 && self->store != NULL && self->assessments != NULL)
    self->score_source = g_idle_add_full (G_PRIORITY_LOW, score_pending_cb, self, NULL);
}
