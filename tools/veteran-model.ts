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
const list = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);
const coefficients = (t: Term) => list(t.coefNames).map((name, i) => ({ name, beta: list(t.coef)[i]! }));

const text: Record<string, { en: string; zh: string }> = {
  trt: { en: 'Treatment', zh: '治疗方案' },
  'trt.standard': { en: 'Standard chemotherapy', zh: '标准化疗' },
  'trt.test': { en: 'Test chemotherapy', zh: '试验化疗' },
  celltype: { en: 'Cell type', zh: '细胞类型' },
  'celltype.squamous': { en: 'Squamous', zh: '鳞状细胞' },
  'celltype.smallcell': { en: 'Small cell', zh: '小细胞' },
  'celltype.adeno': { en: 'Adenocarcinoma', zh: '腺癌' },
  'celltype.large': { en: 'Large cell', zh: '大细胞' },
  karno: { en: 'Karnofsky performance score', zh: 'Karnofsky 功能状态评分' },
  age: { en: 'Age', zh: '年龄' },
  prior: { en: 'Prior therapy', zh: '既往治疗' },
  'prior.no': { en: 'No', zh: '无' },
  'prior.yes': { en: 'Yes', zh: '有' },
};

// Ranges of survival::veteran (137 patients): karno 10 to 99, age 34 to 81.
const numeric: Record<string, object> = {
  karno: {
    unit: { en: 'points', zh: '分' },
    axis: { min: 10, max: 100, ticks: [10, 20, 30, 40, 50, 60, 70, 80, 90, 100] },
    step: 1,
    integer: true,
    derivationRange: [10, 99],
    default: 60,
    help: { en: '100 = normal activity; 10 = moribund.', zh: '100 分为活动正常；10 分为濒死状态。' },
  },
  age: {
    unit: { en: 'years', zh: '岁' },
    axis: { min: 30, max: 85, ticks: [30, 40, 50, 60, 70, 80, 85] },
    step: 1,
    integer: true,
    derivationRange: [34, 81],
    default: 60,
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
    zh: '用 R rms 在一个已有数十年历史的公开试验数据集上拟合的 Cox 模型，用于学习列线图的原理。不可用于临床。',
  },
  teachingOnly: true,
  kind: 'cox',
  timeUnit: 'days',
  horizons: [90, 180, 365],
  predictors,
  covariance: { names: ref.vcovNames, matrix: ref.vcov },
  reference: {
    description: {
      en: 'The mean of every design column over the 137 patients (rms centres the linear predictor there).',
      zh: '137 例患者各设计列的均值（rms 以此为线性预测值的中心）。',
    },
    means,
    linearPredictor: ref.center,
  },
  baseline: { type: 'table', time: ref.baseline.time, survival: ref.baseline.survival },
  provenance: {
    citation:
      'Kalbfleisch JD, Prentice RL. The Statistical Analysis of Failure Time Data. New York: Wiley; 1980. Data: R package survival, data set `veteran`.',
    url: 'https://CRAN.R-project.org/package=survival',
    population: {
      en: 'Men with advanced, inoperable lung cancer in a Veterans’ Administration trial.',
      zh: '退伍军人管理局试验中患晚期、不可手术肺癌的男性患者。',
    },
    eligibility: {
      en: 'Randomised to standard or test chemotherapy; see the survival package documentation.',
      zh: '随机分配至标准化疗或试验化疗；详见 survival 包文档。',
    },
    setting: { en: 'Multicentre randomised trial, United States.', zh: '美国多中心随机试验。' },
    period: 'not stated in the data set documentation',
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
    zh: '仅用于教学：展示含样条与分类变量的 Cox 模型如何成为列线图，并可与 R 的结果逐一核对。该数据已有数十年历史，不得用于任何患者。',
  },
  method: {
    en: 'Fitted with rms 6.5: cph(Surv(time, status) ~ trt + celltype + karno + rcs(age, 4) + prior, surv = TRUE). Points follow rms nomogram(); survival is the rms baseline at the covariate means raised to exp(LP - centre); the interval uses the full covariance matrix.',
    zh: '使用 rms 6.5 拟合：cph(Surv(time, status) ~ trt + celltype + karno + rcs(age, 4) + prior, surv = TRUE)。评分遵循 rms nomogram()；生存率为协变量均值处的 rms 基线生存率的 exp(LP - 中心) 次方；区间使用完整协方差矩阵。',
  },
  assumptions: [
    {
      en: 'The 95% interval reflects the uncertainty of the coefficients only, not that of the baseline survival curve.',
      zh: '95% 区间仅反映系数的不确定性，不包括基线生存曲线的不确定性。',
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
      changes: { en: 'First encoding, generated from the rms reference output.', zh: '首次编码，由 rms 参考输出生成。' },
    },
  ],
  testVectors,
};

const out = new URL('../models/veteran-teaching/1.0.0.json', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
writeFileSync(out, `${JSON.stringify(model, null, 2)}\n`);
console.log(`wrote ${out.pathname.split('/').slice(-3).join('/')}`);
