/**
 * Writes models/veteran-teaching/1.0.0.json from what R's rms computed for the Veterans'
 * Administration lung cancer model (tests/fixtures/veteran-cph.json): coefficients, covariance,
 * means, baseline survival, and test vectors taken straight from rms's own output.
 *
 *   npx tsx tools/veteran-model.ts
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

interface Term {
  name: string;
  assume: 'category' | 'asis' | 'rcspline';
  coefNames: string | string[];
  coef: number | number[];
  levels?: string[];
  reference?: string;
  knots?: number[];
}

const ref = JSON.parse(readFileSync(new URL('../tests/fixtures/veteran-cph.json', import.meta.url), 'utf8'));
const list = <T,>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);
const coefficients = (t: Term) => list(t.coefNames).map((name, i) => ({ name, beta: list(t.coef)[i]! }));

const text: Record<string, { en: string; zh: string }> = {
  trt: { en: 'Treatment', zh: '治疗方案' },
  'trt.standard': { en: 'Standard chemotherapy', zh: '标准化疗' },
  'trt.test': { en: 'Test chemotherapy', zh: '试验化疗' },
  celltype: { en: 'Cell type', zh: '组织学类型' },
  'celltype.squamous': { en: 'Squamous', zh: '鳞状细胞癌' },
  'celltype.smallcell': { en: 'Small cell', zh: '小细胞癌' },
  'celltype.adeno': { en: 'Adenocarcinoma', zh: '腺癌' },
  'celltype.large': { en: 'Large cell', zh: '大细胞癌' },
  karno: { en: 'Karnofsky performance score', zh: 'Karnofsky功能状态评分' },
  age: { en: 'Age', zh: '年龄' },
  prior: { en: 'Prior therapy', zh: '既往治疗' },
  'prior.no': { en: 'No', zh: '无' },
  'prior.yes': { en: 'Yes', zh: '有' },
};

// Ranges of survival::veteran (137 patients): karno 10 to 99, age 34 to 81. Starting values are
// the medians (karno 60, age 62) and, for factors, the most common level (small cell: 48 of 137).
const categoricalDefault: Record<string, string> = { celltype: 'smallcell' };
const numeric: Record<string, object> = {
  karno: {
    unit: { en: 'points', zh: '分' },
    axis: { min: 10, max: 100, ticks: [10, 20, 30, 40, 50, 60, 70, 80, 90, 100] },
    step: 1, integer: true, derivationRange: [10, 99], default: 60,
    help: { en: '100 = normal activity; 10 = moribund.', zh: '100分为活动正常；10分为濒死状态。' },
  },
  age: {
    unit: { en: 'years', zh: '岁' },
    axis: { min: 30, max: 85, ticks: [30, 40, 50, 60, 70, 80, 85] },
    step: 1, integer: true, derivationRange: [34, 81], default: 62,
  },
};

const predictors = (ref.terms as Term[]).map((t) => {
  const base = { id: t.name, label: text[t.name]! };
  if (t.assume === 'category') {
    const coefs = coefficients(t);
    return {
      ...base,
      type: 'categorical',
      levels: t.levels!.map((id) => {
        const coefficient = coefs.find((c) => c.name === `${t.name}=${id}`);
        return { id, label: text[`${t.name}.${id}`]!, ...(coefficient ? { coefficient } : {}) };
      }),
      reference: t.reference,
      ...(categoricalDefault[t.name] ? { default: categoricalDefault[t.name] } : {}),
    };
  }
  if (t.assume === 'asis') return { ...base, type: 'linear', ...numeric[t.name], coefficient: coefficients(t)[0] };
  return { ...base, type: 'rcs', ...numeric[t.name], knots: t.knots, coefficients: coefficients(t) };
});

const means = Object.fromEntries((ref.vcovNames as string[]).map((n, i) => [n, ref.means[i]]));

type Patient = {
  inputs: Record<string, string | number>;
  totalPoints: number;
  lpCentered: number;
  seLpCentered: number;
  survival: { time: number; estimate: number; lower: number; upper: number }[];
};

function rmsPoints(id: string, value: string | number): number {
  const v = ref.nomogram.byVariable[id];
  const i = v.values.indexOf(value);
  if (i < 0) throw new Error(`rms drew no point for ${id} = ${value}`);
  return v.points[i];
}

const testVectors = (ref.patients as Patient[]).slice(0, 12).map((p, i) => ({
  description: `survival::veteran patient ${i + 1} of the rms reference (rms 6.5 cph, nomogram, Survival)`,
  inputs: p.inputs,
  expected: {
    points: Object.fromEntries(Object.entries(p.inputs).map(([k, v]) => [k, rmsPoints(k, v)])),
    totalPoints: p.totalPoints,
    linearPredictor: p.lpCentered,
    linearPredictorSe: p.seLpCentered,
    survival: p.survival,
  },
}));

const model = {
  $schema: '../model.schema.json',
  formatVersion: 1,
  id: 'veteran-teaching',
  version: '1.0.0',
  title: { en: 'Veterans’ lung cancer trial (teaching example)', zh: '退伍军人肺癌试验（教学示例）' },
  outcome: { en: 'Overall survival', zh: '总生存期' },
  summary: {
    en: 'A Cox model fitted with R rms on a decades-old public trial data set, for learning how nomograms work. Not for clinical use.',
    zh: '用R rms在一个已有数十年历史的公开试验数据集上拟合的Cox模型，用于学习列线图的原理。不可用于临床。',
  },
  teachingOnly: true,
  event: { name: { en: 'death from any cause', zh: '任何原因死亡' }, death: true },
  comparisonCaveat: {
    en: 'Treatment was randomised in this trial (standard or test chemotherapy), so between scenarios that differ only in treatment the difference estimates the effect of the test regimen in patients like these, as far as the model holds. The other predictors (cell type, Karnofsky score, age, prior therapy) were not randomised: a difference in them is an association, not the effect of changing them. A teaching example on decades-old data, not for any patient.',
    zh: '该试验中治疗为随机分配（标准化疗或试验化疗），因此对仅治疗不同的两种情形，在模型成立的前提下，其差异可估计试验方案对此类患者的效应。其他预测变量（组织学类型、Karnofsky评分、年龄、既往治疗）并非随机分配：它们带来的差异只是关联，并非改变它们的效果。本模型为教学示例，数据已有数十年历史，不得用于任何患者。',
  },
  startingValues: {
    en: 'The most common level of each factor among the 137 patients (standard treatment 69, small cell 48, no prior therapy 97) and the median of each number (Karnofsky score 60, age 62 years).',
    zh: '分类变量取137例患者中最常见的水平（标准化疗69例、小细胞癌48例、无既往治疗97例），数值变量取中位数（Karnofsky评分60分、年龄62岁）。',
  },
  kind: 'cox',
  timeUnit: 'days',
  horizons: [90, 180, 365],
  predictors,
  covariance: { names: ref.vcovNames, matrix: ref.vcov },
  reference: {
    description: {
      en: 'The mean of every design column over the 137 patients (rms centres the linear predictor there).',
      zh: '137例患者各设计列的均值（rms以此为线性预测值的中心）。',
    },
    means,
    linearPredictor: ref.center,
  },
  baseline: { type: 'table', time: ref.baseline.time, survival: ref.baseline.survival },
  provenance: {
    citation: 'Kalbfleisch JD, Prentice RL. The Statistical Analysis of Failure Time Data. New York: Wiley; 1980. Data: R package survival, data set `veteran`.',
    url: 'https://CRAN.R-project.org/package=survival',
    population: {
      en: 'Men with advanced, inoperable lung cancer in a Veterans’ Administration trial.',
      zh: '退伍军人管理局试验中患晚期、不可手术肺癌的男性患者。',
    },
    eligibility: {
      en: 'Randomised to standard or test chemotherapy; see the survival package documentation.',
      zh: '随机分配至标准化疗或试验化疗；详见`survival`包文档。',
    },
    setting: {
      en: 'The Veterans’ Administration lung cancer trial: multicentre, United States, treatment randomised (standard or test chemotherapy).',
      zh: '退伍军人管理局肺癌试验：美国多中心试验，治疗为随机分配（标准化疗或试验化疗）。',
    },
    period: { en: 'not stated in the data set documentation', zh: '数据集文档未说明' },
    cohortSize: 137,
    events: 128,
    outcomeDefinition: {
      en: 'Death from any cause; time in days from randomisation.',
      zh: '任何原因导致的死亡；时间为自随机分组起的天数。',
    },
  },
  performance: [],
  intendedUse: {
    en: 'Teaching only: shows how a Cox model with a spline and factors becomes a nomogram, and lets the numbers be checked against R. It is decades old and must not be used for any patient.',
    zh: '仅用于教学：展示含样条与分类变量的Cox模型如何成为列线图，并可与R的结果逐一核对。该数据已有数十年历史，不得用于任何患者。',
  },
  method: {
    en: 'Fitted with rms 6.5: `cph(Surv(time, status) ~ trt + celltype + karno + rcs(age, 4) + prior, surv = TRUE)`. Points follow rms `nomogram()`; survival is the rms baseline at the covariate means raised to exp(LP − centre); the 95% CI uses the full covariance matrix.',
    zh: '使用rms 6.5拟合：`cph(Surv(time, status) ~ trt + celltype + karno + rcs(age, 4) + prior, surv = TRUE)`。得分遵循rms `nomogram()`；生存率为协变量均值处的rms基线生存率的exp(LP − 中心)次方；95%置信区间使用完整协方差矩阵。',
  },
  assumptions: [
    {
      en: 'The 95% CI reflects the uncertainty of the coefficients only, not that of the baseline survival curve.',
      zh: '95%置信区间仅反映系数的不确定性，不包括基线生存曲线的不确定性。',
    },
  ],
  knownProblems: [
    {
      en: 'Treatment was randomised but the model was fitted for teaching, not to answer the trial’s question; no validation was performed.',
      zh: '治疗为随机分配，但此模型仅为教学而拟合，并非为回答试验问题；未进行任何验证。',
    },
  ],
  changelog: [
    {
      version: '1.0.0',
      date: '2026-11-22',
      changes: { en: 'First encoding, generated from the rms reference output.', zh: '首次编码，由rms参考输出生成。' },
    },
    {
      version: '1.0.0',
      date: '2026-12-01',
      changes: {
        en: 'Opens on typical values: the most common level of each factor and the median of each number (small cell, age 62). The event, the comparison caveat and how starting values were chosen are stated; Chinese terms revised. No figure changes for any input.',
        zh: '初始值改为典型值：分类变量取最常见的水平，数值变量取中位数（小细胞癌、62岁）。新增终点事件、比较说明及初始值的选取说明，并修订中文术语。任何输入对应的数值均未改变。',
      },
    },
  ],
  testVectors,
};

const out = new URL('../models/veteran-teaching/1.0.0.json', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
writeFileSync(out, `${JSON.stringify(model, null, 2)}\n`);
console.log(`wrote ${out.pathname.split('/').slice(-3).join('/')}`);
