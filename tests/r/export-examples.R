# Fits models on data sets that ship with R and exports each with tools/export-rms.R.
# Used by tests/export-rms.test.ts:
#
#   Rscript tests/r/export-examples.R <output dir> [lung|birthwt|pbc|veteran ...]
#
# Writes <output dir>/<name>.json for each model named (all when none is).
suppressMessages(library(rms))
args <- commandArgs(trailingOnly = TRUE)
out <- args[1]
which <- if (length(args) > 1) args[-1] else c("lung", "birthwt", "pbc", "pbc10", "veteran")
source(file.path("tools", "export-rms.R"))

# rms reads the axis limits and adjust-to values from a datadist named in options().
use_datadist <- function(data) {
  assign("export_dd", datadist(data), envir = globalenv())
  options(datadist = "export_dd")
}

examples <- list(
  # Cox: a spline, a factor, integer and negative-valued predictors, rows with missing values
  # dropped by the fit; metadata passed in through `...`.
  lung = function(file) {
    d <- survival::lung
    d$sex <- factor(d$sex, 1:2, c("male", "female"))
    use_datadist(d)
    fit <- cph(Surv(time, status) ~ rcs(age, 4) + sex + ph.ecog + ph.karno + wt.loss,
               data = d, surv = TRUE, x = TRUE, y = TRUE)
    export_nomogram(fit, file, id = "lung-example", version = "0.1.0",
      title = list(en = "NCCTG lung cancer (example)", zh = "\u5317\u4e2d\u90e8\u764c\u75c7\u6cbb\u7597\u7ec4\u80ba\u764c\uff08\u793a\u4f8b\uff09"),
      times = c(180, 365, 730), timeUnit = "days", teachingOnly = TRUE,
      outcome = list(en = "Overall survival", zh = "\u603b\u751f\u5b58\u671f"),
      predictors = list(
        age = list(label = list(en = "Age", zh = "\u5e74\u9f84"), unit = list(en = "years", zh = "\u5c81")),
        sex = list(label = list(en = "Sex", zh = "\u6027\u522b"),
                   levels = list(male = list(en = "Male", zh = "\u7537"), female = list(en = "Female", zh = "\u5973"))),
        ph.ecog = list(id = "ecog", label = "ECOG performance status", unit = "grade")
      ),
      provenance = list(citation = "Loprinzi CL et al. J Clin Oncol 1994;12:601-7. Data: R package survival, data set `lung`.",
                        cohortSize = nrow(fit$x)))
  },
  # Logistic: a spline, a three-level factor and 0/1 indicators.
  birthwt = function(file) {
    d <- MASS::birthwt
    d$race <- factor(d$race, 1:3, c("white", "black", "other"))
    use_datadist(d)
    fit <- lrm(low ~ rcs(age, 3) + lwt + race + smoke + ptl + ht + ui, data = d, x = TRUE, y = TRUE)
    export_nomogram(fit, file, id = "birthwt-example", version = "0.1.0", title = "Low birth weight (example)")
  },
  # Cox: predictors measured to one or two decimals (a step of 0.1 or 0.01) and one with more
  # (no step: a fine grid); a factor with numeric-looking levels through catg().
  pbc = function(file) {
    d <- survival::pbc[1:312, ]
    use_datadist(d)
    fit <- cph(Surv(time, status == 2) ~ rcs(bili, 4) + albumin + catg(edema) + age + sex,
               data = d, surv = TRUE, x = TRUE, y = TRUE)
    export_nomogram(fit, file, id = "pbc-example", version = "0.1.0", title = "PBC (example)",
                    times = c(365, 1825, 3650), timeUnit = "days")
  },
  # Ill-conditioned: bilirubin x 10 (3 to 280) in a 5-knot spline gives basis columns in the
  # thousands whose covariance cancels them, so R and the engine round the SE differently.
  pbc10 = function(file) {
    d <- survival::pbc[1:312, ]
    d$bili10 <- d$bili * 10
    d$edema <- factor(d$edema)
    use_datadist(d)
    fit <- cph(Surv(time, status == 2) ~ rcs(age, 3) + rcs(bili10, 5) + albumin + edema + sex,
               data = d, surv = TRUE, x = TRUE, y = TRUE)
    export_nomogram(fit, file, id = "pbc10-example", version = "0.1.0", title = "PBC, bilirubin x 10 (example)",
                    times = c(365, 1825), timeUnit = "days")
  },
  # The bundled teaching model, regenerated from R: must equal models/veteran-teaching/1.0.0.json.
  veteran = function(file) {
    d <- survival::veteran
    d$trt <- factor(d$trt, 1:2, c("standard", "test"))
    d$prior <- factor(d$prior, c(0, 10), c("no", "yes"))
    use_datadist(d)
    fit <- cph(Surv(time, status) ~ trt + celltype + karno + rcs(age, 4) + prior,
               data = d, surv = TRUE, x = TRUE, y = TRUE)
    export_nomogram(fit, file, id = "veteran-teaching", version = "1.0.0",
                    title = "Veterans' lung cancer trial (teaching example)",
                    times = c(30, 90, 180, 365), axes = list(karno = c(10, 100), age = c(30, 85)),
                    timeUnit = "days")
  }
)

for (name in which) {
  if (is.null(examples[[name]])) stop("unknown example ", name)
  examples[[name]](file.path(out, paste0(name, ".json")))
}
