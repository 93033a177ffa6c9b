# Writes models/birthwt-teaching/1.0.0.json: a binary logistic model (rms::lrm) of low birth weight
# fitted on MASS::birthwt and exported with tools/export-rms.R, which copies the coefficients and
# covariance matrix from the fit and computes the test vectors with rms itself.
#
#   Rscript tools/birthwt-model.R                 writes models/birthwt-teaching/1.0.0.json
#   Rscript tools/birthwt-model.R <output file>   writes there instead (tests/export-rms.test.ts
#                                                 regenerates the model and compares it)
#
# Needs R with the rms and MASS packages. The figures quoted in the model card (events per
# coefficient, the nonlinearity tests, the bootstrap validation) are computed here, not typed in,
# so that a regenerated file stays consistent with its own numbers. The text is UTF-8; the exporter
# reads it as such whatever the locale R runs in.

suppressMessages(library(rms))

root <- local({
  file_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)
  if (length(file_arg)) normalizePath(file.path(dirname(sub("^--file=", "", file_arg[1])), "..")) else getwd()
})
source(file.path(root, "tools", "export-rms.R"))
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args)) args[1] else file.path(root, "models", "birthwt-teaching", "1.0.0.json")

# ---- Data -------------------------------------------------------------------------------------
# As in the MASS documentation's own example (and Venables & Ripley, section 7.2): race as a factor
# with the data set's three categories, previous premature labour as yes/no (ptl > 0; 30 of the 189
# mothers had one or more), and the 0/1 indicators as no/yes factors so that the calculator offers
# them as choices rather than as a 0-1 scale.
d <- MASS::birthwt
yn <- function(x) factor(x > 0, c(FALSE, TRUE), c("no", "yes"))
d$race <- factor(d$race, 1:3, c("white", "black", "other"))
d$ptd <- yn(d$ptl)
d$smoke <- yn(d$smoke)
d$ht <- yn(d$ht)
d$ui <- yn(d$ui)
bw_dd <- datadist(d)
options(datadist = "bw_dd")

# ---- Model ------------------------------------------------------------------------------------
# Main effects fixed in advance, no variable selection. Age and weight enter linearly: with 59
# events there is little room for splines, and 3-knot splines do not improve the fit (checked below
# and reported in the model card).
fit <- lrm(low ~ age + lwt + race + smoke + ptd + ht + ui, data = d, x = TRUE, y = TRUE)
spline_fit <- lrm(low ~ rcs(age, 3) + rcs(lwt, 3) + race + smoke + ptd + ht + ui, data = d)
nonlinear_p <- function(term) {
  a <- anova(spline_fit)
  a[grep("Nonlinear", rownames(a))[match(term, c("age", "lwt"))], "P"]
}
p_age <- nonlinear_p("age")
p_lwt <- nonlinear_p("lwt")

n <- nrow(d)
events <- sum(d$low == 1)
n_coef <- length(coef(fit)) - 1
epp <- events / n_coef
c_apparent <- unname(fit$stats["C"])

# Internal validation: optimism by the bootstrap (rms::validate), with a fixed seed.
B <- 1000
set.seed(20261122)
v <- validate(fit, B = B)
c_corrected <- (1 + v["Dxy", "index.corrected"]) / 2
slope_corrected <- v["Slope", "index.corrected"]

r2 <- function(x) sprintf("%.2f", x)
r_version <- paste(R.version$major, R.version$minor, sep = ".")
rms_version <- as.character(utils::packageVersion("rms"))
mass_version <- as.character(utils::packageVersion("MASS"))

# ---- Export -----------------------------------------------------------------------------------
yes_no <- list(no = list(en = "No", zh = "否"), yes = list(en = "Yes", zh = "是"))

export_nomogram(fit, out, id = "birthwt-teaching", version = "1.0.0",
  title = list(en = "Low birth weight (teaching example)", zh = "低出生体重（教学示例）"),
  outcome = list(en = "Low birth weight (under 2.5 kg)", zh = "低出生体重（<2500 g）"),
  summary = list(
    en = "A logistic model fitted with R rms on a public data set of 189 births in one US hospital in 1986, for learning how nomograms work. Not for clinical use.",
    zh = "用R rms在一个公开数据集（1986年美国一家医院的189例分娩）上拟合的Logistic回归模型，用于学习列线图的原理。不可用于临床。"),
  teachingOnly = TRUE,
  event = list(name = list(en = "low birth weight", zh = "低出生体重"), death = FALSE),
  comparisonCaveat = list(
    en = sprintf("These are observational records of %d births in one hospital: a difference between scenarios is what the model associates with them in this sample, not the effect of changing them (it does not show what stopping smoking would do, for example).", n),
    zh = sprintf("这些是一家医院%d例分娩的观察性记录：两种情形之间的差异只是模型在本样本中观察到的关联，并非改变这些因素的效果（例如，它不能说明戒烟会带来什么变化）。", n)),
  startingValues = list(
    en = sprintf("The median of each number among the %d mothers (age %s years, weight %s lb) and the most common level of each factor (White %d, no smoking %d, no previous premature labour %d, no hypertension %d, no uterine irritability %d).", n, median(d$age), median(d$lwt), sum(d$race == "white"), sum(d$smoke == "no"), sum(d$ptd == "no"), sum(d$ht == "no"), sum(d$ui == "no")),
    zh = sprintf("数值变量取%d位母亲的中位数（年龄%s岁、体重%s磅），分类变量取最常见的水平（白人%d例、孕期未吸烟%d例、无既往早产史%d例、无高血压病史%d例、无子宫激惹%d例）。", n, median(d$age), median(d$lwt), sum(d$race == "white"), sum(d$smoke == "no"), sum(d$ptd == "no"), sum(d$ht == "no"), sum(d$ui == "no"))),
  axes = list(age = c(14, 45), lwt = c(80, 250)),
  predictors = list(
    age = list(label = list(en = "Mother's age", zh = "母亲年龄"),
               unit = list(en = "years", zh = "岁"),
               ticks = c(14, 20, 25, 30, 35, 40, 45)),
    lwt = list(label = list(en = "Mother's weight at last menstrual period", zh = "末次月经时母亲体重"),
               unit = list(en = "lb", zh = "磅"),
               help = list(en = "In pounds, as recorded in the data set (100 lb is about 45 kg).",
                           zh = "以磅为单位，与数据集记录一致（100磅约合45千克）。"),
               ticks = c(80, 100, 125, 150, 175, 200, 225, 250)),
    race = list(label = list(en = "Mother's race (as recorded in the data set)", zh = "母亲种族（按数据集记录）"),
                levels = list(white = list(en = "White", zh = "白人"),
                              black = list(en = "Black", zh = "黑人"),
                              other = list(en = "Other", zh = "其他")),
                caution = list(
                  en = "Race as recorded in this 1986 data set, with every group other than White and Black combined. Its coefficient reflects differences the model does not measure, such as social and economic circumstances and access to care, not biology.",
                  zh = "种族为该1986年数据集中的记录，白人和黑人以外的所有人群合并为“其他”。其系数反映的是模型未测量的差异（如社会经济状况和医疗可及性），而非生物学差异。")),
    smoke = list(label = list(en = "Smoking during pregnancy", zh = "孕期吸烟"), levels = yes_no),
    ptd = list(label = list(en = "Previous premature labour", zh = "既往早产史"), levels = yes_no,
               help = list(en = "Yes if the data set records one or more previous premature labours (ptl above 0).",
                           zh = "数据集记录有一次或多次既往早产（`ptl` > 0）即为“是”。")),
    ht = list(label = list(en = "History of hypertension", zh = "高血压病史"), levels = yes_no),
    ui = list(label = list(en = "Uterine irritability", zh = "子宫激惹"), levels = yes_no,
              help = list(en = "Presence of uterine irritability, as recorded in the data set.",
                          zh = "数据集记录的子宫激惹情况。"))
  ),
  provenance = list(
    citation = "Hosmer DW, Lemeshow S. Applied Logistic Regression. New York: Wiley; 1989. Data: Venables WN, Ripley BD. Modern Applied Statistics with S. 4th ed. New York: Springer; 2002; R package MASS, data set `birthwt`.",
    url = "https://CRAN.R-project.org/package=MASS",
    population = list(
      en = sprintf("Mothers and their babies: %d births at Baystate Medical Center, Springfield, Massachusetts, USA.", n),
      zh = sprintf("母亲及其婴儿：美国马萨诸塞州斯普林菲尔德Baystate医学中心的%d例分娩。", n)),
    eligibility = list(
      en = "Not stated in the data set documentation: how these births were selected is not known from it.",
      zh = "数据集文档未说明，无法从中得知这些分娩是如何选取的。"),
    setting = list(
      en = "One hospital in the United States; published as a textbook example data set.",
      zh = "美国一家医院；作为教科书示例数据集发表。"),
    period = "1986",
    outcomeDefinition = list(
      en = "Birth weight under 2.5 kg (variable `low` of the data set, from the recorded birth weight in grams).",
      zh = "出生体重<2500 g（数据集中的变量`low`，依据记录的出生体重判定）。")
  ),
  performance = list(
    list(measure = list(en = "C statistic (area under the ROC curve)", zh = "C统计量（ROC曲线下面积）"),
         value = round(c_apparent, 3),
         setting = list(en = sprintf("Apparent: the %d births the model was fitted on.", n),
                        zh = sprintf("表观值：即用于拟合模型的%d例分娩。", n))),
    list(measure = list(en = "C statistic (area under the ROC curve)", zh = "C统计量（ROC曲线下面积）"),
         value = round(c_corrected, 3),
         setting = list(en = sprintf("Internal validation: corrected for optimism with %d bootstrap resamples (rms `validate()`).", B),
                        zh = sprintf("内部验证：经%d次自助法重抽样校正乐观偏倚（rms `validate()`）。", B))),
    list(measure = list(en = "Calibration slope", zh = "校准斜率"),
         value = round(slope_corrected, 3),
         setting = list(en = sprintf("Internal validation: corrected for optimism with %d bootstrap resamples (rms `validate()`); 1 would be ideal.", B),
                        zh = sprintf("内部验证：经%d次自助法重抽样校正乐观偏倚（rms `validate()`）；理想值为1。", B)))
  ),
  intendedUse = list(
    en = "Teaching only: shows how a logistic model with factors becomes a nomogram and a probability, and lets the numbers be checked against R. The data come from one hospital in 1986; the model must not be used for any patient or pregnancy.",
    zh = "仅用于教学：展示含分类变量的Logistic回归模型如何成为列线图和概率，并可与R的结果逐一核对。数据来自1986年的一家医院，不得用于任何患者或任何妊娠。"),
  method = list(
    en = sprintf("Data: `MASS::birthwt` (MASS %s), race as white/black/other, `ptd = ptl > 0`, and `smoke`, `ht`, `ui` as no/yes. Fitted with R %s and rms %s: `lrm(low ~ age + lwt + race + smoke + ptd + ht + ui, x = TRUE, y = TRUE)`, the predictors fixed in advance with no selection. Exported with `tools/export-rms.R` (regenerate with `tools/birthwt-model.R`). Points follow rms `nomogram()`; the probability is `plogis(LP)` and its 95%% CI `plogis(LP ∓ 1.96 SE)` with the full covariance matrix.", mass_version, r_version, rms_version),
    zh = sprintf("数据：`MASS::birthwt`（MASS %s），种族分为白人/黑人/其他，`ptd = ptl > 0`，`smoke`、`ht`、`ui`编码为否/是。使用R %s与rms %s拟合：`lrm(low ~ age + lwt + race + smoke + ptd + ht + ui, x = TRUE, y = TRUE)`，预测变量事先确定，未做变量筛选。使用`tools/export-rms.R`导出（可用`tools/birthwt-model.R`重新生成）。得分遵循rms `nomogram()`；概率为`plogis(LP)`，95%%置信区间为`plogis(LP ∓ 1.96 SE)`，使用完整协方差矩阵。", mass_version, r_version, rms_version)),
  assumptions = list(
    list(en = "The predictors act additively on the log odds, as fitted, with no interactions.",
         zh = "各预测变量按拟合结果在对数优势尺度上相加作用，无交互作用。"),
    list(en = sprintf("Age and weight act linearly on the log odds. Three-knot restricted cubic splines did not improve the fit (Wald test of nonlinearity: P = %s for age, %s for weight), but so small a sample has little power to detect curvature.", r2(p_age), r2(p_lwt)),
         zh = sprintf("年龄和体重在对数优势尺度上呈线性作用。3个节点的限制性立方样条未改善拟合（非线性Wald检验：年龄P = %s，体重P = %s），但样本量如此之小，检出曲线关系的把握度很低。", r2(p_age), r2(p_lwt))),
    list(en = "The 95% CI reflects the uncertainty of the coefficients in this sample only: not the optimism of a model fitted and assessed on the same small data set, nor differences between this population and any other.",
         zh = "95%置信区间仅反映本样本中系数的不确定性，不包括在同一小数据集上拟合并评估模型所带来的乐观偏倚，也不包括该人群与其他人群之间的差异。")
  ),
  knownProblems = list(
    list(en = sprintf("Small sample: %d births, %d of them of low birth weight, for %d coefficients (about %.0f events per coefficient). Bootstrap validation estimates a calibration slope of %s: predictions for mothers outside this sample would probably be too extreme (too close to 0 or 1), and the 95%% CIs are wide.", n, events, n_coef, epp, r2(slope_corrected)),
         zh = sprintf("样本量小：%d例分娩，其中低出生体重%d例，需估计%d个系数（每个系数约%.0f个事件）。自助法验证估计校准斜率为%s：对样本外孕妇的预测可能过于极端（过于接近0或1），95%%置信区间也很宽。", n, events, n_coef, epp, r2(slope_corrected))),
    list(en = "Old data from a single hospital: the births took place in 1986 in one US city. Obstetric care and the population have changed since, and the model has never been validated in other data.",
         zh = "数据陈旧且来自单一医院：这些分娩发生于1986年美国的一座城市。此后产科医疗和人群都已改变，且该模型从未在其他数据中验证。"),
    list(en = "Race is coded as recorded in the data set (white, black, other), with all other groups combined. It is a social category: its association here stands for unmeasured factors such as income, stress and access to care, and it must not be used to assign risk to anyone.",
         zh = "种族按数据集中的记录编码（白人、黑人、其他），其他所有人群合并为一类。种族是社会分类：此处的关联代表的是收入、压力和医疗可及性等未测量的因素，不得据此为任何人判定风险。"),
    list(en = "The predictors are only as defined in the data set, with little documentation: how hypertension and uterine irritability were diagnosed is not described, smoking is yes or no without amount, and weight is in pounds without height.",
         zh = "预测变量仅按数据集中的定义，文档很少：未说明高血压和子宫激惹如何诊断，吸烟仅分是否、不含吸烟量，体重以磅为单位且没有身高。"),
    list(en = "The coefficients are associations in this sample, not effects: the model does not say how much the risk would change if a mother stopped smoking or gained weight.",
         zh = "系数是本样本中的关联，而非因果效应：模型并不能说明母亲戒烟或体重增加后风险会改变多少。")
  ),
  changelog = list(
    list(version = "1.0.0", date = "2026-11-22",
         changes = list(en = "First encoding, fitted and exported from R rms with `tools/birthwt-model.R`.",
                        zh = "首次编码，使用`tools/birthwt-model.R`从R rms拟合并导出。"))
  )
)
