/* kill-harness.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Not a test itself: edits a case base through the stores, as fast as it
 * can, until it is killed (test-kill does). It prints "ready" once the
 * stores are open, then one line for each edit after its commit returned,
 * which is what the user is told is saved:
 *
 *   enterprise SEQ           the city set to "cSEQ"
 *   answer INDICATOR SEQ     the answer's note set to "nSEQ"
 *   plan ITEM-UUID SEQ       the measure's owner set to "oSEQ"
 *   photo EVIDENCE-UUID SEQ  a new photo attached
 *
 * Usage: kill-harness DATABASE ENTERPRISE-UUID ASSESSMENT-UUID FIRST-SEQ */

#include "qz-config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <stdio.h>
#include <stdlib.h>

#include "qz-assessment-store.h"
#include "qz-enterprise-store.h"
#include "qz-evidence-store.h"
#include "qz-plan.h"

static void
acknowledge (const char *format,
             ...) G_GNUC_PRINTF (1, 2);

static void
acknowledge (const char *format,
             ...)
{
  va_list args;

  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  putchar ('\n');
  fflush (stdout);
}

static void
check (gboolean      ok,
       const GError *error)
{
  if (!ok)
    {
      fprintf (stderr, "kill-harness: %s\n", error ? error->message : "failed");
      exit (1);
    }
}

/* A small photo of its own for each number. */
static QzPhoto *
photo_new (guint seed)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 64, 48);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GError) error = NULL;
  g_autofree char *jpeg = NULL;
  g_autoptr(GBytes) bytes = NULL;
  guchar *pixels = gdk_pixbuf_get_pixels (pixbuf);
  gsize size = 0;
  QzPhoto *photo;

  for (int i = 0; i < gdk_pixbuf_get_rowstride (pixbuf) * 48; i++)
    pixels[i] = g_rand_int_range (rand, 0, 256);
  check (gdk_pixbuf_save_to_buffer (pixbuf, &jpeg, &size, "jpeg", &error, NULL), error);
  bytes = g_bytes_new_take (g_steal_pointer (&jpeg), size);
  photo = qz_photo_new_from_bytes (bytes, &error);
  check (photo != NULL, error);
  return photo;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QzDatabase) database = NULL;
  g_autoptr(QzEnterpriseStore) enterprises = NULL;
  g_autoptr(QzAssessmentStore) assessments = NULL;
  g_autoptr(QzPlanStore) plans = NULL;
  g_autoptr(QzAssessment) assessment = NULL;
  g_autoptr(QzPlan) plan = NULL;
  QzEnterprise *enterprise;
  GPtrArray *indicators;
  GListModel *items;
  guint64 seq;

  if (argc != 5)
    {
      fprintf (stderr, "usage: %s DATABASE ENTERPRISE-UUID ASSESSMENT-UUID FIRST-SEQ\n", argv[0]);
      return 2;
    }

  database = qz_database_open (argv[1], &error);
  check (database != NULL, error);
  enterprises = qz_enterprise_store_new (database, &error);
  check (enterprises != NULL, error);
  enterprise = qz_enterprise_store_find (enterprises, argv[2], NULL);
  check (enterprise != NULL, NULL);
  assessments = qz_assessment_store_new (database);
  assessment = qz_assessment_store_load (assessments, argv[3], &error);
  check (assessment != NULL, error);
  plans = qz_plan_store_new (database);
  plan = qz_plan_open (plans, assessment, &error);
  check (plan != NULL, error);
  if (!qz_plan_is_kept (plan))
    check (qz_plan_keep (plan, &error), error);
  items = qz_plan_get_items (plan);
  check (g_list_model_get_n_items (items) > 0, NULL);
  indicators = qz_framework_get_indicators (qz_assessment_get_framework (assessment));
  seq = g_ascii_strtoull (argv[4], NULL, 10);

  acknowledge ("ready");
  for (;; seq++)
    {
      switch (seq % 4)
        {
        case 0:
          {
            g_autofree char *city = g_strdup_printf ("c%" G_GUINT64_FORMAT, seq);

            qz_enterprise_set_text (enterprise, QZ_ENTERPRISE_CITY, city);
            check (qz_enterprise_store_save (enterprises, enterprise, &error), error);
            acknowledge ("enterprise %" G_GUINT64_FORMAT, seq);
          }
          break;

        case 1:
          {
            const QzIndicator *indicator = g_ptr_array_index (indicators, (seq / 4) % indicators->len);
            const QzAnswer *old = qz_assessment_get_answer (assessment, indicator->id);
            g_autoptr(QzAnswer) answer = old ? qz_answer_copy (old) : qz_answer_new ();

            g_free (answer->note);
            answer->note = g_strdup_printf ("n%" G_GUINT64_FORMAT, seq);
            check (qz_assessment_store_save_answer (assessments, assessment, indicator->id, answer, &error), error);
            acknowledge ("answer %s %" G_GUINT64_FORMAT, indicator->id, seq);
          }
          break;

        case 2:
          {
            g_autoptr(QzPlanItem) item = g_list_model_get_item (items, (seq / 4) % g_list_model_get_n_items (items));
            g_autofree char *owner = g_strdup_printf ("o%" G_GUINT64_FORMAT, seq);

            g_object_set (item, "owner", owner, NULL);
            check (qz_plan_save_item (plan, item, &error), error);
            acknowledge ("plan %s %" G_GUINT64_FORMAT, qz_plan_item_get_uuid (item), seq);
          }
          break;

        default:
          {
            const QzIndicator *indicator = g_ptr_array_index (indicators, (seq / 4) % indicators->len);
            g_autoptr(QzPhoto) photo = photo_new ((guint) seq);
            QzEvidence *evidence = qz_evidence_store_add_photo (qz_assessment_store_get_evidence (assessments),
                                                                assessment, indicator->id, photo, &error);

            check (evidence != NULL, error);
            acknowledge ("photo %s %" G_GUINT64_FORMAT, evidence->uuid, seq);
            qz_evidence_free (evidence);
          }
          break;
        }
    }

  return 0;
}
