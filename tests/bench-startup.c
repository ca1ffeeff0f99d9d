/* bench-startup.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Start-up as a user sees it: the time from starting the qizhen binary to
 * its first window drawn, and its resident memory then, with 0, 10,000 and
 * 50,000 enterprises in the database; beside it a bare libadwaita window
 * (this program with --bare) and gnome-text-editor when it is installed,
 * in the same run, and another build of qizhen named by
 * QZ_BENCH_QIZHEN_BASE when set, to compare two builds side by side.
 * Each start is a fresh process, timed from outside: the
 * module given as the first argument (bench-first-frame.c) is preloaded
 * into it and reports the first frame, and the resident memory two
 * seconds later, once what loads after the first frame has loaded. Runs
 * of the subjects alternate, so
 * that the machine's drift falls on all alike; medians are printed.
 * Asserts nothing about time.
 */

#include <adwaita.h>
#include <glib/gstdio.h>

#include "qz-bench-fill.h"
#include "qz-database.h"
#include "qz-test-utils.h"

#define N_RUNS 7

typedef struct
{
  const char *label;
  char       *program;
  char       *argument;
  char       *data_dir;
  double      ms[N_RUNS];
  double      rss[N_RUNS];
  double      settled[N_RUNS];
  double      cpu[N_RUNS];
  double      peak[N_RUNS];
  double      threads[N_RUNS];
} Subject;

static char *
make_case_base (const char *dir,
                guint       n_enterprises)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("%u", n_enterprises);
  char *data_dir = g_build_filename (dir, name, NULL);
  g_autofree char *folder = g_build_filename (data_dir, "qizhen", NULL);
  g_autofree char *path = g_build_filename (folder, "qizhen.db", NULL);
  g_autoptr(QzDatabase) database = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  if (n_enterprises > 0)
    qz_bench_fill (path, 0, n_enterprises);
  /* Migrated and checked once, as a case base in use is. */
  database = qz_database_open (path, &error);
  g_assert_no_error (error);
  return data_dir;
}

/* One start of @subject, until its first frame. */
static void
measure (Subject    *subject,
         guint       run,
         const char *module,
         const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *report_path = g_build_filename (dir, "first-frame", NULL);
  g_autofree char *config = g_build_filename (dir, "config", NULL);
  g_autofree char *report = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  g_auto(GStrv) fields = NULL;
  const char *argv[] = { subject->program, subject->argument, NULL };
  gint64 start;
  int status;

  envp = g_environ_setenv (envp, "LD_PRELOAD", module, TRUE);
  envp = g_environ_setenv (envp, "QZ_BENCH_FIRST_FRAME", report_path, TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", subject->data_dir ? subject->data_dir : dir, TRUE);
  envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", config, TRUE);
  envp = g_environ_setenv (envp, "XDG_STATE_HOME", config, TRUE);
  /* Not what a user runs with, and other programs' warnings are not ours. */
  envp = g_environ_unsetenv (envp, "G_DEBUG");
  envp = g_environ_unsetenv (envp, "G_ENABLE_DIAGNOSTIC");
  g_remove (report_path);

  start = g_get_monotonic_time ();
  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_STDOUT_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (g_file_get_contents (report_path, &report, NULL, &error));

  fields = g_strsplit (g_strstrip (report), " ", -1);
  g_assert_cmpuint (g_strv_length (fields), ==, 6);
  subject->ms[run] = (g_ascii_strtoll (fields[0], NULL, 10) - start) / 1000.0;
  subject->rss[run] = g_ascii_strtoll (fields[1], NULL, 10) / 1024.0;
  subject->peak[run] = g_ascii_strtoll (fields[2], NULL, 10) / 1024.0;
  subject->threads[run] = g_ascii_strtoll (fields[3], NULL, 10);
  subject->cpu[run] = g_ascii_strtoll (fields[4], NULL, 10) / 1000.0;
  subject->settled[run] = g_ascii_strtoll (fields[5], NULL, 10) / 1024.0;
}

static double
median (double *values)
{
  qsort (values, N_RUNS, sizeof (double), qz_test_compare_doubles);
  return values[N_RUNS / 2];
}

static void
activate_bare_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), adw_status_page_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 640);
  gtk_window_present (GTK_WINDOW (window));
}

/* The floor: a libadwaita window with a header bar and nothing else. */
static int
run_bare (void)
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.qizhen.Bench", G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (activate_bare_cb), NULL);
  return g_application_run (G_APPLICATION (app), 0, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *self_path = NULL;
  g_autofree char *editor = g_find_program_in_path ("gnome-text-editor");
  g_autoptr(GTestDBus) bus = NULL;
  g_autofree char *display = NULL;
  Subject subjects[] = {
    { "qizhen, 0 enterprises" },
    { "qizhen, 10,000 enterprises" },
    { "qizhen, 50,000 enterprises" },
    { "bare libadwaita window" },
    { "gnome-text-editor" },
    { "base build, 0 enterprises" },
    { "base build, 50,000 enterprises" },
  };
  const char *base = g_getenv ("QZ_BENCH_QIZHEN_BASE");
  guint n_subjects = 0;
  Subject *chosen[G_N_ELEMENTS (subjects)];
  const guint sizes[] = { 0, 10000, 50000 };

  if (argc > 1 && g_str_equal (argv[1], "--bare"))
    return run_bare ();

  g_assert_cmpint (argc, ==, 2);
  g_assert_nonnull (g_getenv ("QZ_TEST_QIZHEN"));
  self_path = g_canonicalize_filename (argv[0], NULL);
  dir = qz_test_make_tmpdir ();

  /* Applications register on the session bus: a private one, so that
   * nothing already running answers in their place. */
  display = g_strdup (g_getenv ("DISPLAY"));
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);
  /* which takes the display away, for its own sake */
  if (display != NULL)
    g_setenv ("DISPLAY", display, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      subjects[i].program = g_strdup (g_getenv ("QZ_TEST_QIZHEN"));
      subjects[i].data_dir = make_case_base (dir, sizes[i]);
    }
  subjects[3].program = g_strdup (self_path);
  subjects[3].argument = g_strdup ("--bare");
  subjects[4].program = g_strdup (editor);
  /* A new empty document, nothing restored. */
  subjects[4].argument = g_strdup ("--ignore-session");
  subjects[5].program = g_strdup (base);
  subjects[5].data_dir = g_strdup (subjects[0].data_dir);
  subjects[6].program = g_strdup (base);
  subjects[6].data_dir = g_strdup (subjects[2].data_dir);
  for (guint s = 0; s < G_N_ELEMENTS (subjects); s++)
    if (subjects[s].program != NULL)
      chosen[n_subjects++] = &subjects[s];

  /* One start of each to warm the disk cache, not counted. */
  for (guint s = 0; s < n_subjects; s++)
    measure (chosen[s], 0, argv[1], dir);
  for (guint run = 0; run < N_RUNS; run++)
    for (guint s = 0; s < n_subjects; s++)
      measure (chosen[s], run, argv[1], dir);

  /* The main thread's CPU time to the first frame says more than the
   * wall time on a busy machine. */
  g_print ("start to first window drawn (wall, main thread's CPU), memory then and 2 s later; medians of %d starts\n",
           N_RUNS);
  for (guint s = 0; s < n_subjects; s++)
    g_print ("%-32s %7.1f ms  CPU %6.1f ms  resident %6.1f MiB  peak %6.1f MiB  %3.0f threads  2 s later %6.1f MiB\n",
             chosen[s]->label, median (chosen[s]->ms), median (chosen[s]->cpu), median (chosen[s]->rss),
             median (chosen[s]->peak), median (chosen[s]->threads), median (chosen[s]->settled));
  /* Each series is sorted by median() above: the middle one is its median. */
  g_print ("50,000 / 0 enterprises: %.2fx (target <= 1.05)\n", subjects[2].ms[N_RUNS / 2] / subjects[0].ms[N_RUNS / 2]);
  g_print ("10,000 / 0 enterprises: %.2fx\n", subjects[1].ms[N_RUNS / 2] / subjects[0].ms[N_RUNS / 2]);
  g_print ("main thread's CPU, 50,000 / 0 enterprises: %.2fx\n", subjects[2].cpu[N_RUNS / 2] / subjects[0].cpu[N_RUNS / 2]);
  if (editor != NULL)
    {
      g_print ("50,000 enterprises / gnome-text-editor: %.2fx (target <= 1.0)\n",
               subjects[2].ms[N_RUNS / 2] / subjects[4].ms[N_RUNS / 2]);
      g_print ("resident 2 s after the first frame, 50,000 enterprises - gnome-text-editor: %+.1f MiB (target <= +10)\n",
               subjects[2].settled[N_RUNS / 2] - subjects[4].settled[N_RUNS / 2]);
    }
  else
    g_print ("gnome-text-editor is not installed: no comparison\n");

  for (guint s = 0; s < G_N_ELEMENTS (subjects); s++)
    {
      g_free (subjects[s].program);
      g_free (subjects[s].argument);
      g_free (subjects[s].data_dir);
    }
  g_test_dbus_down (bus);
  qz_test_remove_tree (dir);
  return 0;
}
