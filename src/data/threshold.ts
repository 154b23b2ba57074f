/**
 * The "above designated size" threshold of industrial statistics and its history
 * (as the statistics bureaus define it; {@link DESIGNATED_SIZE_THRESHOLD_HISTORY} cites the pages).
 *
 * @module
 */

/**
 * One period of the threshold's history.
 *
 * @category Data
 */
export interface ThresholdPeriod {
  /** First year the rule applied. */
  readonly from: number;
  /** Last year the rule applied; `undefined` while it still does. */
  readonly to?: number;
  /** Annual main-business revenue, in yuan, from which an enterprise counts as above size. */
  readonly revenueYuan: number;
  /** Whether every state-owned industrial enterprise counted whatever its revenue. */
  readonly allStateOwned: boolean;
}

/**
 * The threshold in force: industrial legal-person units with annual main-business revenue of
 * at least 20 million yuan are "above designated size" (规模以上), since January 2011.
 *
 * @category Data
 * @example
 * ```ts
 * DESIGNATED_SIZE_THRESHOLD_YUAN;
 * //=> 20000000
 * ```
 */
export const DESIGNATED_SIZE_THRESHOLD_YUAN = 20_000_000;

/**
 * How the threshold changed. 1998–2006: every state-owned industrial enterprise, and every
 * non-state one with at least 5 million yuan of annual main-business revenue; 2007–2010: every
 * enterprise with at least 5 million yuan; from 2011: at least 20 million yuan. When the NBS
 * tested the 2011 change on 2009 data, about 40% fewer units were counted, yet those kept
 * produced roughly 98% of value added. Counts and levels from before 2011 therefore do not
 * line up with later ones; growth rates, computed on a like-for-like set of enterprises, are
 * not affected in the same way.
 *
 * Sources: Fujian provincial government Q&A crediting the NBS
 * (http://www.fujian.gov.cn/hdjl/hdjlzsk/tjj/tjzs/ny/202309/t20230920_6261695.htm); Sichuan
 * Statistical Yearbook 2015 notes (https://tjj.sc.gov.cn/scstjj/tjnjnew/2015/zk/html/zbe14.htm);
 * the 2011 announcement (http://www.gongkong.com/news/201103/96436.html).
 *
 * @category Data
 * @example
 * ```ts
 * DESIGNATED_SIZE_THRESHOLD_HISTORY.map((p) => [p.from, p.revenueYuan]);
 * //=> [[1998, 5000000], [2007, 5000000], [2011, 20000000]]
 * ```
 */
export const DESIGNATED_SIZE_THRESHOLD_HISTORY: readonly ThresholdPeriod[] = /* @__PURE__ */ (() =>
  Object.freeze([
    Object.freeze({ from: 1998, to: 2006, revenueYuan: 5_000_000, allStateOwned: true }),
    Object.freeze({ from: 2007, to: 2010, revenueYuan: 5_000_000, allStateOwned: false }),
    Object.freeze({ from: 2011, revenueYuan: 20_000_000, allStateOwned: false }),
  ]))();
