/* qz-file.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-file"

#include "qz-config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "qz-file.h"

/* A path the user gave may name anything: /dev/zero never ends, a FIFO
 * blocks open() and read() until someone writes, a folder cannot be
 * read. Opening with O_NONBLOCK returns at once whatever it is, and
 * fstat() on the descriptor then says what was opened, with no window
 * for the path to be swapped in between. */

static void
set_errno_error (GError     **error,
                 int          saved,
                 const char  *path)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
               _("“%s” cannot be read: %s"), name, g_strerror (saved));
}

static void
set_too_large_error (GError     **error,
                     const char  *path,
                     guint64      size,
                     gsize        max_size)
{
  g_autofree char *name = g_filename_display_name (path);
  g_autofree char *has = g_format_size (size);
  g_autofree char *max = g_format_size (max_size);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
               _("“%s” is too large (%s; Qizhen reads at most %s)."), name, has, max);
}

/**
 * qz_file_open_regular:
 * @path: a file from outside
 * @max_size: the largest size accepted
 * @error: return location for a #GIOError with a translated message
 *   naming the file
 *
 * Opens @path for reading if it is a regular file of at most @max_size
 * bytes; a folder, a device, a FIFO or a socket is refused without
 * blocking.
 *
 * Returns: a descriptor to close(), or -1 with @error set
 */
int
qz_file_open_regular (const char  *path,
                      gsize        max_size,
                      GError     **error)
{
  struct stat info;
  int fd;

  g_return_val_if_fail (path != NULL, -1);

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      set_errno_error (error, errno, path);
      return -1;
    }

  if (fstat (fd, &info) != 0)
    {
      set_errno_error (error, errno, path);
      close (fd);
      return -1;
    }

  if (!S_ISREG (info.st_mode))
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("“%s” is not a regular file (it is a folder, a device or a pipe)."), name);
      close (fd);
      return -1;
    }

  if ((guint64) info.st_size > max_size)
    {
      set_too_large_error (error, path, info.st_size, max_size);
      close (fd);
      return -1;
    }

  return fd;
}

/**
 * qz_file_read_regular:
 * @path: a file from outside
 * @max_size: the largest size accepted
 * @error: as for qz_file_open_regular()
 *
 * Reads @path whole, as qz_file_open_regular() opens it; a file that
 * grows past @max_size while it is read is refused too.
 *
 * Returns: (transfer full): the contents, or %NULL with @error set
 */
GBytes *
qz_file_read_regular (const char  *path,
                      gsize        max_size,
                      GError     **error)
{
  g_autoptr(GByteArray) contents = NULL;
  guint8 chunk[64 * 1024];
  int fd = qz_file_open_regular (path, max_size, error);

  if (fd < 0)
    return NULL;

  contents = g_byte_array_new ();
  for (;;)
    {
      gssize n_read = read (fd, chunk, sizeof chunk);

      if (n_read < 0 && errno == EINTR)
        continue;
      if (n_read < 0)
        {
          set_errno_error (error, errno, path);
          close (fd);
          return NULL;
        }
      if (n_read == 0)
        break;
      if ((gsize) n_read > max_size - contents->len)
        {
          set_too_large_error (error, path, (guint64) contents->len + n_read, max_size);
          close (fd);
          return NULL;
        }
      g_byte_array_append (contents, chunk, n_read);
    }

  close (fd);
  return g_byte_array_free_to_bytes (g_steal_pointer (&contents));
}
