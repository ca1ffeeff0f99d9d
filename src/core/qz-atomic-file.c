/* qz-atomic-file.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How every export reaches the disk: into a temporary file beside the
 * target, renamed over it once whole. A full disk leaves the old file as
 * it was; a link, a device or a pipe never leads the bytes into Qizhen's
 * own database or anywhere but a regular file.
 */

#define G_LOG_DOMAIN "qz-atomic-file"

#include "qz-config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "qz-atomic-file.h"

struct _QzAtomicFile
{
  char *target;     /* as the user named it, for messages */
  char *final;      /* where the file lands: the target, links resolved */
  char *temp;
  int   fd;
  gboolean committed;
};

/* A file no export may replace, as the database registers itself. */
typedef struct
{
  char  *path;      /* canonical */
  dev_t  dev;
  ino_t  ino;
} Protected;

static GMutex protected_lock;
static GPtrArray *protected_files;

G_DEFINE_QUARK (qz-atomic-file-error-quark, qz_atomic_file_error)

static void
protected_free (gpointer data)
{
  Protected *protected = data;

  g_free (protected->path);
  g_free (protected);
}

/* Links resolved, for a file that may not exist yet: its folder's. */
static char *
canonical_path (const char *path)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  char *resolved = realpath (path, NULL);

  if (resolved != NULL)
    {
      char *copy = g_strdup (resolved);

      free (resolved);
      return copy;
    }

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  resolved = realpath (dir, NULL);
  if (resolved == NULL)
    return g_canonicalize_filename (path, NULL);

  dir = (g_free (dir), g_build_filename (resolved, base, NULL));
  free (resolved);
  return g_steal_pointer (&dir);
}

/**
 * qz_atomic_file_protect:
 * @path: a file that no export may replace, such as the open database
 *
 * Registers @path, with the journals SQLite keeps beside it, until
 * qz_atomic_file_unprotect(). Registrations nest.
 */
void
qz_atomic_file_protect (const char *path)
{
  Protected *protected;
  GStatBuf st;

  g_return_if_fail (path != NULL);

  protected = g_new0 (Protected, 1);
  protected->path = canonical_path (path);
  if (g_stat (protected->path, &st) == 0)
    {
      protected->dev = st.st_dev;
      protected->ino = st.st_ino;
    }

  g_mutex_lock (&protected_lock);
  if (protected_files == NULL)
    protected_files = g_ptr_array_new_with_free_func (protected_free);
  g_ptr_array_add (protected_files, protected);
  g_mutex_unlock (&protected_lock);
}

/**
 * qz_atomic_file_unprotect:
 * @path: a path given to qz_atomic_file_protect()
 */
void
qz_atomic_file_unprotect (const char *path)
{
  g_autofree char *canonical = canonical_path (path);

  g_mutex_lock (&protected_lock);
  for (guint i = 0; protected_files != NULL && i < protected_files->len; i++)
    {
      Protected *protected = g_ptr_array_index (protected_files, i);

      if (g_str_equal (protected->path, canonical))
        {
          g_ptr_array_remove_index (protected_files, i);
          break;
        }
    }
  g_mutex_unlock (&protected_lock);
}

static gboolean
is_protected (const char     *canonical,
              const GStatBuf *st)
{
  static const char *journals[] = { "", "-wal", "-shm", "-journal" };
  gboolean found = FALSE;

  g_mutex_lock (&protected_lock);
  for (guint i = 0; !found && protected_files != NULL && i < protected_files->len; i++)
    {
      Protected *protected = g_ptr_array_index (protected_files, i);

      /* The same file under another name, a hard link included. */
      found = st != NULL && protected->ino != 0 &&
              st->st_dev == protected->dev && st->st_ino == protected->ino;
      for (guint j = 0; !found && j < G_N_ELEMENTS (journals); j++)
        {
          g_autofree char *name = g_strconcat (protected->path, journals[j], NULL);

          found = g_str_equal (name, canonical);
        }
    }
  g_mutex_unlock (&protected_lock);
  return found;
}

/* Whether the file at @final, when there is one, may be replaced. */
static gboolean
check_target (const char  *target,
              const char  *final,
              GStatBuf    *st,
              gboolean    *exists,
              GError     **error)
{
  *exists = g_stat (final, st) == 0;

  if (is_protected (final, *exists ? st : NULL))
    {
      g_set_error (error, QZ_ATOMIC_FILE_ERROR, QZ_ATOMIC_FILE_ERROR_REFUSED,
                   _("“%s” is Qizhen’s own database: writing there would destroy your cases. Choose another file."),
                   target);
      return FALSE;
    }

  if (*exists && !S_ISREG (st->st_mode))
    {
      g_set_error (error, QZ_ATOMIC_FILE_ERROR, QZ_ATOMIC_FILE_ERROR_REFUSED,
                   _("“%s” is not a regular file (it is a folder, a device or a pipe). Choose another file."),
                   target);
      return FALSE;
    }

  return TRUE;
}

static gboolean
set_io_error (const char  *target,
              int          saved_errno,
              GError     **error)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("“%s” could not be written: %s"), target, g_strerror (saved_errno));
  return FALSE;
}

/**
 * qz_atomic_file_new:
 * @target: the file to write, which may be a link
 * @error: return location for a #QzAtomicFileError or #GIOError
 *
 * Refuses a target that is Qizhen's database (after resolving links), a
 * device, a pipe or a folder, and creates an empty temporary file in the
 * target's folder. Write it with qz_atomic_file_write() or by its path,
 * then qz_atomic_file_commit(); freeing without committing removes it.
 *
 * Returns: (transfer full): the file being written, or %NULL with @error set
 */
QzAtomicFile *
qz_atomic_file_new (const char  *target,
                    GError     **error)
{
  g_autoptr(QzAtomicFile) self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  GStatBuf st;
  gboolean exists;

  g_return_val_if_fail (target != NULL, NULL);

  self = g_new0 (QzAtomicFile, 1);
  self->fd = -1;
  self->target = g_strdup (target);
  self->final = canonical_path (target);
  if (!check_target (target, self->final, &st, &exists, error))
    return NULL;

  dir = g_path_get_dirname (self->final);
  base = g_path_get_basename (self->final);
  name = g_strdup_printf (".%s.XXXXXX", base);
  self->temp = g_build_filename (dir, name, NULL);
  self->fd = g_mkstemp_full (self->temp, O_RDWR | O_CLOEXEC, 0666);
  if (self->fd < 0)
    {
      int saved_errno = errno;

      g_clear_pointer (&self->temp, g_free);
      set_io_error (target, saved_errno, error);
      return NULL;
    }

  /* The new file keeps the old one's permissions; a first one gets what
   * the umask allows, as any new file. */
  if (exists)
    fchmod (self->fd, st.st_mode & 07777);
  else
    {
      mode_t mask = umask (0);

      umask (mask);
      fchmod (self->fd, 0666 & ~mask);
    }

  return g_steal_pointer (&self);
}

/**
 * qz_atomic_file_get_temp_path:
 * @self: a #QzAtomicFile
 *
 * Returns: the temporary file, for writers that open a path themselves
 */
const char *
qz_atomic_file_get_temp_path (QzAtomicFile *self)
{
  return self->temp;
}

/**
 * qz_atomic_file_get_target:
 * @self: a #QzAtomicFile
 *
 * Returns: the target as given, for messages
 */
const char *
qz_atomic_file_get_target (QzAtomicFile *self)
{
  return self->target;
}

/**
 * qz_atomic_file_write:
 * @self: a #QzAtomicFile
 * @data: (array length=length): bytes to append
 * @length: their number
 * @error: return location for a #GIOError
 *
 * Returns: %TRUE when all of @data is written
 */
gboolean
qz_atomic_file_write (QzAtomicFile  *self,
                      const void    *data,
                      gsize          length,
                      GError       **error)
{
  const char *bytes = data;

  while (length > 0)
    {
      gssize written = write (self->fd, bytes, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        return set_io_error (self->target, errno, error);
      bytes += written;
      length -= (gsize) written;
    }

  return TRUE;
}

/**
 * qz_atomic_file_commit:
 * @self: a #QzAtomicFile, written whole
 * @error: return location for a #QzAtomicFileError or #GIOError
 *
 * Flushes the temporary file to the disk and renames it over the target,
 * checked again. On failure the target is as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
qz_atomic_file_commit (QzAtomicFile  *self,
                       GError       **error)
{
  GStatBuf st;
  gboolean exists;
  int fd = self->fd;

  g_return_val_if_fail (self->temp != NULL && !self->committed, FALSE);

  self->fd = -1;
  if (fsync (fd) != 0 || close (fd) != 0)
    return set_io_error (self->target, errno, error);

  if (!check_target (self->target, self->final, &st, &exists, error))
    return FALSE;

  if (g_rename (self->temp, self->final) != 0)
    return set_io_error (self->target, errno, error);

  self->committed = TRUE;
  return TRUE;
}

/**
 * qz_atomic_file_free:
 * @self: (nullable): a #QzAtomicFile
 *
 * Removes the temporary file unless it was committed.
 */
void
qz_atomic_file_free (QzAtomicFile *self)
{
  if (self == NULL)
    return;

  if (self->fd >= 0)
    close (self->fd);
  if (self->temp != NULL && !self->committed)
    g_unlink (self->temp);
  g_free (self->target);
  g_free (self->final);
  g_free (self->temp);
  g_free (self);
}

/**
 * qz_atomic_file_set_contents:
 * @target: the file to write
 * @data: (array length=length): its new contents
 * @length: their size
 * @error: return location for a #QzAtomicFileError or #GIOError
 *
 * Returns: %TRUE when @target holds @data; on failure it is as it was
 */
gboolean
qz_atomic_file_set_contents (const char  *target,
                             const void  *data,
                             gsize        length,
                             GError     **error)
{
  g_autoptr(QzAtomicFile) file = qz_atomic_file_new (target, error);

  return file != NULL &&
         qz_atomic_file_write (file, data, length, error) &&
         qz_atomic_file_commit (file, error);
}
