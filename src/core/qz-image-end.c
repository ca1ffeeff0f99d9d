/* qz-image-end.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-image-end"

#include "qz-config.h"

#include <string.h>

#include "qz-image-end.h"

/* The file is walked as it is read, a byte at a time, through its
 * structure only (no pixel is decoded): a JPEG's markers and segments up
 * to its End Of Image marker, a PNG's chunks up to the end of IEND. What follows
 * the end (cameras append data) is ignored. */

enum
{
  /* JPEG */
  JPEG_MARKER_FF,       /* expecting 0xFF */
  JPEG_MARKER_CODE,     /* after 0xFF */
  JPEG_LENGTH,          /* two bytes of a segment's length */
  JPEG_SKIP,            /* a segment's contents */
  JPEG_ENTROPY,         /* coded data after a start of scan */
  JPEG_ENTROPY_FF,      /* 0xFF in coded data */
  /* PNG */
  PNG_LENGTH,
  PNG_TYPE,
  PNG_SKIP,             /* a chunk's data and its CRC */
  DONE,
};

#define JPEG_SOS 0xDA
#define JPEG_EOI 0xD9
#define PNG_IEND 0x49454E44u

static const guint8 png_signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

static void
feed_jpeg (QzImageEnd *self,
           guint8      byte)
{
  switch (self->state)
    {
    case JPEG_MARKER_FF:
      /* Fill bytes before a marker are allowed; anything else is not
       * the structure we know, and the loader is left to judge. */
      if (byte == 0xFF)
        self->state = JPEG_MARKER_CODE;
      break;

    case JPEG_MARKER_CODE:
      if (byte == 0xFF)
        break;
      if (byte == JPEG_EOI)
        {
          self->complete = TRUE;
          self->state = DONE;
        }
      else if (byte == 0x01 || (byte >= 0xD0 && byte <= 0xD8))
        self->state = JPEG_MARKER_FF;     /* markers without a length */
      else
        {
          self->type = byte;
          self->length = 0;
          self->n_field = 0;
          self->state = JPEG_LENGTH;
        }
      break;

    case JPEG_LENGTH:
      self->length = (self->length << 8) | byte;
      if (++self->n_field < 2)
        break;
      if (self->length < 2)
        {
          self->state = DONE;   /* damaged: never complete */
          break;
        }
      self->skip = self->length - 2;
      self->state = self->skip > 0 ? JPEG_SKIP : (self->type == JPEG_SOS ? JPEG_ENTROPY : JPEG_MARKER_FF);
      break;

    case JPEG_SKIP:
      if (--self->skip == 0)
        self->state = self->type == JPEG_SOS ? JPEG_ENTROPY : JPEG_MARKER_FF;
      break;

    case JPEG_ENTROPY:
      if (byte == 0xFF)
        self->state = JPEG_ENTROPY_FF;
      break;

    case JPEG_ENTROPY_FF:
      if (byte == 0x00 || (byte >= 0xD0 && byte <= 0xD7))
        self->state = JPEG_ENTROPY;       /* a stuffed byte or a restart marker */
      else if (byte != 0xFF)
        {
          self->state = JPEG_MARKER_CODE;  /* the marker after the scan */
          feed_jpeg (self, byte);
        }
      break;

    default:
      break;
    }
}

static void
feed_png (QzImageEnd *self,
          guint8      byte)
{
  switch (self->state)
    {
    case PNG_LENGTH:
      self->length = (self->length << 8) | byte;
      if (++self->n_field == 4)
        {
          self->n_field = 0;
          self->type = 0;
          self->state = PNG_TYPE;
        }
      break;

    case PNG_TYPE:
      self->type = (self->type << 8) | byte;
      if (++self->n_field < 4)
        break;
      self->n_field = 0;
      self->skip = (guint64) self->length + 4;
      self->state = PNG_SKIP;
      break;

    case PNG_SKIP:
      if (--self->skip > 0)
        break;
      if (self->type == PNG_IEND)
        {
          self->complete = TRUE;   /* with the CRC of IEND */
          self->state = DONE;
          break;
        }
      self->length = 0;
      self->state = PNG_LENGTH;
      break;

    default:
      break;
    }
}

/**
 * qz_image_end_feed:
 * @self: a #QzImageEnd, zero-filled before the first call
 * @data: the next bytes of the file
 * @size: their number
 */
void
qz_image_end_feed (QzImageEnd   *self,
                   const guint8 *data,
                   gsize         size)
{
  gsize i = 0;

  /* The format, from the file's first bytes. */
  while (self->format == QZ_IMAGE_END_UNKNOWN && self->n_head < sizeof self->head && i < size)
    {
      self->head[self->n_head++] = data[i++];
      if (self->n_head == 2 && self->head[0] == 0xFF && self->head[1] == 0xD8)
        {
          self->format = QZ_IMAGE_END_JPEG;
          self->state = JPEG_MARKER_FF;
        }
      else if (self->n_head == sizeof png_signature && memcmp (self->head, png_signature, sizeof png_signature) == 0)
        {
          self->format = QZ_IMAGE_END_PNG;
          self->state = PNG_LENGTH;
        }
    }

  for (; i < size && self->state != DONE; i++)
    {
      if (self->format == QZ_IMAGE_END_JPEG)
        feed_jpeg (self, data[i]);
      else if (self->format == QZ_IMAGE_END_PNG)
        feed_png (self, data[i]);
      else
        return;
    }
}

/**
 * qz_image_end_is_complete:
 * @self: a #QzImageEnd fed the whole file
 *
 * Returns: %FALSE if the file is a JPEG or a PNG that ends before its
 *   end marker; %TRUE otherwise (other formats are not checked)
 */
gboolean
qz_image_end_is_complete (QzImageEnd *self)
{
  if (self->format == QZ_IMAGE_END_UNKNOWN)
    return TRUE;
  return self->complete;
}
