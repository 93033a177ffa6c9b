# R's own numbers for the engine's model-family functions (tests/family-math.test.ts):
# parametric survival (rms survest.psm, predict type = "uquantile"), Fine-Gray cumulative
# incidence (cmprsk predict.crr, riskRegression predictRisk), survfit's Cox interval with the
# baseline's variance (survfit(coxph, newdata, conf.type = "log-log")) and interaction columns
# (model.matrix), on data sets that ship with R.
#
#   Rscript tests/r/family-math.R <output.json>
suppressMessages({ library(survival); library(rms); library(cmprsk); library(riskRegression); library(prodlim) })
source(file.path("tools", "survfit-baseline.R"))
args <- commandArgs(trailingOnly = TRUE)
z <- qnorm(0.975)
rows_of <- function(d, n = 6) d[unique(round(seq(1, nrow(d), length.out = n))), , drop = FALSE]
mat <- function(m) unname(lapply(seq_len(nrow(m)), function(i) unname(m[i, ])))

# ---- Parametric survival: psm on lung, veteran and colon, each distribution ----
lung <- na.omit(survival::lung[, c("time", "status", "age", "sex", "ph.ecog", "wt.loss")])
lung$sex <- factor(lung$sex, 1:2, c("male", "female"))
vet <- survival::veteran
colon <- na.omit(subset(survival::colon, etype == 2)[, c("time", "status", "rx", "age", "nodes", "obstruct")])
fits <- list(
  list(data = lung, f = Surv(time, status) ~ rcs(age, 3) + sex + ph.ecog + wt.loss, times = c(90, 365, 730)),
  list(data = vet, f = Surv(time, status) ~ celltype + karno + age, times = c(30, 100, 365)),
  list(data = colon, f = Surv(time, status) ~ rx + age + nodes + obstruct, times = c(365, 1825, 3000))
)
parametric <- list()
for (k in seq_along(fits)) for (dist in c("weibull", "exponential", "lognormal", "loglogistic")) {
  s <- fits[[k]]
  fit <- psm(s$f, data = s$data, dist = dist, x = TRUE, y = TRUE)
  V <- fit$var
  X <- cbind(Intercept = 1, fit$x)
  for (r in rownames(rows_of(X))) {
    x <- X[r, ]
    lp <- sum(x * coef(fit))
    surv <- lapply(s$times, function(t) {
      if (dist == "exponential") {
        # rms survest.psm indexes a scale that an exponential fit does not have; the formula of
        # MATH.md with sigma = 1 and no log sigma term instead.
        w <- log(t) - lp
        se <- sqrt(drop(x %*% V %*% x))
        return(list(time = t, estimate = exp(-exp(w)), lower = exp(-exp(w + z * se)), upper = exp(-exp(w - z * se))))
      }
      e <- survest(fit, x = matrix(x, 1), times = t)
      list(time = t, estimate = unname(e$surv), lower = unname(e$lower), upper = unname(e$upper))
    })
    sr <- survreg(s$f, data = s$data, dist = dist)  # the same fit through survival, for its quantiles
    q <- predict(sr, newdata = s$data[r, , drop = FALSE], type = "uquantile", p = 0.5, se.fit = TRUE)
    parametric[[length(parametric) + 1]] <- list(
      name = paste0(c("lung", "veteran", "colon")[k], " ", dist, " row ", r), distribution = dist,
      x = unname(x), beta = unname(coef(fit)), sigma = fit$scale, covariance = mat(V), times = s$times,
      expected = list(survival = surv, median = list(
        estimate = exp(unname(q$fit)), lower = exp(unname(q$fit - z * q$se.fit)), upper = exp(unname(q$fit + z * q$se.fit)))))
  }
}

# ---- Fine-Gray: crr and FGR on mgus2, progression to plasma-cell malignancy vs death ----
m <- survival::mgus2
m$etime <- ifelse(m$pstat == 0, m$futime, m$ptime)
m$event <- ifelse(m$pstat == 0, 2 * m$death, 1)
m <- na.omit(m[, c("etime", "event", "age", "sex", "hgb", "mspike")])
cov1 <- model.matrix(~ age + sex + hgb + mspike, m)[, -1]
crr_fit <- crr(m$etime, m$event, cov1, failcode = 1, cencode = 0)
fgr_fit <- FGR(Hist(etime, event) ~ age + sex + hgb + mspike, data = m, cause = 1)
H0 <- cumsum(crr_fit$bfitj)
fine_gray <- list()
times <- c(60, 120, 240, 400)
for (r in rownames(rows_of(cov1, 8))) {
  x <- cov1[r, ]
  cif <- predict(crr_fit, cov1 = matrix(x, 1))
  risk <- predictRisk(fgr_fit, newdata = m[r, , drop = FALSE], times = times, cause = 1)
  d <- x - colMeans(cov1)
  se <- sqrt(drop(d %*% crr_fit$var %*% d))
  lpm <- sum(colMeans(cov1) * crr_fit$coef)
  lp <- sum(x * crr_fit$coef)
  fine_gray[[length(fine_gray) + 1]] <- list(
    # The table runs to the end of follow-up: crr's times stop at the last event of interest.
    name = paste("mgus2 row", r), time = c(crr_fit$uftime, max(m$etime)), cumulativeHazard = c(H0, max(H0)), x = unname(x),
    means = unname(colMeans(cov1)), beta = unname(crr_fit$coef), covariance = mat(crr_fit$var), times = times,
    expected = lapply(seq_along(times), function(j) {
      t <- times[j]
      at <- max(which(cif[, 1] <= t))
      hm <- H0[at] * exp(lpm)
      list(time = t, estimate = cif[at, 2], fgr = unname(risk[1, j]),
           lower = 1 - exp(-hm * exp(lp - lpm - z * se)), upper = 1 - exp(-hm * exp(lp - lpm + z * se)))
    }))
}

# ---- Cox: survfit(newdata, conf.type = "log-log") with the baseline's variance ----
pbc <- na.omit(survival::pbc[1:312, c("time", "status", "age", "bili", "albumin", "edema", "sex")])
pbc$edema <- factor(pbc$edema)
cox_cases <- list(
  lung_efron = list(data = lung, f = Surv(time, status) ~ age + sex + ph.ecog + wt.loss, ties = "efron", times = c(180, 365, 730)),
  lung_breslow = list(data = lung, f = Surv(time, status) ~ age + sex + ph.ecog, ties = "breslow", times = c(180, 365, 730)),
  lung_strata = list(data = lung, f = Surv(time, status) ~ age + ph.ecog + strata(sex), ties = "efron", times = c(180, 365)),
  lung_interaction = list(data = lung, f = Surv(time, status) ~ rcs(age, 3) * sex + ph.ecog, ties = "efron", times = c(180, 365)),
  pbc_spline = list(data = pbc, f = Surv(time, status == 2) ~ rcs(bili, 4) + albumin + edema + age * sex, ties = "efron", times = c(1000, 3000)),
  veteran_strata = list(data = vet, f = Surv(time, status) ~ karno + age + strata(celltype), ties = "breslow", times = c(30, 100, 200))
)
survfit_cases <- list()
interactions <- list()
for (nm in names(cox_cases)) {
  s <- cox_cases[[nm]]
  fit <- coxph(s$f, data = s$data, ties = s$ties, x = TRUE)
  base <- survfit_baseline(fit)
  strata <- if (is.null(fit$strata)) rep("all", nrow(fit$x)) else as.character(fit$strata)
  for (r in rownames(rows_of(s$data))) {
    i <- match(r, rownames(s$data))
    sf <- summary(survfit(fit, newdata = s$data[i, , drop = FALSE], conf.type = "log-log"), times = s$times, extend = TRUE)
    b <- base[[strata[i]]]
    survfit_cases[[length(survfit_cases) + 1]] <- list(
      name = paste(nm, "row", r), stratum = strata[i],
      baseline = list(time = b$time, cumulativeHazard = b$cumhaz, hazardVariance = b$varhaz, xbar = mat(b$xbar)),
      x = unname(fit$x[i, ]), beta = unname(coef(fit)), covariance = mat(vcov(fit)), center = sum(fit$means * coef(fit)),
      # Past the stratum's last follow-up time the model says nothing (the engine gives null).
      expected = lapply(seq_along(s$times), function(j) {
        if (s$times[j] > max(b$time)) return(list(time = s$times[j], estimate = NA, lower = NA, upper = NA))
        list(time = s$times[j], estimate = sf$surv[j], lower = sf$lower[j], upper = sf$upper[j])
      }))
    # Interaction columns: each is the product of the main-effect columns its name joins with ":".
    inter <- grep(":", colnames(fit$x), value = TRUE)
    if (length(inter)) {
      parts <- strsplit(inter, ":", fixed = TRUE)
      first <- unique(vapply(parts, `[`, "", 1)); second <- unique(vapply(parts, `[`, "", 2))
      interactions[[length(interactions) + 1]] <- list(
        name = paste(nm, "row", r), first = I(unname(fit$x[i, first])), second = I(unname(fit$x[i, second])),
        columns = lapply(seq_along(inter), function(j) list(name = inter[j], beta = unname(coef(fit)[inter[j]]),
          of = I(c(match(parts[[j]][1], first), match(parts[[j]][2], second)) - 1))),
        expected = I(unname(fit$x[i, inter])))
    }
  }
}

writeLines(jsonlite::toJSON(list(parametric = parametric, fineGray = fine_gray, survfit = survfit_cases, interactions = interactions),
                            auto_unbox = TRUE, digits = NA), args[1])
