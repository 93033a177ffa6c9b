# R's own figures for a model checked on a cohort, for tests/evaluate-r.test.ts. Reads the cohort
# (time, status or outcome) and the predictions `nomogram predict --data` made for it, and prints
# JSON computed as the issue defines each figure: survival::concordance, coxph, survfit,
# riskRegression::Score (cens.model = "km"), rms::val.prob and Hmisc (somers2, binconf).
#
#   Rscript tests/r/evaluate-metrics.R <name>:<cohort.csv>:<predictions.csv>:<cox|logistic>:<horizon|NA>:<groups> ...
#
# prints one JSON object with each name's figures (one R process: loading the packages is the slow part).
suppressMessages({ library(survival); library(rms); library(riskRegression) })
figures <- function(cohort, predictions, kind, h, g) {
  d <- read.csv(cohort)
  pr <- read.csv(predictions)
  lp <- pr$linear_predictor
  groups_of <- function(risk) {
    o <- order(risk)
    split(o, floor((seq_along(o) - 1) * g / length(o)))
  }
  res <- list()
  if (kind == "cox") {
    risk <- 1 - pr[[paste0("survival_", h)]]
    cc <- concordance(Surv(time, status) ~ lp, data = d, reverse = TRUE)
    fit <- coxph(Surv(d$time, d$status) ~ lp)
    ci <- confint(fit)
    km <- function(rows) summary(survfit(Surv(time, status) ~ 1, data = d[rows, ]), times = h, extend = TRUE)
    s <- km(seq_len(nrow(d)))
    sc <- Score(list(m = matrix(risk)), formula = Surv(time, status) ~ 1, data = d, times = h,
                cens.model = "km", metrics = "brier", null.model = FALSE, se.fit = FALSE)$Brier$score
    res <- list(n = nrow(d), events = sum(d$status), cIndex = unname(coef(cc)),
      calibrationSlope = unname(coef(fit)), calibrationSlopeLower = ci[1], calibrationSlopeUpper = ci[2],
      observed = 1 - s$surv, observedLower = 1 - s$upper, observedUpper = 1 - s$lower,
      expected = mean(risk), oe = (1 - s$surv) / mean(risk), brier = sc$Brier[sc$model == "m"],
      groups = lapply(groups_of(risk), function(rows) {
        k <- km(rows)
        list(n = length(rows), predicted = mean(risk[rows]), observed = 1 - k$surv,
             lower = if (is.na(k$upper)) NULL else 1 - k$upper, upper = if (is.na(k$lower)) NULL else 1 - k$lower)
      }))
  } else {
    p <- pr$probability
    y <- d$outcome
    v <- val.prob(p, y, pl = FALSE)
    f <- lrm.fit(qlogis(p), y)
    se <- sqrt(diag(vcov(f)))
    z <- qnorm(0.975)
    # val.prob's "C (ROC)" comes from lrm.fit, which bins the probabilities (it can differ in the
    # fifth decimal when predictions tie); the AUC itself is Hmisc::somers2's C.
    res <- list(n = length(y), events = sum(y), cIndex = unname(Hmisc::somers2(p, y)["C"]),
      calibrationIntercept = unname(v["Intercept"]), calibrationSlope = unname(v["Slope"]),
      calibrationInterceptLower = unname(coef(f)[1] - z * se[1]), calibrationInterceptUpper = unname(coef(f)[1] + z * se[1]),
      calibrationSlopeLower = unname(coef(f)[2] - z * se[2]), calibrationSlopeUpper = unname(coef(f)[2] + z * se[2]),
      observed = mean(y), expected = mean(p), brier = unname(v["Brier"]),
      groups = lapply(groups_of(p), function(rows) {
        ci <- Hmisc::binconf(sum(y[rows]), length(rows), method = "wilson")
        list(n = length(rows), predicted = mean(p[rows]), observed = mean(y[rows]), lower = ci[2], upper = ci[3])
      }))
  }
  names(res$groups) <- NULL
  res
}
out <- list()
for (arg in commandArgs(trailingOnly = TRUE)) {
  a <- strsplit(arg, ":", fixed = TRUE)[[1]]
  out[[a[1]]] <- figures(a[2], a[3], a[4], as.numeric(a[5]), as.integer(a[6]))
}
cat(jsonlite::toJSON(out, auto_unbox = TRUE, digits = NA, null = "null"))

