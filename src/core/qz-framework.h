/* qz-framework.h
 *
 * Copyright 2026 The Qizhen authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What is wrong with a framework, or with answers given against one. */
#define QZ_FRAMEWORK_ERROR (qz_framework_error_quark ())

typedef enum
{
  QZ_FRAMEWORK_ERROR_UNREADABLE,
  QZ_FRAMEWORK_ERROR_SYNTAX,
  QZ_FRAMEWORK_ERROR_INVALID,
} QzFrameworkError;

GQuark qz_framework_error_quark (void);

/* A framework as loaded from its file (see docs/framework-format.md). The
 * structures are filled by the loader and read-only afterwards; they live
 * as long as their QzFramework. */

typedef struct
{
  char *zh_cn;
  char *en;
} QzText;

typedef enum
{
  QZ_SCORING_POINTS,
  QZ_SCORING_MATURITY,
} QzScoringMethod;

typedef enum
{
  QZ_INDICATOR_SINGLE,
  QZ_INDICATOR_MULTIPLE,
  QZ_INDICATOR_FIGURE,
  QZ_INDICATOR_SCENARIO,
  QZ_INDICATOR_RATING,
} QzIndicatorKind;

typedef struct _QzDimension QzDimension;
typedef struct _QzArea QzArea;
typedef struct _QzIndicator QzIndicator;

typedef enum
{
  QZ_MEASURE_EQUIPMENT,
  QZ_MEASURE_SYSTEMS,
  QZ_MEASURE_DATA,
  QZ_MEASURE_MANAGEMENT,
  QZ_MEASURE_TALENT,
  QZ_MEASURE_SECURITY,
  QZ_MEASURE_GREEN,
  QZ_MEASURE_MARKET,
} QzMeasureCategory;

/* What an enterprise can do to reach a higher answer on an indicator. */
typedef struct
{
  char              *id;
  QzText             title;
  QzText             description;
  QzText             effect;
  QzMeasureCategory  category;
  double             investment_min;  /* 万元 */
  double             investment_max;
  int                months;
  char              *programme;       /* an id of qz-measure's list, or NULL */
  GPtrArray         *prerequisites;   /* of QzMeasure, borrowed */
  char              *reaches_option;  /* single, multiple, rating */
  double             reaches_value;   /* figure; scenario: the grade */
  GStrv              industries;      /* GB/T 4754 codes it is for; NULL: any industry */
  const QzIndicator *indicator;
} QzMeasure;

typedef struct
{
  char     *id;
  QzText    label;
  QzText    descriptor;
  double    points;     /* single, multiple */
  double    value;      /* scale of a maturity framework */
  gboolean  exclusive;
} QzOption;

typedef struct
{
  double   bound;
  gboolean inclusive;   /* "from" rather than "above" */
  double   points;
} QzBand;

struct _QzIndicator
{
  char            *id;
  QzText           title;
  QzText           description;
  QzText           evidence;
  QzText           extension;  /* what the framework adds to its source */
  QzIndicatorKind  kind;
  double           points;
  gboolean         na_allowed;
  gboolean         verified;
  gboolean         outcome;    /* a result, which no measure can promise */
  QzArea          *area;

  /* single, multiple */
  GPtrArray       *options;

  /* figure (and target, any scored kind) */
  char            *unit;
  double           min;
  double           max;        /* NAN when open-ended */
  gboolean         has_ratio;
  QzText           numerator;
  QzText           denominator;
  double           factor;
  GArray          *bands;      /* of QzBand */
  gboolean         has_target;
  double           target;
  int              target_year;
  QzText           target_source;
  gboolean         target_city;    /* a line for the city as a whole, not for one enterprise */
  char            *target_unit;    /* NULL: the figure's unit */
  GStrv            target_counts;  /* options that count the enterprise towards a city share */

  /* scenario */
  GPtrArray       *grades;     /* of QzText */
  gboolean         constraint;

  /* rating */
  int              level;

  GPtrArray       *measures;   /* of QzMeasure */
};

struct _QzArea
{
  char        *id;
  QzText       title;
  double       weight;
  GArray      *weights;   /* double, one per weight set of the framework */
  double       max;
  GPtrArray   *indicators;
  QzDimension *dimension;
};

struct _QzDimension
{
  char      *id;
  QzText     title;
  QzText     description;
  QzText     group;
  QzText     extension;    /* what the framework adds to its source */
  gboolean   scored;
  double     max;
  GPtrArray *areas;
};

/* One set of area weights of a maturity framework, for one kind of
 * manufacturing (its id, "discrete" or "process"). */
typedef struct
{
  char     *id;
  QzText    title;
  gboolean  verified;
  guint     index;     /* in the framework's weight sets and each area's weights */
} QzWeightSet;

typedef struct
{
  char     *id;
  int       rank;
  QzText    name;
  QzText    description;
  gboolean  verified;
  double    min_score;         /* points; NAN when the rule has none */
  int       scenario_grade;    /* 0 when the rule has no scenario part */
  int       scenario_count;
  int       scenario_constrained;
  double    min_s;             /* maturity; NAN when none */
} QzLevel;

#define QZ_TYPE_FRAMEWORK (qz_framework_get_type ())

G_DECLARE_FINAL_TYPE (QzFramework, qz_framework, QZ, FRAMEWORK, GObject)

const char        *qz_text_get                   (const QzText      *text);
void               qz_text_force_language        (const char        *language);
const char        *qz_text_report_language       (void);

const char        *qz_framework_get_id           (QzFramework       *self);
const char        *qz_framework_get_version      (QzFramework       *self);
const QzText      *qz_framework_get_title        (QzFramework       *self);
const QzText      *qz_framework_get_basis        (QzFramework       *self);
const QzText      *qz_framework_get_notice       (QzFramework       *self);
QzScoringMethod    qz_framework_get_method       (QzFramework       *self);
double             qz_framework_get_threshold    (QzFramework       *self);
double             qz_framework_get_max          (QzFramework       *self);
GPtrArray         *qz_framework_get_scale        (QzFramework       *self);
GPtrArray         *qz_framework_get_levels       (QzFramework       *self);
GPtrArray         *qz_framework_get_dimensions   (QzFramework       *self);
const QzIndicator *qz_framework_find_indicator   (QzFramework       *self,
                                                  const char        *id);
guint              qz_framework_get_n_indicators (QzFramework       *self);
const QzLevel     *qz_framework_find_level       (QzFramework       *self,
                                                  const char        *id);
const QzMeasure   *qz_framework_find_measure     (QzFramework       *self,
                                                  const char        *id);
GPtrArray         *qz_framework_get_indicators   (QzFramework       *self);
GBytes            *qz_framework_get_source       (QzFramework       *self);
GPtrArray         *qz_framework_get_weight_sets  (QzFramework       *self);
const QzWeightSet *qz_framework_choose_weight_set (QzFramework      *self,
                                                  const char        *industry_code);
double             qz_area_get_weight            (const QzArea      *area,
                                                  const QzWeightSet *set);
gboolean           qz_framework_has_outcomes     (QzFramework       *self);
char              *qz_indicator_dup_target_text  (const QzIndicator *indicator);

G_END_DECLS
