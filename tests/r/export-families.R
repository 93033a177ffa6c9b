# Fits one model of each family beyond rms cph and lrm on data sets that ship with R, and exports
# each with tools/export-rms.R. Used by tests/export-families.test.ts:
#
#   Rscript tests/r/export-families.R <output dir> [name ...]
#
# Writes <output dir>/<name>.json for each model named (all when none is).
suppressMessages({ library(rms); library(survival); library(cmprsk); library(riskRegression); library(prodlim) })
args <- commandArgs(trailingOnly = TRUE)
out <- args[1]
source(file.path("tools", "export-rms.R"))

lung <- survival::lung
lung$sex <- factor(lung$sex, 1:2, c("male", "female"))
birthwt <- MASS::birthwt
birthwt$race <- factor(birthwt$race, 1:3, c("white", "black", "other"))
mgus <- survival::mgus2
mgus$etime <- ifelse(mgus$pstat == 0, mgus$futime, mgus$ptime)
mgus$event <- ifelse(mgus$pstat == 0, 2 * mgus$death, 1)
mgus <- na.omit(mgus[, c("etime", "event", "age", "sex", "hgb", "mspike")])
pbc <- survival::pbc[1:312, ]
pbc$edema <- factor(pbc$edema)
colon <- na.omit(subset(survival::colon, etype == 2)[, c("time", "status", "rx", "age", "nodes", "obstruct")])
veteran <- survival::veteran

days <- function(fit, file, id, times) export_nomogram(fit, file, id = id, version = "0.1.0", title = id, times = times, timeUnit = "days")

examples <- list(
  # Efron ties, a spline in an interaction with a factor (one age axis per sex).
  coxph_interaction = function(file) days(coxph(Surv(time, status) ~ rcs(age, 3) * sex + ph.ecog, data = lung, x = TRUE), file, "coxph-interaction", c(180, 365)),
  # Breslow ties, strata: one baseline per cell type.
  coxph_strata = function(file) days(coxph(Surv(time, status) ~ karno + age + strata(celltype), data = veteran, x = TRUE, ties = "breslow"), file, "coxph-strata", c(30, 100)),
  # Ill-conditioned: a 4-knot spline of bilirubin, a factor, an interaction of two factors' worth.
  coxph_pbc = function(file) days(coxph(Surv(time, status == 2) ~ rcs(bili, 4) + albumin + edema + age * sex, data = pbc, x = TRUE), file, "coxph-pbc", c(1000, 3000)),
  glm = function(file) export_nomogram(glm(low ~ rcs(age, 3) + lwt + race * smoke + ht, data = birthwt, family = binomial),
                                       file, id = "glm-birthwt", version = "0.1.0", title = "glm"),
  weibull = function(file) days(survreg(Surv(time, status) ~ age + sex + ph.ecog, data = lung, dist = "weibull"), file, "weibull", c(180, 365)),
  exponential = function(file) days(survreg(Surv(time, status) ~ celltype + karno, data = veteran, dist = "exponential"), file, "exponential", c(30, 100)),
  lognormal = function(file) days(survreg(Surv(time, status) ~ rx + age + nodes + obstruct, data = colon, dist = "lognormal"), file, "lognormal", c(365, 1825)),
  loglogistic = function(file) days(survreg(Surv(time, status) ~ rcs(age, 3) + sex + ph.ecog, data = lung, dist = "loglogistic"), file, "loglogistic", c(180, 365)),
  psm = function(file) {
    assign("lung_dd", datadist(lung), envir = globalenv()); options(datadist = "lung_dd")
    days(psm(Surv(time, status) ~ rcs(age, 3) + sex + ph.ecog, data = lung, dist = "weibull", x = TRUE, y = TRUE), file, "psm", c(180, 365))
  },
  crr = function(file) {
    cov1 <- model.matrix(~ age + sex + hgb + mspike, mgus)[, -1]
    fit <- crr(mgus$etime, mgus$event, cov1, failcode = 1, cencode = 0)
    export_nomogram(fit, file, id = "crr-mgus", version = "0.1.0", title = "crr", times = c(60, 120, 240), timeUnit = "months",
                    competingEvent = "death without progression")
  },
  fgr = function(file) {
    fit <- FGR(Hist(etime, event) ~ age + sex + hgb, data = mgus, cause = 1)
    export_nomogram(fit, file, id = "fgr-mgus", version = "0.1.0", title = "FGR", times = c(60, 120, 240), timeUnit = "months",
                    competingEvent = "death without progression")
  }
)

which <- if (length(args) > 1) args[-1] else names(examples)
for (name in which) {
  if (is.null(examples[[name]])) stop("unknown example ", name)
  examples[[name]](file.path(out, paste0(name, ".json")))
}
