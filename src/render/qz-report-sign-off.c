/* qz-report-sign-off.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-report"

#include "qz-config.h"

#include <glib/gi18n-lib.h>

#include "qz-report-private.h"

/* The report's last section: who confirmed the assessment, with a line
 * for each signature, as programme offices ask for acceptance. Before the
 * assessment is signed off, the same table is printed blank, to be filled
 * in by hand. */

/* Where a signature, or a name or date still to be written, goes. */
#define BLANK_LINE "________________"

/* A signature gets two lines of height: room for a pen. */
#define SIGNATURE_LINE "\n" BLANK_LINE

/* Blank rows for experts when nobody has signed off yet. */
#define BLANK_EXPERTS 2

static void
add_row (QzDocBlock *table,
         const char *role,
         const char *name,
         const char *date)
{
  /* Blank, a name or a date is written by hand on the signature's line. */
  g_autofree char *name_markup = name ? g_markup_escape_text (name, -1) : g_strdup (SIGNATURE_LINE);
  g_autofree char *date_markup = date ? g_markup_escape_text (date, -1) : g_strdup (SIGNATURE_LINE);

  qz_doc_block_add_row (table, role, name_markup, SIGNATURE_LINE, date_markup, NULL);
}

/**
 * _qz_report_add_sign_off:
 * @doc: the report
 * @input: what it is written from
 *
 * Adds the sign-off section: a row per expert and one for the
 * enterprise's representative, each with its name, a signature line and
 * the date; blank names and dates when the assessment is not signed off.
 */
void
_qz_report_add_sign_off (QzDoc               *doc,
                         const QzReportInput *input)
{
  static const double widths[] = { 0.30, 0.24, 0.26, 0.20 };
  const QzSignOff *sign_off = qz_assessment_get_sign_off (input->assessment);
  QzDocBlock *table;

  qz_doc_add_heading (doc, 1, _("Sign-off"));
  if (sign_off != NULL)
    qz_doc_add_text (doc, _("The experts and the enterprise’s representative below confirmed the results of "
                            "this assessment."));
  else
    qz_doc_add_text (doc, _("Not yet confirmed. The experts and the enterprise’s representative sign below "
                            "to confirm the results of this assessment."));

  table = qz_doc_add_table (doc, G_N_ELEMENTS (widths), widths);
  qz_doc_block_set_header (table, _("Role"), C_("person", "Name"), _("Signature"), _("Date"), NULL);
  if (sign_off != NULL)
    {
      g_auto(GStrv) experts = qz_sign_off_dup_experts (sign_off);

      for (guint i = 0; experts[i] != NULL; i++)
        add_row (table, _("Expert"), experts[i], sign_off->date);
      add_row (table, _("Enterprise representative"), sign_off->representative, sign_off->date);
    }
  else
    {
      for (guint i = 0; i < BLANK_EXPERTS; i++)
        add_row (table, _("Expert"), NULL, NULL);
      add_row (table, _("Enterprise representative"), NULL, NULL);
    }

  /* Translators: where the enterprise's seal goes, at the end of the report */
  qz_doc_add_text (doc, _("Enterprise seal:"));
  qz_doc_add_space (doc, 60);
}
