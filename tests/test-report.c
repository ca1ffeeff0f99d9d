/* test-report.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "qz-config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <libintl.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "qz-doc-layout.h"
#include "qz-doc-pdf.h"
#include "qz-enterprise-store.h"
#include "qz-plan.h"
#include "qz-report-source.h"
#include "qz-report.h"
#include "qz-test-utils.h"

/* The reports are checked from outside, with poppler's tools and qpdf, as
 * a reader's program would see them. */

typedef struct
{
  QzTestSample  sample;
  QzPlanStore  *plans;
  char         *pdf;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  qz_test_sample_set_up (&fixture->sample, NULL);
  fixture->plans = qz_plan_store_new (fixture->sample.database);
  fixture->pdf = g_build_filename (fixture->sample.data.dir, "report.pdf", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_free (fixture->pdf);
  g_clear_object (&fixture->plans);
  qz_test_sample_tear_down (&fixture->sample, NULL);
}

/* Runs a tool; its standard output, or NULL when it failed. */
static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    {
      g_test_message ("%s failed: %s", argv[0], err);
      return NULL;
    }

  return g_steal_pointer (&out);
}

static void
export_with (Fixture      *fixture,
             const char   *language,
             QzReportLogo *logo)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzReportInput) input = qz_report_input_gather (fixture->sample.enterprises, fixture->sample.store,
                                                           fixture->plans, fixture->sample.assessment, &error);
  QzReportOptions options = { QZ_REPORT_ALL, "温州市数字化转型服务中心", "张工", language, logo };

  g_assert_no_error (error);
  g_assert_true (qz_report_export_pdf (input, &options, fixture->pdf, &error));
  g_assert_no_error (error);
}

static void
export_in (Fixture    *fixture,
           const char *language)
{
  export_with (fixture, language, NULL);
}

static void
export (Fixture *fixture)
{
  export_in (fixture, "en");
}

static guint
n_pages (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = run (argv);
  const char *line;

  g_assert_nonnull (info);
  line = strstr (info, "Pages:");
  g_assert_nonnull (line);
  return (guint) g_ascii_strtoull (line + 6, NULL, 10);
}

static char *
page_text (const char *pdf,
           int         page)
{
  g_autofree char *first = g_strdup_printf ("%d", page);
  const char *argv[] = { "pdftotext", "-f", first, "-l", first, "-layout", pdf, "-", NULL };
  const char *all[] = { "pdftotext", "-layout", pdf, "-", NULL };

  return run (page > 0 ? argv : all);
}

/* The sample's report: its pages, its fonts embedded, the texts a reader
 * searches for, bookmarks and properties, and a file qpdf finds sound. */
static void
test_sample (Fixture       *fixture,
             gconstpointer  data)
{
  const char *fonts_argv[] = { "pdffonts", fixture->pdf, NULL };
  const char *info_argv[] = { "pdfinfo", fixture->pdf, NULL };
  const char *check_argv[] = { "qpdf", "--check", fixture->pdf, NULL };
  const char *outline_argv[] = { "qpdf", "--json", "--json-key=outlines", fixture->pdf, NULL };
  static const char *titles[] = {
    "Contents", "Overview", "The Enterprise", "The Assessment", "Scores by Dimension", "Problems",
    "The Improvement Plan", "Appendix", "Every Answer",
  };
  g_autofree char *fonts = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *check = NULL;
  g_autofree char *outline = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_fonts = 0;

  export (fixture);
  g_assert_cmpuint (n_pages (fixture->pdf), >=, 8);

  /* Every font embedded, as a subset: pdffonts' "emb" and "sub" columns. */
  fonts = run (fonts_argv);
  lines = g_strsplit (fonts, "\n", -1);
  for (guint i = 2; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_test_message ("%s", lines[i]);
      g_assert_nonnull (strstr (lines[i], " yes yes "));
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >=, 1);

  text = page_text (fixture->pdf, 0);
  g_assert_nonnull (text);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    g_assert_nonnull (strstr (text, titles[i]));
  g_assert_nonnull (strstr (text, "温州瓯江阀门有限公司（示例）"));
  g_assert_nonnull (strstr (text, "温州市数字化转型服务中心"));
  g_assert_nonnull (strstr (text, "Total: 71.7 of 100"));
  /* The first measure of the sample's draft (test-plan-draft), its name wrapped in its cell. */
  g_assert_nonnull (strstr (text, "Install smart "));
  g_assert_null (strstr (text, "Page 1 of"));   /* no footer on the cover */
  g_assert_nonnull (strstr (text, "Page 2 of"));

  info = run (info_argv);
  g_assert_nonnull (strstr (info, "Title:           Digital Transformation Diagnosis Report: 温州瓯江阀门有限公司（示例）"));
  g_assert_nonnull (strstr (info, "Author:          张工"));
  g_assert_nonnull (strstr (info, "Creator:         Qizhen"));
  g_assert_nonnull (strstr (info, "CreationDate:"));

  check = run (check_argv);
  g_assert_nonnull (check);
  g_assert_nonnull (strstr (check, "No syntax or stream encoding errors found"));

  /* The contents' entries are links, each to its heading (a named
   * destination), as are the bookmarks. */
  {
    const char *json_argv[] = { "qpdf", "--json", fixture->pdf, NULL };
    g_autofree char *json = run (json_argv);
    guint n_links = 0, n_destinations = 0;

    g_assert_nonnull (json);
    for (const char *p = json; (p = strstr (p, "\"/Subtype\": \"/Link\"")) != NULL; p++)
      n_links++;
    for (const char *p = json; (p = strstr (p, "\"/Dest\": \"u:h")) != NULL; p++)
      n_destinations++;
    g_test_message ("%u links, %u destinations", n_links, n_destinations);
    g_assert_cmpuint (n_links, >=, 10);
    g_assert_cmpuint (n_destinations, >=, 2 * n_links);
  }

  /* Bookmarks: each section, with its subsections inside. */
  outline = run (outline_argv);
  g_assert_nonnull (outline);
  g_assert_nonnull (strstr (outline, "\"title\": \"3 The Assessment\""));
  g_assert_nonnull (strstr (outline, "\"title\": \"3.1 Scores by Dimension\""));
  g_assert_nonnull (strstr (outline, "\"title\": \"6 Appendix\""));
}

/* A table of 200 rows of three lines each runs over pages: the header is
 * on every page it runs onto, and no row is cut between two pages. */
static void
test_long_table (void)
{
  static const double widths[] = { 0.3, 0.7 };
  g_autofree char *dir = qz_test_make_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "long.pdf", NULL);
  g_autoptr(QzDoc) doc = qz_doc_new ();
  g_autoptr(QzDocLayout) layout = NULL;
  QzDocStyle style = { "Noto Sans CJK SC", "Qizhen", "Test" };
  QzDocMetadata metadata = { "Long", "Test", "Test", "Test" };
  QzDocBlock *table;
  guint pages;

  qz_doc_add_heading (doc, 1, "Appendix");
  table = qz_doc_add_table (doc, 2, widths);
  qz_doc_block_set_header (table, "HEADCELL", "Answer", NULL);
  for (guint i = 1; i <= 200; i++)
    {
      g_autofree char *name = g_strdup_printf ("Row%03u", i);
      g_autofree char *text = g_strdup_printf ("Top%03u\nMiddle%03u\nEnd%03u", i, i, i);

      qz_doc_block_add_row (table, name, text, NULL);
    }

  layout = qz_doc_layout_new (doc, &style);
  g_assert_true (qz_doc_layout_write_pdf (layout, pdf, &metadata, NULL));
  pages = n_pages (pdf);
  g_assert_cmpuint (pages, ==, qz_doc_layout_get_n_pages (layout));
  g_assert_cmpuint (pages, >=, 5);

  for (guint page = 1; page <= pages; page++)
    {
      g_autofree char *text = page_text (pdf, page);

      g_assert_nonnull (strstr (text, "HEADCELL"));
      for (guint i = 1; i <= 200; i++)
        {
          g_autofree char *top = g_strdup_printf ("Top%03u", i);
          g_autofree char *end = g_strdup_printf ("End%03u", i);

          g_assert_true ((strstr (text, top) != NULL) == (strstr (text, end) != NULL));
        }
    }

  qz_test_remove_tree (dir);
}

/* A disk that fills half-way through the report, and a device as the
 * target: the previous file stays, nothing is left beside it, and the
 * device is not replaced by a file. */
static void
test_pdf_target_kept (void)
{
  g_autofree char *dir = qz_test_make_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *device = g_build_filename (dir, "null.pdf", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(QzDoc) doc = qz_doc_new ();
  g_autoptr(QzDocLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  QzDocStyle style = { "Noto Sans CJK SC", "Qizhen", "Test" };
  QzDocMetadata metadata = { "Kept", "Test", "Test", "Test" };
  GStatBuf st;

  qz_doc_add_heading (doc, 1, "Summary");
  qz_doc_add_paragraph (doc, "A report long enough to need more than a few bytes on the disk.");
  layout = qz_doc_layout_new (doc, &style);
  g_assert_true (g_file_set_contents (pdf, "the previous report", -1, NULL));
  before = qz_test_list_dir (dir);

  qz_test_limit_file_size (1024);
  g_assert_false (qz_doc_layout_write_pdf (layout, pdf, &metadata, &error));
  qz_test_limit_file_size (0);
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "the previous report");
  after = qz_test_list_dir (dir);
  g_assert_cmpstr (after, ==, before);

  g_assert_cmpint (symlink ("/dev/null", device), ==, 0);
  g_assert_false (qz_doc_layout_write_pdf (layout, device, &metadata, &error));
  g_assert_nonnull (strstr (error->message, device));
  g_assert_cmpint (g_stat ("/dev/null", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
  g_assert_true (g_file_test (device, G_FILE_TEST_IS_SYMLINK));

  qz_test_remove_tree (dir);
}

/* Twenty photos: embedded as the JPEG data stored, not decoded and
 * compressed again, so the report stays under 10 MB. */
static void
test_photos (Fixture       *fixture,
             gconstpointer  data)
{
  const char *images_argv[] = { "pdfimages", "-list", fixture->pdf, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *images = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_jpeg = 0;
  struct stat st;

  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(GBytes) jpeg = qz_test_photo_jpeg (i);
      g_autoptr(QzPhoto) photo = qz_photo_new_from_bytes (jpeg, &error);
      g_autoptr(QzEvidence) evidence = NULL;

      g_assert_no_error (error);
      evidence = qz_evidence_store_add_photo (qz_assessment_store_get_evidence (fixture->sample.store), fixture->sample.assessment, "network-connectivity", photo, &error);
      g_assert_no_error (error);
    }

  export (fixture);
  g_assert_cmpint (g_stat (fixture->pdf, &st), ==, 0);
  g_test_message ("%" G_GINT64_FORMAT " bytes", (gint64) st.st_size);
  /* Decoded, the photos alone would take 20 × 2048 × 1536 × 3 bytes. */
  g_assert_cmpint (st.st_size, <, 10 * 1024 * 1024);

  images = run (images_argv);
  lines = g_strsplit (images, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    n_jpeg += strstr (lines[i], " image ") != NULL && strstr (lines[i], " jpeg ") != NULL;
  g_assert_cmpuint (n_jpeg, ==, 20);
}

/* Written in Chinese, the framework's texts are Chinese whatever the
 * interface's language: the dimensions, the measures. (The sentences of
 * the report follow the translation, which the tests, in the C locale,
 * do not load.) */
static void
test_chinese (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *text = NULL;

  export_in (fixture, "zh_CN");
  text = page_text (fixture->pdf, 0);
  g_assert_nonnull (strstr (text, "数字化基础"));
  g_assert_nonnull (strstr (text, "营销管理"));
  g_assert_null (strstr (text, "Digital foundation"));

  export_in (fixture, "en");
  g_free (text);
  text = page_text (fixture->pdf, 0);
  g_assert_nonnull (strstr (text, "Digital foundation"));
  g_assert_null (strstr (text, "数字化基础"));
}

/* A logo with transparency goes on the cover, laid on white, and the
 * file stays sound; a file that is not an image, or is not there, is
 * refused with a message. */
static void
test_logo (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *png = g_build_filename (fixture->sample.data.dir, "logo.png", NULL);
  g_autofree char *text = g_build_filename (fixture->sample.data.dir, "logo.txt", NULL);
  g_autofree char *missing = g_build_filename (fixture->sample.data.dir, "none.png", NULL);
  g_autofree char *first = NULL;
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, TRUE, 8, 300, 100);
  g_autoptr(QzReportLogo) logo = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdfimages", "-f", "1", "-l", "1", "-list", fixture->pdf, NULL };
  g_auto(GStrv) lines = NULL;
  guint n_images = 0, n_masks = 0;

  gdk_pixbuf_fill (pixbuf, 0x1c71d880);
  g_assert_true (gdk_pixbuf_save (pixbuf, png, "png", &error, NULL));
  g_assert_true (g_file_set_contents (text, "not an image", -1, NULL));

  g_assert_null (qz_report_logo_load (text, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);
  g_assert_null (qz_report_logo_load (missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  logo = qz_report_logo_load (png, &error);
  g_assert_no_error (error);
  g_assert_cmpint (logo->width, ==, 300);
  export_with (fixture, "en", logo);

  /* One image on the cover, a JPEG without a soft mask. */
  first = run (argv);
  g_test_message ("%s", first);
  lines = g_strsplit (first, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char type[16] = "";
      int page, number;

      if (sscanf (lines[i], "%d %d %15s", &page, &number, type) == 3)
        {
          n_images += g_str_equal (type, "image") && strstr (lines[i], " jpeg ") != NULL;
          n_masks += g_str_equal (type, "smask");
        }
    }
  g_assert_cmpuint (n_images, ==, 1);
  g_assert_cmpuint (n_masks, ==, 0);
  {
    const char *check_argv[] = { "qpdf", "--check", fixture->pdf, NULL };
    g_autofree char *check = run (check_argv);

    g_assert_nonnull (check);
  }
}

/* Chinese text wraps by its rules: no line begins with closing
 * punctuation, whatever the width lets through. */
static void
test_line_breaking (void)
{
  g_autofree char *dir = qz_test_make_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "lines.pdf", NULL);
  g_autoptr(QzDoc) doc = qz_doc_new ();
  g_autoptr(QzDocLayout) layout = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  QzDocStyle style = { "Noto Sans CJK SC", "Qizhen", "Test" };
  QzDocMetadata metadata = { "Lines", "Test", "Test", "Test" };
  GString *paragraph = g_string_new (NULL);
  guint n_lines = 0;

  /* Clauses of every length, so that some line ends fall right before a
   * mark. */
  for (guint i = 1; i <= 120; i++)
    {
      for (guint j = 0; j < i % 23 + 1; j++)
        g_string_append (paragraph, "数");
      g_string_append (paragraph, i % 3 == 0 ? "。" : (i % 3 == 1 ? "，" : "、"));
      if (i % 7 == 0)
        g_string_append (paragraph, "（试点）");
    }
  qz_doc_add_text (doc, paragraph->str);
  g_string_free (paragraph, TRUE);

  layout = qz_doc_layout_new (doc, &style);
  g_assert_true (qz_doc_layout_write_pdf (layout, pdf, &metadata, NULL));
  text = page_text (pdf, 1);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strchug (lines[i]);

      if (line[0] == '\0' || strstr (line, "Page ") != NULL)
        continue;
      n_lines++;
      g_assert_false (g_str_has_prefix (line, "，") || g_str_has_prefix (line, "。") ||
                      g_str_has_prefix (line, "、") || g_str_has_prefix (line, "）"));
    }
  g_assert_cmpuint (n_lines, >, 20);
  qz_test_remove_tree (dir);
}

/* Nothing runs past the foot of a page, whatever is too tall for it; a
 * heading is never the last thing on a page. */
static void
assert_pages_sound (QzDocLayout *layout)
{
  for (guint page = 0; page < qz_doc_layout_get_n_pages (layout); page++)
    {
      guint n = qz_doc_layout_get_n_pieces (layout, page);

      for (guint i = 0; i < n; i++)
        {
          double y, height;
          const QzDocBlock *block = qz_doc_layout_get_piece (layout, page, i, &y, &height);

          g_assert_cmpfloat (y + height, <=, QZ_DOC_TEXT_BOTTOM + 0.01);
          if (i == n - 1 && page + 1 < qz_doc_layout_get_n_pages (layout))
            g_assert_cmpint (block->kind, !=, QZ_DOC_HEADING);
        }
    }
}

/* Short paragraphs move on to the next page when full; headings keep with
 * a table or a photo that follows; a row, an image or a chart taller
 * than a page is held to the page. */
static void
test_pagination (void)
{
  static const double widths[] = { 0.3, 0.7 };
  g_autoptr(QzDoc) doc = qz_doc_new ();
  g_autoptr(QzDocLayout) layout = NULL;
  g_autoptr(GBytes) jpeg = qz_test_photo_jpeg (1);
  QzDocStyle style = { "Noto Sans CJK SC", "Qizhen", "Test" };
  QzDocBlock *table;
  g_autoptr(GString) tall = g_string_new (NULL);

  qz_doc_add_heading (doc, 1, "Short paragraphs");
  for (guint i = 0; i < 80; i++)
    qz_doc_add_text (doc, "一行。");

  /* Headings before a table and a photo, at every height on the page. */
  for (guint i = 0; i < 12; i++)
    {
      qz_doc_add_space (doc, 37.0 * i);
      qz_doc_add_heading (doc, 2, "Before a table");
      table = qz_doc_add_table (doc, 2, widths);
      qz_doc_block_set_header (table, "A", "B", NULL);
      qz_doc_block_add_row (table, "1", "一\n二\n三", NULL);
      qz_doc_add_heading (doc, 2, "Before a photo");
      qz_doc_add_image (doc, jpeg, 2048, 1536, 200, "照片");
    }

  /* Too tall for any page. */
  for (guint i = 0; i < 90; i++)
    g_string_append (tall, "行\n");
  table = qz_doc_add_table (doc, 2, widths);
  qz_doc_block_add_row (table, "tall", tall->str, NULL);
  qz_doc_add_image (doc, jpeg, 100, 2000, 5000, NULL);

  layout = qz_doc_layout_new (doc, &style);
  g_assert_cmpuint (qz_doc_layout_get_n_pages (layout), >, 3);
  assert_pages_sound (layout);
}

/* Reports in Chinese and English, one after the other, from an English
 * interface: each in its language, and the interface in English after.
 * Needs the en_US.UTF-8 locale (.ci/dev makes it). */
static void
test_languages (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *podir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  const char *title = "Digital Transformation Diagnosis Report";

  if (setlocale (LC_ALL, "en_US.UTF-8") == NULL)
    {
      g_test_skip ("no en_US.UTF-8 locale");
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, podir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_unsetenv ("LANGUAGE");

  for (guint round = 0; round < 2; round++)
    {
      g_autofree char *chinese = NULL;
      g_autofree char *english = NULL;

      export_in (fixture, "zh_CN");
      chinese = page_text (fixture->pdf, 1);
      export_in (fixture, "en");
      english = page_text (fixture->pdf, 1);
      g_assert_nonnull (strstr (chinese, "数字化转型诊断报告"));
      g_assert_null (strstr (chinese, "Digital Transformation"));
      g_assert_nonnull (strstr (english, "Digital Transformation"));
      g_assert_null (strstr (english, "数字化转型诊断报告"));
    }

  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, title), ==, title);
  g_assert_null (g_getenv ("LANGUAGE"));
  setlocale (LC_ALL, "C.UTF-8");
}

/* The plan as the expert set it: owner, period and status of each measure. */
static void
test_plan_as_set (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzPlan) plan = qz_plan_open (fixture->plans, fixture->sample.assessment, &error);
  g_autoptr(QzPlanItem) first = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  first = g_list_model_get_item (qz_plan_get_items (plan), 0);
  g_object_set (first, "owner", "王经理", "status", QZ_PLAN_STATUS_UNDER_WAY,
                "start-date", "2026-12-01", "due-date", "2027-03-31", NULL);
  g_assert_true (qz_plan_save_item (plan, first, &error));
  g_assert_no_error (error);

  export (fixture);
  text = page_text (fixture->pdf, 0);
  g_assert_nonnull (strstr (text, "王经理"));
  g_assert_nonnull (strstr (text, "Under way"));
  g_assert_nonnull (strstr (text, "2027-03-31"));
  g_assert_nonnull (strstr (text, "Owner"));
  g_assert_nonnull (strstr (text, "Proposed"));
  /* The measures drafted for the weakest areas say so (test-plan-draft). */
  g_assert_nonnull (strstr (text, "(weakest area)"));
}

/* A logo at /dev/zero aborted the export, a FIFO hung it, a 20000²
 * PNG took 1.2 GB, a JPEG cut short went on the cover: each refused,
 * at once, with a message. */
static void
test_logo_hostile (void)
{
  g_autofree char *dir = g_dir_make_tmp ("qz-logo-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.png", NULL);
  g_autofree char *huge = g_build_filename (dir, "huge.png", NULL);
  g_autofree char *cut = g_build_filename (dir, "cut.jpg", NULL);
  g_autoptr(GBytes) header = qz_test_png_header (20000, 20000);
  g_autoptr(GBytes) jpeg = qz_test_photo_jpeg (3);
  const struct { const char *path; const char *says; } cases[] = {
    { "/dev/zero", "not a regular file" },
    { fifo, "not a regular file" },
    { huge, "20000 × 20000" },
    { cut, "cut short" },
  };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_true (g_file_set_contents (huge, g_bytes_get_data (header, NULL), g_bytes_get_size (header), NULL));
  g_assert_true (g_file_set_contents (cut, g_bytes_get_data (jpeg, NULL), g_bytes_get_size (jpeg) / 2, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(QzReportLogo) logo = qz_report_logo_load (cases[i].path, &error);

      g_test_message ("%s: %s", cases[i].path, error ? error->message : "loaded");
      g_assert_null (logo);
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, cases[i].says));
    }

  g_remove (fifo);
  g_remove (huge);
  g_remove (cut);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/qz/report/sample", Fixture, NULL, fixture_set_up, test_sample, fixture_tear_down);
  g_test_add_func ("/qz/report/long-table", test_long_table);
  g_test_add_func ("/qz/report/pdf-target-kept", test_pdf_target_kept);
  g_test_add_func ("/qz/report/line-breaking", test_line_breaking);
  g_test_add_func ("/qz/report/pagination", test_pagination);
  g_test_add ("/qz/report/photos", Fixture, NULL, fixture_set_up, test_photos, fixture_tear_down);
  g_test_add ("/qz/report/chinese", Fixture, NULL, fixture_set_up, test_chinese, fixture_tear_down);
  g_test_add ("/qz/report/logo", Fixture, NULL, fixture_set_up, test_logo, fixture_tear_down);
  g_test_add_func ("/qz/report/logo-hostile", test_logo_hostile);
  g_test_add ("/qz/report/languages", Fixture, NULL, fixture_set_up, test_languages, fixture_tear_down);
  g_test_add ("/qz/report/plan-as-set", Fixture, NULL, fixture_set_up, test_plan_as_set, fixture_tear_down);

  return g_test_run ();
}
