import { foldWidth } from '../format/normalize.js';
import type { RecommenderTypeDef, SummaryTableDef } from '../template/types.js';

export interface RecommenderTypeMatch {
  readonly type: RecommenderTypeDef;
  /** True when read from the name; false when the caller gave the type. */
  readonly inferred: boolean;
  /** The place name that decided it, when inferred from one. */
  readonly place?: string;
}

/**
 * Tells a recommender's type from its name: a government department (工业和信息化厅, 经信局 …) named after one of
 * the five 计划单列市 is a city, one named after a province-level region (or 兵团) a province; anyone else
 * (中国信息通信研究院, a 集团有限公司, 大连理工大学) reports directly with the fallback type. `override`, a type
 * id, wins when given.
 */
export function recommenderTypeOf(
  table: SummaryTableDef,
  name: string | undefined,
  override?: string,
): RecommenderTypeMatch {
  const fallback = table.recommenderTypes[table.recommenderTypes.length - 1] as RecommenderTypeDef;
  if (override !== undefined) {
    const type = table.recommenderTypes.find((t) => t.id === override);
    if (!type) {
      const ids = table.recommenderTypes.map((t) => t.id).join(', ');
      throw new RangeError(`Unknown recommender type "${override}": expected one of ${ids}`);
    }
    return { type, inferred: false };
  }
  const folded = foldWidth(name ?? '');
  const isGovernment = table.governmentMarkers.some((marker) => folded.includes(marker));
  if (isGovernment) {
    for (const type of table.recommenderTypes) {
      const place = type.places.find((p) => folded.includes(p));
      if (place) return { type, inferred: true, place };
    }
  }
  return { type: fallback, inferred: true };
}
