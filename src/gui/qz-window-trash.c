/* qz-window-trash.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-window"

#include "qz-config.h"

#include <glib/gi18n.h>

#include "qz-window-private.h"
#include "qz-toast.h"

/* What the window does with deletions: Recently Deleted (win.show-trash),
 * the Undo of a deletion's toast (win.restore-deleted), and Ctrl+Z
 * (win.undo-delete), which takes back the last deletion made in the
 * window — enterprise, assessment, plan measure or photo — wherever the
 * focus is. Ctrl+Z is bound on the window, where a key press arrives
 * last: a focused text field keeps it for its own undo (GTK 4.8's do so
 * even when they have nothing left to undo). */

typedef struct
{
  QzTrashKind  kind;
  char        *uuid;
  char        *title;
} Deletion;

static void
deletion_free (Deletion *deletion)
{
  g_free (deletion->uuid);
  g_free (deletion->title);
  g_free (deletion);
}

static void
update_undo (QzWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-delete", self->undo->len > 0);
}

/**
 * qz_window_deleted:
 * @self: a #QzWindow
 * @kind: what was deleted
 * @uuid: its UUID
 * @title: (nullable): what to call it when it is restored
 *
 * Remembers a deletion for Ctrl+Z.
 */
void
qz_window_deleted (QzWindow    *self,
                   QzTrashKind  kind,
                   const char  *uuid,
                   const char  *title)
{
  Deletion *deletion = g_new0 (Deletion, 1);

  deletion->kind = kind;
  deletion->uuid = g_strdup (uuid);
  deletion->title = g_strdup (title);
  g_ptr_array_add (self->undo, deletion);
  update_undo (self);
  if (self->showing_trash)
    qz_trash_page_reload (self->trash_page);
}

/* The enterprise of an assessment, as the list holds it. */
static QzEnterprise *
enterprise_of (QzWindow   *self,
               const char *assessment_uuid)
{
  g_autoptr(QzAssessment) assessment = qz_assessment_store_load (self->assessments, assessment_uuid, NULL);

  if (assessment == NULL)
    return NULL;
  return qz_enterprise_store_find (self->store, qz_assessment_get_enterprise_uuid (assessment), NULL);
}

/* Shows the enterprise of an assessment brought back, unless an
 * assessment is open. */
static void
select_enterprise_of (QzWindow   *self,
                      const char *assessment_uuid)
{
  QzEnterprise *enterprise = enterprise_of (self, assessment_uuid);

  if (enterprise == NULL || qz_window_showing_assessment (self))
    return;

  qz_window_clear_search (self);
  qz_window_select (self, enterprise);
}

/* The views that show what came back follow it. */
static void
show_restored (QzWindow        *self,
               QzTrashKind      kind,
               const char      *uuid,
               QzTrashRestored  restored)
{
  if (kind == QZ_TRASH_ENTERPRISE || (restored & QZ_TRASH_RESTORED_ENTERPRISE))
    qz_window_select_first (self);
  if (kind == QZ_TRASH_ASSESSMENT)
    select_enterprise_of (self, uuid);
  if (kind == QZ_TRASH_ASSESSMENT || (restored & QZ_TRASH_RESTORED_ASSESSMENT))
    {
      /* The list's level and status are the latest assessment's. */
      if (kind == QZ_TRASH_ASSESSMENT)
        qz_window_update_latest (self, enterprise_of (self, uuid));
      else
        qz_window_update_latest (self, qz_window_get_selected (self));
      qz_profile_page_reload_assessments (self->profile_page);
    }
  if (kind == QZ_TRASH_PLAN_ITEM)
    qz_plan_page_reload (self->plan_page);
  if (kind == QZ_TRASH_PHOTO && qz_checklist_page_get_assessment (self->checklist_page) != NULL)
    qz_checklist_page_refresh_photos (self->checklist_page);
  qz_window_update_main_page (self);
}

static gboolean
restore (QzWindow     *self,
         QzTrashKind   kind,
         const char   *uuid,
         GError      **error)
{
  QzTrashRestored restored = QZ_TRASH_RESTORED_ITEM;

  /* A measure removed from the plan shown goes back to its place there. */
  if (kind == QZ_TRASH_PLAN_ITEM && qz_plan_page_undo_remove (self->plan_page, uuid))
    return TRUE;

  if (self->trash == NULL || !qz_trash_restore (self->trash, kind, uuid, &restored, error))
    return FALSE;

  show_restored (self, kind, uuid, restored);
  if (self->showing_trash)
    qz_trash_page_reload (self->trash_page);
  return TRUE;
}

static void
forget_deletion (QzWindow   *self,
                 const char *uuid)
{
  for (guint i = self->undo->len; i > 0; i--)
    {
      Deletion *deletion = g_ptr_array_index (self->undo, i - 1);

      if (g_str_equal (deletion->uuid, uuid))
        g_ptr_array_remove_index (self->undo, i - 1);
    }
  update_undo (self);
}

/* Ctrl+Z: the last deletion not taken back yet. One restored or deleted
 * for good since is passed over. */
static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  QzWindow *self = QZ_WINDOW (widget);

  while (self->undo->len > 0)
    {
      g_autoptr(GError) error = NULL;
      Deletion *deletion = g_ptr_array_steal_index (self->undo, self->undo->len - 1);
      gboolean ok = restore (self, deletion->kind, deletion->uuid, &error);

      if (ok && deletion->title != NULL)
        {
          /* Translators: %s is what was restored */
          g_autofree char *message = g_strdup_printf (_("“%s” restored"), deletion->title);
          adw_toast_overlay_add_toast (self->toast_overlay, qz_toast_new (message));
        }
      else if (error != NULL && !g_error_matches (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND))
        qz_window_show_error (self, error);

      deletion_free (deletion);
      /* Gone already (restored, or deleted for good): the one before. */
      if (!g_error_matches (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND))
        break;
    }

  update_undo (self);
}

/* A deletion's toast: (kind, UUID). */
static void
restore_deleted_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  QzWindow *self = QZ_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  const char *uuid = NULL;
  guint32 kind;

  g_variant_get (parameter, "(u&s)", &kind, &uuid);
  if (kind > QZ_TRASH_PHOTO)
    return;

  if (!restore (self, kind, uuid, &error) && error != NULL)
    qz_window_show_error (self, error);
  forget_deletion (self, uuid);
}

static void
delete_assessment_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  QzWindow *self = QZ_WINDOW (widget);
  const char *uuid = g_variant_get_string (parameter, NULL);
  QzAssessment *open = qz_checklist_page_get_assessment (self->checklist_page);
  g_autoptr(GError) error = NULL;
  g_autoptr(QzAssessment) assessment = NULL;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (self->trash == NULL)
    return;

  assessment = qz_assessment_store_load (self->assessments, uuid, &error);
  if (assessment == NULL)
    {
      qz_window_show_error (self, error);
      return;
    }

  if (open != NULL && g_str_equal (qz_assessment_get_uuid (open), uuid))
    qz_window_close_assessment (self);
  if (!qz_trash_delete_assessment (self->trash, uuid, &error))
    {
      qz_window_show_error (self, error);
      return;
    }

  /* Translators: a framework's title and a visit date */
  title = g_strdup_printf (_("%s, visit of %s"),
                           qz_text_get (qz_framework_get_title (qz_assessment_get_framework (assessment))),
                           qz_assessment_get_visit_date (assessment));
  /* Translators: %s is what was deleted */
  message = g_strdup_printf (_("“%s” deleted"), title);
  toast = qz_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.restore-deleted");
  adw_toast_set_action_target_value (toast, g_variant_new ("(us)", QZ_TRASH_ASSESSMENT, uuid));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  qz_window_deleted (self, QZ_TRASH_ASSESSMENT, uuid, title);
  qz_window_update_latest (self, qz_enterprise_store_find (self->store, qz_assessment_get_enterprise_uuid (assessment),
                                                           NULL));
  qz_profile_page_reload_assessments (self->profile_page);
}

static void
show_trash_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  QzWindow *self = QZ_WINDOW (widget);

  if (self->trash == NULL)
    return;

  qz_profile_page_flush (self->profile_page);
  qz_checklist_page_flush (self->checklist_page);
  qz_plan_page_flush (self->plan_page);
  self->showing_trash = TRUE;
  qz_trash_page_reload (self->trash_page);
  qz_window_update_main_page (self);
  gtk_widget_child_focus (GTK_WIDGET (self->trash_page), GTK_DIR_TAB_FORWARD);
}

static void
hide_trash_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  QzWindow *self = QZ_WINDOW (widget);

  if (!self->showing_trash)
    return;

  self->showing_trash = FALSE;
  qz_window_update_main_page (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
trash_restored_cb (QzWindow   *self,
                   guint       kind,
                   const char *uuid,
                   guint       restored)
{
  show_restored (self, kind, uuid, restored);
}

static void
measure_removed_cb (QzWindow   *self,
                    const char *uuid,
                    const char *title)
{
  qz_window_deleted (self, QZ_TRASH_PLAN_ITEM, uuid, title);
}

static void
photo_removed_cb (QzWindow   *self,
                  const char *uuid)
{
  qz_window_deleted (self, QZ_TRASH_PHOTO, uuid, _("Photo"));
}

/* Called once the window has its stores. */
void
qz_window_setup_trash (QzWindow *self)
{
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) deletion_free);
  if (self->store != NULL)
    self->trash = qz_trash_new (self->store);
  qz_trash_page_set_trash (self->trash_page, self->trash,
                           self->assessments ? qz_assessment_store_get_evidence (self->assessments) : NULL);

  g_signal_connect_object (self->trash_page, "restored", G_CALLBACK (trash_restored_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->plan_page, "measure-removed", G_CALLBACK (measure_removed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->checklist_page, "photo-removed", G_CALLBACK (photo_removed_cb), self,
                           G_CONNECT_SWAPPED);
  update_undo (self);
}

void
qz_window_install_trash_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_install_action (widget_class, "win.restore-deleted", "(us)", restore_deleted_action);
  gtk_widget_class_install_action (widget_class, "win.delete-assessment", "s", delete_assessment_action);
  gtk_widget_class_install_action (widget_class, "win.show-trash", NULL, show_trash_action);
  gtk_widget_class_install_action (widget_class, "win.hide-trash", NULL, hide_trash_action);

  /* On the window, so that a focused text field with typing to undo
   * handles Ctrl+Z first. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo-delete", NULL);
}
