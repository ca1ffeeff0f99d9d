/* qz-doc-draw.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-doc-draw"

#include "qz-config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>

#include "qz-bar-chart.h"
#include "qz-doc-draw.h"
#include "qz-doc-layout-private.h"
#include "qz-radar.h"

/* Draws the pages of a QzDocLayout on any cairo_t: the PDF surface of
 * an export, a print context, the preview. Page numbers are known once
 * all is placed, so the contents and the footers are filled in here. */

static void
set_ink (cairo_t *cr,
         double   grey)
{
  cairo_set_source_rgb (cr, grey, grey, grey);
}

static void
show_at (cairo_t     *cr,
         PangoLayout *layout,
         double       x,
         double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static gboolean
is_pdf (cairo_t *cr)
{
  return cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF;
}

static char *
destination (QzDocLayout      *self,
             const QzDocBlock *heading)
{
  guint index = 0;

  g_ptr_array_find (self->headings, heading, &index);
  return g_strdup_printf ("h%u", index + 1);
}

static void
draw_heading (QzDocLayout *self,
              cairo_t     *cr,
              Piece       *piece)
{
  Measured *measured = qz_doc_layout_measured (self, piece->block);
  g_autofree char *name = destination (self, piece->block);
  g_autofree char *attributes = g_strdup_printf ("name='%s'", name);

  if (self->tagging)
    cairo_tag_begin (cr, CAIRO_TAG_DEST, attributes);
  set_ink (cr, 0.08);
  show_at (cr, measured->text, MARGIN_SIDE, piece->y);
  if (self->tagging)
    cairo_tag_end (cr, CAIRO_TAG_DEST);

  if (piece->block->level == 1)
    {
      double y = piece->y + qz_doc_text_height (measured->text) + 4;

      cairo_set_source_rgb (cr, 0.11, 0.44, 0.85);
      cairo_set_line_width (cr, 1.2);
      cairo_move_to (cr, MARGIN_SIDE, y);
      cairo_line_to (cr, MARGIN_SIDE + TEXT_WIDTH, y);
      cairo_stroke (cr);
    }
}

static void
draw_lines (QzDocLayout *self,
            cairo_t     *cr,
            Piece       *piece)
{
  Measured *measured = qz_doc_layout_measured (self, piece->block);
  double top = g_array_index (measured->line_tops, double, piece->index);
  PangoLayoutIter *iter = pango_layout_get_iter (measured->text);
  guint line = 0;

  /* Only this piece's lines, each at its baseline. */
  set_ink (cr, 0.1);
  do
    {
      if (line >= piece->index && line < piece->index + piece->count)
        {
          PangoRectangle logical;
          double baseline = pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, MARGIN_SIDE + logical.x / (double) PANGO_SCALE, piece->y - top + baseline);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      line++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
draw_row (QzDocLayout *self,
          cairo_t     *cr,
          Piece       *piece)
{
  QzDocBlock *block = piece->block;
  Measured *measured = qz_doc_layout_measured (self, block);
  gboolean header = piece->index == G_MAXUINT;
  GPtrArray *cells = header ? measured->header : g_ptr_array_index (measured->rows, piece->index);
  double x = MARGIN_SIDE;

  if (header)
    {
      cairo_set_source_rgb (cr, 0.86, 0.90, 0.95);
      cairo_rectangle (cr, MARGIN_SIDE, piece->y, TEXT_WIDTH, piece->height);
      cairo_fill (cr);
    }
  else if (block->kind == QZ_DOC_TABLE && piece->index % 2 == 1)
    {
      cairo_set_source_rgb (cr, 0.965, 0.97, 0.975);
      cairo_rectangle (cr, MARGIN_SIDE, piece->y, TEXT_WIDTH, piece->height);
      cairo_fill (cr);
    }

  cairo_save (cr);
  cairo_rectangle (cr, MARGIN_SIDE, piece->y, TEXT_WIDTH, piece->height);
  cairo_clip (cr);
  for (guint c = 0; c < cells->len; c++)
    {
      set_ink (cr, block->kind == QZ_DOC_KEY_VALUES && c == 0 ? 0.35 : 0.1);
      show_at (cr, g_ptr_array_index (cells, c), x + CELL_PADDING, piece->y + CELL_PADDING);
      x += TEXT_WIDTH * block->widths[c];
    }
  cairo_restore (cr);

  cairo_set_source_rgb (cr, 0.8, 0.8, 0.8);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN_SIDE, piece->y + piece->height);
  cairo_line_to (cr, MARGIN_SIDE + TEXT_WIDTH, piece->y + piece->height);
  cairo_stroke (cr);
}

/* Decodes a JPEG to draw it on a screen or a printer. */
static cairo_surface_t *
decode_image (GBytes *image,
              int     width,
              int     height)
{
  g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  GdkPixbuf *pixbuf;

  gboolean written = gdk_pixbuf_loader_write_bytes (loader, image, NULL);

  cairo_surface_flush (surface);
  if (!gdk_pixbuf_loader_close (loader, NULL) || !written || (pixbuf = gdk_pixbuf_loader_get_pixbuf (loader)) == NULL)
    return surface;   /* blank: images are checked when they come in */

  {
    int w = gdk_pixbuf_get_width (pixbuf), h = gdk_pixbuf_get_height (pixbuf);
    int stride = cairo_format_stride_for_width (CAIRO_FORMAT_ARGB32, w);
    g_autofree guchar *data = g_malloc0 ((gsize) stride * h);
    const guchar *pixels = gdk_pixbuf_read_pixels (pixbuf);
    int channels = gdk_pixbuf_get_n_channels (pixbuf);
    gboolean alpha = gdk_pixbuf_get_has_alpha (pixbuf);
    cairo_surface_t *decoded;
    cairo_t *cr;

    /* Cairo wants native-endian ARGB, premultiplied. */
    for (int y = 0; y < h; y++)
      for (int x = 0; x < w; x++)
        {
          const guchar *p = pixels + y * gdk_pixbuf_get_rowstride (pixbuf) + x * channels;
          guint a = alpha ? p[3] : 255;

          ((guint32 *) (data + y * stride))[x] = (a << 24) | ((p[0] * a / 255) << 16) | ((p[1] * a / 255) << 8) |
                                                 (p[2] * a / 255);
        }

    decoded = cairo_image_surface_create_for_data (data, CAIRO_FORMAT_ARGB32, w, h, stride);
    cr = cairo_create (surface);
    cairo_set_source_rgb (cr, 1, 1, 1);
    cairo_paint (cr);
    cairo_scale (cr, (double) width / w, (double) height / h);
    cairo_set_source_surface (cr, decoded, 0, 0);
    cairo_paint (cr);
    cairo_destroy (cr);
    cairo_surface_destroy (decoded);
  }

  return surface;
}

/* A JPEG as stored: for a PDF, its bytes go in untouched (cairo embeds
 * the attached data and never reads the pixels, which stay unwritten);
 * elsewhere it is decoded to draw. */
static cairo_surface_t *
image_surface (cairo_t    *cr,
               QzDocBlock *block)
{
  cairo_surface_t *surface;
  gsize size;
  gconstpointer data;

  if (!is_pdf (cr))
    return decode_image (block->image, block->width, block->height);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, block->width, block->height);
  data = g_bytes_get_data (block->image, &size);
  g_bytes_ref (block->image);
  cairo_surface_set_mime_data (surface, CAIRO_MIME_TYPE_JPEG, data, size,
                               (cairo_destroy_func_t) g_bytes_unref, block->image);
  return surface;
}

static void
draw_image (QzDocLayout *self,
            cairo_t     *cr,
            Piece       *piece)
{
  QzDocBlock *block = piece->block;
  Measured *measured = qz_doc_layout_measured (self, block);
  cairo_surface_t *surface = image_surface (cr, block);
  double height, width, x;

  qz_doc_layout_image_height (self, block, &height);
  width = height * block->width / block->height;
  x = MARGIN_SIDE + (TEXT_WIDTH - width) / 2;

  cairo_save (cr);
  cairo_translate (cr, x, piece->y);
  cairo_scale (cr, width / block->width, height / block->height);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_paint (cr);
  cairo_restore (cr);
  cairo_surface_destroy (surface);

  if (measured->text != NULL)
    {
      set_ink (cr, 0.35);
      show_at (cr, measured->text, MARGIN_SIDE, piece->y + height + 4);
    }
}

static void
draw_chart (QzDocLayout *self,
            cairo_t     *cr,
            Piece       *piece)
{
  QzChartStyle style = { FALSE, self->font_family, 10 };

  cairo_save (cr);
  cairo_translate (cr, MARGIN_SIDE, piece->y);
  if (piece->block->chart_kind == QZ_CHART_KIND_RADAR)
    qz_radar_layout_free (qz_radar_render (cr, piece->block->chart, &style, TEXT_WIDTH, piece->height));
  else
    qz_bar_layout_free (qz_bar_chart_render (cr, piece->block->chart, &style, TEXT_WIDTH, piece->height));
  cairo_restore (cr);
}

static void
draw_contents_entry (QzDocLayout *self,
                     cairo_t     *cr,
                     Piece       *piece)
{
  QzDocBlock *heading = g_ptr_array_index (self->headings, piece->index);
  PangoLayout *entry = g_ptr_array_index (self->entries, piece->index);
  double indent = heading->level == 1 ? 0 : 18;
  g_autofree char *name = destination (self, heading);
  g_autofree char *link = g_strdup_printf ("dest='%s'", name);
  g_autofree char *number = g_strdup_printf ("%d", qz_doc_layout_get_page_of (self, heading));
  g_autoptr(PangoLayout) page = qz_doc_layout_text (self, number, FALSE, BODY_SIZE, heading->level == 1, 40);
  PangoRectangle ink, logical;
  double baseline = pango_layout_get_baseline (entry) / (double) PANGO_SCALE;

  pango_layout_set_alignment (page, PANGO_ALIGN_RIGHT);
  pango_layout_get_pixel_extents (entry, &ink, &logical);

  if (self->tagging)
    cairo_tag_begin (cr, CAIRO_TAG_LINK, link);
  set_ink (cr, 0.1);
  show_at (cr, entry, MARGIN_SIDE + indent, piece->y);
  show_at (cr, page, MARGIN_SIDE + TEXT_WIDTH - 40, piece->y);

  /* Dotted leader from the text to the page number. */
  cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (cr, 0.8);
  cairo_set_dash (cr, (double[]) { 0.8, 2.6 }, 2, 0);
  cairo_move_to (cr, MARGIN_SIDE + indent + logical.width + 6, piece->y + baseline);
  cairo_line_to (cr, MARGIN_SIDE + TEXT_WIDTH - 30, piece->y + baseline);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  if (self->tagging)
    cairo_tag_end (cr, CAIRO_TAG_LINK);
}

static gboolean
is_cover (GPtrArray *pieces)
{
  for (guint i = 0; i < pieces->len; i++)
    {
      if (((Piece *) g_ptr_array_index (pieces, i))->kind == PIECE_TITLE)
        return TRUE;
    }

  return FALSE;
}

static void
draw_running_texts (QzDocLayout *self,
                    cairo_t     *cr,
                    guint        page)
{
  g_autoptr(PangoLayout) start = qz_doc_layout_text (self, self->header_start, FALSE, 8.5, FALSE, TEXT_WIDTH / 2);
  g_autoptr(PangoLayout) end = qz_doc_layout_text (self, self->header_end, FALSE, 8.5, FALSE, TEXT_WIDTH / 2);
  g_autoptr(PangoLayout) footer = qz_doc_layout_text (self, g_ptr_array_index (self->footers, page), FALSE, 8.5, FALSE,
                                                      TEXT_WIDTH);
  double rule = MARGIN_TOP - 22;

  pango_layout_set_ellipsize (start, PANGO_ELLIPSIZE_END);
  pango_layout_set_ellipsize (end, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (end, PANGO_ALIGN_RIGHT);
  pango_layout_set_alignment (footer, PANGO_ALIGN_CENTER);

  set_ink (cr, 0.4);
  show_at (cr, start, MARGIN_SIDE, rule - qz_doc_text_height (start) - 3);
  show_at (cr, end, MARGIN_SIDE + TEXT_WIDTH / 2, rule - qz_doc_text_height (end) - 3);
  show_at (cr, footer, MARGIN_SIDE, QZ_DOC_PAGE_HEIGHT - MARGIN_BOTTOM + 24);

  cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN_SIDE, rule);
  cairo_line_to (cr, MARGIN_SIDE + TEXT_WIDTH, rule);
  cairo_stroke (cr);
}

/**
 * qz_doc_layout_draw_page:
 * @self: a #QzDocLayout
 * @cr: where to draw, in points, with the page's top left at the origin
 * @page: a page, from 0
 *
 * Draws the page; on a PDF surface, photos go in as their JPEG data. The
 * links of the contents are only made by qz_doc_layout_write_pdf(),
 * which repairs what cairo 1.16 writes for them.
 */
void
qz_doc_layout_draw_page (QzDocLayout *self,
                         cairo_t     *cr,
                         guint        page)
{
  GPtrArray *pieces;

  g_return_if_fail (page < self->pages->len);

  pieces = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  if (!is_cover (pieces))
    draw_running_texts (self, cr, page);

  for (guint i = 0; i < pieces->len; i++)
    {
      Piece *piece = g_ptr_array_index (pieces, i);
      Measured *measured = qz_doc_layout_measured (self, piece->block);

      switch (piece->kind)
        {
        case PIECE_TITLE:
          set_ink (cr, piece->block->level == 1 ? 0.05 : 0.25);
          show_at (cr, measured->text, MARGIN_SIDE, piece->y);
          break;
        case PIECE_HEADING:
          draw_heading (self, cr, piece);
          break;
        case PIECE_LINES:
          draw_lines (self, cr, piece);
          break;
        case PIECE_ROW:
          draw_row (self, cr, piece);
          break;
        case PIECE_IMAGE:
          draw_image (self, cr, piece);
          break;
        case PIECE_CHART:
          draw_chart (self, cr, piece);
          break;
        case PIECE_CONTENTS_TITLE:
          set_ink (cr, 0.08);
          show_at (cr, measured->text, MARGIN_SIDE, piece->y);
          break;
        case PIECE_CONTENTS_ENTRY:
          draw_contents_entry (self, cr, piece);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  cairo_restore (cr);
}
