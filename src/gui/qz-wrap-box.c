/* qz-wrap-box.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-wrap-box"

#include "qz-config.h"

#include "qz-wrap-box.h"

/* Children side by side, each at its natural width, going on to a new
 * line where the width runs out: a bar of buttons and labels that fits a
 * wide window and half a laptop screen alike (libadwaita has no wrap box
 * before 1.7). Children that expand share what their line has left. */
struct _QzWrapBox
{
  GtkWidget parent_instance;

  int       spacing;
  int       line_spacing;
};

static void qz_wrap_box_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (QzWrapBox, qz_wrap_box, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, qz_wrap_box_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

enum {
  PROP_0,
  PROP_SPACING,
  PROP_LINE_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Where one child goes. */
typedef struct
{
  GtkWidget *child;
  guint      line;
  int        x;
  int        width;
} Place;

/* A line's height, as the tallest of its children needs it. */
typedef struct
{
  int min;
  int nat;
} Line;

/* Gives what a line has left to those of its children that expand, and
 * sets their positions. */
static void
finish_line (QzWrapBox *self,
             GArray    *places,
             guint      first,
             guint      end,
             int        width)
{
  int used = 0, x = 0;
  guint n_expand = 0, k = 0;

  for (guint i = first; i < end; i++)
    {
      Place *place = &g_array_index (places, Place, i);

      used += place->width + (i > first ? self->spacing : 0);
      n_expand += gtk_widget_compute_expand (place->child, GTK_ORIENTATION_HORIZONTAL);
    }

  for (guint i = first; i < end; i++)
    {
      Place *place = &g_array_index (places, Place, i);

      if (n_expand > 0 && width > used && gtk_widget_compute_expand (place->child, GTK_ORIENTATION_HORIZONTAL))
        {
          int rest = width - used;

          /* The last to expand takes the remainder of the division. */
          k++;
          place->width += k < n_expand ? rest / (int) n_expand : rest - (rest / (int) n_expand) * (int) (n_expand - 1);
        }
      place->x = x;
      x += place->width + self->spacing;
    }
}

/* Lays the shown children out in @width: their places, and the lines'
 * heights. Returns the number of lines. */
static guint
lay_out (QzWrapBox *self,
         int        width,
         GArray    *places,
         GArray    *lines)
{
  guint first = 0, line = 0;
  int x = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      Place place = { child, 0, 0, 0 };
      int min, nat;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
      place.width = MAX (min, MIN (nat, width));
      if (places->len > first && x + self->spacing + place.width > width)
        {
          finish_line (self, places, first, places->len, width);
          first = places->len;
          line++;
          x = 0;
        }
      place.line = line;
      x += (places->len > first ? self->spacing : 0) + place.width;
      g_array_append_val (places, place);
    }
  finish_line (self, places, first, places->len, width);
  g_array_set_size (lines, places->len > 0 ? line + 1 : 0);

  for (guint i = 0; i < places->len; i++)
    {
      Place *place = &g_array_index (places, Place, i);
      Line *height = &g_array_index (lines, Line, place->line);
      int min, nat;

      gtk_widget_measure (place->child, GTK_ORIENTATION_VERTICAL, place->width, &min, &nat, NULL, NULL);
      height->min = MAX (height->min, min);
      height->nat = MAX (height->nat, nat);
    }

  return lines->len;
}

static void
qz_wrap_box_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  QzWrapBox *self = QZ_WRAP_BOX (widget);
  g_autoptr(GArray) places = NULL;
  g_autoptr(GArray) lines = NULL;
  int n = 0;

  *minimum = *natural = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* At the narrowest, one child a line; at best, all on one. */
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
        {
          int min, nat;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, orientation, -1, &min, &nat, NULL, NULL);
          *minimum = MAX (*minimum, min);
          *natural += nat + (n++ > 0 ? self->spacing : 0);
        }
      return;
    }

  if (for_size < 0)
    qz_wrap_box_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &n, &for_size, NULL, NULL);

  places = g_array_new (FALSE, FALSE, sizeof (Place));
  lines = g_array_new (FALSE, TRUE, sizeof (Line));
  lay_out (self, for_size, places, lines);
  for (guint i = 0; i < lines->len; i++)
    {
      *minimum += g_array_index (lines, Line, i).min + (i > 0 ? self->line_spacing : 0);
      *natural += g_array_index (lines, Line, i).nat + (i > 0 ? self->line_spacing : 0);
    }
}

static void
qz_wrap_box_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  QzWrapBox *self = QZ_WRAP_BOX (widget);
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (Place));
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (Line));
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  gboolean natural = TRUE;
  int total = 0, y = 0;
  guint line = 0;

  lay_out (self, width, places, lines);
  for (guint i = 0; i < lines->len; i++)
    total += g_array_index (lines, Line, i).nat + (i > 0 ? self->line_spacing : 0);
  natural = total <= height;

  for (guint i = 0; i < places->len; i++)
    {
      Place *place = &g_array_index (places, Place, i);
      Line *current;

      for (; line < place->line; line++)
        y += (natural ? g_array_index (lines, Line, line).nat : g_array_index (lines, Line, line).min) +
             self->line_spacing;
      current = &g_array_index (lines, Line, line);
      gtk_widget_size_allocate (place->child,
                                &(GtkAllocation) {
                                  rtl ? width - place->x - place->width : place->x, y,
                                  place->width, natural ? current->nat : current->min
                                }, -1);
    }
}

static GtkSizeRequestMode
qz_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
qz_wrap_box_compute_expand (GtkWidget *widget,
                            gboolean  *hexpand,
                            gboolean  *vexpand)
{
  *hexpand = *vexpand = FALSE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      *hexpand |= gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL);
      *vexpand |= gtk_widget_compute_expand (child, GTK_ORIENTATION_VERTICAL);
    }
}

static void
qz_wrap_box_buildable_add_child (GtkBuildable *buildable,
                                 GtkBuilder   *builder,
                                 GObject      *child,
                                 const char   *type)
{
  if (type == NULL && GTK_IS_WIDGET (child))
    qz_wrap_box_append (QZ_WRAP_BOX (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
qz_wrap_box_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = qz_wrap_box_buildable_add_child;
}

static void
qz_wrap_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (qz_wrap_box_parent_class)->dispose (object);
}

static void
qz_wrap_box_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  QzWrapBox *self = QZ_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;

    case PROP_LINE_SPACING:
      g_value_set_int (value, self->line_spacing);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qz_wrap_box_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  QzWrapBox *self = QZ_WRAP_BOX (object);
  int *field = prop_id == PROP_SPACING ? &self->spacing : &self->line_spacing;

  switch (prop_id)
    {
    case PROP_SPACING:
    case PROP_LINE_SPACING:
      if (*field != g_value_get_int (value))
        {
          *field = g_value_get_int (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qz_wrap_box_class_init (QzWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qz_wrap_box_dispose;
  object_class->get_property = qz_wrap_box_get_property;
  object_class->set_property = qz_wrap_box_set_property;

  widget_class->measure = qz_wrap_box_measure;
  widget_class->size_allocate = qz_wrap_box_size_allocate;
  widget_class->get_request_mode = qz_wrap_box_get_request_mode;
  widget_class->compute_expand = qz_wrap_box_compute_expand;

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT16, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LINE_SPACING] =
    g_param_spec_int ("line-spacing", NULL, NULL, 0, G_MAXINT16, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "wrapbox");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
qz_wrap_box_init (QzWrapBox *self)
{
}

/**
 * qz_wrap_box_new:
 * @spacing: between children of a line
 * @line_spacing: between lines
 *
 * Returns: (transfer floating): a new, empty wrap box
 */
GtkWidget *
qz_wrap_box_new (int spacing,
                 int line_spacing)
{
  return g_object_new (QZ_TYPE_WRAP_BOX, "spacing", spacing, "line-spacing", line_spacing, NULL);
}

/**
 * qz_wrap_box_append:
 * @self: a #QzWrapBox
 * @child: a widget without a parent
 *
 * Adds @child after the others.
 */
void
qz_wrap_box_append (QzWrapBox *self,
                    GtkWidget *child)
{
  g_return_if_fail (QZ_IS_WRAP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child) && gtk_widget_get_parent (child) == NULL);

  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}

/**
 * qz_wrap_box_get_n_lines:
 * @self: a #QzWrapBox
 *
 * Returns: the number of lines at the width allocated, 0 when empty
 */
guint
qz_wrap_box_get_n_lines (QzWrapBox *self)
{
  g_autoptr(GArray) places = NULL;
  g_autoptr(GArray) lines = NULL;

  g_return_val_if_fail (QZ_IS_WRAP_BOX (self), 0);

  places = g_array_new (FALSE, FALSE, sizeof (Place));
  lines = g_array_new (FALSE, TRUE, sizeof (Line));
  return lay_out (self, gtk_widget_get_width (GTK_WIDGET (self)), places, lines);
}
