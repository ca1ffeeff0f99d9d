/* qz-doc-layout.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-doc-layout"

#include "qz-config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <unistd.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>
#include <qpdf/qpdf-c.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "qz-bar-chart.h"
#include "qz-doc-layout.h"
#include "qz-radar.h"

/* Flows a QzDoc onto A4 pages, then draws any page on any cairo_t: the
 * PDF surface of an export, a print context, the preview.
 *
 * Measuring comes first, with a Pango context of its own at 72 dpi and
 * no hinting, so that a page looks the same wherever it is drawn. Blocks
 * are then cut into pieces placed on pages: paragraphs by lines (never a
 * single line left at a page's foot), tables by rows (never split, the
 * header repeated on each page the table runs onto), headings kept with
 * what follows, sections starting on a new page. Page numbers are known
 * once all is placed, so the contents and the footers are filled in when
 * drawing. */

#define MARGIN_TOP 70.0
#define MARGIN_BOTTOM (QZ_DOC_PAGE_HEIGHT - QZ_DOC_TEXT_BOTTOM)
#define MARGIN_SIDE 62.0
#define TEXT_WIDTH (QZ_DOC_PAGE_WIDTH - 2 * MARGIN_SIDE)
#define BOTTOM (QZ_DOC_PAGE_HEIGHT - MARGIN_BOTTOM)
#define BODY_HEIGHT (BOTTOM - MARGIN_TOP)
#define BODY_SIZE 10.5
#define SMALL_SIZE 9.0
#define CELL_PADDING 4.0
#define PARAGRAPH_GAP 6.0
#define BLOCK_GAP 10.0

G_DEFINE_QUARK (qz-doc-error-quark, qz_doc_error)

typedef enum
{
  PIECE_TITLE,
  PIECE_HEADING,
  PIECE_LINES,
  PIECE_ROW,
  PIECE_IMAGE,
  PIECE_CHART,
  PIECE_CONTENTS_TITLE,
  PIECE_CONTENTS_ENTRY,
} PieceKind;

typedef struct
{
  PieceKind   kind;
  QzDocBlock *block;
  guint       index;    /* lines: the first; row: its index, G_MAXUINT for the header; entry: the heading's */
  guint       count;    /* lines: how many */
  double      y;
  double      height;
} Piece;

/* What measuring a block gives. */
typedef struct
{
  PangoLayout *text;         /* paragraph, heading, title, caption */
  GArray      *line_tops;    /* paragraph: double, from the layout's top */
  GArray      *line_heights;
  GPtrArray   *header;       /* table: PangoLayout per cell */
  double       header_height;
  GPtrArray   *rows;         /* table: GPtrArray of PangoLayout per row */
  GArray      *row_heights;
} Measured;

struct _QzDocLayout
{
  QzDoc        *doc;
  char         *font_family;
  char         *header_start;
  char         *header_end;
  GPtrArray    *footers;     /* "Page 2 of 9", per page, in the language of the text */
  PangoContext *context;
  GHashTable   *measured;    /* QzDocBlock → Measured */
  GPtrArray    *pages;       /* GPtrArray of Piece */
  GPtrArray    *headings;    /* QzDocBlock, in order */
  GHashTable   *heading_pages; /* QzDocBlock → page, 1-based */
  GPtrArray    *entries;     /* PangoLayout per contents entry, as headings */
  gboolean      tagging;     /* writing the PDF: links and destinations */
};

static void
measured_free (Measured *measured)
{
  g_clear_object (&measured->text);
  g_clear_pointer (&measured->line_tops, g_array_unref);
  g_clear_pointer (&measured->line_heights, g_array_unref);
  g_clear_pointer (&measured->header, g_ptr_array_unref);
  g_clear_pointer (&measured->rows, g_ptr_array_unref);
  g_clear_pointer (&measured->row_heights, g_array_unref);
  g_free (measured);
}

/* ---- Measuring ---- */

static PangoLayout *
text_layout (QzDocLayout *self,
             const char  *markup,
             gboolean     is_markup,
             double       size,
             gboolean     bold,
             double       width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *font = pango_font_description_from_string (self->font_family);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  /* Chinese text reads better a little looser than Pango's default. */
  pango_layout_set_spacing (layout, (int) (size * 0.35 * PANGO_SCALE));
  if (is_markup)
    pango_layout_set_markup (layout, markup, -1);
  else
    pango_layout_set_text (layout, markup ? markup : "", -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int width, height;

  pango_layout_get_size (layout, &width, &height);
  return height / (double) PANGO_SCALE;
}

static void
measure_lines (Measured *measured)
{
  PangoLayoutIter *iter = pango_layout_get_iter (measured->text);

  measured->line_tops = g_array_new (FALSE, FALSE, sizeof (double));
  measured->line_heights = g_array_new (FALSE, FALSE, sizeof (double));
  do
    {
      int top, bottom;
      double y, height;

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      y = top / (double) PANGO_SCALE;
      height = (bottom - top) / (double) PANGO_SCALE;
      g_array_append_val (measured->line_tops, y);
      g_array_append_val (measured->line_heights, height);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static GPtrArray *
measure_cells (QzDocLayout *self,
               QzDocBlock  *block,
               GPtrArray   *cells,
               gboolean     bold,
               double      *height)
{
  GPtrArray *layouts = g_ptr_array_new_with_free_func (g_object_unref);

  *height = 0;
  for (guint c = 0; c < cells->len; c++)
    {
      double width = TEXT_WIDTH * block->widths[c] - 2 * CELL_PADDING;
      double size = block->kind == QZ_DOC_KEY_VALUES ? BODY_SIZE : SMALL_SIZE;
      PangoLayout *layout = text_layout (self, g_ptr_array_index (cells, c), FALSE, size,
                                         bold || (block->kind == QZ_DOC_KEY_VALUES && c == 0), width);

      *height = MAX (*height, layout_height (layout) + 2 * CELL_PADDING);
      g_ptr_array_add (layouts, layout);
    }

  return layouts;
}

static Measured *
measure (QzDocLayout *self,
         QzDocBlock  *block)
{
  Measured *measured = g_new0 (Measured, 1);

  switch (block->kind)
    {
    case QZ_DOC_TITLE:
      measured->text = text_layout (self, block->text, FALSE, block->level == 1 ? 26 : 15, block->level == 1,
                                    TEXT_WIDTH);
      pango_layout_set_alignment (measured->text, PANGO_ALIGN_CENTER);
      break;

    case QZ_DOC_HEADING:
      {
        g_autofree char *text = g_strdup_printf ("%s  %s", block->number, block->text);

        measured->text = text_layout (self, text, FALSE, block->level == 1 ? 16 : 12.5, TRUE, TEXT_WIDTH);
      }
      break;

    case QZ_DOC_PARAGRAPH:
      measured->text = text_layout (self, block->text, TRUE, BODY_SIZE, FALSE, TEXT_WIDTH);
      measure_lines (measured);
      break;

    case QZ_DOC_KEY_VALUES:
    case QZ_DOC_TABLE:
      if (block->header != NULL)
        measured->header = measure_cells (self, block, block->header, TRUE, &measured->header_height);
      measured->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
      measured->row_heights = g_array_new (FALSE, FALSE, sizeof (double));
      for (guint r = 0; r < block->rows->len; r++)
        {
          double height;

          g_ptr_array_add (measured->rows, measure_cells (self, block, g_ptr_array_index (block->rows, r), FALSE, &height));
          g_array_append_val (measured->row_heights, height);
        }
      break;

    case QZ_DOC_IMAGE:
      if (block->text != NULL)
        {
          measured->text = text_layout (self, block->text, FALSE, SMALL_SIZE, FALSE, TEXT_WIDTH);
          pango_layout_set_alignment (measured->text, PANGO_ALIGN_CENTER);
        }
      break;

    case QZ_DOC_CONTENTS:
      measured->text = text_layout (self, block->text, FALSE, 16, TRUE, TEXT_WIDTH);
      break;

    case QZ_DOC_CHART:
    case QZ_DOC_SPACE:
    case QZ_DOC_PAGE_BREAK:
    default:
      break;
    }

  return measured;
}

static Measured *
measured_of (QzDocLayout      *self,
             const QzDocBlock *block)
{
  return g_hash_table_lookup (self->measured, block);
}

/* ---- Placing ---- */

typedef struct
{
  QzDocLayout *self;
  GPtrArray   *page;   /* Piece, the page being filled */
  double       y;
} Flow;

static void
new_page (Flow *flow)
{
  flow->page = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (flow->self->pages, flow->page);
  flow->y = MARGIN_TOP;
}

static gboolean
page_is_empty (Flow *flow)
{
  return flow->page->len == 0;
}

/* Makes room for @height, on a new page when this one is too full. */
static void
need (Flow   *flow,
      double  height)
{
  if (flow->y + height > BOTTOM && !page_is_empty (flow))
    new_page (flow);
}

static Piece *
place (Flow        *flow,
       PieceKind    kind,
       QzDocBlock  *block,
       guint        index,
       double       height)
{
  Piece *piece = g_new0 (Piece, 1);

  piece->kind = kind;
  piece->block = block;
  piece->index = index;
  piece->y = flow->y;
  piece->height = height;
  g_ptr_array_add (flow->page, piece);
  flow->y += height;
  return piece;
}

static void
place_paragraph (Flow       *flow,
                 QzDocBlock *block)
{
  Measured *measured = measured_of (flow->self, block);
  guint n = measured->line_tops->len;

  for (guint first = 0; first < n;)
    {
      double top = g_array_index (measured->line_tops, double, first);
      guint count = 0;
      double height = 0;

      while (first + count < n)
        {
          double bottom = g_array_index (measured->line_tops, double, first + count) +
                          g_array_index (measured->line_heights, double, first + count);

          if (flow->y + bottom - top > BOTTOM)
            break;
          height = bottom - top;
          count++;
        }

      /* Not a line fits: the next page (on an empty one, the line goes all
       * the same). No lone first line at a page's foot; no lone last line
       * at a top: a paragraph of three with two fitting moves whole. */
      if (count == 0 && page_is_empty (flow))
        {
          count = 1;
          height = g_array_index (measured->line_heights, double, first);
        }
      if (!page_is_empty (flow) &&
          (count == 0 || (first == 0 && count == 1 && n > 1) || (first == 0 && count == 2 && n == 3)))
        {
          new_page (flow);
          continue;
        }
      if (first + count == n - 1 && count > 2)
        {
          count--;
          height = g_array_index (measured->line_tops, double, first + count) - top;
        }

      place (flow, PIECE_LINES, block, first, height)->count = count;
      first += count;
      if (first < n)
        new_page (flow);
    }

  flow->y += PARAGRAPH_GAP;
}

static void
place_table (Flow       *flow,
             QzDocBlock *block)
{
  Measured *measured = measured_of (flow->self, block);
  gboolean header_here = FALSE;

  for (guint r = 0; r < block->rows->len; r++)
    {
      double height = g_array_index (measured->row_heights, double, r);

      /* The header comes with at least one row. */
      if (flow->y + height + (header_here ? 0 : measured->header_height) > BOTTOM && !page_is_empty (flow))
        {
          new_page (flow);
          header_here = FALSE;
        }
      if (!header_here && measured->header != NULL)
        place (flow, PIECE_ROW, block, G_MAXUINT, measured->header_height);
      header_here = TRUE;
      /* A row taller than a page is cut at the page's foot. */
      place (flow, PIECE_ROW, block, r, MIN (height, BOTTOM - flow->y));
    }

  flow->y += BLOCK_GAP;
}

static void
place_contents (Flow       *flow,
                QzDocBlock *block)
{
  QzDocLayout *self = flow->self;

  need (flow, 60);
  place (flow, PIECE_CONTENTS_TITLE, block, 0, layout_height (measured_of (self, block)->text) + 14);
  for (guint i = 0; i < self->headings->len; i++)
    {
      double height = layout_height (g_ptr_array_index (self->entries, i)) + 7;

      need (flow, height);
      place (flow, PIECE_CONTENTS_ENTRY, block, i, height);
    }
}

/* An image's height on the page, caption included: it fits the text
 * width, its largest height and the page. */
static double
image_height (QzDocLayout *self,
              QzDocBlock  *block,
              double      *picture)
{
  Measured *measured = measured_of (self, block);
  double caption = measured->text != NULL ? layout_height (measured->text) + 4 : 0;
  double height = MIN (block->size, BODY_HEIGHT - caption);
  double width = MIN (TEXT_WIDTH, height * block->width / block->height);

  if (picture != NULL)
    *picture = width * block->height / block->width;
  return width * block->height / block->width + caption;
}

static double
chart_height (QzDocBlock *block)
{
  return MIN (block->size, BODY_HEIGHT);
}

/* What a heading must keep with it: the start of the block after it. */
static double
first_part (QzDocLayout *self,
            QzDocBlock  *block)
{
  Measured *measured = block ? measured_of (self, block) : NULL;

  switch (block ? block->kind : QZ_DOC_SPACE)
    {
    case QZ_DOC_PARAGRAPH:
      {
        guint last = MIN (measured->line_tops->len, 2) - 1;

        return g_array_index (measured->line_tops, double, last) + g_array_index (measured->line_heights, double, last) -
               g_array_index (measured->line_tops, double, 0);
      }
    case QZ_DOC_KEY_VALUES:
    case QZ_DOC_TABLE:
      return measured->header_height + (block->rows->len > 0 ? g_array_index (measured->row_heights, double, 0) : 0);
    case QZ_DOC_IMAGE:
      return image_height (self, block, NULL);
    case QZ_DOC_CHART:
      return chart_height (block);
    case QZ_DOC_CONTENTS:
    case QZ_DOC_HEADING:
    case QZ_DOC_TITLE:
      return 60;
    case QZ_DOC_SPACE:
    case QZ_DOC_PAGE_BREAK:
    default:
      return 0;
    }
}

static void
place_block (Flow       *flow,
             QzDocBlock *block,
             QzDocBlock *next)
{
  Measured *measured = measured_of (flow->self, block);

  switch (block->kind)
    {
    case QZ_DOC_TITLE:
      place (flow, PIECE_TITLE, block, 0, layout_height (measured->text) + 12);
      break;

    case QZ_DOC_HEADING:
      {
        double height = layout_height (measured->text);

        /* Sections open a page; any heading keeps with the start of
         * what follows it. */
        if (block->level == 1 && !page_is_empty (flow))
          new_page (flow);
        else
          {
            flow->y += page_is_empty (flow) ? 0 : 8;
            need (flow, height + 8 + MIN (first_part (flow->self, next), BODY_HEIGHT - height - 8));
          }
        place (flow, PIECE_HEADING, block, 0, height + (block->level == 1 ? 14 : 8));
        g_hash_table_insert (flow->self->heading_pages, block, GUINT_TO_POINTER (flow->self->pages->len));
      }
      break;

    case QZ_DOC_PARAGRAPH:
      place_paragraph (flow, block);
      break;

    case QZ_DOC_KEY_VALUES:
    case QZ_DOC_TABLE:
      place_table (flow, block);
      break;

    case QZ_DOC_IMAGE:
      {
        double height = image_height (flow->self, block, NULL);

        need (flow, height);
        place (flow, PIECE_IMAGE, block, 0, height);
        flow->y += BLOCK_GAP;
      }
      break;

    case QZ_DOC_CHART:
      need (flow, chart_height (block));
      place (flow, PIECE_CHART, block, 0, chart_height (block));
      flow->y += BLOCK_GAP;
      break;

    case QZ_DOC_CONTENTS:
      place_contents (flow, block);
      break;

    case QZ_DOC_SPACE:
      flow->y += block->size;
      break;

    case QZ_DOC_PAGE_BREAK:
      if (!page_is_empty (flow))
        new_page (flow);
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * qz_doc_layout_new:
 * @doc: the document; it must outlive the layout
 * @style: its font, running header and footer
 *
 * Measures every block and flows them onto pages.
 *
 * Returns: (transfer full): the pages
 */
QzDocLayout *
qz_doc_layout_new (QzDoc            *doc,
                   const QzDocStyle *style)
{
  QzDocLayout *self = g_new0 (QzDocLayout, 1);
  cairo_font_options_t *options = cairo_font_options_create ();
  Flow flow = { self };

  self->doc = doc;
  self->font_family = g_strdup (style->font_family ? style->font_family : "Noto Sans CJK SC");
  self->header_start = g_strdup (style->header_start ? style->header_start : "");
  self->header_end = g_strdup (style->header_end ? style->header_end : "");
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_language (self->context, pango_language_from_string ("zh-cn"));

  self->measured = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) measured_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->headings = g_ptr_array_new ();
  self->heading_pages = g_hash_table_new (NULL, NULL);
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      QzDocBlock *block = g_ptr_array_index (doc->blocks, i);

      g_hash_table_insert (self->measured, block, measure (self, block));
      if (block->kind == QZ_DOC_HEADING)
        {
          g_autofree char *text = g_strdup_printf ("%s  %s", block->number, block->text);
          double indent = block->level == 1 ? 0 : 18;

          g_ptr_array_add (self->headings, block);
          g_ptr_array_add (self->entries, text_layout (self, text, FALSE, block->level == 1 ? BODY_SIZE + 0.5 : BODY_SIZE,
                                                       block->level == 1, TEXT_WIDTH - indent - 40));
        }
    }

  new_page (&flow);
  for (guint i = 0; i < doc->blocks->len; i++)
    place_block (&flow, g_ptr_array_index (doc->blocks, i),
                 i + 1 < doc->blocks->len ? g_ptr_array_index (doc->blocks, i + 1) : NULL);

  /* Now, while the texts' language is in force. */
  self->footers = g_ptr_array_new_with_free_func (g_free);
  for (guint page = 0; page < self->pages->len; page++)
    g_ptr_array_add (self->footers, g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len));

  return self;
}

guint
qz_doc_layout_get_n_pages (QzDocLayout *self)
{
  return self->pages->len;
}

/**
 * qz_doc_layout_get_page_of:
 * @self: a #QzDocLayout
 * @heading: a heading of its document
 *
 * Returns: the page the heading is on, from 1; 0 when it is not placed
 */
int
qz_doc_layout_get_page_of (QzDocLayout      *self,
                           const QzDocBlock *heading)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (self->heading_pages, heading));
}

/**
 * qz_doc_layout_get_n_pieces:
 * @self: a #QzDocLayout
 * @page: a page, from 0
 *
 * Returns: how many pieces of blocks the page holds (a heading, some
 *   lines of a paragraph, a table row, an image…)
 */
guint
qz_doc_layout_get_n_pieces (QzDocLayout *self,
                            guint        page)
{
  g_return_val_if_fail (page < self->pages->len, 0);

  return ((GPtrArray *) g_ptr_array_index (self->pages, page))->len;
}

/**
 * qz_doc_layout_get_piece:
 * @self: a #QzDocLayout
 * @page: a page, from 0
 * @index: one of its pieces, in order
 * @y: (out): its top, in points from the page's top
 * @height: (out): its height
 *
 * Returns: (transfer none): the block it is a piece of
 */
const QzDocBlock *
qz_doc_layout_get_piece (QzDocLayout *self,
                         guint        page,
                         guint        index,
                         double      *y,
                         double      *height)
{
  Piece *piece;

  g_return_val_if_fail (index < qz_doc_layout_get_n_pieces (self, page), NULL);

  piece = g_ptr_array_index ((GPtrArray *) g_ptr_array_index (self->pages, page), index);
  *y = piece->y;
  *height = piece->height;
  return piece->block;
}

/* ---- Drawing ---- */

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
  Measured *measured = measured_of (self, piece->block);
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
      double y = piece->y + layout_height (measured->text) + 4;

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
  Measured *measured = measured_of (self, piece->block);
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
  Measured *measured = measured_of (self, block);
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
  Measured *measured = measured_of (self, block);
  cairo_surface_t *surface = image_surface (cr, block);
  double height, width, x;

  image_height (self, block, &height);
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
  g_autoptr(PangoLayout) page = text_layout (self, number, FALSE, BODY_SIZE, heading->level == 1, 40);
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
  g_autoptr(PangoLayout) start = text_layout (self, self->header_start, FALSE, 8.5, FALSE, TEXT_WIDTH / 2);
  g_autoptr(PangoLayout) end = text_layout (self, self->header_end, FALSE, 8.5, FALSE, TEXT_WIDTH / 2);
  g_autoptr(PangoLayout) footer = text_layout (self, g_ptr_array_index (self->footers, page), FALSE, 8.5, FALSE,
                                               TEXT_WIDTH);
  double rule = MARGIN_TOP - 22;

  pango_layout_set_ellipsize (start, PANGO_ELLIPSIZE_END);
  pango_layout_set_ellipsize (end, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (end, PANGO_ALIGN_RIGHT);
  pango_layout_set_alignment (footer, PANGO_ALIGN_CENTER);

  set_ink (cr, 0.4);
  show_at (cr, start, MARGIN_SIDE, rule - layout_height (start) - 3);
  show_at (cr, end, MARGIN_SIDE + TEXT_WIDTH / 2, rule - layout_height (end) - 3);
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
      Measured *measured = measured_of (self, piece->block);

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

/* Bookmarks: sections, with their subsections inside. */
static void
add_outline (QzDocLayout     *self,
             cairo_surface_t *surface)
{
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  for (guint i = 0; i < self->headings->len; i++)
    {
      QzDocBlock *heading = g_ptr_array_index (self->headings, i);
      g_autofree char *text = g_strdup_printf ("%s %s", heading->number, heading->text);
      g_autofree char *link = g_strdup_printf ("dest='h%u'", i + 1);
      int id = cairo_pdf_surface_add_outline (surface, heading->level == 1 ? CAIRO_PDF_OUTLINE_ROOT : parent,
                                              text, link, heading->level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);

      if (heading->level == 1)
        parent = id;
    }
}

/* cairo 1.16 (Debian 12's) at times leaves out an object of the links'
 * structure, or places one where the cross-reference table does not say,
 * depending on what else a page holds; readers cope, checkers call the
 * file damaged. qpdf reads what cairo wrote and writes it out sound. */
static gboolean
rewrite_sound (const char  *from,
               const char  *to,
               const char  *target,
               GError     **error)
{
  qpdf_data qpdf = qpdf_init ();
  gboolean ok;

  qpdf_set_suppress_warnings (qpdf, QPDF_TRUE);
  ok = !(qpdf_read (qpdf, from, NULL) & QPDF_ERRORS) &&
       !(qpdf_init_write (qpdf, to) & QPDF_ERRORS) &&
       (qpdf_set_object_stream_mode (qpdf, qpdf_o_preserve), TRUE) &&
       !(qpdf_write (qpdf) & QPDF_ERRORS);
  if (!ok)
    g_set_error (error, QZ_DOC_ERROR, QZ_DOC_ERROR_FAILED, _("The report could not be written to “%s”: %s"), target,
                 qpdf_has_error (qpdf) ? qpdf_get_error_full_text (qpdf, qpdf_get_error (qpdf)) : "");
  qpdf_cleanup (&qpdf);
  return ok;
}

/**
 * qz_doc_layout_write_pdf:
 * @self: a #QzDocLayout
 * @path: the file to write
 * @metadata: title, author, subject, creator
 * @error: return location for a #QzDocError
 *
 * Writes every page to a PDF with its bookmarks and metadata; fonts are
 * embedded as subsets. The file appears whole or not at all.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_doc_layout_write_pdf (QzDocLayout         *self,
                         const char          *path,
                         const QzDocMetadata *metadata,
                         GError             **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *drawn = g_build_filename (dir, ".qizhen-drawn-XXXXXX", NULL);
  g_autofree char *sound = g_build_filename (dir, ".qizhen-sound-XXXXXX", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");
  cairo_surface_t *surface;
  cairo_status_t status;
  gboolean ok;
  cairo_t *cr;
  int fd;

  /* Two files of our own beside the target, never one of the user's. */
  fd = g_mkstemp (drawn);
  if (fd >= 0)
    {
      close (fd);
      fd = g_mkstemp (sound);
    }
  if (fd < 0)
    {
      int saved = errno;

      if (g_file_test (drawn, G_FILE_TEST_EXISTS) && !g_str_has_suffix (drawn, "XXXXXX"))
        g_unlink (drawn);
      g_set_error (error, QZ_DOC_ERROR, QZ_DOC_ERROR_FAILED,
                   _("The report could not be written to “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  surface = cairo_pdf_surface_create (drawn, QZ_DOC_PAGE_WIDTH, QZ_DOC_PAGE_HEIGHT);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, metadata->title ? metadata->title : "");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, metadata->author ? metadata->author : "");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, metadata->subject ? metadata->subject : "");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, metadata->creator ? metadata->creator : "");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);

  /* One structure element around everything: with none, cairo 1.16
   * damages every file with links. */
  cr = cairo_create (surface);
  self->tagging = TRUE;
  cairo_tag_begin (cr, "Document", NULL);
  for (guint page = 0; page < self->pages->len; page++)
    {
      qz_doc_layout_draw_page (self, cr, page);
      cairo_show_page (cr);
    }
  cairo_tag_end (cr, "Document");
  self->tagging = FALSE;
  add_outline (self, surface);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, QZ_DOC_ERROR, QZ_DOC_ERROR_FAILED,
                   _("The report could not be written to “%s”: %s"), path, cairo_status_to_string (status));
      g_unlink (drawn);
      g_unlink (sound);
      return FALSE;
    }

  ok = rewrite_sound (drawn, sound, path, error);
  g_unlink (drawn);
  if (ok && g_rename (sound, path) != 0)
    {
      int saved = errno;

      g_set_error (error, QZ_DOC_ERROR, QZ_DOC_ERROR_FAILED,
                   _("The report could not be written to “%s”: %s"), path, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (sound);
  return ok;
}

void
qz_doc_layout_free (QzDocLayout *self)
{
  if (self == NULL)
    return;

  g_free (self->font_family);
  g_free (self->header_start);
  g_free (self->header_end);
  g_clear_pointer (&self->footers, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_pointer (&self->measured, g_hash_table_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->headings, g_ptr_array_unref);
  g_clear_pointer (&self->heading_pages, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_free (self);
}
