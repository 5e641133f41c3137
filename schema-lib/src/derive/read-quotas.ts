import type { SourceItem } from '../parse/source-doc.js';
import { PLANNED_CITIES, PROVINCE_LEVEL_PLACES, SUB_PROVINCIAL_CITIES } from '../table/places.js';
import type { RecommenderTypeDef } from '../template/types.js';
import type { Finding, Undecided } from './finding.js';

export interface ReadQuotas {
  /** City kinds first, then provinces, then the rest; the last one (places none) takes everyone else. */
  readonly types: readonly RecommenderTypeDef[];
  readonly findings: readonly Finding[];
  readonly undecided: readonly Undecided[];
}

/**
 * A quota however a notice words it: 推荐的解决方案不超过10个, 限报3项, 推荐名额为5个, 每家不超过2个 — in a sentence
 * about recommending (not 项目名称不超过20个汉字, a limit on a field).
 */
const QUOTA =
  /(?:不超过|不多于|不得超过|最多|限报|限推荐|限)\s*(\d+)\s*[个项家份](?!汉?字|字符)|名额(?:为|不超过)?\s*(\d+)\s*[个项家份](?!汉?字|字符)/;
const RECOMMENDING = /推荐|申报|报送|上报|限报/;
/** Who applies rather than recommends: 每家企业限报1个案例 limits an applicant, not a recommender. */
const APPLICANT = /企业$|申报主体|申报单位|申请单位|申请人|项目单位/;

/** Who a clause speaks of, by the words notices use for them, and the places whose names mark such a recommender. */
const KINDS: readonly {
  readonly id: string;
  readonly words: RegExp;
  readonly places: readonly string[];
  /** City kinds are tried before provinces: 宁波市经信局 is a city's even when its name also says 浙江. */
  readonly rank: number;
}[] = [
  { id: 'city', words: /计划单列市/, places: PLANNED_CITIES, rank: 0 },
  { id: 'sub-provincial', words: /副省级(?:城市|市)/, places: SUB_PROVINCIAL_CITIES, rank: 0 },
  { id: 'province', words: /(?<!副)省|自治区|直辖市|兵团/, places: PROVINCE_LEVEL_PLACES, rank: 1 },
  {
    id: 'central',
    words: /中央企业|央企|部属|直属|有关单位|行业协会|行业组织|科研院所|高等院校|高校/,
    places: [],
    rank: 3,
  },
];
/** The rank of the kinds that take whoever the places do not name (they come last). */
const FALLBACK_RANK = 3;

const QUOTA_PATH = 'summaryTable.recommenderTypes';

/**
 * The quotas a notice's body states, one recommender kind per clause: 各省、自治区、直辖市推荐的解决方案不超过10个 →
 * `province` (its places the province-level regions), 中央企业和部属单位…可直接报送，推荐的…不超过3个 → `central`,
 * reporting directly. The quota is stated; which places make a kind is inferred from its words. When no kind takes
 * the recommenders the notice does not name, one without a quota is added for them, for the reviewer to decide.
 */
export function readQuotas(items: readonly SourceItem[]): ReadQuotas {
  const findings: Finding[] = [];
  const undecided: Undecided[] = [];
  const found: (RecommenderTypeDef & { rank: number })[] = [];
  for (const item of items) {
    for (const sentence of item.text.split(/[。；;\n]/)) {
      if (!RECOMMENDING.test(sentence)) continue;
      const clauses = sentence.split(/[，,]/);
      clauses.forEach((clause, at) => {
        const quota = QUOTA.exec(clause);
        if (!quota) return;
        const count = Number(quota[1] ?? quota[2]);
        // The subject is before the quota, in this clause or an earlier one of the sentence (中央企业…不占属地指标，…).
        const before = [clause.slice(0, quota.index), ...clauses.slice(0, at).reverse()];
        const subjects = before.map(subjectOf);
        const subject = subjects.find((s) => kindsOf(s).length > 0) ?? subjects.find((s) => s.length >= 2);
        if (!subject) return;
        const kinds = kindsOf(subject);
        if (kinds.length === 0 && APPLICANT.test(subject)) return;
        const id = uniqueId(kinds.map((k) => k.id).join('-') || `type${found.length + 1}`, found);
        const places = [...new Set(kinds.flatMap((k) => k.places))];
        const direct = /直接(?:报送|推荐|申报|上报)/.test(sentence);
        const path = `${QUOTA_PATH}.${id}`;
        const range = { start: item.start, end: item.end };
        const source = { range, text: item.text, from: 'notice' as const };
        findings.push({ path, rule: 'quota', value: count, confidence: 'stated', ...source });
        if (kinds.length > 0)
          findings.push({ path, rule: 'places', value: subject, confidence: 'inferred', ...source });
        else undecided.push({ path, question: 'quota-places', range, from: 'notice' });
        if (direct) findings.push({ path, rule: 'reportsDirectly', value: true, confidence: 'stated', ...source });
        found.push({
          id,
          label: { 'zh-CN': subject, en: subject },
          quota: count,
          places,
          ...(direct ? { reportsDirectly: true } : {}),
          rank: kinds.length > 0 ? Math.min(...kinds.map((k) => k.rank)) : 2,
        });
      });
    }
  }
  found.sort((a, b) => a.rank - b.rank);
  const types: RecommenderTypeDef[] = found.map(({ rank: _, ...type }) => type);
  if (!found.some((t) => t.rank === FALLBACK_RANK)) {
    // Nobody named takes the rest: without this the last kind's quota would apply to every other recommender.
    const id = uniqueId('other', found);
    types.push({ id, label: { 'zh-CN': '其他推荐单位', en: 'other recommenders' }, places: [] });
    undecided.push({ path: `${QUOTA_PATH}.${id}`, question: 'quota' });
  }
  return { types, findings, undecided };
}

/** 各省、自治区、直辖市推荐的 → 省、自治区、直辖市; 中央企业和部属单位不占属地指标 → 中央企业和部属单位. */
function subjectOf(clause: string): string {
  return clause
    .trim()
    .replace(/^[（(][一二三四五六七八九十\d]+[）)]/, '')
    .replace(/^(?:其中|原则上|对于|另外|此外)/, '')
    .replace(/(?:不占|可|应|须|需|原则上|每个?|推荐|申报|报送|上报|的).*$/, '')
    .replace(/^(?:各|每个|每家|每)/, '')
    .trim();
}

function kindsOf(subject: string) {
  return KINDS.filter((k) => k.words.test(subject));
}

function uniqueId(id: string, taken: readonly { id: string }[]): string {
  let unique = id;
  for (let n = 2; taken.some((t) => t.id === unique); n++) unique = `${id}${n}`;
  return unique;
}
