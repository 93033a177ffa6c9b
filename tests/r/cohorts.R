# Cohorts for tests/evaluate-r.test.ts, written as CSV files with columns named by predictor id:
# R's own data sets (survival::lung, pbc, veteran; MASS::birthwt) and simulated cohorts with tied
# times, tied predictions and censoring exactly at the horizon.
#
#   Rscript tests/r/cohorts.R <output dir>
suppressMessages(library(survival))
out <- commandArgs(trailingOnly = TRUE)[1]
put <- function(d, name) write.csv(d, file.path(out, paste0(name, ".csv")), row.names = FALSE)

l <- survival::lung
l <- l[complete.cases(l[, c("age", "sex", "ph.ecog", "ph.karno", "wt.loss")]), ]
put(data.frame(time = l$time, status = l$status - 1, age = l$age, sex = c("male", "female")[l$sex],
               ecog = l$ph.ecog, ph_karno = l$ph.karno, wt_loss = l$wt.loss), "lung")

p <- survival::pbc[1:312, ]
put(data.frame(time = p$time, status = as.integer(p$status == 2), bili = p$bili, albumin = p$albumin,
               edema = as.character(p$edema), age = p$age, sex = as.character(p$sex)), "pbc")

v <- survival::veteran
put(data.frame(time = v$time, status = v$status, trt = c("standard", "test")[v$trt],
               celltype = as.character(v$celltype), karno = v$karno, age = v$age,
               prior = ifelse(v$prior == 10, "yes", "no")), "veteran")

b <- MASS::birthwt
put(data.frame(outcome = b$low, age = b$age, lwt = b$lwt, race = c("white", "black", "other")[b$race],
               smoke = b$smoke, ptl = b$ptl, ht = b$ht, ui = b$ui), "birthwt")

# A cohort the veteran model never saw: three ages, coarse Karnofsky scores and whole weeks give
# many tied predictions (fewer than 400 profiles for 600 patients) and tied times; a quarter of
# the patients are censored exactly at day 182, the horizon, and some die on it.
set.seed(20261201)
n <- 600
celltype <- sample(c("squamous", "smallcell", "adeno", "large"), n, TRUE)
karno <- sample(seq(20, 90, 10), n, TRUE)
age <- sample(c(50, 60, 70), n, TRUE)
hazard <- 0.004 * exp(-0.02 * (karno - 60) + 0.5 * (celltype %in% c("smallcell", "adeno")))
t_event <- 7 * ceiling(rexp(n, hazard) / 7)
t_cens <- ifelse(runif(n) < 0.25, 182, 7 * ceiling(runif(n, 30, 400) / 7))
t_event[sample(n, 15)] <- 182
put(data.frame(time = pmin(t_event, t_cens), status = as.integer(t_event <= t_cens),
               trt = sample(c("standard", "test"), n, TRUE), celltype = celltype, karno = karno,
               age = age, prior = sample(c("no", "yes"), n, TRUE)), "sim-veteran")

# A binary cohort for the birthwt model with ties in the predictions (few distinct profiles).
m <- 400
race <- sample(c("white", "black", "other"), m, TRUE)
smoke <- rbinom(m, 1, 0.4)
lwt <- sample(c(100, 120, 140, 160), m, TRUE)
put(data.frame(outcome = rbinom(m, 1, plogis(-1.2 + 0.9 * smoke + 0.6 * (race != "white") - 0.01 * (lwt - 130))),
               age = sample(c(20, 25, 30), m, TRUE), lwt = lwt, race = race, smoke = smoke,
               ptl = rbinom(m, 1, 0.1), ht = rbinom(m, 1, 0.05), ui = rbinom(m, 1, 0.1)), "sim-birthwt")
