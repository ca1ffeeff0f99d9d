/* qz-photo-viewer.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-photo-viewer"

#include "qz-config.h"

#include <glib/gi18n.h>

#include "qz-photo-viewer.h"

/* A photo of the checklist, large, with its caption; Escape closes it. */
struct _QzPhotoViewer
{
  AdwWindow       parent_instance;

  /* Template widgets */
  AdwWindowTitle *title;
  GtkPicture     *picture;
  GtkLabel       *caption_label;
};

G_DEFINE_FINAL_TYPE (QzPhotoViewer, qz_photo_viewer, ADW_TYPE_WINDOW)

static void
qz_photo_viewer_class_init (QzPhotoViewerClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/qizhen/Qizhen/ui/qz-photo-viewer.ui");
  gtk_widget_class_bind_template_child (widget_class, QzPhotoViewer, title);
  gtk_widget_class_bind_template_child (widget_class, QzPhotoViewer, picture);
  gtk_widget_class_bind_template_child (widget_class, QzPhotoViewer, caption_label);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
qz_photo_viewer_init (QzPhotoViewer *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * qz_photo_viewer_new:
 * @parent: (nullable): the window it belongs to
 * @image: the photo, full size
 * @caption: its caption, maybe empty
 * @indicator: (nullable): the title of the indicator it is evidence for
 *
 * Returns: (transfer none): the viewer, shown
 */
QzPhotoViewer *
qz_photo_viewer_new (GtkWindow  *parent,
                     GdkTexture *image,
                     const char *caption,
                     const char *indicator)
{
  QzPhotoViewer *self = g_object_new (QZ_TYPE_PHOTO_VIEWER, "transient-for", parent, NULL);
  const char *name = caption != NULL && caption[0] != '\0' ? caption : _("Photo");

  g_return_val_if_fail (GDK_IS_TEXTURE (image), NULL);

  gtk_window_set_title (GTK_WINDOW (self), name);
  adw_window_title_set_title (self->title, name);
  adw_window_title_set_subtitle (self->title, indicator ? indicator : "");
  gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (image));
  gtk_picture_set_alternative_text (self->picture, name);
  gtk_label_set_text (self->caption_label, caption ? caption : "");
  gtk_widget_set_visible (GTK_WIDGET (self->caption_label), caption != NULL && caption[0] != '\0');
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
