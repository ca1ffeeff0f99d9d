/* qz-indicator-row.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-indicator-row"

#include "qz-config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "qz-accessible.h"
#include "qz-indicator-row.h"
#include "qz-choice-keys.h"
#include "qz-input.h"
#include "qz-result-text.h"
#include "qz-wrap-box.h"

/* One indicator of the checklist: its choices (or figure), N/A, a note
 * and a follow-up flag. Every change is reported as a whole answer through
 * ::answer-edited; the page stores it. */
struct _QzIndicatorRow
{
  GtkListBoxRow      parent_instance;

  /* Template widgets */
  GtkBox            *header_box;
  GtkLabel          *number_label;
  GtkLabel          *title_label;
  GtkLabel          *points_label;
  GtkToggleButton   *flag_button;
  GtkLabel          *hint_label;
  GtkBox            *choices_box;
  GtkCheckButton    *na_check;
  GtkEntry          *note_entry;
  GtkToggleButton   *note_internal_button;
  GtkFlowBox        *photos_box;
  GtkWidget         *review_box;
  GtkWidget         *confirm_button;
  GtkWidget         *add_photo_button;

  /* Borrowed: the framework outlives its rows */
  QzFramework       *framework;
  const QzIndicator *indicator;
  guint              number;

  /* Owned */
  QzAnswer          *answer;
  GPtrArray         *choices;          /* GtkCheckButton, in option order */
  QzChoiceKeys      *keys;             /* of the choices */
  GtkEntry          *value_entry;
  GtkEntry          *numerator_entry;
  GtkEntry          *denominator_entry;
  GtkLabel          *figure_label;
  GtkLabel          *figure_message;   /* under the figure: why it is not kept */
  double             kept[3];          /* value, numerator, denominator last kept */
  /* A field typed over is emptied before the new text arrives: the
   * figure it had stays here until the text that follows is right. */
  double             before_clear[3];
  gboolean           cleared;
  gboolean           updating;
  /* While the row reports an edit, the answer stored from it comes back
   * through qz_indicator_row_set_answer(): the row already shows it, and
   * rewriting the fields would drop half-typed text such as "1." */
  gboolean           emitting;
  /* The answer of a complete assessment, shown and not edited. */
  gboolean           read_only;
};

G_DEFINE_FINAL_TYPE (QzIndicatorRow, qz_indicator_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  ANSWER_EDITED,
  ADD_PHOTO,
  REMOVE_PHOTO,
  CAPTION_CHANGED,
  CONFIRM_ANSWER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
has_grades (QzIndicatorRow *self)
{
  return self->indicator->kind == QZ_INDICATOR_SCENARIO;
}

static GPtrArray *
option_list (QzIndicatorRow *self)
{
  return self->indicator->kind == QZ_INDICATOR_RATING
         ? qz_framework_get_scale (self->framework) : self->indicator->options;
}

/* The row reads its number, title, answer and state. */
static void
update_name (QzIndicatorRow *self)
{
  g_autofree char *name = NULL;

  if (self->indicator == NULL)
    return;
  name = qz_indicator_describe (self->indicator, self->number, self->answer, self->framework,
                                gtk_widget_get_visible (self->review_box));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* Every change, a keystroke in a note or a figure too, is reported at
 * once: nothing typed waits in the window alone, and a save costs far
 * less than a frame. */
static void
emit_edited (QzIndicatorRow *self)
{
  if (self->updating)
    return;

  update_name (self);
  self->emitting = TRUE;
  g_signal_emit (self, signals[ANSWER_EDITED], 0, self->answer);
  self->emitting = FALSE;
}

/* Reads the choice buttons into the answer. */
static void
choices_to_answer (QzIndicatorRow *self)
{
  g_autoptr(GStrvBuilder) chosen = g_strv_builder_new ();
  GPtrArray *options = option_list (self);

  self->answer->grade = -1;
  g_clear_pointer (&self->answer->options, g_strfreev);

  for (guint i = 0; i < self->choices->len; i++)
    {
      if (!gtk_check_button_get_active (g_ptr_array_index (self->choices, i)))
        continue;

      if (has_grades (self))
        self->answer->grade = (int) i;
      else
        g_strv_builder_add (chosen, ((QzOption *) g_ptr_array_index (options, i))->id);
    }

  if (!has_grades (self))
    {
      self->answer->options = g_strv_builder_end (chosen);
      /* Nothing ticked in a single choice means unanswered. */
      if (self->indicator->kind != QZ_INDICATOR_MULTIPLE && self->answer->options[0] == NULL)
        g_clear_pointer (&self->answer->options, g_strfreev);
    }
}

static void
choice_toggled_cb (QzIndicatorRow *self,
                   GtkCheckButton *button)
{
  if (self->updating)
    return;

  /* Chosen otherwise (Space, Enter, a click), a number typed is dropped. */
  if (self->keys != NULL)
    qz_choice_keys_cancel (self->keys);

  /* A radio group toggles twice (off, then on): act on the new one only. */
  if (self->indicator->kind != QZ_INDICATOR_MULTIPLE && !gtk_check_button_get_active (button))
    return;

  /* "None of these" clears the others, and the others clear it. */
  if (self->indicator->kind == QZ_INDICATOR_MULTIPLE && gtk_check_button_get_active (button))
    {
      GPtrArray *options = option_list (self);
      guint index = 0;

      g_ptr_array_find (self->choices, button, &index);
      self->updating = TRUE;
      for (guint i = 0; i < self->choices->len; i++)
        {
          QzOption *option = g_ptr_array_index (options, i);
          QzOption *picked = g_ptr_array_index (options, index);

          if (i != index && (option->exclusive || picked->exclusive))
            gtk_check_button_set_active (g_ptr_array_index (self->choices, i), FALSE);
        }
      self->updating = FALSE;
    }

  self->answer->na = FALSE;
  gtk_check_button_set_active (self->na_check, FALSE);
  choices_to_answer (self);
  emit_edited (self);
}

static GtkWidget *
add_choice (QzIndicatorRow *self,
            guint           number,
            const char     *label,
            const char     *descriptor,
            GtkCheckButton *group)
{
  GtkWidget *button = gtk_check_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  g_autofree char *text = number != G_MAXUINT ? g_strdup_printf ("%u  %s", number, label) : g_strdup (label);

  gtk_label_set_label (GTK_LABEL (title), text);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (box), title);

  if (descriptor != NULL && descriptor[0] != '\0')
    {
      GtkWidget *detail = gtk_label_new (descriptor);

      gtk_label_set_xalign (GTK_LABEL (detail), 0);
      gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (detail), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (detail, "caption");
      gtk_widget_add_css_class (detail, "dim-label");
      gtk_box_append (GTK_BOX (box), detail);
    }

  /* Expanding, the words wrap at the row's width, not at the width
   * their height would allow. */
  gtk_widget_set_hexpand (box, TRUE);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (button), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, descriptor ? descriptor : "",
                                  -1);
  if (group != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (button), group);

  g_signal_connect_swapped (button, "toggled", G_CALLBACK (choice_toggled_cb), self);
  gtk_box_append (self->choices_box, button);
  g_ptr_array_add (self->choices, button);
  return button;
}

/* A choice typed or moved to with the keyboard. */
static void
choose_cb (guint    index,
           gpointer data)
{
  QzIndicatorRow *self = data;
  GtkCheckButton *button = g_ptr_array_index (self->choices, index);

  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (self->indicator->kind == QZ_INDICATOR_MULTIPLE)
    gtk_check_button_set_active (button, !gtk_check_button_get_active (button));
  else
    gtk_check_button_set_active (button, TRUE);
  /* A number chosen after its pause leaves the focus where it has gone. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (button));
}

static void
build_choices (QzIndicatorRow *self)
{
  GtkCheckButton *group = NULL;
  gboolean radio = self->indicator->kind != QZ_INDICATOR_MULTIPLE;

  if (has_grades (self))
    {
      group = GTK_CHECK_BUTTON (add_choice (self, 0, _("Not reached"), NULL, NULL));
      /* "Grade 1" already starts with its key. */
      for (guint i = 0; i < self->indicator->grades->len; i++)
        {
          g_autofree char *label = g_strdup_printf (_("Grade %u"), i + 1);
          add_choice (self, G_MAXUINT, label, qz_text_get (g_ptr_array_index (self->indicator->grades, i)), group);
        }
      self->keys = qz_choice_keys_new (self->choices, 0, choose_cb, self);
      return;
    }

  for (guint i = 0; i < option_list (self)->len; i++)
    {
      QzOption *option = g_ptr_array_index (option_list (self), i);
      GtkWidget *button = add_choice (self, i + 1, qz_text_get (&option->label),
                                      qz_text_get (&option->descriptor), group);

      if (radio && group == NULL)
        group = GTK_CHECK_BUTTON (button);
    }
  self->keys = qz_choice_keys_new (self->choices, 1, choose_cb, self);
}

static void
update_figure_label (QzIndicatorRow *self)
{
  double figure = qz_answer_get_figure (self->answer, self->indicator);
  g_autofree char *value = NULL;
  g_autofree char *text = NULL;

  if (self->figure_label == NULL)
    return;

  if (isnan (figure))
    {
      gtk_label_set_label (self->figure_label, "");
      return;
    }

  value = qz_input_format_amount (figure);
  text = g_strdup_printf ("= %s %s", value, self->indicator->unit ? self->indicator->unit : "");
  gtk_label_set_label (self->figure_label, text);
}

static void
keep_figure (QzIndicatorRow *self)
{
  self->kept[0] = self->answer->value;
  self->kept[1] = self->answer->numerator;
  self->kept[2] = self->answer->denominator;
}

/* What keeps the figure typed from being an answer, or NULL. */
static char *
figure_problem (QzIndicatorRow *self)
{
  const QzIndicator *indicator = self->indicator;
  g_autofree char *min = qz_input_format_amount (indicator->min);
  g_autofree char *max = isnan (indicator->max) ? NULL : qz_input_format_amount (indicator->max);
  const char *unit = indicator->unit ? indicator->unit : "";

  if (qz_answer_check (self->answer, self->framework, indicator, NULL))
    return NULL;

  if (!isnan (self->answer->numerator) && !(self->answer->denominator > 0))
    return g_strdup (_("The counts must be numbers, with a total above zero."));
  if (max == NULL)
    /* Translators: the lowest figure, then its unit */
    return g_strdup_printf (_("The figure must be %s %s or more."), min, unit);
  /* Translators: the lowest and highest figures, then their unit */
  return g_strdup_printf (_("The figure must be between %s and %s %s."), min, max, unit);
}

/* The figure's fields are described by the message under them, their
 * error while it says what is wrong. */
static void
link_figure_message (QzIndicatorRow *self,
                     gboolean        invalid)
{
  GtkEntry *entries[] = { self->value_entry, self->numerator_entry, self->denominator_entry };

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    if (entries[i] != NULL)
      qz_accessible_set_error (GTK_WIDGET (entries[i]), GTK_WIDGET (self->figure_message), invalid);
}

static void
figure_changed_cb (QzIndicatorRow *self)
{
  double value = NAN, numerator = NAN, denominator = NAN;
  g_autofree char *problem = NULL;
  gboolean ok;

  if (self->updating)
    return;

  ok = qz_input_parse_amount (gtk_editable_get_text (GTK_EDITABLE (self->value_entry)), &value, NULL);
  if (self->numerator_entry != NULL)
    ok &= qz_input_parse_amount (gtk_editable_get_text (GTK_EDITABLE (self->numerator_entry)), &numerator, NULL) &&
          qz_input_parse_amount (gtk_editable_get_text (GTK_EDITABLE (self->denominator_entry)), &denominator, NULL);

  /* A typed figure wins over counts; counts need both parts. */
  self->answer->value = value >= 0 ? value : NAN;
  self->answer->numerator = value < 0 && numerator >= 0 && denominator > 0 ? numerator : NAN;
  self->answer->denominator = value < 0 && numerator >= 0 && denominator > 0 ? denominator : NAN;
  problem = ok ? figure_problem (self) : g_strdup (_("Enter the figure in numbers, such as 85 or 85.5."));

  /* Said under the field, in words, while typing; the answer keeps the
   * figure last right, which is what the row reports until this one is. */
  gtk_label_set_text (self->figure_message, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->figure_message), problem != NULL);
  link_figure_message (self, problem != NULL);
  if (problem != NULL)
    {
      gboolean restored = self->cleared;

      if (self->cleared)
        {
          /* Emptied only on the way to this: the figure stays as it was. */
          memcpy (self->kept, self->before_clear, sizeof self->kept);
          self->cleared = FALSE;
        }
      self->answer->value = self->kept[0];
      self->answer->numerator = self->kept[1];
      self->answer->denominator = self->kept[2];
      /* "= 80 %" beside a figure that is not it would mislead. */
      gtk_label_set_label (self->figure_label, "");
      if (restored)
        emit_edited (self);
      return;
    }
  if (isnan (self->answer->value) && isnan (self->answer->numerator) && !self->cleared)
    {
      memcpy (self->before_clear, self->kept, sizeof self->kept);
      self->cleared = TRUE;
    }
  else if (!isnan (self->answer->value) || !isnan (self->answer->numerator))
    self->cleared = FALSE;
  keep_figure (self);
  self->answer->na = FALSE;
  gtk_check_button_set_active (self->na_check, FALSE);
  update_figure_label (self);
  emit_edited (self);
}

static GtkEntry *
add_figure_entry (QzIndicatorRow *self,
                  GtkBox         *box,
                  const char     *label)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
  /* All three the same width, whatever room the row has. */
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 10);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 10);
  gtk_widget_set_hexpand (entry, FALSE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), label);
  gtk_widget_set_tooltip_text (entry, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (figure_changed_cb), self);
  g_signal_connect_swapped (entry, "activate", G_CALLBACK (emit_edited), self);
  gtk_box_append (box, entry);
  return GTK_ENTRY (entry);
}

/* The figure, its counts, what they make and the target go on to the
 * next line where the row is narrow. */
static void
build_figure (QzIndicatorRow *self)
{
  GtkWidget *line = qz_wrap_box_new (6, 6);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label;
  g_autofree char *value_label = NULL;

  value_label = self->indicator->unit
                ? g_strdup_printf (_("Figure (%s)"), self->indicator->unit)
                : g_strdup (_("Figure"));
  self->value_entry = add_figure_entry (self, GTK_BOX (box), value_label);
  qz_wrap_box_append (QZ_WRAP_BOX (line), box);

  if (self->indicator->has_ratio)
    {
      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      qz_wrap_box_append (QZ_WRAP_BOX (line), box);
      label = gtk_label_new (_("or"));
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
      self->numerator_entry = add_figure_entry (self, GTK_BOX (box), qz_text_get (&self->indicator->numerator));
      gtk_box_append (GTK_BOX (box), gtk_label_new ("/"));
      self->denominator_entry = add_figure_entry (self, GTK_BOX (box), qz_text_get (&self->indicator->denominator));
    }

  label = gtk_label_new (NULL);
  gtk_widget_set_name (label, "figure");
  gtk_widget_add_css_class (label, "numeric");
  self->figure_label = GTK_LABEL (label);
  qz_wrap_box_append (QZ_WRAP_BOX (line), label);

  if (self->indicator->has_target)
    {
      g_autofree char *text = qz_indicator_dup_target_text (self->indicator);

      label = gtk_label_new (text);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      qz_wrap_box_append (QZ_WRAP_BOX (line), label);
    }

  gtk_box_append (self->choices_box, line);

  self->figure_message = g_object_new (GTK_TYPE_LABEL, "accessible-role", GTK_ACCESSIBLE_ROLE_ALERT, NULL);
  gtk_widget_set_name (GTK_WIDGET (self->figure_message), "figure-message");
  gtk_label_set_xalign (self->figure_message, 0);
  gtk_label_set_wrap (self->figure_message, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->figure_message), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->figure_message), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->figure_message), FALSE);
  gtk_box_append (self->choices_box, GTK_WIDGET (self->figure_message));
  link_figure_message (self, FALSE);
}

static void
na_toggled_cb (QzIndicatorRow *self)
{
  if (self->updating)
    return;

  self->answer->na = gtk_check_button_get_active (self->na_check);
  emit_edited (self);
}

/* Whether the note stays out of the report: as the expert marked it, or
 * the default, which follows the flag. */
static void
show_note_internal (QzIndicatorRow *self)
{
  gboolean updating = self->updating;

  self->updating = TRUE;
  gtk_toggle_button_set_active (self->note_internal_button, qz_answer_note_is_internal (self->answer));
  self->updating = updating;
}

static void
note_internal_toggled_cb (QzIndicatorRow *self)
{
  if (self->updating)
    return;

  self->answer->note_internal = gtk_toggle_button_get_active (self->note_internal_button);
  emit_edited (self);
}

static void
flag_toggled_cb (QzIndicatorRow *self)
{
  if (self->updating)
    return;

  self->answer->flagged = gtk_toggle_button_get_active (self->flag_button);
  show_note_internal (self);
  emit_edited (self);
}

/* Flagged, the row says so at a glance: a bar along its edge, the flag
 * in the warning colour with its words (style.css). */
static void
flag_shown_cb (QzIndicatorRow *self)
{
  if (gtk_toggle_button_get_active (self->flag_button))
    gtk_widget_add_css_class (GTK_WIDGET (self), "qz-flagged");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "qz-flagged");
}

static void
note_changed_cb (QzIndicatorRow *self)
{
  if (self->updating)
    return;

  g_free (self->answer->note);
  self->answer->note = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry)));
  emit_edited (self);
}

static void
confirm_clicked_cb (QzIndicatorRow *self)
{
  g_signal_emit (self, signals[CONFIRM_ANSWER], 0);
}

static void
add_photo_clicked_cb (QzIndicatorRow *self)
{
  g_signal_emit (self, signals[ADD_PHOTO], 0);
}

static void
remove_photo_clicked_cb (GtkButton      *button,
                         QzIndicatorRow *self)
{
  g_signal_emit (self, signals[REMOVE_PHOTO], 0, g_object_get_data (G_OBJECT (button), "qz-evidence"));
}

static void
caption_changed_cb (GtkEditable    *entry,
                    QzIndicatorRow *self)
{
  g_signal_emit (self, signals[CAPTION_CHANGED], 0, g_object_get_data (G_OBJECT (entry), "qz-evidence"),
                 gtk_editable_get_text (entry));
}

/**
 * qz_indicator_row_clear:
 * @self: a #QzIndicatorRow
 *
 * Takes back the choice or figure (and N/A), keeping the note, flag and
 * photos: the indicator is unanswered again.
 */
void
qz_indicator_row_clear (QzIndicatorRow *self)
{
  g_autoptr(QzAnswer) cleared = NULL;

  g_return_if_fail (QZ_IS_INDICATOR_ROW (self));

  cleared = qz_answer_new ();
  cleared->note = g_strdup (self->answer->note);
  cleared->flagged = self->answer->flagged;
  cleared->note_internal = self->answer->note_internal;
  qz_indicator_row_set_answer (self, cleared);
  emit_edited (self);
}

/**
 * qz_indicator_row_flush:
 * @self: a #QzIndicatorRow
 *
 * Chooses, now, the option of a number still being typed (a second digit
 * may follow the first among ten or more options). Everything else is
 * reported as it changes.
 */
void
qz_indicator_row_flush (QzIndicatorRow *self)
{
  g_return_if_fail (QZ_IS_INDICATOR_ROW (self));

  if (self->keys != NULL)
    qz_choice_keys_flush (self->keys);
}

/* Number keys choose (qz-choice-keys.c): 1 the first option (0 "not
 * reached" for a scenario), 10 and on typed as two digits; they toggle in
 * a multiple choice. Up and Down go from option to option. Entries take
 * digits themselves first. Delete takes the answer back. */
static gboolean
key_pressed_cb (QzIndicatorRow  *self,
                guint            keyval,
                guint            keycode,
                GdkModifierType  state)
{
  gunichar c = gdk_keyval_to_unicode (keyval);

  if (self->read_only && (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) == 0 &&
      (keyval == GDK_KEY_Delete || keyval == GDK_KEY_KP_Delete || (c >= '0' && c <= '9')))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return GDK_EVENT_STOP;
    }

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) == 0 && (keyval == GDK_KEY_Delete || keyval == GDK_KEY_KP_Delete))
    {
      qz_indicator_row_clear (self);
      return GDK_EVENT_STOP;
    }

  if (self->keys != NULL && qz_choice_keys_press (self->keys, keyval, state))
    return GDK_EVENT_STOP;
  return GDK_EVENT_PROPAGATE;
}

static void
qz_indicator_row_dispose (GObject *object)
{
  QzIndicatorRow *self = (QzIndicatorRow *)object;

  /* The page flushes its rows before it lets them go; a number still
   * being typed is dropped here, where the page may be half gone. */
  g_clear_pointer (&self->keys, qz_choice_keys_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), QZ_TYPE_INDICATOR_ROW);

  G_OBJECT_CLASS (qz_indicator_row_parent_class)->dispose (object);
}

static void
qz_indicator_row_finalize (GObject *object)
{
  QzIndicatorRow *self = (QzIndicatorRow *)object;

  g_clear_pointer (&self->answer, qz_answer_free);
  g_clear_pointer (&self->choices, g_ptr_array_unref);

  G_OBJECT_CLASS (qz_indicator_row_parent_class)->finalize (object);
}

static void
qz_indicator_row_class_init (QzIndicatorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qz_indicator_row_dispose;
  object_class->finalize = qz_indicator_row_finalize;

  /**
   * QzIndicatorRow::answer-edited:
   * @self: the row
   * @answer: (type gpointer): the whole answer as the user left it
   */
  signals[ANSWER_EDITED] =
    g_signal_new ("answer-edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  /**
   * QzIndicatorRow::add-photo:
   * @self: the row
   *
   * The user asks to attach photos to the answer.
   */
  signals[ADD_PHOTO] =
    g_signal_new ("add-photo", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * QzIndicatorRow::remove-photo:
   * @self: the row
   * @evidence_uuid: the photo to remove
   */
  signals[REMOVE_PHOTO] =
    g_signal_new ("remove-photo", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * QzIndicatorRow::confirm-answer:
   * @self: the row
   *
   * The user confirms an answer copied from the previous visit as it is.
   */
  signals[CONFIRM_ANSWER] =
    g_signal_new ("confirm-answer", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * QzIndicatorRow::caption-changed:
   * @self: the row
   * @evidence_uuid: the photo
   * @caption: its new caption
   */
  signals[CAPTION_CHANGED] =
    g_signal_new ("caption-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/qizhen/Qizhen/ui/qz-indicator-row.ui");
  gtk_widget_class_bind_template_child (widget_class, QzIndicatorRow, header_box);
  gtk_widget_class_bind_template_child (widget_class, QzIndicatorRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, QzIndicatorRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, QzIndicatorRow, points_label);
  gtk_widget_class_bind_template_child (widget_class, QzIndicatorRow, flag_button);
  gtk_widget_class_bind_template_child (widget_class, QzIndicatorRow, hint_label);
  gtk_widget_class_bind_template_child (widget_class, QzIndicatorRow, choices_box);
  gtk_widget_class_bind_template_child (widget_class, QzIndicatorRow, na_check);
  gtk_widget_class_bind_template_child (widget_class, QzIndicatorRow, note_entry);
  gtk_widget_class_bind_template_child (widget_class, QzIndicatorRow, photos_box);
  gtk_widget_class_bind_template_child (widget_class, QzIndicatorRow, review_box);
  gtk_widget_class_bind_template_child (widget_class, QzIndicatorRow, confirm_button);
  gtk_widget_class_bind_template_child (widget_class, QzIndicatorRow, add_photo_button);
  gtk_widget_class_bind_template_callback (widget_class, confirm_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_photo_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, na_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, flag_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, flag_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, note_changed_cb);
  gtk_widget_class_bind_template_child (widget_class, QzIndicatorRow, note_internal_button);
  gtk_widget_class_bind_template_callback (widget_class, note_internal_toggled_cb);
}

static void
qz_indicator_row_init (QzIndicatorRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->answer = qz_answer_new ();
  keep_figure (self);
  self->choices = g_ptr_array_new ();
}

/**
 * qz_indicator_row_new:
 * @framework: the framework of @indicator
 * @indicator: the indicator shown
 * @number: its number in the checklist, from 1
 *
 * Returns: (transfer floating): a new row
 */
QzIndicatorRow *
qz_indicator_row_new (QzFramework       *framework,
                      const QzIndicator *indicator,
                      guint              number)
{
  QzIndicatorRow *self = g_object_new (QZ_TYPE_INDICATOR_ROW, NULL);
  g_autofree char *number_text = g_strdup_printf ("%u", number);
  const char *hint = qz_text_get (&indicator->evidence);

  self->framework = framework;
  self->indicator = indicator;
  self->number = number;

  gtk_label_set_label (self->number_label, number_text);
  gtk_label_set_label (self->title_label, qz_text_get (&indicator->title));
  gtk_label_set_label (self->hint_label, hint);
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), hint[0] != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->na_check), indicator->na_allowed);

  if (indicator->kind == QZ_INDICATOR_FIGURE)
    build_figure (self);
  else
    build_choices (self);
  update_name (self);

  /* A choice's programme line is the city's, shown below the options. */
  if (indicator->has_target && indicator->kind != QZ_INDICATOR_FIGURE)
    {
      g_autofree char *text = qz_indicator_dup_target_text (indicator);
      GtkWidget *label = gtk_label_new (text);

      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (self->choices_box, label);
    }

  return self;
}

/**
 * qz_indicator_row_get_indicator:
 * @self: a #QzIndicatorRow
 *
 * Returns: the indicator shown
 */
const QzIndicator *
qz_indicator_row_get_indicator (QzIndicatorRow *self)
{
  g_return_val_if_fail (QZ_IS_INDICATOR_ROW (self), NULL);
  return self->indicator;
}

static void
set_entry_number (GtkEntry *entry,
                  double    value)
{
  g_autofree char *text = qz_input_format_amount (isnan (value) ? -1 : value);

  if (entry != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

/**
 * qz_indicator_row_set_answer:
 * @self: a #QzIndicatorRow
 * @answer: (nullable): the stored answer, or %NULL for none
 *
 * Shows @answer, without reporting it as an edit.
 */
void
qz_indicator_row_set_answer (QzIndicatorRow *self,
                             const QzAnswer *answer)
{
  GPtrArray *options;

  g_return_if_fail (QZ_IS_INDICATOR_ROW (self));

  if (self->emitting)
    return;

  qz_answer_free (self->answer);
  self->answer = answer ? qz_answer_copy (answer) : qz_answer_new ();

  self->updating = TRUE;
  options = option_list (self);
  for (guint i = 0; i < self->choices->len; i++)
    {
      gboolean active;

      if (has_grades (self))
        active = self->answer->grade == (int) i;
      else
        active = self->answer->options != NULL &&
                 g_strv_contains ((const char * const *) self->answer->options,
                                  ((QzOption *) g_ptr_array_index (options, i))->id);
      gtk_check_button_set_active (g_ptr_array_index (self->choices, i), active);
    }

  set_entry_number (self->value_entry, self->answer->value);
  set_entry_number (self->numerator_entry, self->answer->numerator);
  set_entry_number (self->denominator_entry, self->answer->denominator);
  keep_figure (self);
  self->cleared = FALSE;
  if (self->figure_message != NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->figure_message), FALSE);
      link_figure_message (self, FALSE);
    }
  update_figure_label (self);
  gtk_check_button_set_active (self->na_check, self->answer->na);
  gtk_toggle_button_set_active (self->flag_button, self->answer->flagged);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->note_entry)), self->answer->note ? self->answer->note : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->note_entry), self->answer->note ? self->answer->note : "");
  show_note_internal (self);
  self->updating = FALSE;
  update_name (self);
}

/**
 * qz_indicator_row_set_score:
 * @self: a #QzIndicatorRow
 * @score: (nullable): the indicator's score
 *
 * Shows the points the answer gives, "N/A", or nothing for scenarios.
 */
void
qz_indicator_row_set_score (QzIndicatorRow    *self,
                            const QzNodeScore *score)
{
  g_autofree char *text = NULL;

  g_return_if_fail (QZ_IS_INDICATOR_ROW (self));

  if (score == NULL || score->max <= 0)
    text = g_strdup ("");
  else if (score->na)
    text = g_strdup (_("N/A"));
  else
    {
      g_autofree char *points = qz_input_format_amount (score->points);
      g_autofree char *max = qz_input_format_amount (score->max);

      /* Translators: points won of the maximum, e.g. "4.5 / 6" */
      text = g_strdup_printf (_("%s / %s"), points, max);
    }

  gtk_label_set_label (self->points_label, text);
}

/**
 * qz_indicator_row_focus:
 * @self: a #QzIndicatorRow
 *
 * Moves the keyboard focus to the row's chosen option, its first one, or
 * its figure.
 */
void
qz_indicator_row_focus (QzIndicatorRow *self)
{
  g_return_if_fail (QZ_IS_INDICATOR_ROW (self));

  for (guint i = 0; i < self->choices->len; i++)
    {
      if (gtk_check_button_get_active (g_ptr_array_index (self->choices, i)))
        {
          gtk_widget_grab_focus (g_ptr_array_index (self->choices, i));
          return;
        }
    }

  if (self->choices->len > 0)
    gtk_widget_grab_focus (g_ptr_array_index (self->choices, 0));
  else if (self->value_entry != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->value_entry));
}

/**
 * qz_indicator_row_clear_photos:
 * @self: a #QzIndicatorRow
 *
 * Removes the photos shown, before they are shown again.
 */
void
qz_indicator_row_clear_photos (QzIndicatorRow *self)
{
  GtkWidget *child;

  g_return_if_fail (QZ_IS_INDICATOR_ROW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->photos_box))) != NULL)
    gtk_flow_box_remove (self->photos_box, child);
  gtk_widget_set_visible (GTK_WIDGET (self->photos_box), FALSE);
}

/* A photo's remove button and caption follow whether the row is editable. */
static void
set_photo_editable (GtkWidget *widget,
                    gboolean   editable)
{
  if (GTK_IS_BUTTON (widget))
    gtk_widget_set_visible (widget, editable);
  else if (GTK_IS_EDITABLE (widget))
    gtk_editable_set_editable (GTK_EDITABLE (widget), editable);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    set_photo_editable (child, editable);
}

/**
 * qz_indicator_row_add_photo:
 * @self: a #QzIndicatorRow
 * @evidence_uuid: the photo's evidence UUID
 * @thumbnail: (nullable): its thumbnail
 * @caption: its caption
 *
 * Shows one photo with its caption, editable, and a button to remove it.
 */
void
qz_indicator_row_add_photo (QzIndicatorRow *self,
                            const char     *evidence_uuid,
                            GdkTexture     *thumbnail,
                            const char     *caption)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *picture = gtk_picture_new_for_paintable (GDK_PAINTABLE (thumbnail));
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *open;

  g_return_if_fail (QZ_IS_INDICATOR_ROW (self));

  gtk_widget_set_size_request (picture, 128, 96);
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_picture_set_alternative_text (GTK_PICTURE (picture), caption[0] ? caption : _("Photo"));
  /* A click shows it large (checklist.open-photo, qz-checklist-photos.c). */
  open = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (open), picture);
  gtk_widget_add_css_class (open, "flat");
  gtk_widget_set_halign (open, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (open, _("Show Large"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show the photo large"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, caption, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "checklist.open-photo");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (open), g_variant_new_string (evidence_uuid));
  gtk_overlay_set_child (GTK_OVERLAY (overlay), open);

  gtk_widget_set_halign (remove, GTK_ALIGN_END);
  gtk_widget_set_valign (remove, GTK_ALIGN_START);
  gtk_widget_set_margin_top (remove, 4);
  gtk_widget_set_margin_end (remove, 4);
  gtk_widget_add_css_class (remove, "osd");
  gtk_widget_add_css_class (remove, "circular");
  gtk_widget_set_tooltip_text (remove, _("Remove Photo"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove photo"), -1);
  g_object_set_data_full (G_OBJECT (remove), "qz-evidence", g_strdup (evidence_uuid), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_photo_clicked_cb), self);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), remove);

  gtk_editable_set_text (GTK_EDITABLE (entry), caption);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Caption"));
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Caption"), -1);
  g_object_set_data_full (G_OBJECT (entry), "qz-evidence", g_strdup (evidence_uuid), g_free);
  g_signal_connect (entry, "changed", G_CALLBACK (caption_changed_cb), self);

  gtk_box_append (GTK_BOX (box), overlay);
  gtk_box_append (GTK_BOX (box), entry);
  set_photo_editable (box, !self->read_only);
  gtk_flow_box_append (self->photos_box, box);
  gtk_widget_set_visible (GTK_WIDGET (self->photos_box), TRUE);
}

/**
 * qz_indicator_row_set_read_only:
 * @self: a #QzIndicatorRow
 * @read_only: whether the answer is part of a record
 *
 * A read-only row shows its answer, note, flag and photos and lets none
 * of them change: the choices and figures, N/A and the flag are
 * insensitive, the note and captions cannot be typed in, and photos can
 * be neither added nor removed.
 */
void
qz_indicator_row_set_read_only (QzIndicatorRow *self,
                                gboolean        read_only)
{
  g_return_if_fail (QZ_IS_INDICATOR_ROW (self));

  if (self->read_only == read_only)
    return;

  if (read_only)
    qz_indicator_row_flush (self);
  self->read_only = read_only;
  gtk_widget_set_sensitive (GTK_WIDGET (self->choices_box), !read_only);
  gtk_widget_set_sensitive (GTK_WIDGET (self->na_check), !read_only);
  gtk_widget_set_sensitive (GTK_WIDGET (self->flag_button), !read_only);
  gtk_widget_set_sensitive (self->add_photo_button, !read_only);
  gtk_widget_set_sensitive (GTK_WIDGET (self->note_internal_button), !read_only);
  gtk_widget_set_sensitive (self->confirm_button, !read_only);
  gtk_editable_set_editable (GTK_EDITABLE (self->note_entry), !read_only);
  set_photo_editable (GTK_WIDGET (self->photos_box), !read_only);
}

/**
 * qz_indicator_row_get_read_only:
 * @self: a #QzIndicatorRow
 *
 * Returns: whether the row lets nothing change
 */
gboolean
qz_indicator_row_get_read_only (QzIndicatorRow *self)
{
  g_return_val_if_fail (QZ_IS_INDICATOR_ROW (self), FALSE);
  return self->read_only;
}

/**
 * qz_indicator_row_set_review:
 * @self: a #QzIndicatorRow
 * @review: whether the answer, copied from the previous visit, waits for
 *   the expert to change or confirm it
 */
void
qz_indicator_row_set_review (QzIndicatorRow *self,
                             gboolean        review)
{
  g_return_if_fail (QZ_IS_INDICATOR_ROW (self));

  gtk_widget_set_visible (self->review_box, review);
  update_name (self);
  if (review)
    gtk_widget_add_css_class (GTK_WIDGET (self), "qz-to-review");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "qz-to-review");
}

/**
 * qz_indicator_row_focus_review:
 * @self: a #QzIndicatorRow
 *
 * Moves the keyboard focus to the row's Confirm button, when it waits
 * for review, else to its answer.
 */
void
qz_indicator_row_focus_review (QzIndicatorRow *self)
{
  g_return_if_fail (QZ_IS_INDICATOR_ROW (self));

  if (gtk_widget_get_visible (self->review_box) && gtk_widget_get_sensitive (self->confirm_button))
    gtk_widget_grab_focus (self->confirm_button);
  else
    qz_indicator_row_focus (self);
}

/**
 * qz_indicator_row_add_header_widget:
 * @self: a #QzIndicatorRow
 * @widget: (transfer floating): a small widget, such as the answer's history button
 *
 * Puts @widget at the end of the row's title line.
 */
void
qz_indicator_row_add_header_widget (QzIndicatorRow *self,
                                    GtkWidget      *widget)
{
  g_return_if_fail (QZ_IS_INDICATOR_ROW (self));

  gtk_box_append (self->header_box, widget);
}
