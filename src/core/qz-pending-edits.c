/* qz-pending-edits.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-pending-edits"

#include "qz-config.h"

#include "qz-pending-edits.h"

/* The edits of a window that could not be written yet, whichever page
 * made them: each is kept under a key (one per thing edited, so that a
 * later edit of the same thing replaces an earlier one) with a label
 * that names it for the user, and a function that writes it as it is
 * then. Every successful write tries the others again; closing the
 * window tries them all and, when some still fail, names them. */

typedef struct
{
  char              *key;
  char              *label;
  QzPendingSaveFunc  func;
  gpointer           data;
  GDestroyNotify     destroy;
} Edit;

struct _QzPendingEdits
{
  GObject    parent_instance;

  GPtrArray *edits;      /* Edit, oldest first */
  gboolean   retrying;
};

G_DEFINE_FINAL_TYPE (QzPendingEdits, qz_pending_edits, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
edit_free (Edit *edit)
{
  if (edit->destroy != NULL)
    edit->destroy (edit->data);
  g_free (edit->key);
  g_free (edit->label);
  g_free (edit);
}

static gboolean
find (QzPendingEdits *self,
      const char     *key,
      guint          *index)
{
  for (guint i = 0; i < self->edits->len; i++)
    {
      Edit *edit = g_ptr_array_index (self->edits, i);

      if (g_str_equal (edit->key, key))
        {
          *index = i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
qz_pending_edits_finalize (GObject *object)
{
  QzPendingEdits *self = (QzPendingEdits *)object;

  g_clear_pointer (&self->edits, g_ptr_array_unref);

  G_OBJECT_CLASS (qz_pending_edits_parent_class)->finalize (object);
}

static void
qz_pending_edits_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  QzPendingEdits *self = QZ_PENDING_EDITS (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->edits->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qz_pending_edits_class_init (QzPendingEditsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = qz_pending_edits_finalize;
  object_class->get_property = qz_pending_edits_get_property;

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qz_pending_edits_init (QzPendingEdits *self)
{
  self->edits = g_ptr_array_new_with_free_func ((GDestroyNotify) edit_free);
}

QzPendingEdits *
qz_pending_edits_new (void)
{
  return g_object_new (QZ_TYPE_PENDING_EDITS, NULL);
}

/* Writes every edit kept; those written are forgotten. */
static gboolean
retry (QzPendingEdits  *self,
       GError         **error)
{
  g_autoptr(GError) first_error = NULL;
  guint before = self->edits->len;

  if (self->retrying)
    return self->edits->len == 0;

  self->retrying = TRUE;
  for (guint i = 0; i < self->edits->len;)
    {
      Edit *edit = g_ptr_array_index (self->edits, i);
      g_autoptr(GError) local_error = NULL;

      if (edit->func (edit->data, &local_error))
        g_ptr_array_remove_index (self->edits, i);
      else
        {
          if (first_error == NULL)
            first_error = g_steal_pointer (&local_error);
          i++;
        }
    }
  self->retrying = FALSE;

  if (self->edits->len != before)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  if (first_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&first_error));
      return FALSE;
    }
  return TRUE;
}

/**
 * qz_pending_edits_save:
 * @self: a #QzPendingEdits
 * @key: what is edited, such as "answer/ASSESSMENT-UUID/INDICATOR-ID"
 * @label: what is edited, in the user's words, for when it cannot be written
 * @func: writes the edit
 * @data: (transfer full): for @func
 * @destroy: (nullable): frees @data
 * @error: return location for @func's error
 *
 * Writes an edit now. When it cannot be, it is kept (in place of an
 * earlier one of @key) to be written later; when it is, an earlier one
 * of @key is forgotten and the other edits kept are tried again.
 *
 * Returns: whether the edit is written
 */
gboolean
qz_pending_edits_save (QzPendingEdits     *self,
                       const char         *key,
                       const char         *label,
                       QzPendingSaveFunc   func,
                       gpointer            data,
                       GDestroyNotify      destroy,
                       GError            **error)
{
  Edit *edit;
  guint index;

  g_return_val_if_fail (QZ_IS_PENDING_EDITS (self), FALSE);
  g_return_val_if_fail (key != NULL && label != NULL && func != NULL, FALSE);

  edit = g_new0 (Edit, 1);
  edit->key = g_strdup (key);
  edit->label = g_strdup (label);
  edit->func = func;
  edit->data = data;
  edit->destroy = destroy;

  if (func (data, error))
    {
      gboolean was_kept = find (self, key, &index);

      if (was_kept)
        g_ptr_array_remove_index (self->edits, index);
      edit_free (edit);
      if (self->edits->len > 0)
        retry (self, NULL);
      else if (was_kept)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
      return TRUE;
    }

  if (find (self, key, &index))
    g_ptr_array_remove_index (self->edits, index);
  g_ptr_array_add (self->edits, edit);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  return FALSE;
}

/**
 * qz_pending_edits_retry:
 * @self: a #QzPendingEdits
 * @error: return location for the first error
 *
 * Tries to write every edit kept, each as it is now.
 *
 * Returns: %TRUE when none is left
 */
gboolean
qz_pending_edits_retry (QzPendingEdits  *self,
                        GError         **error)
{
  g_return_val_if_fail (QZ_IS_PENDING_EDITS (self), FALSE);

  return retry (self, error);
}

/**
 * qz_pending_edits_has:
 * @self: a #QzPendingEdits
 * @key: what is edited
 *
 * Returns: whether an edit of @key is waiting to be written
 */
gboolean
qz_pending_edits_has (QzPendingEdits *self,
                      const char     *key)
{
  guint index;

  g_return_val_if_fail (QZ_IS_PENDING_EDITS (self), FALSE);

  return find (self, key, &index);
}

/**
 * qz_pending_edits_get_n_items:
 * @self: a #QzPendingEdits
 *
 * Returns: how many edits wait to be written
 */
guint
qz_pending_edits_get_n_items (QzPendingEdits *self)
{
  g_return_val_if_fail (QZ_IS_PENDING_EDITS (self), 0);

  return self->edits->len;
}

/**
 * qz_pending_edits_dup_labels:
 * @self: a #QzPendingEdits
 *
 * Returns: (transfer full): what waits to be written, in the user's
 *   words, oldest first
 */
GStrv
qz_pending_edits_dup_labels (QzPendingEdits *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (QZ_IS_PENDING_EDITS (self), NULL);

  for (guint i = 0; i < self->edits->len; i++)
    g_strv_builder_add (builder, ((Edit *) g_ptr_array_index (self->edits, i))->label);

  return g_strv_builder_end (builder);
}

/**
 * qz_pending_edits_discard:
 * @self: a #QzPendingEdits
 *
 * Forgets every edit waiting, as the user chose.
 */
void
qz_pending_edits_discard (QzPendingEdits *self)
{
  g_return_if_fail (QZ_IS_PENDING_EDITS (self));

  if (self->edits->len == 0)
    return;

  g_ptr_array_set_size (self->edits, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}
