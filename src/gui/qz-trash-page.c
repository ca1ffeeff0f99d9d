/* qz-trash-page.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-trash-page"

#include "qz-config.h"

#include <glib/gi18n.h>

#include "qz-trash-page.h"
#include "qz-toast.h"

/* Recently Deleted: what was deleted, what it belonged to and when, with
 * Restore and Delete for Good (asked first). What it lists and does is
 * QzTrash's (src/store/qz-trash.c). */
struct _QzTrashPage
{
  AdwBin           parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  GtkListBox      *list_box;

  /* Owned references */
  QzTrash         *trash;
  QzEvidenceStore *evidence;
  GPtrArray       *items;      /* QzTrashItem, in the order shown */
};

G_DEFINE_FINAL_TYPE (QzTrashPage, qz_trash_page, ADW_TYPE_BIN)

enum {
  RESTORED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *kind_icons[] = {
  [QZ_TRASH_ENTERPRISE] = "x-office-address-book-symbolic",
  [QZ_TRASH_ASSESSMENT] = "checkbox-checked-symbolic",
  [QZ_TRASH_PLAN_ITEM] = "view-list-bullet-symbolic",
  [QZ_TRASH_PHOTO] = "emblem-photos-symbolic",
};

static void
show_toast (QzTrashPage *self,
            const char  *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, qz_toast_new (message));
}

/**
 * qz_trash_page_describe:
 * @item: a deleted item
 *
 * Returns: (transfer full): what @item is, in a few words, as a row's
 *   title and in messages about it
 */
char *
qz_trash_page_describe (const QzTrashItem *item)
{
  switch (item->kind)
    {
    case QZ_TRASH_ASSESSMENT:
      /* Translators: a framework's title and a visit date */
      return g_strdup_printf (_("%s, visit of %s"), item->framework ? item->framework : _("Assessment"),
                              item->visit_date);

    case QZ_TRASH_PHOTO:
      if (item->title == NULL || item->title[0] == '\0')
        return g_strdup (_("Photo without caption"));
      return g_strdup (item->title);

    case QZ_TRASH_ENTERPRISE:
    case QZ_TRASH_PLAN_ITEM:
    default:
      return g_strdup (item->title);
    }
}

/* What it was, what it belonged to, when it was deleted, and what
 * restoring it brings back with it. */
static char *
subtitle (const QzTrashItem *item)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (item->deleted / G_USEC_PER_SEC);
  g_autofree char *time = g_date_time_format (when, "%Y-%m-%d %H:%M");
  g_autofree char *what = NULL;
  const char *also = NULL;

  switch (item->kind)
    {
    case QZ_TRASH_ENTERPRISE:
      /* Translators: %s is when it was deleted */
      what = g_strdup_printf (_("Enterprise · deleted %s"), time);
      break;

    case QZ_TRASH_ASSESSMENT:
      /* Translators: an enterprise's name, then when it was deleted */
      what = g_strdup_printf (_("Assessment of %s · deleted %s"), item->enterprise, time);
      break;

    case QZ_TRASH_PLAN_ITEM:
      /* Translators: an enterprise's name, a visit date, when it was deleted */
      what = g_strdup_printf (_("Plan measure of %s, visit of %s · deleted %s"), item->enterprise,
                              item->visit_date, time);
      break;

    case QZ_TRASH_PHOTO:
    default:
      /* Translators: an indicator's title, an enterprise's name, a visit date, when it was deleted */
      what = g_strdup_printf (_("Photo for “%s”, %s, visit of %s · deleted %s"), item->indicator,
                              item->enterprise, item->visit_date, time);
      break;
    }

  if (item->kind != QZ_TRASH_ENTERPRISE && item->kind != QZ_TRASH_ASSESSMENT && item->assessment_deleted)
    also = _("Restoring it restores its assessment too.");
  if (item->kind != QZ_TRASH_ENTERPRISE && item->enterprise_deleted)
    also = _("Restoring it restores its enterprise too.");

  return also ? g_strconcat (what, "\n", also, NULL) : g_steal_pointer (&what);
}

static GtkWidget *
prefix_for (QzTrashPage       *self,
            const QzTrashItem *item)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkWidget *image;

  if (item->kind == QZ_TRASH_PHOTO && self->evidence != NULL)
    bytes = qz_evidence_store_get_photo (self->evidence, item->sha256, QZ_PHOTO_SIZE_THUMBNAIL, NULL);
  if (bytes != NULL)
    texture = gdk_texture_new_from_bytes (bytes, NULL);
  if (texture == NULL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name (kind_icons[item->kind]);

      gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      return icon;
    }

  /* An image scales the thumbnail to its size, keeping its shape. */
  image = gtk_image_new_from_paintable (GDK_PAINTABLE (texture));
  gtk_image_set_pixel_size (GTK_IMAGE (image), 48);
  gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Photo"), -1);
  return image;
}

static GtkWidget *
row_button (const char *label,
            const char *icon,
            const char *action,
            guint       index,
            const char *accessible)
{
  GtkWidget *button = icon ? gtk_button_new_from_icon_name (icon) : gtk_button_new_with_label (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_uint32 (index));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  if (icon != NULL)
    {
      gtk_widget_set_tooltip_text (button, label);
      gtk_widget_add_css_class (button, "flat");
    }
  return button;
}

static GtkWidget *
build_row (QzTrashPage       *self,
           const QzTrashItem *item,
           guint              index)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = qz_trash_page_describe (item);
  g_autofree char *sub = subtitle (item);
  /* Translators: %s is what was deleted */
  g_autofree char *restore_name = g_strdup_printf (_("Restore %s"), title);
  /* Translators: %s is what was deleted */
  g_autofree char *forget_name = g_strdup_printf (_("Delete %s for good"), title);
  GtkWidget *restore = row_button (_("Restore"), NULL, "trash.restore", index, restore_name);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sub);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), prefix_for (self, item));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), restore);
  g_object_set_data (G_OBJECT (row), "qz-restore", restore);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button (_("Delete for Good"), "edit-delete-symbolic", "trash.forget", index,
                                         forget_name));
  return row;
}

/**
 * qz_trash_page_reload:
 * @self: a #QzTrashPage
 *
 * Reads what is deleted again.
 */
void
qz_trash_page_reload (QzTrashPage *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  g_return_if_fail (QZ_IS_TRASH_PAGE (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  if (self->trash != NULL)
    {
      self->items = qz_trash_list (self->trash, &error);
      if (self->items == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("Recently deleted items cannot be shown: %s"), error->message);
          show_toast (self, message);
        }
    }

  for (guint i = 0; self->items != NULL && i < self->items->len; i++)
    gtk_list_box_append (self->list_box, build_row (self, g_ptr_array_index (self->items, i), i));

  gtk_stack_set_visible_child_name (self->stack, self->items != NULL && self->items->len > 0 ? "list" : "empty");
}

/* After a row goes, the keyboard stays where it was: on the row now in
 * its place, the one before if it was the last, or the page. */
static void
reload_and_focus (QzTrashPage *self,
                  guint        index)
{
  GtkListBoxRow *row;

  qz_trash_page_reload (self);
  row = self->items != NULL && self->items->len > 0
        ? gtk_list_box_get_row_at_index (self->list_box, MIN (index, self->items->len - 1)) : NULL;
  if (row == NULL || !gtk_widget_grab_focus (g_object_get_data (G_OBJECT (row), "qz-restore")))
    gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

static QzTrashItem *
item_at (QzTrashPage *self,
         GVariant    *parameter)
{
  guint index = g_variant_get_uint32 (parameter);

  return self->items != NULL && index < self->items->len ? g_ptr_array_index (self->items, index) : NULL;
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  QzTrashPage *self = QZ_TRASH_PAGE (widget);
  QzTrashItem *item = item_at (self, parameter);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;
  QzTrashRestored restored = QZ_TRASH_RESTORED_ITEM;

  if (item == NULL)
    return;

  title = qz_trash_page_describe (item);
  if (!qz_trash_restore (self->trash, item->kind, item->uuid, &restored, &error))
    message = g_strdup_printf (_("“%s” could not be restored: %s"), title, error->message);
  else if (restored & QZ_TRASH_RESTORED_ENTERPRISE)
    /* Translators: what was restored, then its enterprise */
    message = g_strdup_printf (_("“%s” restored, with its enterprise “%s”"), title, item->enterprise);
  else if (restored & QZ_TRASH_RESTORED_ASSESSMENT)
    message = g_strdup_printf (_("“%s” restored, with its assessment"), title);
  else
    message = g_strdup_printf (_("“%s” restored"), title);

  if (error == NULL)
    g_signal_emit (self, signals[RESTORED], 0, (guint) item->kind, item->uuid, (guint) restored);
  show_toast (self, message);
  reload_and_focus (self, g_variant_get_uint32 (parameter));
}

static const char *
what_is_lost (QzTrashKind kind)
{
  switch (kind)
    {
    case QZ_TRASH_ENTERPRISE:
      return _("Its profile and contacts, and all its assessments with their answers, photos and improvement plans, "
               "are lost. This cannot be undone.");
    case QZ_TRASH_ASSESSMENT:
      return _("Its answers, photos and improvement plan are lost. This cannot be undone.");
    case QZ_TRASH_PLAN_ITEM:
      return _("The measure and what was written in it are lost; a new draft of the plan still leaves it out. "
               "This cannot be undone.");
    case QZ_TRASH_PHOTO:
    default:
      return _("The photo and its caption are lost. This cannot be undone.");
    }
}

static void
forget_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    QzTrashPage      *self)
{
  g_autoptr(GError) error = NULL;
  const char *uuid = g_object_get_data (G_OBJECT (dialog), "qz-uuid");
  QzTrashKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "qz-kind"));

  if (!g_str_equal (response, "forget"))
    return;

  if (!qz_trash_forget (self->trash, kind, uuid, &error))
    {
      g_autofree char *message = g_strdup_printf (_("It could not be deleted for good: %s"), error->message);
      show_toast (self, message);
    }
  reload_and_focus (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "qz-index")));
}

static void
forget_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  QzTrashPage *self = QZ_TRASH_PAGE (widget);
  QzTrashItem *item = item_at (self, parameter);
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  if (item == NULL)
    return;

  title = qz_trash_page_describe (item);
  /* Translators: %s is what is deleted for good */
  heading = g_strdup_printf (_("Delete “%s” for Good?"), title);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading,
                                                       what_is_lost (item->kind)));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "forget", _("_Delete for Good"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "forget", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "qz-uuid", g_strdup (item->uuid), g_free);
  g_object_set_data (G_OBJECT (dialog), "qz-kind", GUINT_TO_POINTER (item->kind));
  g_object_set_data (G_OBJECT (dialog), "qz-index", GUINT_TO_POINTER (g_variant_get_uint32 (parameter)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (forget_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
qz_trash_page_finalize (GObject *object)
{
  QzTrashPage *self = (QzTrashPage *) object;

  g_clear_object (&self->trash);
  g_clear_object (&self->evidence);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (qz_trash_page_parent_class)->finalize (object);
}

static void
qz_trash_page_class_init (QzTrashPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = qz_trash_page_finalize;

  /**
   * QzTrashPage::restored:
   * @self: the page
   * @kind: a #QzTrashKind
   * @uuid: what was restored
   * @restored: the #QzTrashRestored that came back with it
   */
  signals[RESTORED] = g_signal_new ("restored", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                    NULL, G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_STRING, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/qizhen/Qizhen/ui/qz-trash-page.ui");
  gtk_widget_class_bind_template_child (widget_class, QzTrashPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, QzTrashPage, stack);
  gtk_widget_class_bind_template_child (widget_class, QzTrashPage, list_box);

  gtk_widget_class_install_action (widget_class, "trash.restore", "u", restore_action);
  gtk_widget_class_install_action (widget_class, "trash.forget", "u", forget_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.hide-trash", NULL);
}

static void
qz_trash_page_init (QzTrashPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * qz_trash_page_set_trash:
 * @self: a #QzTrashPage
 * @trash: (nullable): what is deleted
 * @evidence: (nullable): where the photos' thumbnails are
 *
 * Shows what @trash holds.
 */
void
qz_trash_page_set_trash (QzTrashPage     *self,
                         QzTrash         *trash,
                         QzEvidenceStore *evidence)
{
  g_return_if_fail (QZ_IS_TRASH_PAGE (self));

  g_set_object (&self->trash, trash);
  g_set_object (&self->evidence, evidence);
  qz_trash_page_reload (self);
}
