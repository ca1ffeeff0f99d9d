/* qz-child.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "qz-child.h"

struct _QzChild
{
  GPid     pid;
  int      out;        /* its stdout, -1 at its end */
  GString *buffer;     /* read, not yet a whole line */
  gboolean reaped;
  int      status;
};

/**
 * qz_child_spawn:
 * @argv: the program and its arguments
 * @envp: (nullable): its environment, or %NULL for the test's
 *
 * Returns: (transfer full): the program, running, its stdout piped to
 *   the test (its stderr is the test's)
 */
QzChild *
qz_child_spawn (const char * const *argv,
                const char * const *envp)
{
  g_autoptr(GError) error = NULL;
  QzChild *child = g_new0 (QzChild, 1);

  g_spawn_async_with_pipes (NULL, (char **) argv, (char **) envp, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &child->pid, NULL, &child->out, NULL, &error);
  g_assert_no_error (error);
  child->buffer = g_string_new (NULL);
  return child;
}

/**
 * qz_child_read_line:
 * @child: a #QzChild
 * @deadline: until when to wait, in g_get_monotonic_time(); 0 reads
 *   only what has arrived, -1 waits for the end of its output
 *
 * Returns: (transfer full) (nullable): its next line, without the
 *   newline, or %NULL at the deadline or at the end of its output
 */
char *
qz_child_read_line (QzChild *child,
                    gint64   deadline)
{
  for (;;)
    {
      char *newline = memchr (child->buffer->str, '\n', child->buffer->len);
      char chunk[4096];
      struct pollfd pfd = { child->out, POLLIN, 0 };
      int timeout = -1;
      ssize_t n;

      if (newline != NULL)
        {
          char *line = g_strndup (child->buffer->str, newline - child->buffer->str);

          g_string_erase (child->buffer, 0, newline - child->buffer->str + 1);
          return line;
        }
      if (child->out < 0)
        return NULL;

      if (deadline >= 0)
        timeout = (int) MAX (0, (deadline - g_get_monotonic_time () + 999) / 1000);
      if (poll (&pfd, 1, timeout) < 0)
        {
          g_assert_cmpint (errno, ==, EINTR);
          continue;
        }
      if (pfd.revents == 0)
        return NULL;

      n = read (child->out, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          close (child->out);
          child->out = -1;
          continue;
        }
      g_string_append_len (child->buffer, chunk, n);
    }
}

/**
 * qz_child_read_until_ready:
 * @child: a #QzChild
 * @ready: the line it says when it is ready
 * @timeout_ms: how long it may take; failing the test after that
 */
void
qz_child_read_until_ready (QzChild    *child,
                           const char *ready,
                           guint       timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + timeout_ms * G_TIME_SPAN_MILLISECOND;

  for (;;)
    {
      g_autofree char *line = qz_child_read_line (child, deadline);

      if (line == NULL)
        g_error ("The child did not say “%s” within %u ms", ready, timeout_ms);
      if (g_str_equal (line, ready))
        return;
    }
}

void
qz_child_signal (QzChild *child,
                 int      signum)
{
  g_assert_false (child->reaped);
  g_assert_cmpint (kill (child->pid, signum), ==, 0);
}

/**
 * qz_child_wait:
 * @child: a #QzChild
 * @timeout_ms: how long it may take to end; failing the test after that
 *
 * Returns: its wait status
 */
int
qz_child_wait (QzChild *child,
               guint    timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + timeout_ms * G_TIME_SPAN_MILLISECOND;

  while (!child->reaped)
    {
      pid_t pid = waitpid (child->pid, &child->status, WNOHANG);

      if (pid == child->pid)
        {
          child->reaped = TRUE;
          break;
        }
      g_assert_cmpint (pid, ==, 0);
      if (g_get_monotonic_time () > deadline)
        g_error ("The child did not end within %u ms", timeout_ms);
      /* Its output is read meanwhile, and dropped, so that it never
       * blocks on a full pipe. */
      g_free (qz_child_read_line (child, g_get_monotonic_time () + 10 * G_TIME_SPAN_MILLISECOND));
    }

  return child->status;
}

void
qz_child_free (QzChild *child)
{
  if (!child->reaped)
    {
      kill (child->pid, SIGKILL);
      waitpid (child->pid, &child->status, 0);
    }
  if (child->out >= 0)
    close (child->out);
  g_spawn_close_pid (child->pid);
  g_string_free (child->buffer, TRUE);
  g_free (child);
}
