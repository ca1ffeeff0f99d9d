/* qz-chart-view.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-chart-view"

#include "qz-config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "qz-bar-chart.h"
#include "qz-chart-view.h"
#include "qz-enums.h"
#include "qz-input.h"
#include "qz-radar.h"

/* A chart on screen, as a radar or as bars: drawn by the renderer in the
 * palette of the current style, with a tooltip per axis and a description
 * of the values in words for screen readers. */
struct _QzChartView
{
  GtkWidget      parent_instance;

  QzChartKind    kind;
  QzChartData   *data;
  /* Of the last drawing, for tooltips: one of the two. */
  QzRadarLayout *radar;
  QzBarLayout   *bars;
};

G_DEFINE_FINAL_TYPE (QzChartView, qz_chart_view, GTK_TYPE_WIDGET)

/* A radar's height, in pixels, on the narrowest and widest pages. */
#define RADAR_MIN_HEIGHT 300
#define RADAR_MAX_HEIGHT 520

enum {
  PROP_0,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
format_value (double value)
{
  return isnan (value) ? g_strdup (_("N/A")) : qz_input_format_amount (value);
}

static void
clear_layouts (QzChartView *self)
{
  g_clear_pointer (&self->radar, qz_radar_layout_free);
  g_clear_pointer (&self->bars, qz_bar_layout_free);
}

static void
qz_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  QzChartView *self = QZ_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  QzChartStyle style = {
    adw_style_manager_get_dark (adw_style_manager_get_default ()),
    "Noto Sans CJK SC, Sans",
    13,
  };
  guint min_axes = self->kind == QZ_CHART_KIND_RADAR ? 3 : 1;
  cairo_t *cr;

  if (self->data == NULL || self->data->labels->len < min_axes || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  clear_layouts (self);
  if (self->kind == QZ_CHART_KIND_RADAR)
    self->radar = qz_radar_render (cr, self->data, &style, width, height);
  else
    self->bars = qz_bar_chart_render (cr, self->data, &style, width, height);
  cairo_destroy (cr);
}

/* A radar as tall as it is wide, up to its full height: on a narrow
 * window it shrinks instead of floating in empty space. Bars have the
 * height the page gives them. */
static void
qz_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  QzChartView *self = QZ_CHART_VIEW (widget);

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_VERTICAL && self->kind == QZ_CHART_KIND_RADAR)
    {
      *minimum = RADAR_MIN_HEIGHT;
      *natural = for_size < 0 ? RADAR_MAX_HEIGHT : CLAMP (for_size, RADAR_MIN_HEIGHT, RADAR_MAX_HEIGHT);
    }
}

static GtkSizeRequestMode
qz_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* The axis under a point of the last drawing, or -1. */
static int
axis_at (QzChartView *self,
         double       x,
         double       y)
{
  guint n = self->data->labels->len;
  double angle;

  if (self->bars != NULL)
    return qz_bar_layout_row_at (self->bars, x, y);

  if (self->radar == NULL ||
      hypot (x - self->radar->cx, y - self->radar->cy) > self->radar->radius * 1.15)
    return -1;

  angle = atan2 (x - self->radar->cx, self->radar->cy - y);
  if (angle < 0)
    angle += 2 * G_PI;
  return (int) (lround (angle / (2 * G_PI / n)) % n);
}

/**
 * qz_chart_view_dup_axis_tooltip:
 * @self: a #QzChartView
 * @x: a point of the widget
 * @y: a point of the widget
 *
 * Returns: (transfer full) (nullable): the axis at the point (on a radar
 *   the nearest one), with each series' value on it; %NULL away from the
 *   chart
 */
char *
qz_chart_view_dup_axis_tooltip (QzChartView *self,
                                double       x,
                                double       y)
{
  GString *text;
  int axis;

  g_return_val_if_fail (QZ_IS_CHART_VIEW (self), NULL);

  if (self->data == NULL || (axis = axis_at (self, x, y)) < 0)
    return NULL;

  text = g_string_new (g_ptr_array_index (self->data->labels, axis));
  for (guint s = 0; s < self->data->series->len; s++)
    {
      QzSeries *series = g_ptr_array_index (self->data->series, s);
      g_autofree char *value = format_value (series->values[axis]);

      g_string_append_printf (text, "\n%s: %s", series->name, value);
    }

  return g_string_free (text, FALSE);
}

static gboolean
query_tooltip_cb (QzChartView *self,
                  int          x,
                  int          y,
                  gboolean     keyboard,
                  GtkTooltip  *tooltip)
{
  g_autofree char *text = qz_chart_view_dup_axis_tooltip (self, x, y);

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/**
 * qz_chart_view_dup_description:
 * @self: a #QzChartView
 *
 * Returns: (transfer full): the chart in words: each axis with the values
 *   of every series
 */
char *
qz_chart_view_dup_description (QzChartView *self)
{
  GString *text;

  g_return_val_if_fail (QZ_IS_CHART_VIEW (self), NULL);

  text = g_string_new (self->kind == QZ_CHART_KIND_RADAR ? _("Radar chart.") : _("Bar chart."));
  for (guint i = 0; self->data != NULL && i < self->data->labels->len; i++)
    {
      g_string_append_printf (text, " %s:", (char *) g_ptr_array_index (self->data->labels, i));
      for (guint s = 0; s < self->data->series->len; s++)
        {
          QzSeries *series = g_ptr_array_index (self->data->series, s);
          g_autofree char *value = format_value (series->values[i]);

          /* Translators: a series' name and its value on an axis, in a list */
          g_string_append_printf (text, _(" %s %s;"), series->name, value);
        }
    }

  return g_string_free (text, FALSE);
}

static void
update_description (QzChartView *self)
{
  g_autofree char *description = qz_chart_view_dup_description (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

static void
qz_chart_view_finalize (GObject *object)
{
  QzChartView *self = (QzChartView *)object;

  g_clear_pointer (&self->data, qz_chart_data_free);
  clear_layouts (self);

  G_OBJECT_CLASS (qz_chart_view_parent_class)->finalize (object);
}

static void
qz_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  QzChartView *self = QZ_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qz_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  QzChartView *self = QZ_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      qz_chart_view_set_kind (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qz_chart_view_class_init (QzChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = qz_chart_view_finalize;
  object_class->get_property = qz_chart_view_get_property;
  object_class->set_property = qz_chart_view_set_property;
  widget_class->snapshot = qz_chart_view_snapshot;
  widget_class->measure = qz_chart_view_measure;
  widget_class->get_request_mode = qz_chart_view_get_request_mode;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       QZ_TYPE_CHART_KIND, QZ_CHART_KIND_RADAR,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
qz_chart_view_init (QzChartView *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

QzChartKind
qz_chart_view_get_kind (QzChartView *self)
{
  g_return_val_if_fail (QZ_IS_CHART_VIEW (self), QZ_CHART_KIND_RADAR);

  return self->kind;
}

void
qz_chart_view_set_kind (QzChartView *self,
                        QzChartKind  kind)
{
  g_return_if_fail (QZ_IS_CHART_VIEW (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  clear_layouts (self);
  update_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * qz_chart_view_take_data:
 * @self: a #QzChartView
 * @data: (transfer full) (nullable): the chart to show
 */
void
qz_chart_view_take_data (QzChartView *self,
                         QzChartData *data)
{
  g_return_if_fail (QZ_IS_CHART_VIEW (self));

  g_clear_pointer (&self->data, qz_chart_data_free);
  clear_layouts (self);
  self->data = data;

  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * qz_chart_view_get_n_axes:
 * @self: a #QzChartView
 *
 * Returns: how many axes the chart shown has, 0 for none
 */
guint
qz_chart_view_get_n_axes (QzChartView *self)
{
  g_return_val_if_fail (QZ_IS_CHART_VIEW (self), 0);

  return self->data != NULL ? self->data->labels->len : 0;
}
