# What survival::survfit(coxph_fit, newdata) needs to give a new patient's survival and its
# interval, per stratum: the rows survival's own agsurv() computes (the cumulative hazard at the
# fit's centre, the cumulative variance term and the cumulative covariate-mean term), read with the
# same arguments survfit.coxph() passes it. Sourced by tools/export-rms.R and the tests.
#
#   b <- survfit_baseline(fit)   # fit: survival::coxph(..., x = TRUE), Efron or Breslow ties
#   b[[stratum]]$time, $cumhaz, $varhaz, $xbar (rows = times, columns = coefficients)
survfit_baseline <- function(fit) {
  if (!inherits(fit, "coxph")) stop("survfit_baseline: a survival::coxph fit is needed", call. = FALSE)
  if (is.null(fit[["x"]])) stop("survfit_baseline: refit coxph() with x = TRUE", call. = FALSE)
  ctype <- switch(fit$method, breslow = 1, efron = 2,
                  stop("survfit_baseline: ties = \"", fit$method, "\" is not supported; use efron or breslow", call. = FALSE))
  Y <- fit$y
  if (ncol(Y) != 2) stop("survfit_baseline: only right-censored data (Surv(time, status)) are supported", call. = FALSE)
  X <- fit$x
  beta <- ifelse(is.na(coef(fit)), 0, coef(fit))
  risk <- c(exp(X %*% beta - sum(fit$means * beta)))
  groups <- if (is.null(fit$strata)) list(all = seq_len(nrow(Y))) else split(seq_len(nrow(Y)), fit$strata)
  lapply(groups, function(i) {
    a <- survival:::agsurv(Y[i, , drop = FALSE], X[i, , drop = FALSE], rep(1, length(i)), risk[i], ctype + 1, ctype + 1)
    # Times without an event change nothing; the last time is kept as the end of the table.
    keep <- a$n.event > 0 | seq_along(a$time) == length(a$time)
    list(time = a$time[keep], cumhaz = a$cumhaz[keep], varhaz = cumsum(a$varhaz)[keep],
         xbar = `colnames<-`(a$xbar[keep, , drop = FALSE], colnames(X)))
  })
}
