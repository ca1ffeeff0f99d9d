/* qz-photo.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-photo"

#include "qz-config.h"

#include <errno.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n-lib.h>
#include <unistd.h>

#include "qz-file.h"
#include "qz-image-end.h"
#include "qz-photo.h"

/* Limits on what we agree to decode. A phone photo is a few MB and at
 * most about 50 megapixels (the largest common sensor at full
 * resolution, 8160 × 6120); anything beyond these is a mistake or a
 * decompression bomb, refused before the pixels are allocated. A PNG is
 * decoded whole before it is scaled, so 50 megapixels also bound the
 * memory a decode takes: 200 MB with an alpha channel (a 200-megapixel
 * image took 615 MB). */
#define MAX_SOURCE_BYTES (64 * 1024 * 1024)
#define MAX_SOURCE_MB (MAX_SOURCE_BYTES / (1024 * 1024))
#define MAX_SOURCE_SIDE 20000
#define MAX_SOURCE_MEGAPIXELS 50
#define MAX_SOURCE_PIXELS ((gint64) MAX_SOURCE_MEGAPIXELS * 1000 * 1000)

#define JPEG_QUALITY "85"

/* Data goes to the loader in pieces, so that it can refuse an image from
 * its header without the rest being read. */
#define CHUNK_SIZE (64 * 1024)

G_DEFINE_QUARK (qz-photo-error-quark, qz_photo_error)

typedef struct
{
  GdkPixbufLoader *loader;
  const char      *name;          /* for messages; NULL for anonymous data */
  int              max_side;      /* scaled to fit while loading */
  QzImageEnd       end;
  gsize            n_written;
  int              source_width;
  int              source_height;
  gboolean         too_large;
} Decoder;

/* Fits width × height into a square of max_side, keeping the aspect
 * ratio and never enlarging. */
static void
fit_size (int  width,
          int  height,
          int  max_side,
          int *fit_width,
          int *fit_height)
{
  int long_side = MAX (width, height);
  int short_side = MIN (width, height);
  int fit_short;

  if (long_side <= max_side)
    {
      *fit_width = width;
      *fit_height = height;
      return;
    }

  fit_short = (int) (((gint64) short_side * max_side + long_side / 2) / long_side);
  fit_short = MAX (fit_short, 1);

  *fit_width = width >= height ? max_side : fit_short;
  *fit_height = width >= height ? fit_short : max_side;
}

static void
set_not_an_image_error (GError     **error,
                        const char  *name)
{
  if (name != NULL)
    g_set_error (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_NOT_AN_IMAGE,
                 _("“%s” is not an image that Qizhen can read (JPEG, PNG, …)."),
                 name);
  else
    g_set_error_literal (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_NOT_AN_IMAGE,
                         _("This is not an image that Qizhen can read (JPEG, PNG, …)."));
}

static void
set_too_many_bytes_error (GError     **error,
                          const char  *name)
{
  if (name != NULL)
    g_set_error (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_TOO_LARGE,
                 _("“%s” is larger than %d MB. Attach a smaller photo."),
                 name, MAX_SOURCE_MB);
  else
    g_set_error (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_TOO_LARGE,
                 _("The photo is larger than %d MB. Attach a smaller photo."),
                 MAX_SOURCE_MB);
}

static void
set_too_many_pixels_error (GError     **error,
                           const char  *name,
                           int          width,
                           int          height)
{
  if (name != NULL)
    g_set_error (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_TOO_LARGE,
                 _("“%s” is %d × %d pixels. Qizhen accepts photos up to %d pixels "
                   "on a side and %d megapixels."),
                 name, width, height, MAX_SOURCE_SIDE, MAX_SOURCE_MEGAPIXELS);
  else
    g_set_error (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_TOO_LARGE,
                 _("The photo is %d × %d pixels. Qizhen accepts photos up to %d pixels "
                   "on a side and %d megapixels."),
                 width, height, MAX_SOURCE_SIDE, MAX_SOURCE_MEGAPIXELS);
}

/* Takes @gio_error. GIO's message already names the file and says what
 * went wrong, translated. */
static void
propagate_read_error (GError  *gio_error,
                      GError **error)
{
  /* Callers tell cancellation apart to stay silent about it. */
  if (g_error_matches (gio_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, gio_error);
      return;
    }

  g_set_error_literal (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_UNREADABLE, gio_error->message);
  g_error_free (gio_error);
}

static void
set_truncated_error (GError     **error,
                     const char  *name)
{
  if (name != NULL)
    g_set_error (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_TRUNCATED,
                 _("“%s” is cut short: the file ends before the image does. Copy it again from where it came from."),
                 name);
  else
    g_set_error_literal (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_TRUNCATED,
                         _("The image is cut short: the file ends before the image does."));
}

static void
set_out_of_memory_error (GError **error)
{
  g_set_error_literal (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_FAILED,
                       _("Not enough memory to convert the photo."));
}

static void
size_prepared_cb (GdkPixbufLoader *loader,
                  int              width,
                  int              height,
                  gpointer         user_data)
{
  Decoder *self = user_data;
  int fit_width;
  int fit_height;

  self->source_width = width;
  self->source_height = height;

  if (width > MAX_SOURCE_SIDE || height > MAX_SOURCE_SIDE
      || (gint64) width * height > MAX_SOURCE_PIXELS)
    {
      /* A zero size makes the loaders give up before they allocate the
       * pixels, as gdk_pixbuf_get_file_info() relies on. */
      self->too_large = TRUE;
      gdk_pixbuf_loader_set_size (loader, 0, 0);
      return;
    }

  if (width <= 0 || height <= 0)
    return;

  /* Scaling while loading lets the JPEG loader decode at a fraction of
   * the size (libjpeg's DCT scaling), which is most of the time spent on
   * a phone photo. The long side, and so the target, does not depend on
   * the EXIF orientation, which the loader keeps for us to apply. */
  fit_size (width, height, self->max_side, &fit_width, &fit_height);
  if (fit_width != width || fit_height != height)
    gdk_pixbuf_loader_set_size (loader, fit_width, fit_height);
}

static void
decoder_init (Decoder    *self,
              const char *name,
              int         max_side)
{
  self->loader = gdk_pixbuf_loader_new ();
  self->name = name;
  self->max_side = max_side;
  g_signal_connect (self->loader, "size-prepared", G_CALLBACK (size_prepared_cb), self);
}

static void
decoder_clear (Decoder *self)
{
  if (self->loader != NULL)
    {
      /* A loader must be closed before it is dropped; closing twice is fine. */
      gdk_pixbuf_loader_close (self->loader, NULL);
      g_clear_object (&self->loader);
    }
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Decoder, decoder_clear)

/* Turns a loader failure into our error. The loader's own messages are
 * about codec internals and do not tell the user what to do. */
static void
decoder_set_error (Decoder  *self,
                   GError   *loader_error,
                   GError  **error)
{
  if (self->too_large)
    {
      set_too_many_pixels_error (error, self->name, self->source_width, self->source_height);
      return;
    }

  if (loader_error != NULL)
    g_debug ("gdk-pixbuf could not load %s: %s",
             self->name ? self->name : "photo", loader_error->message);

  if (g_error_matches (loader_error, GDK_PIXBUF_ERROR, GDK_PIXBUF_ERROR_INSUFFICIENT_MEMORY))
    set_out_of_memory_error (error);
  else
    set_not_an_image_error (error, self->name);
}

static gboolean
decoder_write (Decoder       *self,
               const guchar  *data,
               gsize          size,
               GError       **error)
{
  g_autoptr(GError) loader_error = NULL;

  if (size > MAX_SOURCE_BYTES - self->n_written)
    {
      set_too_many_bytes_error (error, self->name);
      return FALSE;
    }

  self->n_written += size;
  qz_image_end_feed (&self->end, data, size);

  /* Stop feeding as soon as the header shows the image is too large,
   * even when the loader would accept more data. */
  if (!gdk_pixbuf_loader_write (self->loader, data, size, &loader_error)
      || self->too_large)
    {
      decoder_set_error (self, loader_error, error);
      return FALSE;
    }

  return TRUE;
}

static GdkPixbuf *
decoder_finish (Decoder  *self,
                GError  **error)
{
  g_autoptr(GError) loader_error = NULL;
  GdkPixbuf *pixbuf;

  if (self->n_written == 0)
    {
      set_not_an_image_error (error, self->name);
      return NULL;
    }

  if (!gdk_pixbuf_loader_close (self->loader, &loader_error) || self->too_large)
    {
      decoder_set_error (self, loader_error, error);
      return NULL;
    }

  /* The loaders paint what is missing of a file cut short grey. */
  if (!qz_image_end_is_complete (&self->end))
    {
      set_truncated_error (error, self->name);
      return NULL;
    }

  pixbuf = gdk_pixbuf_loader_get_pixbuf (self->loader);
  if (pixbuf == NULL)
    {
      set_not_an_image_error (error, self->name);
      return NULL;
    }

  return g_object_ref (pixbuf);
}

static GdkPixbuf *
scale_to_fit (GdkPixbuf *pixbuf,
              int        max_side)
{
  int width = gdk_pixbuf_get_width (pixbuf);
  int height = gdk_pixbuf_get_height (pixbuf);
  int fit_width;
  int fit_height;

  fit_size (width, height, max_side, &fit_width, &fit_height);
  if (fit_width == width && fit_height == height)
    return g_object_ref (pixbuf);

  /* For reduction BILINEAR integrates over the covered area, so it does
   * not alias; HYPER is several times slower for no visible gain. */
  return gdk_pixbuf_scale_simple (pixbuf, fit_width, fit_height, GDK_INTERP_BILINEAR);
}

/* JPEG has no alpha: lay transparent images on white, like paper. */
static GdkPixbuf *
flatten_on_white (GdkPixbuf *pixbuf)
{
  int width = gdk_pixbuf_get_width (pixbuf);
  int height = gdk_pixbuf_get_height (pixbuf);
  GdkPixbuf *flat;

  if (!gdk_pixbuf_get_has_alpha (pixbuf))
    return g_object_ref (pixbuf);

  flat = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  if (flat == NULL)
    return NULL;

  gdk_pixbuf_fill (flat, 0xffffffff);
  gdk_pixbuf_composite (pixbuf, flat, 0, 0, width, height,
                        0.0, 0.0, 1.0, 1.0, GDK_INTERP_NEAREST, 255);

  return flat;
}

static GBytes *
encode_jpeg (GdkPixbuf  *pixbuf,
             GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *buffer = NULL;
  gsize size = 0;

  /* No options besides the quality, so no metadata (EXIF, GPS) is
   * carried over and the same pixels always give the same bytes. */
  if (!gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &size, "jpeg", &local_error,
                                  "quality", JPEG_QUALITY,
                                  NULL))
    {
      g_set_error (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_FAILED,
                   _("Could not save the photo as JPEG: %s"), local_error->message);
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&buffer), size);
}

static QzPhoto *
photo_new_from_pixbuf (GdkPixbuf  *decoded,
                       GError    **error)
{
  g_autoptr(QzPhoto) photo = g_new0 (QzPhoto, 1);
  g_autoptr(GdkPixbuf) upright = NULL;
  g_autoptr(GdkPixbuf) scaled = NULL;
  g_autoptr(GdkPixbuf) flat = NULL;
  g_autoptr(GdkPixbuf) thumbnail = NULL;
  g_autoptr(GdkPixbuf) print = NULL;

  /* Phones store the sensor's rows and an EXIF tag saying how to turn
   * them; the stored JPEG has no EXIF, so the turn is made here. */
  upright = gdk_pixbuf_apply_embedded_orientation (decoded);
  if (upright == NULL)
    {
      set_out_of_memory_error (error);
      return NULL;
    }

  /* Usually a no-op: the loader has already scaled (see
   * size_prepared_cb()), but not every loader honours the request. */
  scaled = scale_to_fit (upright, QZ_PHOTO_MAX_SIDE);
  if (scaled != NULL)
    flat = flatten_on_white (scaled);
  if (flat != NULL)
    print = scale_to_fit (flat, QZ_PHOTO_PRINT_SIDE);
  if (print != NULL)
    thumbnail = scale_to_fit (print, QZ_PHOTO_THUMBNAIL_SIDE);
  if (thumbnail == NULL)
    {
      set_out_of_memory_error (error);
      return NULL;
    }

  photo->width = gdk_pixbuf_get_width (flat);
  photo->height = gdk_pixbuf_get_height (flat);

  photo->jpeg = encode_jpeg (flat, error);
  if (photo->jpeg == NULL)
    return NULL;

  photo->print_width = gdk_pixbuf_get_width (print);
  photo->print_height = gdk_pixbuf_get_height (print);
  photo->print = encode_jpeg (print, error);
  if (photo->print == NULL)
    return NULL;

  photo->thumbnail = encode_jpeg (thumbnail, error);
  if (photo->thumbnail == NULL)
    return NULL;

  photo->sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, photo->jpeg);

  return g_steal_pointer (&photo);
}

/**
 * qz_photo_new_from_bytes:
 * @data: the contents of an image file in any format gdk-pixbuf reads
 * @error: return location for a #QzPhotoError with a translated message
 *
 * Prepares a photo for storage: turns it upright following its EXIF
 * orientation, scales it down to at most %QZ_PHOTO_MAX_SIDE pixels on
 * the long side, lays any transparency on white and encodes it as JPEG,
 * with a copy of at most %QZ_PHOTO_PRINT_SIDE pixels for reports and a
 * thumbnail of at most %QZ_PHOTO_THUMBNAIL_SIDE pixels. The same
 * @data always gives the same bytes and so the same hash.
 *
 * This decodes the whole image and can take a good part of a second:
 * call it from a worker thread.
 *
 * Returns: (transfer full) (nullable): the photo, or %NULL with @error set
 */
QzPhoto *
qz_photo_new_from_bytes (GBytes  *data,
                         GError **error)
{
  g_autoptr(GdkPixbuf) pixbuf = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  pixbuf = qz_photo_decode (data, NULL, QZ_PHOTO_MAX_SIDE, error);
  if (pixbuf == NULL)
    return NULL;

  return photo_new_from_pixbuf (pixbuf, error);
}

/**
 * qz_photo_decode:
 * @data: the contents of an image file in any format gdk-pixbuf reads
 * @name: (nullable): the file's name, for messages
 * @max_side: the longest side wanted, in pixels
 * @error: return location for a #QzPhotoError with a translated message
 *
 * Decodes @data within the limits photos have (bytes, pixels, from the
 * header before the pixels are allocated), scaled while loading to fit
 * @max_side where the loader can, and refuses a JPEG or PNG cut short.
 * The EXIF orientation is not applied.
 *
 * Returns: (transfer full) (nullable): the image, or %NULL with @error set
 */
GdkPixbuf *
qz_photo_decode (GBytes      *data,
                 const char  *name,
                 int          max_side,
                 GError     **error)
{
  g_auto(Decoder) decoder = { 0 };
  const guchar *bytes;
  gsize size;

  g_return_val_if_fail (data != NULL, NULL);

  bytes = g_bytes_get_data (data, &size);
  if (size > MAX_SOURCE_BYTES)
    {
      set_too_many_bytes_error (error, name);
      return NULL;
    }

  decoder_init (&decoder, name, max_side);
  for (gsize offset = 0; offset < size; offset += CHUNK_SIZE)
    {
      if (!decoder_write (&decoder, bytes + offset, MIN ((gsize) CHUNK_SIZE, size - offset), error))
        return NULL;
    }

  return decoder_finish (&decoder, error);
}

/* The next bytes of the file, from its descriptor or, for a file that
 * is not local, its stream. */
static gssize
read_chunk (int            fd,
            GInputStream  *stream,
            guchar        *chunk,
            GCancellable  *cancellable,
            GError       **error)
{
  if (stream != NULL)
    return g_input_stream_read (stream, chunk, CHUNK_SIZE, cancellable, error);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return -1;
  for (;;)
    {
      gssize n_read = read (fd, chunk, CHUNK_SIZE);
      int saved = errno;

      if (n_read >= 0)
        return n_read;
      if (saved != EINTR)
        {
          g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
          return -1;
        }
    }
}

static GdkPixbuf *
decode_source (int            fd,
               GInputStream  *stream,
               const char    *name,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autofree guchar *chunk = g_malloc (CHUNK_SIZE);
  g_auto(Decoder) decoder = { 0 };

  decoder_init (&decoder, name, QZ_PHOTO_MAX_SIDE);
  for (;;)
    {
      g_autoptr(GError) local_error = NULL;
      gssize n_read = read_chunk (fd, stream, chunk, cancellable, &local_error);

      if (n_read < 0)
        {
          propagate_read_error (g_steal_pointer (&local_error), error);
          return NULL;
        }
      if (n_read == 0)
        break;
      if (!decoder_write (&decoder, chunk, (gsize) n_read, error))
        return NULL;
    }

  return decoder_finish (&decoder, error);
}

/* A file that is not local (no FIFO or device there) is asked what it
 * is before it is read. */
static GFileInputStream *
open_remote (GFile         *file,
             const char    *name,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, cancellable, &local_error);

  if (info == NULL)
    {
      propagate_read_error (g_steal_pointer (&local_error), error);
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_UNREADABLE,
                   _("“%s” is not a regular file (it is a folder, a device or a pipe)."), name);
      return NULL;
    }
  if (g_file_info_get_size (info) > MAX_SOURCE_BYTES)
    {
      set_too_many_bytes_error (error, name);
      return NULL;
    }

  return g_file_read (file, cancellable, error);
}

/**
 * qz_photo_new_from_file:
 * @file: an image file in any format gdk-pixbuf reads
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #QzPhotoError with a translated message
 *   naming the file, or %G_IO_ERROR_CANCELLED
 *
 * Like qz_photo_new_from_bytes(), reading @file as it decodes so that an
 * oversized image is refused from its header. Only a regular file is
 * read: a FIFO or a device is refused without waiting. Blocks: call it
 * from a worker thread.
 *
 * Returns: (transfer full) (nullable): the photo, or %NULL with @error set
 */
QzPhoto *
qz_photo_new_from_file (GFile         *file,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  const char *path;
  int fd = -1;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  basename = g_file_get_basename (file);
  name = basename ? g_filename_display_name (basename) : g_file_get_parse_name (file);

  /* A huge file is refused from its size without reading it; the count
   * in decoder_write() still holds for files that grow. */
  path = g_file_peek_path (file);
  if (path != NULL)
    {
      fd = qz_file_open_regular (path, MAX_SOURCE_BYTES, &local_error);
      if (fd < 0 && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
        set_too_many_bytes_error (error, name);
      else if (fd < 0)
        propagate_read_error (g_steal_pointer (&local_error), error);
      if (fd < 0)
        return NULL;
    }
  else
    {
      stream = open_remote (file, name, cancellable, error);
      if (stream == NULL)
        return NULL;
    }

  pixbuf = decode_source (fd, G_INPUT_STREAM (stream), name, cancellable, error);
  if (fd >= 0)
    close (fd);
  if (pixbuf == NULL)
    return NULL;

  return photo_new_from_pixbuf (pixbuf, error);
}

/**
 * qz_photo_free:
 * @photo: (nullable): a #QzPhoto
 *
 * Frees @photo and its bytes.
 */
void
qz_photo_free (QzPhoto *photo)
{
  if (photo == NULL)
    return;

  g_clear_pointer (&photo->jpeg, g_bytes_unref);
  g_clear_pointer (&photo->thumbnail, g_bytes_unref);
  g_clear_pointer (&photo->print, g_bytes_unref);
  g_clear_pointer (&photo->sha256, g_free);
  g_free (photo);
}

void
qz_evidence_free (QzEvidence *evidence)
{
  if (evidence == NULL)
    return;

  g_free (evidence->uuid);
  g_free (evidence->indicator);
  g_free (evidence->sha256);
  g_free (evidence->caption);
  g_clear_pointer (&evidence->print_jpeg, g_bytes_unref);
  g_free (evidence);
}
