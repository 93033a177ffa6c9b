# Writes the bundled teaching models of the model families beyond rms cph and lrm, each fitted on
# a data set that ships with R and exported with tools/export-rms.R (test vectors by R itself):
#
#   lung-interaction-teaching  survival::coxph with an age-by-sex interaction (survival::lung)
#   veteran-strata-teaching    survival::coxph stratified by cell type (survival::veteran)
#   colon-weibull-teaching     survival::survreg, Weibull (survival::colon, deaths)
#   mgus-finegray-teaching     riskRegression::FGR, progression vs death (survival::mgus2)
#
#   Rscript tools/family-models.R                       writes models/<id>/1.0.0.json for all four
#   Rscript tools/family-models.R <dir> [id ...]        writes <dir>/<id>.json instead
#
# Needs R with survival, rms, riskRegression and prodlim. Figures quoted on the cards (patients,
# events, concordance) are computed here, not typed in.
#
# The Chinese texts follow the style of the other model files (tests/zh-strings.test.ts): no space
# between Chinese and a number or a Latin word, full-width punctuation, "95%" with the full Chinese
# term for confidence interval, code and R names in backticks, and no English words in the prose
# (Weibull, Fine-Gray, MGUS, ECOG, M protein and g/dL are written in Chinese). Non-ASCII text is
# written as \u escapes, as in export-rms.R.
suppressMessages({ library(survival); library(rms); library(riskRegression); library(prodlim) })

root <- local({
  file_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)
  if (length(file_arg)) normalizePath(file.path(dirname(sub("^--file=", "", file_arg[1])), "..")) else getwd()
})
source(file.path(root, "tools", "export-rms.R"))
args <- commandArgs(trailingOnly = TRUE)
target <- function(id) if (length(args)) file.path(args[1], paste0(id, ".json")) else file.path(root, "models", id, "1.0.0.json")

txt <- function(en, zh) list(en = en, zh = zh)
teaching_use <- function(what_en, what_zh) txt(
  paste0("Teaching only: ", what_en, " The data are a public research data set; the model must not be used for any patient."),
  paste0("\u4ec5\u7528\u4e8e\u6559\u5b66\uff1a", what_zh, "\u6570\u636e\u4e3a\u516c\u5f00\u7684\u7814\u7a76\u6570\u636e\u96c6\uff0c\u4e0d\u5f97\u7528\u4e8e\u4efb\u4f55\u60a3\u8005\u3002"))
concordance_of <- function(fit, n, en_fit, zh_fit) list(list(
  measure = txt("Concordance (C statistic)", "\u4e00\u81f4\u6027\u6307\u6570\uff08C\u7edf\u8ba1\u91cf\uff09"),
  value = round(unname(concordance(fit)$concordance), 3),
  setting = txt(sprintf("Apparent: the %d patients the model was fitted on (%s).", n, en_fit),
                sprintf("\u8868\u89c2\u503c\uff1a\u5373\u7528\u4e8e\u62df\u5408\u6a21\u578b\u7684%d\u4f8b\u60a3\u8005\uff08%s\uff09\u3002", n, zh_fit))))
# export-rms.R's own words for the reference patient, with the Chinese in the style above.
reference_of <- function(n) list(description = txt(
  sprintf("The mean of every design column over the %d patients of the fit.", n),
  sprintf("\u62df\u5408\u6240\u7528%d\u4f8b\u60a3\u8005\u5404\u8bbe\u8ba1\u5217\u7684\u5747\u503c\u3002", n)))
# The method and the assumptions: the English is export-rms.R's own (its family_words()), the
# Chinese is given here, with the R call and function names as code.
family_words <- get("family_words", envir = environment(export_nomogram))
family_of <- get("family_of", envir = environment(export_nomogram))
method_of <- function(fit, pkg, how_zh) {
  w <- family_words(fit, family_of(fit), NULL)
  r_version <- paste(R.version$major, R.version$minor, sep = ".")
  txt(w$method$en, paste0(sprintf("\u4f7f\u7528`tools/export-rms.R`\u4eceR %s\u4e0e`%s` %s\u5bfc\u51fa\uff1a`%s`\u3002", r_version, pkg,
                                  as.character(utils::packageVersion(pkg)), w$call), how_zh))
}
assumptions_of <- function(fit, zh) {
  en <- vapply(family_words(fit, family_of(fit), NULL)$assumptions, function(a) a$en, "")
  if (length(en) != length(zh)) stop("assumptions_of: ", length(en), " assumptions in export-rms.R, ", length(zh), " in Chinese")
  unname(Map(txt, en, zh))
}
cox_how_zh <- "\u5f97\u5206\u9075\u5faarms `nomogram()`\uff08\u4e0e\u5206\u7c7b\u53d8\u91cf\u7684\u4ea4\u4e92\u4f5c\u7528\u6309\u6bcf\u4e2a\u6c34\u5e73\u5404\u753b\u4e00\u6761\u8f74\uff09\u3002\u751f\u5b58\u7387\u53ca\u517695%\u7f6e\u4fe1\u533a\u95f4\u4e0e`survfit(fit, newdata, conf.type = \"log-log\")`\u4e00\u81f4\uff1a\u533a\u95f4\u5305\u542b\u57fa\u7ebf\u672c\u8eab\u7684\u4e0d\u786e\u5b9a\u6027\u3002"
sex_levels <- list(male = txt("Male", "\u7537"), female = txt("Female", "\u5973"))
age <- list(label = txt("Age", "\u5e74\u9f84"), unit = txt("years", "\u5c81"))
changelog <- list(list(version = "1.0.0", date = "2026-12-01", changes = txt("First version.", "\u9996\u4e2a\u7248\u672c\u3002")))

models <- list(
  "lung-interaction-teaching" = function(file) {
    d <- survival::lung
    d$sex <- factor(d$sex, 1:2, c("male", "female"))
    fit <- coxph(Surv(time, status) ~ rcs(age, 3) * sex + ph.ecog, data = d, x = TRUE)
    n <- fit$n; ev <- fit$nevent
    export_nomogram(fit, file, id = "lung-interaction-teaching", version = "1.0.0",
      title = txt("Lung cancer, age by sex (teaching example)", "\u80ba\u764c\uff0c\u5e74\u9f84\u4e0e\u6027\u522b\u7684\u4ea4\u4e92\u4f5c\u7528\uff08\u6559\u5b66\u793a\u4f8b\uff09"),
      outcome = txt("Overall survival", "\u603b\u751f\u5b58\u671f"),
      event = list(name = txt("death from any cause", "\u4efb\u4f55\u539f\u56e0\u6b7b\u4ea1"), death = TRUE),
      summary = txt(sprintf("A Cox model (survival::coxph) in which the effect of age differs between men and women, fitted on %d patients of the public NCCTG lung cancer data set, for learning how an interaction is drawn. Not for clinical use.", n),
                    sprintf("\u5728\u516c\u5f00\u7684\u7f8e\u56fd\u4e2d\u5317\u90e8\u764c\u75c7\u6cbb\u7597\u534f\u4f5c\u7ec4\u80ba\u764c\u6570\u636e\u96c6%d\u4f8b\u60a3\u8005\u4e0a\u62df\u5408\u7684Cox\u6a21\u578b\uff08`survival::coxph()`\uff09\uff0c\u5e74\u9f84\u7684\u4f5c\u7528\u5728\u7537\u6027\u4e0e\u5973\u6027\u4e2d\u4e0d\u540c\uff0c\u7528\u4e8e\u5b66\u4e60\u4ea4\u4e92\u4f5c\u7528\u5982\u4f55\u7ed8\u5236\u3002\u4e0d\u53ef\u7528\u4e8e\u4e34\u5e8a\u3002", n)),
      teachingOnly = TRUE, timeUnit = "days", times = c(180, 365, 730), axes = list(age = c(40, 80), ph.ecog = c(0, 3)),
      predictors = list(age = age, sex = list(label = txt("Sex", "\u6027\u522b"), levels = sex_levels),
                        ph.ecog = list(id = "ecog", label = txt("ECOG performance status", "\u4e1c\u90e8\u80bf\u7624\u534f\u4f5c\u7ec4\u4f53\u529b\u72b6\u51b5\u8bc4\u5206"), unit = txt("grade", "\u7ea7"))),
      reference = reference_of(n),
      provenance = list(citation = "Loprinzi CL et al. J Clin Oncol 1994;12:601-7. Data: R package survival, data set `lung`.",
        url = "https://CRAN.R-project.org/package=survival",
        population = txt("Patients with advanced lung cancer from the North Central Cancer Treatment Group.", "\u6765\u81ea\u4e2d\u5317\u90e8\u764c\u75c7\u6cbb\u7597\u534f\u4f5c\u7ec4\u7684\u665a\u671f\u80ba\u764c\u60a3\u8005\u3002"),
        eligibility = txt("Patients of the data set with a recorded ECOG status.", "\u6570\u636e\u96c6\u4e2d\u8bb0\u5f55\u4e86\u4e1c\u90e8\u80bf\u7624\u534f\u4f5c\u7ec4\u4f53\u529b\u72b6\u51b5\u8bc4\u5206\u7684\u60a3\u8005\u3002"),
        setting = txt("Multicentre study in the United States; a textbook data set.", "\u7f8e\u56fd\u591a\u4e2d\u5fc3\u7814\u7a76\uff1b\u6559\u79d1\u4e66\u6570\u636e\u96c6\u3002"),
        period = txt("1980s", "20\u4e16\u7eaa80\u5e74\u4ee3"), cohortSize = n, events = ev,
        outcomeDefinition = txt("Death from any cause, in days from enrolment.", "\u4efb\u4f55\u539f\u56e0\u6b7b\u4ea1\uff0c\u4ee5\u5165\u7ec4\u540e\u5929\u6570\u8ba1\u3002")),
      performance = concordance_of(fit, n, "coxph", "`coxph`"),
      intendedUse = teaching_use("shows how an interaction becomes one age axis per sex, and how survfit's interval includes the baseline's uncertainty.",
                                 "\u5c55\u793a\u4ea4\u4e92\u4f5c\u7528\u5982\u4f55\u6210\u4e3a\u6309\u6027\u522b\u5404\u753b\u4e00\u6761\u7684\u5e74\u9f84\u8f74\uff0c\u4ee5\u53ca`survfit()`\u7684\u7f6e\u4fe1\u533a\u95f4\u5982\u4f55\u5305\u542b\u57fa\u7ebf\u7684\u4e0d\u786e\u5b9a\u6027\u3002"),
      method = method_of(fit, "survival", cox_how_zh),
      changelog = changelog)
  },
  "veteran-strata-teaching" = function(file) {
    d <- survival::veteran
    d$trt <- factor(d$trt, 1:2, c("standard", "test"))
    fit <- coxph(Surv(time, status) ~ trt + karno + age + strata(celltype), data = d, x = TRUE)
    n <- fit$n; ev <- fit$nevent
    export_nomogram(fit, file, id = "veteran-strata-teaching", version = "1.0.0",
      title = txt("Veterans' lung cancer, by cell type (teaching example)", "\u9000\u4f0d\u519b\u4eba\u80ba\u764c\uff0c\u6309\u7ec4\u7ec7\u5b66\u7c7b\u578b\u5206\u5c42\uff08\u6559\u5b66\u793a\u4f8b\uff09"),
      outcome = txt("Overall survival", "\u603b\u751f\u5b58\u671f"),
      event = list(name = txt("death from any cause", "\u4efb\u4f55\u539f\u56e0\u6b7b\u4ea1"), death = TRUE),
      summary = txt(sprintf("A Cox model stratified by cell type (each cell type has its own baseline survival; the other effects are shared), fitted on the %d patients of the Veterans' Administration lung cancer trial. The survival scales follow the chosen cell type. Not for clinical use.", n),
                    sprintf("\u6309\u7ec4\u7ec7\u5b66\u7c7b\u578b\u5206\u5c42\u7684Cox\u6a21\u578b\uff08\u6bcf\u79cd\u7ec4\u7ec7\u5b66\u7c7b\u578b\u6709\u5404\u81ea\u7684\u57fa\u7ebf\u751f\u5b58\uff1b\u5176\u4f59\u56e0\u7d20\u7684\u4f5c\u7528\u5728\u5404\u5c42\u95f4\u76f8\u540c\uff09\uff0c\u5728\u9000\u4f0d\u519b\u4eba\u7ba1\u7406\u5c40\u80ba\u764c\u8bd5\u9a8c\u7684%d\u4f8b\u60a3\u8005\u4e0a\u62df\u5408\u3002\u751f\u5b58\u7387\u523b\u5ea6\u968f\u6240\u9009\u7ec4\u7ec7\u5b66\u7c7b\u578b\u800c\u53d8\u3002\u4e0d\u53ef\u7528\u4e8e\u4e34\u5e8a\u3002", n)),
      teachingOnly = TRUE, timeUnit = "days", times = c(30, 90, 180), axes = list(karno = c(10, 100), age = c(30, 85)),
      predictors = list(trt = list(label = txt("Treatment", "\u6cbb\u7597\u65b9\u6848"), levels = list(standard = txt("Standard", "\u6807\u51c6\u5316\u7597"), test = txt("Test", "\u8bd5\u9a8c\u5316\u7597"))),
                        karno = list(label = txt("Karnofsky performance score", "Karnofsky\u529f\u80fd\u72b6\u6001\u8bc4\u5206"), unit = txt("points", "\u5206")),
                        age = age,
                        celltype = list(label = txt("Cell type (stratum)", "\u7ec4\u7ec7\u5b66\u7c7b\u578b\uff08\u5206\u5c42\uff09"),
                                        levels = list(squamous = txt("Squamous", "\u9cde\u72b6\u7ec6\u80de\u764c"), smallcell = txt("Small cell", "\u5c0f\u7ec6\u80de\u764c"),
                                                      adeno = txt("Adenocarcinoma", "\u817a\u764c"), large = txt("Large cell", "\u5927\u7ec6\u80de\u764c")))),
      reference = reference_of(n),
      provenance = list(citation = "Kalbfleisch JD, Prentice RL. The Statistical Analysis of Failure Time Data. Wiley; 1980. Data: R package survival, data set `veteran`.",
        url = "https://CRAN.R-project.org/package=survival",
        population = txt("Men with advanced inoperable lung cancer in a randomised trial of two chemotherapies.", "\u53c2\u52a0\u4e24\u79cd\u5316\u7597\u968f\u673a\u8bd5\u9a8c\u7684\u665a\u671f\u4e0d\u53ef\u624b\u672f\u80ba\u764c\u7537\u6027\u60a3\u8005\u3002"),
        eligibility = txt("All patients of the data set.", "\u6570\u636e\u96c6\u4e2d\u7684\u5168\u90e8\u60a3\u8005\u3002"),
        setting = txt("Veterans' Administration hospitals, United States; a textbook data set.", "\u7f8e\u56fd\u9000\u4f0d\u519b\u4eba\u7ba1\u7406\u5c40\u533b\u9662\uff1b\u6559\u79d1\u4e66\u6570\u636e\u96c6\u3002"),
        period = txt("1970s", "20\u4e16\u7eaa70\u5e74\u4ee3"), cohortSize = n, events = ev,
        outcomeDefinition = txt("Death from any cause, in days from randomisation.", "\u4efb\u4f55\u539f\u56e0\u6b7b\u4ea1\uff0c\u4ee5\u968f\u673a\u5206\u7ec4\u540e\u5929\u6570\u8ba1\u3002")),
      performance = concordance_of(fit, n, "within strata", "\u5c42\u5185"),
      intendedUse = teaching_use("shows how a stratum selects its own baseline survival while the points stay the same.",
                                 "\u5c55\u793a\u5206\u5c42\u5982\u4f55\u9009\u62e9\u5404\u81ea\u7684\u57fa\u7ebf\u751f\u5b58\uff0c\u800c\u5404\u56e0\u7d20\u7684\u5f97\u5206\u4fdd\u6301\u4e0d\u53d8\u3002"),
      method = method_of(fit, "survival", cox_how_zh),
      changelog = changelog)
  },
  "colon-weibull-teaching" = function(file) {
    d <- na.omit(subset(survival::colon, etype == 2)[, c("time", "status", "rx", "age", "nodes", "obstruct")])
    d$rx <- factor(d$rx, c("Obs", "Lev", "Lev+5FU"), c("observation", "levamisole", "levamisole-5fu"))
    d$obstruct <- factor(d$obstruct, 0:1, c("no", "yes"))
    fit <- survreg(Surv(time, status) ~ rx + age + nodes + obstruct, data = d, dist = "weibull")
    n <- nrow(d); ev <- sum(d$status)
    export_nomogram(fit, file, id = "colon-weibull-teaching", version = "1.0.0",
      title = txt("Colon cancer, Weibull model (teaching example)", "\u7ed3\u80a0\u764c\uff0c\u5a01\u5e03\u5c14\u6a21\u578b\uff08\u6559\u5b66\u793a\u4f8b\uff09"),
      outcome = txt("Overall survival", "\u603b\u751f\u5b58\u671f"),
      event = list(name = txt("death from any cause", "\u4efb\u4f55\u539f\u56e0\u6b7b\u4ea1"), death = TRUE),
      summary = txt(sprintf("A parametric (Weibull) survival model, survival::survreg, fitted on %d patients of a public adjuvant chemotherapy trial in colon cancer: survival at any time and the median follow from the distribution. Not for clinical use.", n),
                    sprintf("\u5728\u516c\u5f00\u7684\u7ed3\u80a0\u764c\u8f85\u52a9\u5316\u7597\u8bd5\u9a8c%d\u4f8b\u60a3\u8005\u4e0a\u62df\u5408\u7684\u53c2\u6570\uff08\u5a01\u5e03\u5c14\uff09\u751f\u5b58\u6a21\u578b\uff08`survival::survreg()`\uff09\uff1a\u4efb\u610f\u65f6\u95f4\u7684\u751f\u5b58\u7387\u548c\u4e2d\u4f4d\u751f\u5b58\u671f\u7531\u5206\u5e03\u7ed9\u51fa\u3002\u4e0d\u53ef\u7528\u4e8e\u4e34\u5e8a\u3002", n)),
      teachingOnly = TRUE, timeUnit = "days", times = c(365, 1826, 2922), axes = list(age = c(20, 85), nodes = c(0, 20)),
      predictors = list(rx = list(label = txt("Treatment", "\u6cbb\u7597\u65b9\u6848"), levels = list(observation = txt("Observation", "\u89c2\u5bdf"), levamisole = txt("Levamisole", "\u5de6\u65cb\u54aa\u5511"), `levamisole-5fu` = txt("Levamisole + 5-FU", "\u5de6\u65cb\u54aa\u5511+5-\u6c1f\u5c3f\u5627\u5576"))),
                        age = age,
                        nodes = list(label = txt("Positive lymph nodes", "\u9633\u6027\u6dcb\u5df4\u7ed3"), unit = txt("nodes", "\u679a")),
                        obstruct = list(label = txt("Obstruction by the tumour", "\u80bf\u7624\u5bfc\u81f4\u6897\u963b"), levels = list(no = txt("No", "\u5426"), yes = txt("Yes", "\u662f")))),
      provenance = list(citation = "Moertel CG et al. N Engl J Med 1990;322:352-8. Data: R package survival, data set `colon` (deaths).",
        url = "https://CRAN.R-project.org/package=survival",
        population = txt("Patients with resected stage C colon cancer in a randomised adjuvant chemotherapy trial.", "\u53c2\u52a0\u8f85\u52a9\u5316\u7597\u968f\u673a\u8bd5\u9a8c\u7684\u5df2\u5207\u9664C\u671f\u7ed3\u80a0\u764c\u60a3\u8005\u3002"),
        eligibility = txt("Patients of the data set with the number of positive nodes recorded.", "\u6570\u636e\u96c6\u4e2d\u8bb0\u5f55\u4e86\u9633\u6027\u6dcb\u5df4\u7ed3\u6570\u7684\u60a3\u8005\u3002"),
        setting = txt("Multicentre trial in the United States; a textbook data set.", "\u7f8e\u56fd\u591a\u4e2d\u5fc3\u8bd5\u9a8c\uff1b\u6559\u79d1\u4e66\u6570\u636e\u96c6\u3002"),
        period = txt("1980s", "20\u4e16\u7eaa80\u5e74\u4ee3"), cohortSize = n, events = ev,
        outcomeDefinition = txt("Death from any cause, in days from randomisation.", "\u4efb\u4f55\u539f\u56e0\u6b7b\u4ea1\uff0c\u4ee5\u968f\u673a\u5206\u7ec4\u540e\u5929\u6570\u8ba1\u3002")),
      performance = concordance_of(fit, n, "survreg", "`survreg`"),
      intendedUse = teaching_use("shows how a parametric survival model gives survival at any time, its median and their intervals.",
                                 "\u5c55\u793a\u53c2\u6570\u751f\u5b58\u6a21\u578b\u5982\u4f55\u7ed9\u51fa\u4efb\u610f\u65f6\u95f4\u7684\u751f\u5b58\u7387\u3001\u4e2d\u4f4d\u751f\u5b58\u671f\u53ca\u5176\u7f6e\u4fe1\u533a\u95f4\u3002"),
      method = method_of(fit, "survival",
                         "\u5f97\u5206\u9075\u5faarms `nomogram()`\u3002\u751f\u5b58\u7387\u6765\u81ea\u4ee5\u5bf9\u6570\u65f6\u95f4\u5efa\u6a21\u7684\u5a01\u5e03\u5c14\u6a21\u578b\uff1b95%\u7f6e\u4fe1\u533a\u95f4\u4ee5\u03b4\u6cd5\u5728\u6807\u51c6\u5316\u5bf9\u6570\u65f6\u95f4\u4e0a\u8ba1\u7b97\uff0c\u4f7f\u7528\u7cfb\u6570\u4e0e\u5bf9\u6570\u5c3a\u5ea6\u53c2\u6570\u7684\u534f\u65b9\u5dee\u3002"),
      assumptions = assumptions_of(fit,
                                   "\u751f\u5b58\u65f6\u95f4\u670d\u4ece\u5a01\u5e03\u5c14\u5206\u5e03\uff08\u5373\u5bf9\u6570\u751f\u5b58\u65f6\u95f4\u670d\u4ece\u6781\u503c\u5206\u5e03\uff09\uff0c\u9884\u6d4b\u53d8\u91cf\u6539\u53d8\u5bf9\u6570\u751f\u5b58\u65f6\u95f4\u5206\u5e03\u7684\u4f4d\u7f6e\u3002"),
      changelog = changelog)
  },
  "mgus-finegray-teaching" = function(file) {
    m <- survival::mgus2
    m$etime <- ifelse(m$pstat == 0, m$futime, m$ptime)
    m$event <- ifelse(m$pstat == 0, 2 * m$death, 1)
    m$sex <- factor(m$sex, c("F", "M"), c("female", "male"))
    m <- na.omit(m[, c("etime", "event", "age", "sex", "hgb", "mspike")])
    assign("mgus_data", m, envir = globalenv())
    fit <- FGR(Hist(etime, event) ~ age + sex + hgb + mspike, data = mgus_data, cause = 1)
    n <- nrow(m); ev <- sum(m$event == 1)
    export_nomogram(fit, file, id = "mgus-finegray-teaching", version = "1.0.0",
      title = txt("MGUS, progression with death as a competing risk (teaching example)", "\u610f\u4e49\u672a\u660e\u7684\u5355\u514b\u9686\u4e19\u79cd\u7403\u86cb\u767d\u75c5\uff0c\u4ee5\u6b7b\u4ea1\u4e3a\u7ade\u4e89\u98ce\u9669\u7684\u8fdb\u5c55\uff08\u6559\u5b66\u793a\u4f8b\uff09"),
      outcome = txt("Cumulative incidence of progression to a plasma-cell malignancy", "\u8fdb\u5c55\u4e3a\u6d46\u7ec6\u80de\u6076\u6027\u80bf\u7624\u7684\u7d2f\u79ef\u53d1\u751f\u7387"),
      event = list(name = txt("progression to a plasma-cell malignancy", "\u8fdb\u5c55\u4e3a\u6d46\u7ec6\u80de\u6076\u6027\u80bf\u7624"), death = FALSE),
      competingEvent = txt("death without progression", "\u672a\u8fdb\u5c55\u800c\u6b7b\u4ea1"),
      summary = txt(sprintf("A Fine-Gray competing-risks model (riskRegression::FGR) of progression from MGUS to a plasma-cell malignancy, with death before progression as the competing event, fitted on %d patients of a public Mayo Clinic data set. Not for clinical use.", n),
                    sprintf("\u610f\u4e49\u672a\u660e\u7684\u5355\u514b\u9686\u4e19\u79cd\u7403\u86cb\u767d\u75c5\u8fdb\u5c55\u4e3a\u6d46\u7ec6\u80de\u6076\u6027\u80bf\u7624\u7684\u7ade\u4e89\u98ce\u9669\u6a21\u578b\uff08\u6bd4\u4f8b\u5b50\u5206\u5e03\u98ce\u9669\u6a21\u578b\uff0c`riskRegression::FGR()`\uff09\uff0c\u4ee5\u8fdb\u5c55\u524d\u6b7b\u4ea1\u4e3a\u7ade\u4e89\u4e8b\u4ef6\uff0c\u5728\u516c\u5f00\u7684\u6885\u5965\u8bca\u6240\u6570\u636e\u96c6%d\u4f8b\u60a3\u8005\u4e0a\u62df\u5408\u3002\u4e0d\u53ef\u7528\u4e8e\u4e34\u5e8a\u3002", n)),
      teachingOnly = TRUE, timeUnit = "months", times = c(60, 120, 240), axes = list(age = c(30, 95), hgb = c(6, 18), mspike = c(0, 3)),
      predictors = list(age = age, sex = list(label = txt("Sex", "\u6027\u522b"), levels = sex_levels),
                        hgb = list(label = txt("Haemoglobin", "\u8840\u7ea2\u86cb\u767d"), unit = txt("g/dL", "\u514b/\u5206\u5347")),
                        mspike = list(label = txt("M-protein spike", "\u5355\u514b\u9686\u86cb\u767d\u5cf0"), unit = txt("g/dL", "\u514b/\u5206\u5347"))),
      reference = reference_of(n),
      provenance = list(citation = "Kyle RA et al. N Engl J Med 2002;346:564-9. Data: R package survival, data set `mgus2`.",
        url = "https://CRAN.R-project.org/package=survival",
        population = txt("Residents of south-eastern Minnesota with monoclonal gammopathy of undetermined significance (MGUS).", "\u660e\u5c3c\u82cf\u8fbe\u5dde\u4e1c\u5357\u90e8\u60a3\u6709\u610f\u4e49\u672a\u660e\u7684\u5355\u514b\u9686\u4e19\u79cd\u7403\u86cb\u767d\u75c5\u7684\u5c45\u6c11\u3002"),
        eligibility = txt("Patients of the data set with haemoglobin and M-spike recorded.", "\u6570\u636e\u96c6\u4e2d\u8bb0\u5f55\u4e86\u8840\u7ea2\u86cb\u767d\u548c\u5355\u514b\u9686\u86cb\u767d\u5cf0\u7684\u60a3\u8005\u3002"),
        setting = txt("Mayo Clinic, United States; a public research data set.", "\u7f8e\u56fd\u6885\u5965\u8bca\u6240\uff1b\u516c\u5f00\u7814\u7a76\u6570\u636e\u96c6\u3002"),
        period = "1960-1994", cohortSize = n, events = ev,
        outcomeDefinition = txt("Progression to a plasma-cell malignancy, in months from diagnosis of MGUS; death before progression is the competing event.", "\u8fdb\u5c55\u4e3a\u6d46\u7ec6\u80de\u6076\u6027\u80bf\u7624\uff0c\u4ee5\u786e\u8bca\u610f\u4e49\u672a\u660e\u7684\u5355\u514b\u9686\u4e19\u79cd\u7403\u86cb\u767d\u75c5\u540e\u7684\u6708\u6570\u8ba1\uff1b\u8fdb\u5c55\u524d\u6b7b\u4ea1\u4e3a\u7ade\u4e89\u4e8b\u4ef6\u3002")),
      performance = list(),
      intendedUse = teaching_use("shows the cumulative incidence of an event when another event (death) can come first.",
                                 "\u5c55\u793a\u5f53\u53e6\u4e00\u4e8b\u4ef6\uff08\u6b7b\u4ea1\uff09\u53ef\u80fd\u5148\u53d1\u751f\u65f6\u67d0\u4e00\u4e8b\u4ef6\u7684\u7d2f\u79ef\u53d1\u751f\u7387\u3002"),
      method = method_of(fit, "riskRegression",
                         "\u5f97\u5206\u9075\u5faarms `nomogram()`\u3002\u5173\u6ce8\u4e8b\u4ef6\u7684\u7d2f\u79ef\u53d1\u751f\u7387\u4e3a`1 - exp(-H0(t) exp(LP))`\uff08\u6bd4\u4f8b\u5b50\u5206\u5e03\u98ce\u9669\u6a21\u578b\uff09\uff1b95%\u7f6e\u4fe1\u533a\u95f4\u4f7f\u7528\u7cfb\u6570\u7684\u534f\u65b9\u5dee\uff08\u4ee5\u5e73\u5747\u60a3\u8005\u4e3a\u4e2d\u5fc3\uff09\uff0c\u4e0d\u5305\u62ec\u57fa\u7ebf\u672c\u8eab\u7684\u4e0d\u786e\u5b9a\u6027\u3002"),
      assumptions = assumptions_of(fit,
                                   c("\u6bd4\u4f8b\u5b50\u5206\u5e03\u98ce\u9669\u5047\u8bbe\uff1a\u6bcf\u4e2a\u9884\u6d4b\u53d8\u91cf\u5728\u6240\u6709\u65f6\u95f4\u70b9\u5bf9\u5173\u6ce8\u4e8b\u4ef6\u5b50\u5206\u5e03\u98ce\u9669\u7684\u5f71\u54cd\u500d\u6570\u76f8\u540c\u3002",
                                     "95%\u7f6e\u4fe1\u533a\u95f4\u4ec5\u53cd\u6620\u7cfb\u6570\u7684\u4e0d\u786e\u5b9a\u6027\uff0c\u4e0d\u5305\u62ec\u57fa\u7ebf\u7d2f\u79ef\u53d1\u751f\u7387\u7684\u4e0d\u786e\u5b9a\u6027\u3002")),
      changelog = changelog)
  }
)

for (id in if (length(args) > 1) args[-1] else names(models)) {
  if (is.null(models[[id]])) stop("unknown model ", id)
  models[[id]](target(id))
}
