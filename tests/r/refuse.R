# Fits a model the format cannot express and tries to export it; export_nomogram() must stop with
# a message naming the term. Used by tests/export-rms.test.ts:
#
#   Rscript tests/r/refuse.R <output file> <case>          exits non-zero with the error message
#   Rscript tests/r/refuse.R <output file> <case> <case>... one R process for many cases (loading
#                                                           rms takes seconds): prints one line
#                                                           "<case>: <error message>" per case
suppressMessages(library(rms))
args <- commandArgs(trailingOnly = TRUE)
source(file.path("tools", "export-rms.R"))

d <- survival::lung
d$sex <- factor(d$sex, 1:2, c("male", "female"))
d$ecog <- factor(d$ph.ecog)
assign("refuse_dd", datadist(d), envir = globalenv())
options(datadist = "refuse_dd")

cox <- function(f) cph(f, data = d, surv = TRUE, x = TRUE, y = TRUE)
cases <- list(
  interaction = function() cox(Surv(time, status) ~ age * sex),
  strat = function() cox(Surv(time, status) ~ age + strat(sex)),
  log = function() cox(Surv(time, status) ~ log(age) + sex),
  ia = function() cox(Surv(time, status) ~ age + ph.karno + age %ia% ph.karno),
  scored = function() cox(Surv(time, status) ~ scored(ph.ecog) + sex),
  pol = function() cox(Surv(time, status) ~ pol(age, 2) + sex),
  lsp = function() cox(Surv(time, status) ~ lsp(age, 60) + sex),
  I = function() cox(Surv(time, status) ~ I(age^2) + sex),
  rcslog = function() cox(Surv(time, status) ~ rcs(log(age), 3) + sex),
  offset = function() cox(Surv(time, status) ~ age + offset(ph.karno / 100)),
  ordinal = function() lrm(ecog ~ age + sex, data = d, x = TRUE, y = TRUE),
  lm = function() lm(time ~ age + sex, data = d),
  pspline = function() coxph(Surv(time, status) ~ pspline(age) + sex, data = d, x = TRUE),
  tt = function() coxph(Surv(time, status) ~ tt(age) + sex, data = d, x = TRUE, tt = function(x, t, ...) x * log(t)),
  frailty = function() coxph(Surv(time, status) ~ age + frailty(inst), data = d, x = TRUE),
  cluster = function() coxph(Surv(time, status) ~ age + sex + cluster(inst), data = d, x = TRUE),
  ns = function() coxph(Surv(time, status) ~ splines::ns(age, 3) + sex, data = d, x = TRUE),
  bs = function() coxph(Surv(time, status) ~ splines::bs(age) + sex, data = d, x = TRUE),
  numnum = function() coxph(Surv(time, status) ~ age * ph.karno, data = d, x = TRUE),
  probit = function() glm(I(status == 2) ~ age + sex, data = d, family = binomial(link = "probit")),
  gaussian = function() survreg(Surv(time, status) ~ age + sex, data = d, dist = "gaussian"),
  coxnox = function() coxph(Surv(time, status) ~ age + sex, data = d),
  nosurv = function() cph(Surv(time, status) ~ age + sex, data = d, x = TRUE, y = TRUE)
)
attempt <- function(case) {
  if (is.null(cases[[case]])) stop("unknown case ", case)
  export_nomogram(cases[[case]](), args[1], id = "refused", version = "0.1.0", title = "Refused")
}
if (length(args) == 2) {
  attempt(args[2])
} else {
  for (case in args[-1]) {
    said <- tryCatch({ attempt(case); "exported (not refused)" }, error = conditionMessage)
    cat(case, ": ", gsub("\n", " ", said), "\n", sep = "")
  }
}
