/* qz-report-source.c
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qz-report"

#include "qz-config.h"

#include <glib/gi18n-lib.h>

#include "qz-benchmark-query.h"
#include "qz-contact-store.h"
#include "qz-plan.h"
#include "qz-report-source.h"

/**
 * qz_report_input_gather:
 * @enterprises: the enterprise store
 * @assessments: the assessment store of the same database
 * @plans: the plan store of the same database
 * @assessment: the assessment reported on
 * @error: return location for an error
 *
 * Gathers what the report of @assessment is written from: its
 * enterprise, the plan as kept (or as drafted when none was kept), the
 * industry average of its GB/T 4754 division, every photo, with the
 * copy of each meant for print, the enterprise's contacts, and the
 * previous visit with the same framework and its plan, which a
 * follow-up's report compares with.
 *
 * Returns: (transfer full): the input, or %NULL with @error set
 */
QzReportInput *
qz_report_input_gather (QzEnterpriseStore  *enterprises,
                        QzAssessmentStore  *assessments,
                        QzPlanStore        *plans,
                        QzAssessment       *assessment,
                        GError            **error)
{
  QzEvidenceStore *photos = qz_assessment_store_get_evidence (assessments);
  g_autoptr(QzReportInput) input = NULL;
  g_autoptr(GPtrArray) evidence = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(QzContactStore) contact_store = NULL;
  g_autoptr(GError) local_error = NULL;
  QzEnterprise *enterprise;
  GListStore *plan;

  g_return_val_if_fail (QZ_IS_ASSESSMENT (assessment), NULL);

  enterprise = qz_enterprise_store_find (enterprises, qz_assessment_get_enterprise_uuid (assessment), NULL);
  if (enterprise == NULL)
    {
      g_set_error (error, QZ_DATABASE_ERROR, QZ_DATABASE_ERROR_NOT_FOUND,
                   _("The enterprise of assessment %s was deleted."), qz_assessment_get_uuid (assessment));
      return NULL;
    }
  input = qz_report_input_new (enterprise, assessment);

  plan = qz_plan_load (plans, assessment, NULL, error);
  if (plan == NULL)
    return NULL;
  input->plan = G_LIST_MODEL (plan);

  evidence = qz_evidence_store_list (photos, assessment, NULL, error);
  if (evidence == NULL)
    return NULL;
  for (guint i = 0; i < evidence->len; i++)
    {
      QzEvidence *item = g_ptr_array_index (evidence, i);

      item->print_jpeg = qz_evidence_store_get_photo (photos, item->sha256, QZ_PHOTO_SIZE_PRINT, error);
      if (item->print_jpeg == NULL)
        return NULL;
    }
  g_ptr_array_extend_and_steal (input->evidence, g_steal_pointer (&evidence));

  contact_store = qz_contact_store_new (qz_enterprise_store_get_database (enterprises));
  contacts = qz_contact_store_list (contact_store, enterprise, error);
  if (contacts == NULL)
    return NULL;
  g_ptr_array_extend_and_steal (input->contacts, g_steal_pointer (&contacts));

  input->previous = qz_assessment_store_find_previous (assessments, assessment, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (input->previous != NULL)
    {
      GListStore *previous_plan = qz_plan_load (plans, input->previous, NULL, error);

      if (previous_plan == NULL)
        return NULL;
      input->previous_plan = G_LIST_MODEL (previous_plan);
    }

  /* No average is no reason to go without the report. */
  input->industry = qz_benchmark_compute (assessments, enterprises, assessment, QZ_BENCHMARK_DIVISION, NULL);
  return g_steal_pointer (&input);
}
