/* qz-choice-keys.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The keyboard on a list of numbered choices: numbers typed choose, the
 * arrows move between them. */
typedef struct _QzChoiceKeys QzChoiceKeys;

/* Chooses the choice at @index. */
typedef void (*QzChoiceKeysChoose) (guint    index,
                                    gpointer data);

QzChoiceKeys *qz_choice_keys_new    (GPtrArray          *buttons,
                                     guint               first_number,
                                     QzChoiceKeysChoose  choose,
                                     gpointer            data);
void          qz_choice_keys_free   (QzChoiceKeys       *self);
gboolean      qz_choice_keys_press  (QzChoiceKeys       *self,
                                     guint               keyval,
                                     GdkModifierType     state);
void          qz_choice_keys_flush  (QzChoiceKeys       *self);
void          qz_choice_keys_cancel (QzChoiceKeys       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QzChoiceKeys, qz_choice_keys_free)

G_END_DECLS
