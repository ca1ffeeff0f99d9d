/* test-photo.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "qz-photo.h"
#include "qz-test-utils.h"

/* All images are made here at run time, so no binary fixtures. */

/* A smooth gradient with blocks and some noise, so that JPEG and PNG
 * compress it about as they would a photo rather than a flat colour. */
static GdkPixbuf *
make_pixbuf (int      width,
             int      height,
             gboolean has_alpha,
             guint    seed)
{
  GdkPixbuf *pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, has_alpha, 8, width, height);
  int n_channels = gdk_pixbuf_get_n_channels (pixbuf);
  int rowstride = gdk_pixbuf_get_rowstride (pixbuf);
  guchar *pixels = gdk_pixbuf_get_pixels (pixbuf);
  guint32 state = seed * 2654435761u + 1;

  for (int y = 0; y < height; y++)
    {
      guchar *p = pixels + (gsize) y * rowstride;

      for (int x = 0; x < width; x++, p += n_channels)
        {
          int noise;

          state = state * 1664525u + 1013904223u;
          noise = (int) (state >> 28) - 8;
          p[0] = (guchar) CLAMP ((int) ((gint64) x * 255 / width) + noise, 0, 255);
          p[1] = (guchar) CLAMP ((int) ((gint64) y * 255 / height) + noise, 0, 255);
          p[2] = (guchar) ((((x / 97) ^ (y / 61)) * 37 + seed * 50) & 0xff);
          if (has_alpha)
            p[3] = 255;
        }
    }

  return pixbuf;
}

static GBytes *
encode (GdkPixbuf  *pixbuf,
        const char *type)
{
  g_autoptr(GError) error = NULL;
  char *buffer = NULL;
  gsize size = 0;
  gboolean saved;

  if (g_str_equal (type, "png"))
    saved = gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &size, type, &error,
                                       "compression", "1", NULL);
  else
    saved = gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &size, type, &error,
                                       "quality", "92", NULL);
  g_assert_no_error (error);
  g_assert_true (saved);

  return g_bytes_new_take (buffer, size);
}

static GdkPixbuf *
decode (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new_with_type ("jpeg", &error);

  g_assert_no_error (error);
  gdk_pixbuf_loader_write_bytes (loader, bytes, &error);
  g_assert_no_error (error);
  gdk_pixbuf_loader_close (loader, &error);
  g_assert_no_error (error);

  return g_object_ref (gdk_pixbuf_loader_get_pixbuf (loader));
}

static QzPhoto *
photo_from_pixbuf (GdkPixbuf  *pixbuf,
                   const char *type)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) source = encode (pixbuf, type);
  QzPhoto *photo = qz_photo_new_from_bytes (source, &error);

  g_assert_no_error (error);
  g_assert_nonnull (photo);

  return photo;
}

static void
get_pixel (GdkPixbuf *pixbuf,
           int        x,
           int        y,
           guchar     rgb[3])
{
  const guchar *p = gdk_pixbuf_read_pixels (pixbuf)
                    + (gsize) y * gdk_pixbuf_get_rowstride (pixbuf)
                    + (gsize) x * gdk_pixbuf_get_n_channels (pixbuf);

  memcpy (rgb, p, 3);
}

static void
assert_colour (GdkPixbuf *pixbuf,
               int        x,
               int        y,
               int        red,
               int        green,
               int        blue)
{
  guchar rgb[3];

  get_pixel (pixbuf, x, y, rgb);
  /* JPEG is lossy: allow a small error. */
  g_assert_cmpint (ABS (rgb[0] - red), <=, 12);
  g_assert_cmpint (ABS (rgb[1] - green), <=, 12);
  g_assert_cmpint (ABS (rgb[2] - blue), <=, 12);
}

static void
fill_rect (GdkPixbuf *pixbuf,
           int        x,
           int        y,
           int        width,
           int        height,
           guint32    rgba)
{
  g_autoptr(GdkPixbuf) area = gdk_pixbuf_new_subpixbuf (pixbuf, x, y, width, height);

  gdk_pixbuf_fill (area, rgba);
}

/* Checks everything that must hold for any photo, and that the encoded
 * image is @width × @height. */
static void
assert_photo (const QzPhoto *photo,
              int            width,
              int            height)
{
  g_autoptr(GdkPixbuf) image = NULL;
  g_autoptr(GdkPixbuf) thumbnail = NULL;
  g_autofree char *expected_sha256 = NULL;
  int thumb_width;
  int thumb_height;

  g_assert_cmpint (photo->width, ==, width);
  g_assert_cmpint (photo->height, ==, height);

  image = decode (photo->jpeg);
  g_assert_cmpint (gdk_pixbuf_get_width (image), ==, width);
  g_assert_cmpint (gdk_pixbuf_get_height (image), ==, height);
  g_assert_false (gdk_pixbuf_get_has_alpha (image));

  /* The thumbnail fits in 256 × 256, touches the edge when the image is
   * larger than that, and keeps the aspect ratio. */
  thumbnail = decode (photo->thumbnail);
  thumb_width = gdk_pixbuf_get_width (thumbnail);
  thumb_height = gdk_pixbuf_get_height (thumbnail);
  if (MAX (width, height) > QZ_PHOTO_THUMBNAIL_SIDE)
    g_assert_cmpint (MAX (thumb_width, thumb_height), ==, QZ_PHOTO_THUMBNAIL_SIDE);
  else
    g_assert_cmpint (MAX (thumb_width, thumb_height), ==, MAX (width, height));
  if (width >= height)
    g_assert_cmpfloat (ABS ((double) thumb_width * height / width - thumb_height), <=, 1.0);
  else
    g_assert_cmpfloat (ABS ((double) thumb_height * width / height - thumb_width), <=, 1.0);
  g_assert_cmpuint (g_bytes_get_size (photo->thumbnail), <=, g_bytes_get_size (photo->jpeg));

  /* The copy for reports: at most 1280 on the long side, as recorded. */
  {
    g_autoptr(GdkPixbuf) print = decode (photo->print);

    g_assert_cmpint (gdk_pixbuf_get_width (print), ==, photo->print_width);
    g_assert_cmpint (gdk_pixbuf_get_height (print), ==, photo->print_height);
    g_assert_cmpint (MAX (photo->print_width, photo->print_height), ==, MIN (MAX (width, height), QZ_PHOTO_PRINT_SIDE));
    g_assert_cmpuint (g_bytes_get_size (photo->print), <=, g_bytes_get_size (photo->jpeg));
  }

  g_assert_nonnull (photo->sha256);
  g_assert_cmpuint (strlen (photo->sha256), ==, 64);
  for (const char *p = photo->sha256; *p; p++)
    g_assert_true (g_ascii_isdigit (*p) || (*p >= 'a' && *p <= 'f'));
  expected_sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, photo->jpeg);
  g_assert_cmpstr (photo->sha256, ==, expected_sha256);
}

/* Long side exactly 2048, short side within a pixel of the source
 * aspect ratio. */
static void
assert_fitted (const QzPhoto *photo,
               int            source_width,
               int            source_height)
{
  double expected;

  if (source_width >= source_height)
    {
      expected = (double) QZ_PHOTO_MAX_SIDE * source_height / source_width;
      g_assert_cmpint (photo->width, ==, QZ_PHOTO_MAX_SIDE);
      g_assert_cmpfloat (ABS (photo->height - expected), <=, 1.0);
    }
  else
    {
      expected = (double) QZ_PHOTO_MAX_SIDE * source_width / source_height;
      g_assert_cmpint (photo->height, ==, QZ_PHOTO_MAX_SIDE);
      g_assert_cmpfloat (ABS (photo->width - expected), <=, 1.0);
    }

  assert_photo (photo, photo->width, photo->height);
}

static void
test_large (void)
{
  const char *types[] = { "jpeg", "png" };
  g_autoptr(GdkPixbuf) source = make_pixbuf (6000, 4000, FALSE, 1);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = encode (source, types[i]);
      g_autoptr(QzPhoto) photo = NULL;
      gint64 start;
      gint64 elapsed;

      start = g_get_monotonic_time ();
      photo = qz_photo_new_from_bytes (bytes, &error);
      elapsed = g_get_monotonic_time () - start;
      g_assert_no_error (error);

      g_test_message ("6000x4000 %s of %.1f MB stored as %dx%d "
                      "(%.2f MB, thumbnail %.1f kB) in %d ms",
                      types[i], g_bytes_get_size (bytes) / 1e6,
                      photo->width, photo->height,
                      g_bytes_get_size (photo->jpeg) / 1e6,
                      g_bytes_get_size (photo->thumbnail) / 1e3,
                      (int) (elapsed / 1000));

      assert_fitted (photo, 6000, 4000);
    }
}

static void
test_small (void)
{
  g_autoptr(GdkPixbuf) medium = make_pixbuf (300, 200, FALSE, 2);
  g_autoptr(GdkPixbuf) tiny = make_pixbuf (100, 50, FALSE, 3);
  g_autoptr(GdkPixbuf) exact = make_pixbuf (2048, 1000, FALSE, 4);
  g_autoptr(QzPhoto) medium_photo = photo_from_pixbuf (medium, "png");
  g_autoptr(QzPhoto) tiny_photo = photo_from_pixbuf (tiny, "jpeg");
  g_autoptr(QzPhoto) exact_photo = photo_from_pixbuf (exact, "png");

  /* Never enlarged, neither the image nor the thumbnail. */
  assert_photo (medium_photo, 300, 200);
  assert_photo (tiny_photo, 100, 50);
  assert_photo (exact_photo, 2048, 1000);
}

static void
test_portrait (void)
{
  g_autoptr(GdkPixbuf) source = make_pixbuf (1000, 3000, FALSE, 5);
  g_autoptr(QzPhoto) from_png = photo_from_pixbuf (source, "png");
  g_autoptr(QzPhoto) from_jpeg = photo_from_pixbuf (source, "jpeg");

  assert_fitted (from_png, 1000, 3000);
  assert_fitted (from_jpeg, 1000, 3000);
  g_assert_cmpint (from_png->width, ==, 683);
}

static void
test_extreme_aspect (void)
{
  g_autoptr(GdkPixbuf) strip = make_pixbuf (20000, 3, FALSE, 6);
  g_autoptr(QzPhoto) photo = photo_from_pixbuf (strip, "png");

  /* At the limit, accepted; the short side does not round to zero. */
  g_assert_cmpint (photo->width, ==, QZ_PHOTO_MAX_SIDE);
  g_assert_cmpint (photo->height, ==, 1);
}

static void
test_same_hash (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkPixbuf) source = make_pixbuf (2500, 1800, FALSE, 7);
  g_autoptr(GdkPixbuf) other_source = make_pixbuf (2500, 1800, FALSE, 8);
  g_autoptr(GBytes) bytes = encode (source, "jpeg");
  g_autoptr(GBytes) copy = g_bytes_new (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(GBytes) other_bytes = encode (other_source, "jpeg");
  g_autoptr(QzPhoto) first = NULL;
  g_autoptr(QzPhoto) second = NULL;
  g_autoptr(QzPhoto) from_file = NULL;
  g_autoptr(QzPhoto) other = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileIOStream) io = NULL;

  first = qz_photo_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  second = qz_photo_new_from_bytes (copy, &error);
  g_assert_no_error (error);
  other = qz_photo_new_from_bytes (other_bytes, &error);
  g_assert_no_error (error);

  assert_fitted (first, 2500, 1800);
  g_assert_cmpstr (first->sha256, ==, second->sha256);
  g_assert_true (g_bytes_equal (first->jpeg, second->jpeg));
  g_assert_true (g_bytes_equal (first->thumbnail, second->thumbnail));
  g_assert_cmpstr (first->sha256, !=, other->sha256);

  /* Reading the same bytes from a file gives the same photo. */
  file = g_file_new_tmp ("qz-photo-XXXXXX.jpg", &io, &error);
  g_assert_no_error (error);
  g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                           NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_assert_no_error (error);
  from_file = qz_photo_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (from_file->sha256, ==, first->sha256);
  g_assert_true (g_bytes_equal (from_file->jpeg, first->jpeg));

  g_file_delete (file, NULL, NULL);
}

static void
test_alpha (void)
{
  g_autoptr(GdkPixbuf) source = make_pixbuf (400, 300, TRUE, 9);
  g_autoptr(GdkPixbuf) half = make_pixbuf (3000, 1000, TRUE, 10);
  g_autoptr(QzPhoto) photo = NULL;
  g_autoptr(QzPhoto) half_photo = NULL;
  g_autoptr(GdkPixbuf) image = NULL;
  g_autoptr(GdkPixbuf) half_image = NULL;

  /* Left half fully transparent (black underneath, which must not show),
   * right half opaque red. */
  fill_rect (source, 0, 0, 200, 300, 0x00000000);
  fill_rect (source, 200, 0, 200, 300, 0xff0000ff);
  photo = photo_from_pixbuf (source, "png");
  assert_photo (photo, 400, 300);
  image = decode (photo->jpeg);
  g_assert_cmpint (gdk_pixbuf_get_n_channels (image), ==, 3);
  assert_colour (image, 50, 150, 255, 255, 255);
  assert_colour (image, 350, 150, 255, 0, 0);

  /* Half transparent blue on white is light blue; scaled on the way. */
  fill_rect (half, 0, 0, 3000, 1000, 0x0000ff80);
  half_photo = photo_from_pixbuf (half, "png");
  assert_fitted (half_photo, 3000, 1000);
  half_image = decode (half_photo->jpeg);
  assert_colour (half_image, 1000, 300, 127, 127, 255);
}

/* Inserts an EXIF block holding only an orientation tag after the start
 * of image marker, as a camera would write it. */
static GBytes *
add_exif_orientation (GBytes *jpeg,
                      int     orientation)
{
  const guchar exif[] = {
    0xff, 0xe1, 0x00, 0x22,                   /* APP1, 34 bytes */
    'E', 'x', 'i', 'f', 0x00, 0x00,
    'M', 'M', 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, /* big-endian TIFF, IFD0 at 8 */
    0x00, 0x01,                               /* one entry */
    0x01, 0x12, 0x00, 0x03,                   /* Orientation, SHORT */
    0x00, 0x00, 0x00, 0x01,                   /* one value */
    0x00, (guchar) orientation, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00,                   /* no next IFD */
  };
  gsize size;
  const guchar *data = g_bytes_get_data (jpeg, &size);
  GByteArray *out = g_byte_array_sized_new (size + sizeof exif);

  g_assert_cmpuint (size, >, 2);
  g_assert_cmpint (data[0], ==, 0xff);
  g_assert_cmpint (data[1], ==, 0xd8);
  g_byte_array_append (out, data, 2);
  g_byte_array_append (out, exif, sizeof exif);
  g_byte_array_append (out, data + 2, size - 2);

  return g_byte_array_free_to_bytes (out);
}

static void
test_orientation (void)
{
  const struct { int width, height; } sizes[] = { { 400, 200 }, { 3000, 1000 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GdkPixbuf) source = make_pixbuf (sizes[i].width, sizes[i].height, FALSE, 11);
      g_autoptr(GBytes) plain = NULL;
      g_autoptr(GBytes) rotated = NULL;
      g_autoptr(QzPhoto) photo = NULL;
      g_autoptr(GdkPixbuf) image = NULL;
      int width = sizes[i].width;
      int height = sizes[i].height;

      /* Stored sideways: red on the left, blue on the right. */
      fill_rect (source, 0, 0, width / 2, height, 0xff0000ff);
      fill_rect (source, width / 2, 0, width - width / 2, height, 0x0000ffff);
      plain = encode (source, "jpeg");

      /* Orientation 6: turn a quarter clockwise to view, so the left
       * (red) comes on top. */
      rotated = add_exif_orientation (plain, 6);
      photo = qz_photo_new_from_bytes (rotated, &error);
      g_assert_no_error (error);
      if (MAX (width, height) > QZ_PHOTO_MAX_SIDE)
        assert_fitted (photo, height, width);
      else
        assert_photo (photo, height, width);
      g_assert_cmpint (photo->width, <, photo->height);

      image = decode (photo->jpeg);
      assert_colour (image, photo->width / 2, photo->height / 4, 255, 0, 0);
      assert_colour (image, photo->width / 2, photo->height * 3 / 4, 0, 0, 255);

      /* The tag is applied, not copied: the stored JPEG is upright
       * without it. */
      g_assert_null (gdk_pixbuf_get_option (image, "orientation"));
    }
}

static void
test_not_an_image (void)
{
  const char *text = "hello, this is text";
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) text_bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GdkPixbuf) source = make_pixbuf (300, 200, FALSE, 12);
  g_autoptr(GBytes) png = encode (source, "png");
  /* Cut inside the header, before the size is known. (Cut later,
   * gdk-pixbuf gives the part it decoded, as image viewers do.) */
  g_autoptr(GBytes) truncated = g_bytes_new_from_bytes (png, 0, 30);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileIOStream) io = NULL;
  g_autofree char *basename = NULL;
  QzPhoto *photo;

  photo = qz_photo_new_from_bytes (text_bytes, &error);
  g_assert_null (photo);
  g_assert_error (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_NOT_AN_IMAGE);
  g_clear_error (&error);

  photo = qz_photo_new_from_bytes (empty, &error);
  g_assert_null (photo);
  g_assert_error (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_NOT_AN_IMAGE);
  g_clear_error (&error);

  photo = qz_photo_new_from_bytes (truncated, &error);
  g_assert_null (photo);
  g_assert_error (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_NOT_AN_IMAGE);
  g_clear_error (&error);

  /* From a file, the message names it. */
  file = g_file_new_tmp ("qz-photo-XXXXXX.jpg", &io, &error);
  g_assert_no_error (error);
  g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE,
                           NULL, NULL, &error);
  g_assert_no_error (error);
  photo = qz_photo_new_from_file (file, NULL, &error);
  g_assert_null (photo);
  g_assert_error (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_NOT_AN_IMAGE);
  basename = g_file_get_basename (file);
  g_assert_nonnull (strstr (error->message, basename));
  g_clear_error (&error);

  /* An empty file too. */
  g_file_replace_contents (file, "", 0, NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_assert_no_error (error);
  photo = qz_photo_new_from_file (file, NULL, &error);
  g_assert_null (photo);
  g_assert_error (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_NOT_AN_IMAGE);

  g_file_delete (file, NULL, NULL);
}

static void
test_unreadable (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("qz-photo-XXXXXX", &error);
  g_autofree char *missing_path = NULL;
  g_autoptr(GFile) missing = NULL;
  g_autoptr(GFile) directory = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GdkPixbuf) source = make_pixbuf (300, 200, FALSE, 13);
  g_autoptr(GBytes) png = encode (source, "png");
  g_autoptr(GFile) good = NULL;
  QzPhoto *photo;

  g_assert_no_error (error);
  missing_path = g_build_filename (dir, "missing.jpg", NULL);
  missing = g_file_new_for_path (missing_path);
  photo = qz_photo_new_from_file (missing, NULL, &error);
  g_assert_null (photo);
  g_assert_error (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_UNREADABLE);
  g_assert_nonnull (strstr (error->message, "missing.jpg"));
  g_clear_error (&error);

  directory = g_file_new_for_path (dir);
  photo = qz_photo_new_from_file (directory, NULL, &error);
  g_assert_null (photo);
  g_assert_error (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_UNREADABLE);
  g_clear_error (&error);

  /* Cancellation is reported as such, so callers can stay silent. */
  good = g_file_get_child (directory, "good.png");
  g_file_replace_contents (good, g_bytes_get_data (png, NULL), g_bytes_get_size (png),
                           NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error);
  g_assert_no_error (error);
  g_cancellable_cancel (cancellable);
  photo = qz_photo_new_from_file (good, cancellable, &error);
  g_assert_null (photo);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  g_file_delete (good, NULL, NULL);
  g_file_delete (directory, NULL, NULL);
}

static void
test_too_large (void)
{
  const struct { guint32 width, height; } bombs[] = {
    { 30000, 30000 },  /* both sides over */
    { 15000, 15000 },  /* 225 megapixels */
    { 20001, 1 },      /* one side over */
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkPixbuf) wide = make_pixbuf (20001, 1, FALSE, 14);
  g_autoptr(GBytes) wide_png = encode (wide, "png");
  g_autoptr(GBytes) huge = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileIOStream) io = NULL;
  g_autofree char *basename = NULL;
  QzPhoto *photo;

  for (guint i = 0; i < G_N_ELEMENTS (bombs); i++)
    {
      g_autoptr(GBytes) header = qz_test_png_header (bombs[i].width, bombs[i].height);
      gint64 start = g_get_monotonic_time ();

      photo = qz_photo_new_from_bytes (header, &error);
      g_assert_null (photo);
      g_assert_error (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_TOO_LARGE);
      /* Refused from the header, not after allocating gigabytes. */
      g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 2);
      g_clear_error (&error);
    }

  /* A real image, one pixel too wide. */
  photo = qz_photo_new_from_bytes (wide_png, &error);
  g_assert_null (photo);
  g_assert_error (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "20001"));
  g_clear_error (&error);

  /* More than 64 MiB of data, whatever it is. */
  huge = g_bytes_new_take (g_malloc0 (64 * 1024 * 1024 + 1), 64 * 1024 * 1024 + 1);
  photo = qz_photo_new_from_bytes (huge, &error);
  g_assert_null (photo);
  g_assert_error (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* The same from a (sparse) file: refused from its size. */
  file = g_file_new_tmp ("qz-photo-XXXXXX.png", &io, &error);
  g_assert_no_error (error);
  g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (io)),
                             g_bytes_get_data (wide_png, NULL), 64, NULL, NULL, &error);
  g_assert_no_error (error);
  g_seekable_truncate (G_SEEKABLE (io), 100 * 1024 * 1024, NULL, &error);
  g_assert_no_error (error);
  g_io_stream_close (G_IO_STREAM (io), NULL, &error);
  g_assert_no_error (error);
  photo = qz_photo_new_from_file (file, NULL, &error);
  g_assert_null (photo);
  g_assert_error (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_TOO_LARGE);
  basename = g_file_get_basename (file);
  g_assert_nonnull (strstr (error->message, basename));

  g_file_delete (file, NULL, NULL);
}

/* A FIFO blocked the worker for ever, /dev/zero was read to the limit:
 * only a regular file is read, refused at once otherwise. */
static void
test_not_regular (void)
{
  g_autofree char *dir = g_dir_make_tmp ("qz-photo-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "photo.jpg", NULL);
  const char *paths[] = { fifo, "/dev/zero" };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(GError) error = NULL;
      QzPhoto *photo = qz_photo_new_from_file (file, NULL, &error);

      g_assert_null (photo);
      g_assert_error (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_UNREADABLE);
      g_assert_nonnull (strstr (error->message, "not a regular file"));
    }

  g_remove (fifo);
  g_rmdir (dir);
}

/* A JPEG or PNG cut short was stored with its missing part grey. */
static void
test_truncated (void)
{
  g_autoptr(GdkPixbuf) source = make_pixbuf (640, 480, FALSE, 21);
  const char *types[] = { "jpeg", "png" };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr(GBytes) whole = encode (source, types[i]);
      gsize size = g_bytes_get_size (whole);
      g_autoptr(GBytes) half = g_bytes_new_from_bytes (whole, 0, size / 2);
      g_autoptr(GBytes) all_but_end = g_bytes_new_from_bytes (whole, 0, size - 2);
      g_autoptr(GByteArray) trailing = g_byte_array_new ();
      g_autoptr(GBytes) with_trailing = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(QzPhoto) photo = NULL;
      g_autofree char *dir = g_dir_make_tmp ("qz-photo-XXXXXX", NULL);
      g_autofree char *path = g_build_filename (dir, "cut-short.img", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_test_message ("%s", types[i]);
      g_assert_null (qz_photo_new_from_bytes (half, &error));
      g_assert_error (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_TRUNCATED);
      g_clear_error (&error);
      g_assert_null (qz_photo_new_from_bytes (all_but_end, &error));
      g_assert_error (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_TRUNCATED);
      g_clear_error (&error);

      g_assert_true (g_file_set_contents (path, g_bytes_get_data (half, NULL), size / 2, NULL));
      g_assert_null (qz_photo_new_from_file (file, NULL, &error));
      g_assert_error (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_TRUNCATED);
      g_assert_nonnull (strstr (error->message, "cut-short.img"));
      g_clear_error (&error);

      /* What a camera appends after the end is no harm. */
      g_byte_array_append (trailing, g_bytes_get_data (whole, NULL), size);
      g_byte_array_append (trailing, (const guint8 *) "\0\0trailing data\xff\xd8", 17);
      with_trailing = g_byte_array_free_to_bytes (g_steal_pointer (&trailing));
      photo = qz_photo_new_from_bytes (with_trailing, &error);
      g_assert_no_error (error);
      g_assert_cmpint (photo->width, ==, 640);

      g_remove (path);
      g_rmdir (dir);
    }
}

/* A 200-megapixel image took 615 MB: refused over 50, from its header. */
static void
test_megapixels (void)
{
  g_autoptr(GBytes) header = qz_test_png_header (10000, 6000);
  g_autoptr(GError) error = NULL;

  g_assert_null (qz_photo_new_from_bytes (header, &error));
  g_assert_error (error, QZ_PHOTO_ERROR, QZ_PHOTO_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "50 megapixels"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qz/photo/large", test_large);
  g_test_add_func ("/qz/photo/small", test_small);
  g_test_add_func ("/qz/photo/portrait", test_portrait);
  g_test_add_func ("/qz/photo/extreme-aspect", test_extreme_aspect);
  g_test_add_func ("/qz/photo/same-hash", test_same_hash);
  g_test_add_func ("/qz/photo/alpha", test_alpha);
  g_test_add_func ("/qz/photo/orientation", test_orientation);
  g_test_add_func ("/qz/photo/not-an-image", test_not_an_image);
  g_test_add_func ("/qz/photo/unreadable", test_unreadable);
  g_test_add_func ("/qz/photo/too-large", test_too_large);
  g_test_add_func ("/qz/photo/not-regular", test_not_regular);
  g_test_add_func ("/qz/photo/truncated", test_truncated);
  g_test_add_func ("/qz/photo/megapixels", test_megapixels);

  return g_test_run ();
}
