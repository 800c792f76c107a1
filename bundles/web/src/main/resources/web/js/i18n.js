// Chinese first; English by the switch in the header (the choice, nothing else, is remembered).
const TEXT = {
  'brand': ['关爱 · 县级工作台', 'Guanai · County dashboard'],
  'nav.overview': ['全县概况', 'Overview'],
  'nav.actions': ['待办名单', 'Action lists'],
  'nav.bulletin': ['季度简报', 'Quarterly bulletin'],
  'signOut': ['退出', 'Sign out'],
  'signIn.title': ['登录', 'Sign in'],
  'signIn.user': ['用户名', 'User name'],
  'signIn.password': ['密码', 'Password'],
  'signIn.submit': ['登录', 'Sign in'],
  'signIn.failed': ['用户名或密码错误，或账号已被暂时锁定。', 'Wrong user name or password, or the account is locked for a while.'],
  'signIn.noRole': ['此账号没有使用工作台的角色。', 'This account has no role for the dashboard.'],
  'lang.other': ['English', '中文'],
  'scope': ['范围', 'Area'],
  'county': ['全县', 'Whole county'],
  'township': ['乡镇', 'Township'],
  'village': ['村（社区）', 'Village'],
  'women': ['留守妇女', 'Women'],
  'children': ['留守儿童', 'Children'],
  'elderly': ['留守老人', 'Elderly'],
  'households': ['外出务工家庭', 'Households'],
  'sites': ['服务阵地', 'Service sites'],
  'unguarded': ['无有效监护儿童', 'Children without a capable guardian'],
  'total': ['合计', 'Total'],
  'byTownship': ['各乡镇留守人员', 'Left-behind persons by township'],
  'alerts': ['监护预警（无有效监护的留守儿童）', 'Guardianship alerts (children without a capable guardian)'],
  'migrants': ['外出务工去向', 'Where the migrant members work'],
  'province': ['省份', 'Province'],
  'city': ['城市', 'City'],
  'elsewhere': ['其他地区', 'Elsewhere'],
  'migrantCount': ['外出人数', 'Members away'],
  'trends': ['逐月变化', 'Month by month'],
  'month': ['月份', 'Month'],
  'registered': ['新登记', 'Registered'],
  'ended': ['退出登记', 'Ended'],
  'activeWomen': ['月末在册妇女', 'Women at month end'],
  'activeChildren': ['月末在册儿童', 'Children at month end'],
  'activeElderly': ['月末在册老人', 'Elderly at month end'],
  'serviceRecords': ['服务记录', 'Service records'],
  'suppressed': ['“—”为少于 5 的数字，统计角色不显示。', '"—" is a count below 5, not shown to the statistics role.'],
  'modules': ['已安装模块', 'Installed modules'],
  'noModules': ['尚未安装可选模块。', 'No optional module is installed.'],
  'indicator': ['指标', 'Indicator'],
  'value': ['数值', 'Value'],
  'actions.none': ['名单为空。', 'Nobody on this list.'],
  'actions.more': ['共 {n} 人，显示前 {k} 人。', '{n} in all, the first {k} shown.'],
  'actions.noRole': ['统计角色只看汇总数字，没有名单。', 'The statistics role sees figures only, no lists.'],
  'name': ['姓名', 'Name'],
  'why': ['情况', 'Why'],
  'person': ['人员信息', 'Person'],
  'back': ['返回', 'Back'],
  'gender': ['性别', 'Gender'],
  'birthDate': ['出生日期', 'Born'],
  'idNumber': ['身份证号码', 'ID number'],
  'phone': ['联系电话', 'Phone'],
  'categories': ['类别', 'Categories'],
  'status': ['状态', 'Status'],
  'guardians': ['监护人', 'Guardians'],
  'relation': ['关系', 'Relation'],
  'capacity': ['监护能力', 'Capacity'],
  'timeline': ['服务记录与模块记录', 'Timeline'],
  'date': ['日期', 'Date'],
  'entry': ['事项', 'Entry'],
  'year': ['年份', 'Year'],
  'quarter': ['季度', 'Quarter'],
  'show': ['生成', 'Show'],
  'print': ['打印 / 存为 PDF', 'Print / save as PDF'],
  'bulletin.title': ['{area}关爱留守人员工作简报', '{area}: left-behind persons, quarterly bulletin'],
  'bulletin.period': ['{y} 年第 {q} 季度（{from} 至 {to}）', 'Q{q} {y} ({from} to {to})'],
  'bulletin.counted': ['当前数字统计于 {d}；季度内数字按月统计。', 'Current figures as counted on {d}; the quarter month by month.'],
  'bulletin.quarter': ['本季度逐月', 'The quarter, month by month'],
  'bulletin.today': ['当前在册', 'Registered now'],
  'bulletin.actions': ['需跟进事项', 'To follow up'],
  'bulletin.modules': ['各项工作', 'Programmes'],
  'bulletin.unavailable': ['以下模块的数据本次未能生成：{m}', 'No figures this time from: {m}'],
  'bulletin.scope': ['本简报仅含您有权查看的乡镇。', 'This bulletin holds only the townships you may see.'],
  'count': ['人数', 'Count'],
  'loading': ['正在加载…', 'Loading…'],
  'error': ['出错了：{m}', 'Something went wrong: {m}'],
  'sessionEnded': ['登录已过期，请重新登录。', 'Your session has ended; sign in again.'],
  'GOOD': ['良好', 'good'], 'WEAK': ['较弱', 'weak'], 'NONE': ['无', 'none'],
  'FEMALE': ['女', 'female'], 'MALE': ['男', 'male'],
  'ACTIVE': ['在册', 'active'], 'ENDED': ['已退出', 'ended'],
  'LEFT_BEHIND_WOMAN': ['留守妇女', 'woman'], 'LEFT_BEHIND_CHILD': ['留守儿童', 'child'], 'LEFT_BEHIND_ELDERLY': ['留守老人', 'elderly'],
  'GRANDPARENT': ['祖父母', 'grandparent'], 'MOTHER': ['母亲', 'mother'], 'FATHER': ['父亲', 'father'],
  'OTHER_RELATIVE': ['其他亲属', 'other relative'], 'ENTRUSTED': ['委托监护', 'entrusted']
};

let lang = localStorage.getItem('guanai.lang') === 'en' ? 'en' : 'zh';

export function language() { return lang; }

export function setLanguage(l) {
  lang = l === 'en' ? 'en' : 'zh';
  localStorage.setItem('guanai.lang', lang);
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
}

/** The text of {@code key} in the current language, {name} placeholders filled from {@code values}. */
export function t(key, values) {
  const entry = TEXT[key];
  let s = entry ? entry[lang === 'en' ? 1 : 0] : key;
  Object.entries(values || {}).forEach(([k, v]) => { s = s.split('{' + k + '}').join(String(v)); });
  return s;
}

/** A label a record carries in both languages ({labelZh, labelEn}, {titleZh, titleEn}, …). */
export function pick(record, base) {
  const zh = record[base + 'Zh'];
  const en = record[base + 'En'];
  return lang === 'en' ? (en || zh || '') : (zh || en || '');
}

export function translateStatic() {
  document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  document.title = t('brand');
}
