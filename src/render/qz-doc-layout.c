/* qz-doc-layout.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-doc-layout"

#include "qz-config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qz-doc-layout-private.h"

/* Flows a QzDoc onto A4 pages, which qz-doc-draw.c draws and
 * qz-doc-pdf.c writes to a file.
 *
 * Measuring comes first, with a Pango context of its own at 72 dpi and
 * no hinting, so that a page looks the same wherever it is drawn. Blocks
 * are then cut into pieces placed on pages: paragraphs by lines (never a
 * single line left at a page's foot), tables by rows (never split, the
 * header repeated on each page the table runs onto), headings kept with
 * what follows, sections starting on a new page. Page numbers are known
 * once all is placed, so the contents and the footers are filled in when
 * drawing. */

G_DEFINE_QUARK (qz-doc-error-quark, qz_doc_error)

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

static gboolean
is_latin_punctuation (gunichar c)
{
  return (c >= 0x2018 && c <= 0x201F) ||   /* ‘ ’ “ ” and their kin */
         c == 0x2013 || c == 0x2014 ||      /* – — */
         c == 0x2026;                       /* … */
}

/* What is around a character, spaces skipped: -1 Han, 1 Latin or digit, 0 neither. */
static int
script_near (const char *text,
             const char *p,
             gboolean    forward)
{
  while (forward ? *p != '\0' : p > text)
    {
      gunichar c;

      if (!forward)
        p = g_utf8_prev_char (p);
      c = g_utf8_get_char (p);
      if (forward)
        p = g_utf8_next_char (p);
      if (g_unichar_isspace (c))
        continue;
      if (g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN)
        return -1;
      return g_unichar_get_script (c) == G_UNICODE_SCRIPT_LATIN || g_unichar_isdigit (c) ? 1 : 0;
    }

  return 0;
}

/* Quotes, apostrophes, dashes and ellipses set among Latin words come from
 * a Latin font: a CJK font draws them a full em wide ("framework’ s").
 * Among Chinese, or beside it, they stay full-width, as Chinese sets them. */
static void
set_latin_punctuation (PangoLayout *layout,
                       const char  *latin_family)
{
  const char *text = pango_layout_get_text (layout);
  PangoAttrList *attributes = NULL;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      PangoAttribute *family;
      int before, after;

      if (!is_latin_punctuation (g_utf8_get_char (p)))
        continue;
      before = script_near (text, p, FALSE);
      after = script_near (text, g_utf8_next_char (p), TRUE);
      if (before < 0 || after < 0 || (before == 0 && after == 0))
        continue;

      if (attributes == NULL)
        attributes = pango_layout_get_attributes (layout) ? pango_attr_list_copy (pango_layout_get_attributes (layout))
                                                          : pango_attr_list_new ();
      family = pango_attr_family_new (latin_family);
      family->start_index = p - text;
      family->end_index = g_utf8_next_char (p) - text;
      pango_attr_list_insert (attributes, family);
    }

  if (attributes != NULL)
    {
      pango_layout_set_attributes (layout, attributes);
      pango_attr_list_unref (attributes);
    }
}

static gboolean
is_opening_bracket (gunichar c)
{
  switch (c)
    {
    case 0xFF08:   /* （ */
    case 0xFF3B:   /* ［ */
    case 0xFF5B:   /* ｛ */
    case 0x3008:   /* 〈 */
    case 0x300A:   /* 《 */
    case 0x300C:   /* 「 */
    case 0x300E:   /* 『 */
    case 0x3010:   /* 【 */
    case 0x3014:   /* 〔 */
    case 0x3016:   /* 〖 */
      return TRUE;
    default:
      return FALSE;
    }
}

/* The byte offsets of the full-width opening brackets that begin a line. */
static GArray *
brackets_at_line_starts (PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (int));

  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      int start = ((PangoLayoutLine *) l->data)->start_index;

      if (text[start] != '\0' && is_opening_bracket (g_utf8_get_char (text + start)))
        g_array_append_val (starts, start);
    }

  return starts;
}

static gboolean
same_offsets (GArray *a,
              GArray *b)
{
  return a->len == b->len && memcmp (a->data, b->data, a->len * sizeof (int)) == 0;
}

/* A full-width opening bracket that begins a line takes half its width, as
 * Chinese typesetting sets it: its blank half, before the bracket, would
 * otherwise look like an indent. The font's half-width alternates ("halt")
 * do it. Compressing may let a line hold more, so the lines are looked at
 * again until they begin where they did. */
static void
compress_opening_brackets (PangoLayout *layout)
{
  g_autoptr(PangoAttrList) base = pango_layout_get_attributes (layout)
                                  ? pango_attr_list_copy (pango_layout_get_attributes (layout)) : NULL;
  g_autoptr(GArray) starts = brackets_at_line_starts (layout);
  const char *text = pango_layout_get_text (layout);

  for (guint round = 0; starts->len > 0 && round < 3; round++)
    {
      PangoAttrList *attributes = base ? pango_attr_list_copy (base) : pango_attr_list_new ();
      g_autoptr(GArray) now = NULL;

      for (guint i = 0; i < starts->len; i++)
        {
          int start = g_array_index (starts, int, i);
          PangoAttribute *half = pango_attr_font_features_new ("halt");

          half->start_index = start;
          half->end_index = g_utf8_next_char (text + start) - text;
          pango_attr_list_insert (attributes, half);
        }
      pango_layout_set_attributes (layout, attributes);
      pango_attr_list_unref (attributes);

      now = brackets_at_line_starts (layout);
      if (same_offsets (now, starts))
        break;
      g_array_unref (starts);
      starts = g_steal_pointer (&now);
    }
}

static gboolean
is_latin_letter (gunichar c)
{
  return g_unichar_isalpha (c) && g_unichar_get_script (c) == G_UNICODE_SCRIPT_LATIN;
}

/* Where a Latin word is broken, Pango adds a hyphen from the run's font; a
 * CJK font's is a full em wide, its dash in the middle, which reads as a
 * gap before it ("Procure -ment"). It is drawn as a Latin hyphen sits:
 * against the letters, about a third of an em wide. Changing the glyphs'
 * geometry of a laid-out line is what pango_layout_get_lines() allows;
 * the hyphen ends its line, so nothing after it moves. */
static void
tighten_inserted_hyphens (PangoLayout *layout,
                          double       size)
{
  const char *text = pango_layout_get_text (layout);
  int em = (int) (size * PANGO_SCALE);

  for (GSList *l = pango_layout_get_lines (layout); l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      GSList *last = g_slist_last (line->runs);
      PangoGlyphItem *run = last ? last->data : NULL;
      const char *end = text + line->start_index + line->length;
      PangoGlyphInfo *glyph;

      if (run == NULL || run->glyphs->num_glyphs < 2 || *end == '\0' || end == text ||
          !is_latin_letter (g_utf8_get_char (g_utf8_prev_char (end))) || !is_latin_letter (g_utf8_get_char (end)))
        continue;

      glyph = &run->glyphs->glyphs[run->glyphs->num_glyphs - 1];
      if (glyph->geometry.width < em * 3 / 4)
        continue;
      glyph->geometry.x_offset -= em * 3 / 10;
      glyph->geometry.width = em * 4 / 10;
    }
}

PangoLayout *
qz_doc_layout_text (QzDocLayout *self,
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
  set_latin_punctuation (layout, self->latin_family);
  compress_opening_brackets (layout);
  tighten_inserted_hyphens (layout, size);
  return layout;
}

double
qz_doc_text_height (PangoLayout *layout)
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
      PangoLayout *layout = qz_doc_layout_text (self, g_ptr_array_index (cells, c), FALSE, size,
                                                bold || (block->kind == QZ_DOC_KEY_VALUES && c == 0), width);

      *height = MAX (*height, qz_doc_text_height (layout) + 2 * CELL_PADDING);
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
      measured->text = qz_doc_layout_text (self, block->text, FALSE, block->level == 1 ? 26 : 15, block->level == 1,
                                           TEXT_WIDTH);
      pango_layout_set_alignment (measured->text, PANGO_ALIGN_CENTER);
      break;

    case QZ_DOC_HEADING:
      {
        g_autofree char *text = g_strdup_printf ("%s  %s", block->number, block->text);

        measured->text = qz_doc_layout_text (self, text, FALSE, block->level == 1 ? 16 : 12.5, TRUE, TEXT_WIDTH);
      }
      break;

    case QZ_DOC_PARAGRAPH:
      measured->text = qz_doc_layout_text (self, block->text, TRUE, BODY_SIZE, FALSE, TEXT_WIDTH);
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
          measured->text = qz_doc_layout_text (self, block->text, FALSE, SMALL_SIZE, FALSE, TEXT_WIDTH);
          pango_layout_set_alignment (measured->text, PANGO_ALIGN_CENTER);
        }
      break;

    case QZ_DOC_CONTENTS:
      measured->text = qz_doc_layout_text (self, block->text, FALSE, 16, TRUE, TEXT_WIDTH);
      break;

    case QZ_DOC_CHART:
    case QZ_DOC_SPACE:
    case QZ_DOC_PAGE_BREAK:
    default:
      break;
    }

  return measured;
}

Measured *
qz_doc_layout_measured (QzDocLayout      *self,
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
  Measured *measured = qz_doc_layout_measured (flow->self, block);
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
  Measured *measured = qz_doc_layout_measured (flow->self, block);
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
  place (flow, PIECE_CONTENTS_TITLE, block, 0, qz_doc_text_height (qz_doc_layout_measured (self, block)->text) + 14);
  for (guint i = 0; i < self->headings->len; i++)
    {
      double height = qz_doc_text_height (g_ptr_array_index (self->entries, i)) + 7;

      need (flow, height);
      place (flow, PIECE_CONTENTS_ENTRY, block, i, height);
    }
}

/* An image's height on the page, caption included: it fits the text
 * width, its largest height and the page. */
double
qz_doc_layout_image_height (QzDocLayout *self,
                            QzDocBlock  *block,
                            double      *picture)
{
  Measured *measured = qz_doc_layout_measured (self, block);
  double caption = measured->text != NULL ? qz_doc_text_height (measured->text) + 4 : 0;
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
  Measured *measured = block ? qz_doc_layout_measured (self, block) : NULL;

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
      return qz_doc_layout_image_height (self, block, NULL);
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
  Measured *measured = qz_doc_layout_measured (flow->self, block);

  switch (block->kind)
    {
    case QZ_DOC_TITLE:
      place (flow, PIECE_TITLE, block, 0, qz_doc_text_height (measured->text) + 12);
      break;

    case QZ_DOC_HEADING:
      {
        double height = qz_doc_text_height (measured->text);

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
        double height = qz_doc_layout_image_height (flow->self, block, NULL);

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
  self->latin_family = g_strdup (style->latin_family ? style->latin_family : QZ_DOC_LATIN_FAMILY);
  self->header_start = g_strdup (style->header_start ? style->header_start : "");
  self->header_end = g_strdup (style->header_end ? style->header_end : "");
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_language (self->context, pango_language_from_string (style->language ? style->language : "zh-cn"));

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
          g_ptr_array_add (self->entries,
                           qz_doc_layout_text (self, text, FALSE, block->level == 1 ? BODY_SIZE + 0.5 : BODY_SIZE,
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
  g_clear_pointer (&self->latin_family, g_free);
  g_clear_pointer (&self->measured, g_hash_table_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->headings, g_ptr_array_unref);
  g_clear_pointer (&self->heading_pages, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_free (self);
}
