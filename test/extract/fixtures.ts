/**
 * Releases written for these tests in the bureaus' template and in the English articles'
 * style. The figures are invented; no sentence is copied from a published page.
 */

/** A provincial monthly release (the template, headings 分…看). */
export const ZH_PROVINCE = `2023年1-5月份全省规模以上工业生产情况
1-5月份，全省规模以上工业增加值同比增长4.2%。其中，5月份同比增长3.1%。
分三大门类看，1-5月份，采矿业增加值同比增长5.3%，制造业增长2.4%，电力、热力、燃气及水生产和供应业下降1.7%。
分经济类型看，国有控股企业增长4.8%，股份制企业增长4.0%，外商及港澳台商投资企业下降6.2%，私营企业增长1.1%。
分主要行业看，煤炭工业增长5.9%，非煤工业增长1.6%。其中，焦化工业增长2.2%，钢铁工业下降0.8%，装备制造业增长12.4%。
分产品产量看，原煤产量5.47亿吨，同比增长6.1%；焦炭产量4,012.3万吨，增长1.9%；发电量1,702.4亿千瓦时，增长4.4%；煤层气产量45.6亿立方米，增长12.0%。`;

/** A national release, run-on paragraphs, the headline giving the month first. */
export const ZH_NATIONAL = `2022年8月份，全国规模以上工业增加值同比实际增长4.2%。1-8月份，全国规模以上工业增加值同比增长3.6%。
8月份，分三大门类看，采矿业增加值同比增长5.3%，制造业增长3.1%，电力、热力、燃气及水生产和供应业增长13.6%。
8月份，原煤产量3.8亿吨，同比增长8.1%；发电量8,000.5亿千瓦时，增长9.9%。`;

/** Hard cases: full-width digits, 1—2月 with an em dash, 持平, 增长N倍, qualifiers, respectively. */
export const ZH_HARD = `１－８月份，全省规上工业增加值同比增长３.６％，其中８月份增长２.５％。
采矿业、制造业、电力、热力、燃气及水生产和供应业增加值分别增长3.0%、4.5%和6.1%。
股份制企业增速与上年同期持平，私营企业增长1.2倍，新能源汽车产量突破12.5万辆，原煤产量约1.28亿吨，发电量超过320亿千瓦时，焦炭产量近900万吨，钢材产量5,210万吨左右。
1—2月，全省规上工业增加值增长5.0%，两年平均增长6.8%，高技术制造业增加值占规上工业比重为9.4%，比全国高2.1个百分点。纺织业增长3.0%，工业用电量增长4.0%。`;

/** No year in the text and none given: every figure goes to unrecognised as `no year`. */
export const ZH_NO_YEAR = `1-8月份，全省规模以上工业增加值同比增长3.6%。分三大门类看，采矿业增长4.0%。`;

/** An English article in the state-media style. */
export const EN_DAILY = `Shanxi's industry off to a strong start
TAIYUAN -- In the first quarter of 2021, the added value of industrial enterprises above designated size in Shanxi rose 23.9 percent year-on-year, the provincial statistics bureau said. That of the coal industry increased 24.1 percent, while non-coal industries grew 23.8 percent.
The mining, manufacturing and utilities sectors grew 41.8 percent, 29.4 percent and 25.3 percent, respectively.
Output of raw coal reached 1.378 billion tonnes, up 2.8 percent. The growth was 5.1 percentage points higher than the national average.`;

/** A second English article: a half year, qualifiers, a decline and an unknown sector. */
export const EN_XINHUA = `In the first half of 2023, the added value of industrial enterprises above designated size in Shanxi grew 4.6 percent. The equipment manufacturing sector expanded 10.3 percent, private enterprises were down 2.1 percent, and the textile industry grew 3.3 percent.
Power generation was more than 210.4 billion kWh in the first half of 2023. Crude steel output stood at nearly 32.5 million tonnes.`;
