/**
 * The short names applicants give a kind of unit instead of the guide's label
 * (`医院` for 医疗卫生机构, `大学` for 高校), or a platform's level (`省级` for
 * 自治区级: Guangxi is a region of a province's rank): accepted by `list --type` and
 * offered as "did you mean" by `check` and `match --profile`. Keyed by the vocabulary's
 * stable ids, so a new year's guide needs nothing here unless it adds a kind of unit.
 */
const SHORT_LABELS: Readonly<Record<string, readonly string[]>> = {
  enterprise: ['公司', '企业单位', '民营企业', '国有企业', '私营企业', 'company'],
  university: ['大学', '学院', '高等院校', '高等学校', '院校', 'college'],
  research_institute: ['研究所', '研究院', '科研机构', '院所', '科研单位', 'institute'],
  hospital: ['医院', '卫生院', '医疗机构', '卫生机构', '疾控中心'],
  government: ['政府', '机关', '事业单位', '行政机关', 'agency'],
  other: ['合作社', '农民专业合作社', '专业合作社', '农民合作社', 'cooperative'],
  social_organization: ['协会', '学会', '社会团体', '社团', '基金会', '民办非企业单位', 'association'],
  guangxi: ['省级', '自治区', '广西', 'provincial'],
};

/** The id a short label names, among the given ids. */
export function byShortLabel(input: string, ids: readonly string[]): string | undefined {
  const wanted = input.trim().toLowerCase();
  return ids.find((id) => SHORT_LABELS[id]?.some((s) => s.toLowerCase() === wanted));
}
