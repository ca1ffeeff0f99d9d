/* qz-row-box.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include "qz-accessible.h"
#include "qz-row-box.h"

/* The box a list's row shows, which names the row: GTK 4.8's list items
 * take no accessible name, and a row factory written as a template can
 * bind this box's description to what the row shows. */
struct _QzRowBox
{
  GtkBox  parent_instance;

  char   *description;
};

G_DEFINE_FINAL_TYPE (QzRowBox, qz_row_box, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
name_row (QzRowBox *self)
{
  if (self->description != NULL)
    qz_accessible_name_parent (GTK_WIDGET (self), self->description);
}

static void
parent_changed_cb (QzRowBox   *self,
                   GParamSpec *pspec,
                   gpointer    unused)
{
  name_row (self);
}

static void
qz_row_box_finalize (GObject *object)
{
  QzRowBox *self = QZ_ROW_BOX (object);

  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (qz_row_box_parent_class)->finalize (object);
}

static void
qz_row_box_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  QzRowBox *self = QZ_ROW_BOX (object);

  switch (prop_id)
    {
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qz_row_box_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  QzRowBox *self = QZ_ROW_BOX (object);

  switch (prop_id)
    {
    case PROP_DESCRIPTION:
      qz_row_box_set_description (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qz_row_box_class_init (QzRowBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = qz_row_box_finalize;
  object_class->get_property = qz_row_box_get_property;
  object_class->set_property = qz_row_box_set_property;

  /**
   * QzRowBox:description:
   *
   * What the row shows, in words: the accessible name of the row the box
   * is in.
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qz_row_box_init (QzRowBox *self)
{
  /* A box made before it is put in its row names the row once it is. */
  g_signal_connect (self, "notify::parent", G_CALLBACK (parent_changed_cb), NULL);
}

const char *
qz_row_box_get_description (QzRowBox *self)
{
  g_return_val_if_fail (QZ_IS_ROW_BOX (self), NULL);

  return self->description;
}

/**
 * qz_row_box_set_description:
 * @self: a #QzRowBox
 * @description: (nullable): what the row shows, in words
 *
 * Names the row @self is in @description.
 */
void
qz_row_box_set_description (QzRowBox   *self,
                            const char *description)
{
  g_return_if_fail (QZ_IS_ROW_BOX (self));

  if (g_strcmp0 (self->description, description) == 0)
    return;
  g_free (self->description);
  self->description = g_strdup (description);
  name_row (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}
