/* qz-radar-view.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-radar-view"

#include "qz-config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "qz-input.h"
#include "qz-radar-view.h"

/* The radar chart on screen: drawn by qz_radar_render() in the palette of
 * the current style, with a tooltip per axis and a description of the
 * values in words for screen readers. */
struct _QzRadarView
{
  GtkWidget      parent_instance;

  QzRadarData   *data;
  QzRadarLayout *layout;     /* of the last drawing, for tooltips */
};

G_DEFINE_FINAL_TYPE (QzRadarView, qz_radar_view, GTK_TYPE_WIDGET)

static char *
format_value (double value)
{
  return isnan (value) ? g_strdup (_("N/A")) : qz_input_format_amount (value);
}

static void
qz_radar_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  QzRadarView *self = QZ_RADAR_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  QzChartStyle style = {
    adw_style_manager_get_dark (adw_style_manager_get_default ()),
    "Noto Sans CJK SC, Sans",
    13,
  };
  cairo_t *cr;

  if (self->data == NULL || self->data->labels->len < 3 || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  qz_radar_layout_free (self->layout);
  self->layout = qz_radar_render (cr, self->data, &style, width, height);
  cairo_destroy (cr);
}

/**
 * qz_radar_view_dup_axis_tooltip:
 * @self: a #QzRadarView
 * @x: a point of the widget
 * @y: a point of the widget
 *
 * Returns: (transfer full) (nullable): the axis nearest the point, with
 *   each series' value on it, or %NULL away from the plot
 */
char *
qz_radar_view_dup_axis_tooltip (QzRadarView *self,
                                double       x,
                                double       y)
{
  GString *text;
  guint n, axis;
  double angle;

  g_return_val_if_fail (QZ_IS_RADAR_VIEW (self), NULL);

  if (self->layout == NULL || self->data == NULL ||
      hypot (x - self->layout->cx, y - self->layout->cy) > self->layout->radius * 1.15)
    return NULL;

  n = self->data->labels->len;
  angle = atan2 (x - self->layout->cx, self->layout->cy - y);
  if (angle < 0)
    angle += 2 * G_PI;
  axis = (guint) lround (angle / (2 * G_PI / n)) % n;

  text = g_string_new (g_ptr_array_index (self->data->labels, axis));
  for (guint s = 0; s < self->data->series->len; s++)
    {
      QzRadarSeries *series = g_ptr_array_index (self->data->series, s);
      g_autofree char *value = format_value (series->values[axis]);

      g_string_append_printf (text, "\n%s: %s", series->name, value);
    }

  return g_string_free (text, FALSE);
}

static gboolean
query_tooltip_cb (QzRadarView *self,
                  int          x,
                  int          y,
                  gboolean     keyboard,
                  GtkTooltip  *tooltip)
{
  g_autofree char *text = qz_radar_view_dup_axis_tooltip (self, x, y);

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/**
 * qz_radar_view_dup_description:
 * @self: a #QzRadarView
 *
 * Returns: (transfer full): the chart in words: each axis with the values
 *   of every series
 */
char *
qz_radar_view_dup_description (QzRadarView *self)
{
  GString *text = g_string_new (_("Radar chart."));

  g_return_val_if_fail (QZ_IS_RADAR_VIEW (self), NULL);

  for (guint i = 0; self->data != NULL && i < self->data->labels->len; i++)
    {
      g_string_append_printf (text, " %s:", (char *) g_ptr_array_index (self->data->labels, i));
      for (guint s = 0; s < self->data->series->len; s++)
        {
          QzRadarSeries *series = g_ptr_array_index (self->data->series, s);
          g_autofree char *value = format_value (series->values[i]);

          /* Translators: a series' name and its value on an axis, in a list */
          g_string_append_printf (text, _(" %s %s;"), series->name, value);
        }
    }

  return g_string_free (text, FALSE);
}

static void
qz_radar_view_finalize (GObject *object)
{
  QzRadarView *self = (QzRadarView *)object;

  g_clear_pointer (&self->data, qz_radar_data_free);
  g_clear_pointer (&self->layout, qz_radar_layout_free);

  G_OBJECT_CLASS (qz_radar_view_parent_class)->finalize (object);
}

static void
qz_radar_view_class_init (QzRadarViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = qz_radar_view_finalize;
  widget_class->snapshot = qz_radar_view_snapshot;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
qz_radar_view_init (QzRadarView *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

/**
 * qz_radar_view_take_data:
 * @self: a #QzRadarView
 * @data: (transfer full) (nullable): the chart to show
 */
void
qz_radar_view_take_data (QzRadarView *self,
                         QzRadarData *data)
{
  g_autofree char *description = NULL;

  g_return_if_fail (QZ_IS_RADAR_VIEW (self));

  g_clear_pointer (&self->data, qz_radar_data_free);
  g_clear_pointer (&self->layout, qz_radar_layout_free);
  self->data = data;

  description = qz_radar_view_dup_description (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
