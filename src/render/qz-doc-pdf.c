/* qz-doc-pdf.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-doc-pdf"

#include "qz-config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <qpdf/qpdf-c.h>
#include <glib/gi18n-lib.h>

#include "qz-atomic-file.h"
#include "qz-doc-draw.h"
#include "qz-doc-layout-private.h"
#include "qz-doc-pdf.h"

/* Writes the pages of a QzDocLayout to a PDF file: cairo draws them, with
 * bookmarks and links, and qpdf writes the file out again, sound. */

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

/* cairo's draft: a file of our own beside the target, never one of the
 * user's. */
static gboolean
make_draft (char        *drawn,
            const char  *path,
            GError     **error)
{
  int fd = g_mkstemp (drawn);

  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, QZ_DOC_ERROR, QZ_DOC_ERROR_FAILED,
                   _("The report could not be written to “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

/* Draws every page into @file as cairo writes a PDF, with the bookmarks
 * and the metadata. */
static cairo_status_t
draw_pdf (QzDocLayout         *self,
          const char          *file,
          const QzDocMetadata *metadata)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");
  cairo_surface_t *surface = cairo_pdf_surface_create (file, QZ_DOC_PAGE_WIDTH, QZ_DOC_PAGE_HEIGHT);
  cairo_status_t status;
  cairo_t *cr;

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
  return status;
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
  g_autoptr(QzAtomicFile) sound = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *drawn = NULL;
  cairo_status_t status;
  gboolean ok;

  /* The sound file is written beside the target and renamed over it; a
   * target that is the database, a device or a pipe is refused. */
  sound = qz_atomic_file_new (path, error);
  if (sound == NULL)
    return FALSE;
  dir = g_path_get_dirname (qz_atomic_file_get_temp_path (sound));
  drawn = g_build_filename (dir, ".qizhen-drawn-XXXXXX", NULL);
  if (!make_draft (drawn, path, error))
    return FALSE;

  status = draw_pdf (self, drawn, metadata);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, QZ_DOC_ERROR, QZ_DOC_ERROR_FAILED,
                   _("The report could not be written to “%s”: %s"), path, cairo_status_to_string (status));
      g_unlink (drawn);
      return FALSE;
    }

  ok = rewrite_sound (drawn, qz_atomic_file_get_temp_path (sound), path, error);
  g_unlink (drawn);
  return ok && qz_atomic_file_commit (sound, error);
}
