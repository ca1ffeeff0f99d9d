/* qz-choice-keys.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-choice-keys"

#include "qz-config.h"

#include "qz-choice-keys.h"

/* How long a number typed waits for a digit that would make it longer. */
#define TYPEAHEAD_MS 1000

/* A digit chooses at once when no longer number could follow it, which is
 * always so with nine choices or fewer. Among twelve, "1" could begin
 * 10, 11 or 12: the keyboard focus goes to the first choice meanwhile,
 * and it is chosen when no digit follows within a second (or on Enter);
 * "1" then "0" chooses the tenth at once. Up and Down move the focus
 * between the choices. */
struct _QzChoiceKeys
{
  GPtrArray          *buttons;      /* GtkWidget, in order */
  guint               first_number; /* of the first choice: 0 or 1 */
  QzChoiceKeysChoose  choose;
  gpointer            data;

  guint               typed;        /* the number being typed, 0 for none */
  guint               timeout;
};

/**
 * qz_choice_keys_new:
 * @buttons: the choices, as widgets, in order
 * @first_number: the number of the first choice (0 or 1)
 * @choose: what chooses one
 * @data: for @choose
 *
 * Returns: (transfer full): the keys of @buttons
 */
QzChoiceKeys *
qz_choice_keys_new (GPtrArray          *buttons,
                    guint               first_number,
                    QzChoiceKeysChoose  choose,
                    gpointer            data)
{
  QzChoiceKeys *self = g_new0 (QzChoiceKeys, 1);

  self->buttons = g_ptr_array_ref (buttons);
  self->first_number = first_number;
  self->choose = choose;
  self->data = data;
  return self;
}

void
qz_choice_keys_free (QzChoiceKeys *self)
{
  if (self == NULL)
    return;

  g_clear_handle_id (&self->timeout, g_source_remove);
  g_ptr_array_unref (self->buttons);
  g_free (self);
}

static guint
last_number (QzChoiceKeys *self)
{
  return self->first_number + self->buttons->len - 1;
}

/**
 * qz_choice_keys_flush:
 * @self: a #QzChoiceKeys
 *
 * Chooses the number typed and waiting, now.
 */
void
qz_choice_keys_flush (QzChoiceKeys *self)
{
  guint typed = self->typed;

  g_clear_handle_id (&self->timeout, g_source_remove);
  self->typed = 0;
  if (typed != 0)
    self->choose (typed - self->first_number, self->data);
}

/**
 * qz_choice_keys_cancel:
 * @self: a #QzChoiceKeys
 *
 * Drops the number typed and waiting, as a choice was made otherwise.
 */
void
qz_choice_keys_cancel (QzChoiceKeys *self)
{
  g_clear_handle_id (&self->timeout, g_source_remove);
  self->typed = 0;
}

static gboolean
timeout_cb (gpointer data)
{
  QzChoiceKeys *self = data;

  self->timeout = 0;
  qz_choice_keys_flush (self);
  return G_SOURCE_REMOVE;
}

static gboolean
type_digit (QzChoiceKeys *self,
            guint         digit)
{
  GtkWidget *button;

  /* A digit that cannot make the number longer starts the next one. */
  if (self->typed != 0 && self->typed * 10 + digit > last_number (self))
    qz_choice_keys_flush (self);

  if (self->typed == 0)
    {
      if (digit < self->first_number || digit > last_number (self))
        return FALSE;
      if (digit == 0)
        {
          self->choose (0, self->data);
          return TRUE;
        }
      self->typed = digit;
    }
  else
    self->typed = self->typed * 10 + digit;

  if (self->typed * 10 > last_number (self))
    {
      qz_choice_keys_flush (self);
      return TRUE;
    }

  button = g_ptr_array_index (self->buttons, self->typed - self->first_number);
  gtk_widget_grab_focus (button);
  g_clear_handle_id (&self->timeout, g_source_remove);
  self->timeout = g_timeout_add (TYPEAHEAD_MS, timeout_cb, self);
  return TRUE;
}

/* The choice holding the keyboard focus, or -1. */
static int
focused_index (QzChoiceKeys *self)
{
  GtkRoot *root = self->buttons->len > 0 ? gtk_widget_get_root (g_ptr_array_index (self->buttons, 0)) : NULL;
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  for (guint i = 0; focus != NULL && i < self->buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->buttons, i);

      if (focus == button || gtk_widget_is_ancestor (focus, button))
        return (int) i;
    }

  return -1;
}

static gboolean
move_focus (QzChoiceKeys *self,
            int           step)
{
  int index = focused_index (self);

  /* From the first or the last, the focus goes on out of the choices. */
  if (index < 0 || index + step < 0 || index + step >= (int) self->buttons->len)
    return FALSE;

  gtk_widget_grab_focus (g_ptr_array_index (self->buttons, index + step));
  return TRUE;
}

/**
 * qz_choice_keys_press:
 * @self: a #QzChoiceKeys
 * @keyval: the key pressed
 * @state: the modifiers held
 *
 * Returns: whether the key was one of the choices' own: a digit (a
 *   digit beyond the choices rings the bell), or an arrow between them
 */
gboolean
qz_choice_keys_press (QzChoiceKeys    *self,
                      guint            keyval,
                      GdkModifierType  state)
{
  gunichar c = gdk_keyval_to_unicode (keyval);

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0 || self->buttons->len == 0)
    return FALSE;

  if (c >= '0' && c <= '9')
    {
      /* "0" alone is no choice's number where they start at 1. */
      if (c == '0' && self->typed == 0 && self->first_number > 0)
        return FALSE;
      if (!type_digit (self, c - '0'))
        gtk_widget_error_bell (g_ptr_array_index (self->buttons, 0));
      return TRUE;
    }

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      if (self->typed == 0)
        return FALSE;
      qz_choice_keys_flush (self);
      return TRUE;

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      qz_choice_keys_flush (self);
      return move_focus (self, +1);

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      qz_choice_keys_flush (self);
      return move_focus (self, -1);

    default:
      qz_choice_keys_flush (self);
      return FALSE;
    }
}
