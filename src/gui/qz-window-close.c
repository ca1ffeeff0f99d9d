/* qz-window-close.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-window"

#include "qz-config.h"

#include <glib/gi18n.h>

#include "qz-window-private.h"

/* Closing the window, or the session ending under it: what it still holds
 * is written first. Edits that cannot be written wait in the window's
 * pending edits; closing names them and lets the user try again or give
 * them up, and the session's end writes what it can without asking. */

static void
save_state (QzWindow *self)
{
  GtkWindow *window = GTK_WINDOW (self);
  QzEnterprise *selected = qz_window_get_selected (self);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (self->store != NULL)
    g_settings_set_string (self->settings, "last-enterprise",
                           selected ? qz_enterprise_get_uuid (selected) : "");
  g_settings_apply (self->settings);
}

/* What closing now would lose, named: the first few, and how many more. */
static char *
unsaved_body (QzWindow     *self,
              const GError *error)
{
  g_auto(GStrv) labels = qz_pending_edits_dup_labels (self->pending);
  g_autoptr(GString) body = g_string_new (NULL);
  guint n = g_strv_length (labels);
  const guint shown = 6;

  /* Translators: why the edits listed next could not be written */
  g_string_append_printf (body, _("These changes could not be written to the database (%s):"),
                          error ? error->message : "");
  g_string_append_c (body, '\n');
  for (guint i = 0; i < n && i < shown; i++)
    g_string_append_printf (body, "\n• %s", labels[i]);
  if (n > shown)
    {
      g_string_append_c (body, '\n');
      g_string_append_printf (body, g_dngettext (NULL, "and %u more change", "and %u more changes", n - shown),
                              n - shown);
    }
  g_string_append_printf (body, "\n\n%s", _("Try again, or close and lose them."));
  return g_string_free (g_steal_pointer (&body), FALSE);
}

static gboolean
close_again_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

/* The window closes once the dialog is gone: it is the dialog's parent. */
static void
unsaved_response_cb (QzWindow   *self,
                     const char *response)
{
  if (g_str_equal (response, "discard"))
    qz_pending_edits_discard (self->pending);
  else if (!g_str_equal (response, "retry"))
    return;

  /* Closes when everything is written (or given up), or asks again. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_again_cb, g_object_ref (self), g_object_unref);
}

/* Closing waits for every page's edits to be written; when some cannot
 * be, the user is told which and decides, rather than losing them
 * unawares. Returns whether closing waits for that answer. */
gboolean
qz_window_hold_close (QzWindow *self)
{
  GtkWindow *window = GTK_WINDOW (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  save_state (self);
  qz_plan_page_flush (self->plan_page);
  if (qz_pending_edits_retry (self->pending, &error))
    return FALSE;

  body = unsaved_body (self, error);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Changes Not Saved"), body));
  adw_message_dialog_add_responses (dialog,
                                    "discard", _("_Close Without Saving"),
                                    "retry", _("_Try Again"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "retry", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "retry");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (unsaved_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

/**
 * qz_window_flush:
 * @self: a #QzWindow
 *
 * Writes what the window still holds, without asking anything: for when
 * the session ends and no dialog can be answered.
 *
 * Returns: %TRUE if nothing is left unwritten
 */
gboolean
qz_window_flush (QzWindow *self)
{
  g_return_val_if_fail (QZ_IS_WINDOW (self), FALSE);

  save_state (self);
  qz_plan_page_flush (self->plan_page);
  return qz_pending_edits_retry (self->pending, NULL);
}
