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

/*
 * Wordings met in real releases and reprints (checked by hand against copies kept outside
 * the repository), rewritten here in our own sentences with invented figures: each one made
 * the extractor read a wrong figure, or miss a common one, before it was fixed.
 */

/**
 * A reprint of a provincial release: ASCII punctuation, the headline's (以下简称“全省工业”)
 * remark, the sector names of the Shanxi releases (炼焦工业, 有色金属工业, 煤层气采掘业,
 * 热力燃气工业), 增速与上年同期持平, and products listed without 产量 under 分产品产量看.
 */
export const ZH_REPRINT = `2022年1-10月份全省规模以上工业生产情况
据省统计局消息,1-10月份,全省规模以上工业(以下简称“全省工业”)增加值同比增长5.1%。其中,10月份同比增长4.4%。
分主要行业看,1-10月份,全省炼焦工业增加值同比下降3.3%,有色金属工业增长6.6%,煤层气采掘业增长14.8%,热力燃气工业增速与上年同期持平。
分产品产量看,1-10月份,全省主要工业产品产量中,钢材增长2.2%,原铝下降1.4%,移动通信手持机(手机)增长8.8%。`;

/**
 * A national release in the bureau's own words: no 全国 anywhere, a remark in parentheses
 * that mentions prices, a month-on-month figure, industries whose names end in a known name
 * (精制茶制造业, 化学制品制造业, 汽车制造业), levels in 万辆, thermal power beside all power, and
 * an unknown product whose growth must not go to the product before it.
 */
export const ZH_NBS = `国家统计局发布2023年1—4月份规模以上工业生产主要数据
1—4月份,规模以上工业增加值同比实际增长3.6%(增加值增速均为扣除价格因素的实际增长率)。从环比看,4月份,规模以上工业增加值比上月增长0.47%。
分三大门类看,1—4月份,采矿业增加值同比增长2.4%,制造业增长4.1%,电力、热力、燃气及水生产和供应业增长3.0%。
分行业看,1—4月份,酒、饮料和精制茶制造业增长1.7%,化学原料和化学制品制造业增长8.2%,汽车制造业增长10.5%。
分产品看,1—4月份,汽车860.2万辆,同比增长12.6%,其中新能源汽车210.4万辆,增长31.5%;发电量27000亿千瓦时,增长4.2%;火力发电量19000亿千瓦时,增长5.5%;原煤产量15亿吨,洗煤产量9亿吨,增长3.9%。`;

/** A city's release: 全市 figures are not the province's. */
export const ZH_CITY = `一季度,全市规模以上工业增加值延续2月份的回升势头,同比增长7.7%,比全省高1.2个百分点。其中采矿业增加值同比增长9.9%,对全市工业增长的贡献率为88.0%。`;

/** Another province's release that names it: its 全省 is not Shanxi. */
export const ZH_OTHER_PROVINCE = `河北省统计局发布,1至10月,全省规模以上工业增加值同比增长6.5%,采矿业增长2.0%。`;

/** 新能源汽车 among industries (the industry's value added) and as a product (its output). */
export const ZH_INDUSTRY_OR_PRODUCT = `2022年1-8月份,从行业看,全省工业战略性新兴产业增长15.0%,其中新能源汽车增长40.2%,节能环保产业增长9.9%。全省新能源汽车产量增长1.5倍,光伏电池产量增长7.5%。`;

/** A release reprinted in traditional characters, with 1月至5月 and 前5个月 wordings (the tests also read it converted to simplified characters). */
export const ZH_TRADITIONAL = `2021年1月至5月,全省規模以上工業增加值同比增長12.3%。分三大門類看,採礦業增長10.1%,製造業增長15.5%。前5個月,原煤產量45000萬噸,增長8.0%。`;

/**
 * A Xinhua-style wire on coal: a dateline, curly apostrophes, "surpassed", a share of the
 * country's total, a remark between dashes, and a production target that is not a figure.
 */
export const EN_WIRE = `TAIYUAN, Aug. 20 (Xinhua) -- The raw coal output of north China’s coal-rich Shanxi province surpassed 800 million tonnes in the first seven months of 2024, up 2.1 percent year on year, accounting for about 28 percent of the country’s total.
The added value of industrial enterprises above a designated size -- those with annual main business revenue of at least 20 million yuan ($2.8 million) -- in Shanxi rose 3.3 percent in the period.
The province has set a production target of about 1.3 billion tonnes for the year.`;

/**
 * An SCIO-style briefing on the country: no province named, so the figures are China's; and
 * a translated national release with a month-on-month figure in the sentence of the total,
 * and "chemical products manufacturing industry" (not manufacturing as a whole).
 */
export const EN_BRIEFING = `The industrial added value above designated size saw a year-on-year growth of 9.0% in the first half of this year, the spokesperson said at the briefing.
Data released by the National Bureau of Statistics on July 15 showed that in June, the added value of industries above designated size actually increased by 4.4% year-on-year and 0.68% month-on-month. Among them, the chemical raw materials and chemical products manufacturing industry increased by 7.1%, and the manufacturing industry increased by 4.8%. Foreign, Hong Kong, Macao and Taiwan-invested enterprises increased by 2.2%.`;

/** A development zone inside Shanxi: its figures are the zone's, not the province's. */
export const EN_ZONE = `In the first half of this year, Shanxi Transformation and Comprehensive Reform Demonstration Zone saw a 10.5 percent rise in the added value of industries above designated size. The manufacturing sector's added value grew 12.0 percent, accounting for 70.1 percent of the zone's total.`;
