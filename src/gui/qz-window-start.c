/* qz-window-start.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window as it starts: the first frame is drawn without waiting for
 * the enterprises, which a worker reads once it is drawn, nor for the
 * profile of the one last open, which is opened once the window is drawn
 * and the list loaded, unless the user chose another meanwhile. */

#define G_LOG_DOMAIN "qz-window"

#include "qz-config.h"

#include "qz-window-private.h"

/* The enterprise open when the window was last closed is opened again
 * once the window is drawn (or sooner when asked for), so that its
 * profile and assessments do not hold up the first frame. A search
 * typed before then does not hide it. */
void
qz_window_restore_selection (QzWindow *self)
{
  g_autofree char *uuid = NULL;
  QzEnterprise *enterprise;

  if (!self->restore_pending || qz_enterprise_store_get_loading (self->store))
    return;

  self->restore_pending = FALSE;
  g_clear_handle_id (&self->restore_source, g_source_remove);
  uuid = g_settings_get_string (self->settings, "last-enterprise");
  enterprise = qz_enterprise_store_find (self->store, uuid, NULL);
  if (enterprise != NULL && self->search_terms != NULL && self->search_terms[0] != NULL)
    {
      /* As if it had been open before the search was typed. */
      qz_window_show_enterprise (self, enterprise);
      g_clear_object (&self->pinned);
      return;
    }
  self->filtering = TRUE;
  qz_window_select (self, enterprise);
  self->filtering = FALSE;
  qz_window_show_enterprise (self, gtk_single_selection_get_selected_item (self->selection));
}

static gboolean
restore_selection_cb (gpointer data)
{
  QzWindow *self = data;

  self->restore_source = 0;
  qz_window_restore_selection (self);
  return G_SOURCE_REMOVE;
}

/* The list is whole: the enterprise last open can come back. */
static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(QzWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  self->filtering = TRUE;
  ok = qz_enterprise_store_load_finish (QZ_ENTERPRISE_STORE (source), result, &error);
  self->filtering = FALSE;
  /* Closed meanwhile. */
  if (self->main_stack == NULL)
    return;

  if (!ok)
    {
      qz_window_show_database_error (self, qz_database_get_path (qz_enterprise_store_get_database (self->store)),
                                     error);
      return;
    }

  qz_window_update_main_page (self);
  qz_window_update_list_page (self);
  qz_window_restore_selection (self);
  qz_window_start_scoring (self);
}

/* Drawn: the enterprises are read by a worker now, so that neither the
 * reading nor adding them to the list holds up the first frame, and the
 * enterprise last open is opened when the main loop is idle. */
static void
first_paint_cb (GdkFrameClock *clock,
                QzWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_paint_cb, self);
  if (qz_enterprise_store_get_loading (self->store))
    {
      self->filtering = TRUE;
      qz_enterprise_store_load_async (self->store, loaded_cb, g_object_ref (self));
      self->filtering = FALSE;
    }
  if (self->restore_pending && self->restore_source == 0)
    self->restore_source = g_idle_add (restore_selection_cb, self);
}

static void
mapped_cb (QzWindow *self)
{
  g_signal_handlers_disconnect_by_func (self, mapped_cb, NULL);
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                           G_CALLBACK (first_paint_cb), self, 0);
}

/* Called once the window's list has its store: it is loaded, and the
 * enterprise last open opened, once the window is drawn. */
void
qz_window_start (QzWindow *self)
{
  self->restore_pending = TRUE;
  g_signal_connect (self, "map", G_CALLBACK (mapped_cb), NULL);
}
