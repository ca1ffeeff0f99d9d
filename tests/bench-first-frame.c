/* bench-first-frame.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loaded with LD_PRELOAD into a GTK 4 program that bench-startup starts:
 * when the program presents its first window, this watches the window's
 * frame clock, and once the first frame is drawn notes the time
 * (CLOCK_MONOTONIC, µs), the resident memory, its peak, the number of
 * threads and the CPU time of the main thread (µs); SETTLE_MS later, what was loaded after the first frame
 * loaded, it adds the resident memory then, writes all to the file named
 * by QZ_BENCH_FIRST_FRAME, and ends the process.
 * The program itself is not changed: any GTK 4 application can be measured
 * the same way.
 */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <gtk/gtk.h>
#include <sys/resource.h>
#include <unistd.h>

void gtk_window_present           (GtkWindow *window);
void gtk_window_present_with_time (GtkWindow *window,
                                   guint32    timestamp);

#define SETTLE_MS 2000

static gboolean watching;
static char *first_frame;

/* A field of /proc/self/status, in kB or as a count. */
static gint64
status_field (const char *status,
              const char *name)
{
  const char *line = strstr (status, name);

  return line != NULL ? g_ascii_strtoll (line + strlen (name), NULL, 10) : -1;
}

static gboolean
settled_cb (gpointer unused)
{
  g_autofree char *status = NULL;
  g_autofree char *line = NULL;
  const char *path = g_getenv ("QZ_BENCH_FIRST_FRAME");

  g_file_get_contents ("/proc/self/status", &status, NULL, NULL);
  line = g_strdup_printf ("%s %" G_GINT64_FORMAT "\n", first_frame, status ? status_field (status, "VmRSS:") : -1);
  if (path != NULL)
    g_file_set_contents (path, line, -1, NULL);
  _exit (0);
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       unused)
{
  gint64 now = g_get_monotonic_time ();
  g_autofree char *status = NULL;
  struct rusage usage;
  gint64 cpu;

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, NULL);
  g_file_get_contents ("/proc/self/status", &status, NULL, NULL);
  /* The paint runs on the main thread: the work the first frame waited on. */
  getrusage (RUSAGE_THREAD, &usage);
  cpu = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * G_USEC_PER_SEC + usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
  first_frame = g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                                 " %" G_GINT64_FORMAT,
                                 now,
                                 status ? status_field (status, "VmRSS:") : -1,
                                 status ? status_field (status, "VmHWM:") : -1,
                                 status ? status_field (status, "Threads:") : -1,
                                 cpu);
  g_timeout_add (SETTLE_MS, settled_cb, NULL);
}

static void
watch (GtkWindow *window)
{
  GdkFrameClock *clock;

  if (watching || !GTK_IS_WINDOW (window))
    return;

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  if (clock == NULL)
    return;

  watching = TRUE;
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
}

void
gtk_window_present (GtkWindow *window)
{
  static void (*present) (GtkWindow *);

  if (present == NULL)
    present = (void (*) (GtkWindow *)) dlsym (RTLD_NEXT, "gtk_window_present");
  present (window);
  watch (window);
}

void
gtk_window_present_with_time (GtkWindow *window,
                              guint32    timestamp)
{
  static void (*present) (GtkWindow *, guint32);

  if (present == NULL)
    present = (void (*) (GtkWindow *, guint32)) dlsym (RTLD_NEXT, "gtk_window_present_with_time");
  present (window, timestamp);
  watch (window);
}
