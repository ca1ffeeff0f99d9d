/* qz-chart.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-chart"

#include "qz-config.h"

#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "qz-atomic-file.h"
#include "qz-chart.h"

/* What an assessment's radar shows: a points framework's scored areas in
 * % of their maximum, a maturity framework's dimensions on their S scale;
 * with the target level, an earlier assessment and the industry average
 * as further series. */

#define EXPORT_WIDTH 1000
#define EXPORT_HEIGHT 900

G_DEFINE_QUARK (qz-chart-error-quark, qz_chart_error)

static gboolean
maturity (QzFramework *framework)
{
  return qz_framework_get_method (framework) == QZ_SCORING_MATURITY;
}

/* The chart's axes: node ids, in order. */
static GPtrArray *
axes_of (QzFramework *framework)
{
  GPtrArray *axes = g_ptr_array_new ();
  GPtrArray *dimensions = qz_framework_get_dimensions (framework);

  for (guint d = 0; d < dimensions->len; d++)
    {
      QzDimension *dimension = g_ptr_array_index (dimensions, d);

      if (maturity (framework))
        g_ptr_array_add (axes, dimension);
      else if (dimension->scored)
        for (guint a = 0; a < dimension->areas->len; a++)
          g_ptr_array_add (axes, g_ptr_array_index (dimension->areas, a));
    }

  return axes;
}

static const char *
axis_id (QzFramework *framework,
         gpointer     axis)
{
  return maturity (framework) ? ((QzDimension *) axis)->id : ((QzArea *) axis)->id;
}

static const QzText *
axis_title (QzFramework *framework,
            gpointer     axis)
{
  return maturity (framework) ? &((QzDimension *) axis)->title : &((QzArea *) axis)->title;
}

/* An axis's maximum: an area's points, or the chart's top rank. */
static double
axis_max_of (QzFramework *framework,
             gpointer     axis,
             double       top_rank)
{
  return maturity (framework) ? top_rank : ((QzArea *) axis)->max;
}

/* A node's value on the chart's scale, NAN when not applicable. */
static double
scaled (QzFramework       *framework,
        const QzNodeScore *node)
{
  if (node == NULL || node->na || node->max <= 0)
    return NAN;

  return maturity (framework) ? node->points : node->points / node->max * 100;
}

static void
fill_from_result (QzChartData *data,
                  double      *values,
                  QzFramework *framework,
                  GPtrArray   *axes,
                  QzResult    *result)
{
  for (guint i = 0; i < axes->len; i++)
    values[i] = scaled (framework, qz_result_get_node (result, axis_id (framework, g_ptr_array_index (axes, i))));
}

/**
 * qz_chart_for_assessment:
 * @current: the assessment shown
 * @previous: (nullable): an earlier assessment with the same framework
 * @industry: (nullable): the industry benchmark of @current
 * @series: which series to draw, of those available
 *
 * Returns: (transfer full): the chart data
 */
QzChartData *
qz_chart_for_assessment (QzAssessment  *current,
                    QzAssessment  *previous,
                    QzBenchmark   *industry,
                    QzChartSeries  series)
{
  QzFramework *framework = qz_assessment_get_framework (current);
  g_autoptr(GPtrArray) axes = axes_of (framework);
  g_autoptr(QzResult) result = qz_assessment_score (current);
  const QzLevel *target = qz_framework_find_level (framework, qz_assessment_get_target_level (current));
  double max = maturity (framework) ? qz_framework_get_levels (framework)->len : 100;
  QzChartData *data = qz_chart_data_new (max, maturity (framework) ? (guint) max : 5);
  double *values;

  /* In the language of the time it is made: a report's may differ. */
  data->missing = g_strdup (_("N/A"));
  for (guint i = 0; i < axes->len; i++)
    qz_chart_data_add_axis (data, qz_text_get (axis_title (framework, g_ptr_array_index (axes, i))));

  if ((series & QZ_CHART_CURRENT) != 0)
    {
      g_autofree char *name = g_strdup_printf (_("This assessment (%s)"), qz_assessment_get_visit_date (current));

      values = qz_chart_data_add_series (data, name, QZ_SERIES_CURRENT);
      fill_from_result (data, values, framework, axes, result);
    }

  /* The target level as a ring: its minimum in % of the total, or its rank. */
  if ((series & QZ_CHART_TARGET) != 0 && target != NULL)
    {
      g_autofree char *name = g_strdup_printf (_("Target: %s"), qz_text_get (&target->name));

      values = qz_chart_data_add_series (data, name, QZ_SERIES_TARGET);
      for (guint i = 0; i < axes->len; i++)
        {
          double axis_max = axis_max_of (framework, g_ptr_array_index (axes, i), max);
          QzNodeScore node = { qz_level_goal (target, framework, axis_max), axis_max, FALSE };

          values[i] = isnan (node.points) ? NAN : scaled (framework, &node);
        }
    }

  if ((series & QZ_CHART_PREVIOUS) != 0 && previous != NULL &&
      g_strcmp0 (qz_framework_get_id (qz_assessment_get_framework (previous)), qz_framework_get_id (framework)) == 0)
    {
      g_autoptr(QzResult) earlier = qz_assessment_score (previous);
      g_autofree char *name = g_strdup_printf (_("Previous (%s)"), qz_assessment_get_visit_date (previous));

      values = qz_chart_data_add_series (data, name, QZ_SERIES_PREVIOUS);
      fill_from_result (data, values, framework, axes, earlier);
    }

  if ((series & QZ_CHART_INDUSTRY) != 0 && industry != NULL && industry->means != NULL)
    {
      g_autofree char *name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "Industry average (%u enterprise)",
                                                            "Industry average (%u enterprises)",
                                                            industry->n_enterprises),
                                               industry->n_enterprises);

      values = qz_chart_data_add_series (data, name, QZ_SERIES_INDUSTRY);
      for (guint i = 0; i < axes->len; i++)
        {
          gpointer axis = g_ptr_array_index (axes, i);
          double mean;

          if (qz_benchmark_get (industry, axis_id (framework, axis), &mean))
            {
              QzNodeScore node = { mean, axis_max_of (framework, axis, max), FALSE };

              values[i] = scaled (framework, &node);
            }
        }
    }

  return data;
}

/**
 * qz_chart_parse_series:
 * @text: names separated by commas: current, target, previous, industry
 * @series: (out): the series named
 * @error: return location for a %QZ_CHART_ERROR_INVALID error
 *
 * Returns: %TRUE if every name is known and none is empty
 */
gboolean
qz_chart_parse_series (const char     *text,
                       QzChartSeries  *series,
                       GError        **error)
{
  static const struct { const char *name; QzChartSeries flag; } names[] = {
    { "current", QZ_CHART_CURRENT },
    { "target", QZ_CHART_TARGET },
    { "previous", QZ_CHART_PREVIOUS },
    { "industry", QZ_CHART_INDUSTRY },
  };
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);

  *series = 0;
  for (guint i = 0; parts[0] == NULL || parts[i] != NULL; i++)
    {
      const char *part = parts[0] ? g_strstrip (parts[i]) : "";
      gboolean known = FALSE;

      /* An empty text, or an empty name in the list ("current,,target"). */
      if (part[0] == '\0')
        {
          g_set_error_literal (error, QZ_CHART_ERROR, QZ_CHART_ERROR_INVALID,
                               _("A series is missing in the list: name one or more of current, target, previous and industry, separated by commas."));
          return FALSE;
        }

      for (guint n = 0; n < G_N_ELEMENTS (names); n++)
        {
          if (g_str_equal (part, names[n].name))
            {
              *series |= names[n].flag;
              known = TRUE;
            }
        }

      if (!known)
        {
          g_set_error (error, QZ_CHART_ERROR, QZ_CHART_ERROR_INVALID,
                       _("“%s” is not a series: use current, target, previous or industry."), part);
          return FALSE;
        }
    }

  return TRUE;
}

/* What cairo writes goes to the file being replaced; the first failure
 * is kept for the message. */
typedef struct
{
  QzAtomicFile *file;
  GError       *error;
} Sink;

static cairo_status_t
sink_write (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  Sink *sink = closure;

  if (sink->error == NULL)
    qz_atomic_file_write (sink->file, data, length, &sink->error);
  return sink->error == NULL ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static gboolean
cairo_ok (cairo_status_t   status,
          Sink            *sink,
          const char      *path,
          GError         **error)
{
  if (sink->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&sink->error));
      return FALSE;
    }
  if (status == CAIRO_STATUS_SUCCESS)
    return qz_atomic_file_commit (sink->file, error);

  g_set_error (error, QZ_CHART_ERROR, QZ_CHART_ERROR_FAILED,
               _("The chart could not be written to “%s”: %s"), path, cairo_status_to_string (status));
  return FALSE;
}

/**
 * qz_chart_export:
 * @data: the chart
 * @path: the file, whose extension, .png or .svg, decides the format
 * @error: return location for a #QzChartError
 *
 * Draws the chart, in the light palette on white, into a file.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_chart_export (QzChartData  *data,
                 const char   *path,
                 GError      **error)
{
  static const QzChartStyle style = { FALSE, "Noto Sans CJK SC, Sans", 18 };
  g_autofree char *lower = g_ascii_strdown (path, -1);
  gboolean svg = g_str_has_suffix (lower, ".svg");
  g_autoptr(QzAtomicFile) file = NULL;
  Sink sink = { NULL, NULL };
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  gboolean ok;

  if (!svg && !g_str_has_suffix (lower, ".png"))
    {
      g_set_error (error, QZ_CHART_ERROR, QZ_CHART_ERROR_INVALID,
                   _("“%s” ends neither in .png nor in .svg: say which format to write."), path);
      return FALSE;
    }

  /* Into a file beside the target, renamed over it once whole. */
  file = qz_atomic_file_new (path, error);
  if (file == NULL)
    return FALSE;
  sink.file = file;

  surface = svg ? cairo_svg_surface_create_for_stream (sink_write, &sink, EXPORT_WIDTH, EXPORT_HEIGHT)
                : cairo_image_surface_create (CAIRO_FORMAT_ARGB32, EXPORT_WIDTH, EXPORT_HEIGHT);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  qz_radar_layout_free (qz_radar_render (cr, data, &style, EXPORT_WIDTH, EXPORT_HEIGHT));
  cairo_destroy (cr);

  if (svg)
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  else
    status = cairo_surface_write_to_png_stream (surface, sink_write, &sink);

  cairo_surface_destroy (surface);
  ok = cairo_ok (status, &sink, path, error);
  g_clear_error (&sink.error);
  return ok;
}
