/**
 * Every word of the page in Chinese (the default) and English. The English
 * table has the type of the Chinese one, so a key missing in either is a
 * compile error. The language chosen is remembered in this browser.
 */
import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';

const zh = {
  app: { title: '技能工资协商模拟器', subtitle: '工资集体协商方案试算 · 数据只在本机浏览器中处理', privacy: '所有数据只在本机处理,不会上传。' },
  actions: {
    label: '工作区操作', sample: '载入示例企业', import: '导入工资表', share: '复制分享链接', shared: '已复制分享链接(只含方案,不含职工数据)', shareManual: '无法写入剪贴板,请手动复制:{{url}}', saveScheme: '保存方案文件', loadScheme: '打开方案文件',
    fresh: '清空重来', language: 'English', add: '新增方案', newName: '新方案', duplicate: '复制', remove: '删除', seeds: '载入示例方案(工会 / 企业 / 折中)', cancel: '取消', run: '运行预测', close: '关闭', undo: '撤销', redo: '重做', editScheme: '编辑方案', doneEditing: '完成', editorLabel: '方案编辑', skipEditor: '跳到方案编辑', skipFigures: '跳到关键数字和结果', resultsLabel: '关键数字和结果',
  },
  history: {
    edit: '修改“{{subject}}”', editField: '修改“{{subject}}”的{{field}}', sep: '、', rename: '改名为“{{subject}}”', add: '新增“{{subject}}”', duplicate: '复制“{{subject}}”', remove: '删除“{{subject}}”', import: '导入 {{subject}}', sample: '载入示例企业', fresh: '清空重来', open: '打开 {{subject}}', apply: '采用求解结果(“{{subject}}”)', rounds: '修改协商轮次', typical: '修改典型职工', documents: '修改文书内容', contract: '修改合同期限和增资批次',
  },
  notices: {
    setAside: '以下工匠不在当前工资表中,其薪酬包暂时搁置(未删除;载入含此人的工资表后自动恢复):{{list}}。', setAsideItem: '{{ids}}(“{{scheme}}”)',
    poolsCarried: '分配总额按新工资表换算(与现工资总额的比例不变;载回原工资表即恢复原数):{{list}}。',
    poolsOpened: '打开的方案是在另一份工资表上设定的,分配总额按与现工资总额的比例换算到当前工资表:{{list}}。',
    poolItem: '“{{scheme}}” {{from}} → {{to}}(现总额 {{ratio}})',
    basisAssumed: '{{scheme}}:方案文件没有注明分配总额是按哪份工资表设定的,按当前工资表(现工资总额 {{bill}})读取。',
    renamed: '方案名“{{from}}”已被使用,改为“{{to}}”。', alreadyThere: '{{scheme}}:与已有方案完全相同,没有重复添加。', removed: '已删除“{{scheme}}”。', applied: '已把求解结果用于“{{scheme}}”。',
    title: '提示', more: '还有 {{n}} 条较早的提示', closeAll: '全部关闭', download: '下载这部分',  sampleLoaded: '已载入示例企业和示例方案。', freshStart: '已清空并重新载入示例企业。', schemeFileInvalid: '{{file}} 无法作为方案打开:{{issues}}',
  },
  share: {
    title: '分享链接中有 {{n}} 个方案', question: '要把它们添加到当前工作区,还是替换当前的方案?(职工数据不变)', isNew: '新方案', isSame: '与已有的“{{as}}”模型相同(指纹一致),添加时不会重复', isChanged: '与已有的同名方案不同(已有 → 链接中):{{list}}', add: '添加', replace: '替换当前方案', subject: '分享链接', opened: '已打开分享链接中的 {{n}} 个方案(示例企业的职工数据)。',
    'too-long': '分享链接太长({{detail}} 个字符),无法读取。', unreadable: '分享链接已损坏(可能复制不完整),没有读到任何方案。', 'not-a-list': '分享链接的内容不是方案列表,没有读到任何方案。',
    'too-many': '分享链接中有 {{detail}} 个方案,只读取前 50 个。', invalid: '分享链接中的第 {{index}} 个方案无效,未载入:{{detail}}',
    'not-json': '文件不是有效的 JSON:{{detail}}', encoding: '{{detail}}', 'duplicate-key': '文件中“{{detail}}”写了两次(第二处在第 {{line}} 行),无法确定以哪个为准,没有读取。请只保留一处。',
  },
  field: { empty: '请填写一个数', notNumber: '这不是数字', integer: '请填整数', min: '不能小于 {{min}}', above: '必须大于 {{min}}', max: '不能大于 {{max}}', guidelineOrder: '须满足 下线 ≤ 基准线 ≤ 上线', nameEmpty: '方案名称不能为空', unusual: '这个数不太寻常(通常在 {{lo}}–{{hi}} {{unit}}之间),已采用,请确认。' },
  errors: { crashed: '计算引擎意外停止,已自动重启,请再试一次。', cancelled: '已取消', input: '方案或数据有误:{{detail}}', formula: '津贴公式无法计算,见方案编辑中“按公式的津贴”下的说明。', formulaValue: '按公式的津贴无法使用:职工 {{id}} 得到 {{value}} 元/月,{{why}}。没有据此计算任何数字。', formulaWhy: { 'not-finite': '不是一个有限的数', 'too-high': '超过上限 {{bound}} 元/月(本人现月工资或最低工资中较高者的 10 倍)', 'too-low': '低于下限 {{bound}} 元/月(公式扣减的不能多于此人的其他津贴)' }, engine: '计算出错:{{detail}}', draw: '“{{area}}”部分显示出错({{detail}})。工作区已保存,其他部分不受影响。', retry: '再试一次', reload: '重新载入页面' },
  engineQuiet: {
    text: '仍在计算…计算引擎已 {{s}} 秒没有回音(正在{{what}})。电脑较忙或数据较多时这很正常,没有任何数据丢失。', wait: '继续等待', cancel: '取消这项计算',
    kinds: { import: '读取工资表', importAchievements: '读取创新成果表', table: '生成导出文件', documentData: '生成文书', zone: '计算谈判区间', projectBlock: '计算多年预测', equityBlock: '估算股权价值', solve: '求解', tornado: '计算敏感性', innovation: '计算创新奖励', compute: '计算方案', charts: '准备图表', other: '计算' },
  },
  areas: { editor: '方案设置', typical: '典型职工', documents: '协商文书', figures: '关键数字', compare: '方案比较', charts: '图表', craftsmen: '工匠薪酬包', bargaining: '谈判桌', projection: '五年预测', worker: '查个人', innovation: '技术创新奖励' },
  units: { yuan: '元', yuanMonth: '元/月', yuanYear: '元/年', wan: '万元', wanYear: '万元/年', years: '年', days: '日', shares: '股', yuanPerPointMonth: '元/点·月', yuanPerPointYear: '元/分·年' },
  ratings: { A: 'A 优秀', B: 'B 良好', C: 'C 合格', D: 'D 基本合格', E: 'E 不合格' },
  import: {
    drop: '把 CSV 或 Excel 工资表拖到这里,或点击选择文件', reading: '正在读取 {{file}}…', read: '已读取 {{file}}:{{rows}} 名职工', sample: '示例数据(虚构)', encoding: '编码', sheet: '工作表', errors: '发现 {{count}} 处问题,尚未导入',
    partial: '只导入有效的 {{valid}} 行(共 {{total}} 行,{{left}} 行不导入)', row: '行', column: '列', value: '内容', problem: '问题', warnings: '{{count}} 条提示', ignored: '未使用的列(不保存):{{cols}}',
    byGrade: '各等级人数', byDept: '各部门人数', payRange: '月工资范围', leftOut: '{{total}} 行中导入 {{valid}} 行,{{left}} 行未导入',
  },
  scheme: {
    editor: '方案设置', tabs: '方案', setAsideTab: '{{n}} 个工匠薪酬包暂时搁置', mode: '方案类型', pool: '总额分配(按要素)', scale: '工资标准表', raise: '普调(百分比+保底额)', annualPool: '年度分配总额', poolAmount: '分配总额', poolGrowth: '比现工资总额', marks: '滑杆刻度:现总额与三条指导线', poolAuto: '自动(按指导线基准线)', currentBill: '现工资总额',
    poolCarried: '原方案在工资总额 {{bill}} 上设定为 {{written}},按与现工资总额的比例换算到本工资表', preset: '预设',
    weights: '分配权重', position: '岗位价值', skill: '能力素质', innovation: '创新创造', performance: '业绩贡献', skillCoef: '技能等级系数', perfCoef: '绩效系数',
    seniority: '工龄工资(每年)', seniorityCap: '工龄封顶', minWage: '最低工资标准', noLoss: '保底(任何人不低于现工资)', guideline: '工资指导线(下线/基准线/上线)',
    raisePct: '普调比例', raiseMin: '每月至少增加', gradeExtra: '等级加调', positionRate: '岗位工资', skillRates: '技能工资', innovationRate: '创新奖励', name: '方案名称', source: '来源', allowances: '津贴(元/月)', perApprentice: '师带徒津贴(每名徒弟)', teamLeader: '班组长津贴', formula: '按公式的津贴(元/月)', formulaError: '公式第 {{at}} 个字符处有误:{{message}}', formulaProblems: { 'too-deep': '括号嵌套超过 {{max}} 层', syntax: '语法错误(括号、运算符或数值不完整)', 'unknown-name': '不认识的名称“{{name}}”', operator: '不允许的运算符“{{op}}”', function: '不允许或用法不对的函数“{{name}}”', 'not-number': '只能写数字,不能写“{{text}}”', 'not-allowed': '公式中不允许“{{text}}”', 'too-long': '公式最多 500 个字符', value: '职工 {{id}} 的计算结果为 {{value}}(不是有效数字)' }, formulaHelp: '可用变量:level(等级 1–8)、years(工龄)、points(岗位价值点数)、innovation(创新积分)、rating(考核 A=5…E=1)、pay(现月工资)、apprentices(徒弟人数)、teamLeader(班组长为 1);函数 min、max、abs、round(x, 小数位)、floor、ceil、sqrt、log(x, 底)、exp、pow,含义与 mathjs 相同;每人每月不超过其现月工资(或最低工资)的 10 倍;例:200 * level^1.5 + 30 * min(years, 20)', allowancesNote: '津贴计入应发工资和工资总额,并在最低工资判断之前加上(属于正常劳动的工资);加班费、中夜班和高温等特殊津贴不计入最低工资,请勿在此填写。', takeHome: '实发工资与企业用工成本', contributionPreset: '社保公积金(地区与年份)', deductions: '专项附加扣除(每人,元/月)', bonusApart: '工匠绩效年薪按全年一次性奖金单独计税(2027-12-31 前可选)', unverified: '未核实', old: '已超过 12 个月', oldLong: '已超过 12 个月,请核对当年通知',
  },
  figures: {
    payCuts: '{{n}} 名职工的工资低于现在(合计每月少 {{total}} 元,一人最多少 {{max}} 元)。依《劳动合同法》第五十五条,劳动合同约定的工资不得低于集体合同标准:集体合同不能降低已约定的工资,减薪须与本人协商变更劳动合同。设保底每年需增加 {{cost}}。',
    computing: '正在计算…', wageBill: '新工资总额', growth: '总额增长', within: '在指导线内', 'below-lower': '低于下线', 'above-upper': '高于上线', winners: '增资人数', losers: '减资人数', medianRaise: '月增资中位数', gini: '基尼系数', p90p10: 'P90/P10',
    floor: '最低工资补足', guarantee: '保底补足', unallocated: '未分配金额', pool: '分配总额', vsCurrent: '现 {{v}}', unallocatedNote: '{{factors}}:全员得分为 0,这部分钱没有分出去', netRaise: '月实发增资中位数(扣社保公积金和个税后)', employerCost: '企业用工成本 {{v}}({{d}})', costPerNet: '每多发 1 元实发,企业多付 {{x}} 元',
  },
  charts: {
    distribution: '月工资分布:现行 vs 方案', payTable: '能级工资表(平均月工资)', byGrade: '按等级的增减资人数', byDept: '按部门的增减资人数', lorenz: '洛伦兹曲线', factors: '钱花在哪里(万元/年)', scatter: '每人月工资:现行 vs 方案(点越大人越多)', projection: '五年预测(工资总额,P5–P95)',
    netRaise: '应发与实发增资(按等级平均,元/月)', raiseAxis: '月增资(元)', grossRaise: '应发增资', takeHomeRaise: '实发增资', employerRaise: '企业多付(含单位缴费)', netNote: '实发 = 应发 − 个人社保公积金 − 个人所得税(累计预扣,全年);下图为每人月增资的分布',
    data: '数据', copy: '复制表格', copied: '已复制',
    monthlyAxis: '月工资(元)', workersAxis: '人数', wanYearAxis: '万元/年', shareAxis: '人数累计占比', incomeShareAxis: '收入累计占比', currentAxis: '现行月工资(元)', proposedAxis: '方案月工资(元)',
    unitsDistribution: '人数 / 元/月', current: '现行', proposed: '方案', workers: '人数', monthly: '元/月', winners: '增资', losers: '减资', unchanged: '不变', equality: '完全平均', level: '等级', count: '人数', now: '现月均', new: '新月均', change: '变化',
    schemePay: '方案工资(标准表/普调后)', craftsmen: '工匠薪酬包(现金)', seniority: '工龄工资', floorTopUp: '最低工资补足', guaranteeTopUp: '保底补足', unallocated: '未分配', year: '第 {{y}} 年', p50: '中位数', band: 'P5–P95', working: '正在计算…', progressOf: '已完成 {{done}} / {{total}}', realPay: '实际平均年收入', overBudget: '超预算概率', aboveUpper: '增长超上线概率',
  },
  compare: { printed: '打印日期 {{date}}', workforceFp: '职工数据指纹', craftsmen: '工匠现金 + 股权(另列)', equity: '股权', craftsmenRow: '工匠薪酬包', craftsmenNote: '工匠行:第 1 年现金,已计入上方各等级;股权不计入工资总额', byGrade: '能级工资表:各方案对照(平均月工资)', growthChart: '工资总额增长与指导线', growthAxis: '工资总额比现行增长(%)', lower: '下线', base: '基准线', upper: '上线', title: '方案比较(对照现行工资)', baseline: '现行工资', scheme: '方案', wageBill: '工资总额', delta: '比现行增加', growth: '增长', median: '年收入中位数', medianRaise: '月增资中位数', gini: '基尼', winners: '增资', losers: '减资', topUps: '补足金额', netRaise: '月实发增资中位数', employerCost: '企业用工成本', print: '打印对比(A4 纵向)' },
  documents: {
    title: '协商文书', intro: '按正在编辑的方案“{{scheme}}”生成 Word 文书;所有数字由计算引擎给出,改了方案再生成即可。双方名称、日期和条文保存在本机工作区,不会放进分享链接。',
    enterprise: '企业(甲方)名称', union: '工会(乙方)名称', enterpriseRep: '企业首席代表', unionRep: '工会首席代表', docNumber: '文号(如 苏机工〔2027〕1号;留空则留出手写位置)', proposedDate: '建议协商日期(如 2026-12-20)', signingDate: '签字日期(如 2027-01-10)', termStart: '合同起始日期(如 2027-03-01)', termYears: '合同期限', badDate: '这不是 2000–2100 年间日历上的日期:请按“2027-01-10”的格式填写',
    contractTerms: '合同期限和增资批次与谈判桌“合同成本”中的设定是同一份:{{years}} 年,{{tranches}}。在那里修改,文书随之改变。', noTranches: '不另行增资',
    filingKind: '报送的文书性质', filingKinds: { 'wage-agreement': '工资协议(工资专项集体合同):签字后 7 日内报送', 'collective-contract': '集体合同:签字后 10 日内报送' }, regionalFile: '本地报送期限(日,留空按上面的规定)', regionalRenegotiate: '本地续订提前天数(留空按期满前 3 个月)', regionalNote: '本地规定的名称和条款', retroactive: '合同起始日 {{start}} 早于最早生效日 {{inForce}}(签字后报送审查):合同期起始部分为追溯执行,文书中会写明。', replaced: '已把 {{n}} 个不能写入 Word 文件的字符换成 �。',
    vote: '职代会表决', members: '全体职工代表人数', present: '实到人数', yes: '同意票', notYet: '尚未表决:需至少 {{present}} 人出席(三分之二以上),至少 {{yes}} 票同意(全体代表过半数;重要事项以无记名投票表决)。填入实到人数和同意票后,这里判断是否通过。', passes: '通过:出席和同意都达到要求。', failsQuorum: '未通过:出席不足(需至少 {{present}} 人出席,即三分之二以上)。', failsVotes: '未通过:同意票不足(需至少 {{yes}} 票,即全体代表过半数;重要事项以无记名投票表决)。',
    make: '生成文书(Word)', kinds: { offer: '要约书', costing: '协商方案及测算说明', contract: '工资专项集体合同(能级工资)草案', congress: '职代会审议材料和表决票', filing: '报送审查清单', brief: '方案简报' },
    what: { offer: '致企业的要约:方案要点(总额增长与指导线、能级工资表、增资和减资、最低保障、工匠薪酬)、请对方在协商前提供的资料、建议日期、20 日内答复、要约方签章。', costing: '方案设定、成本测算(含单位缴费、合同成本面板设定的合同期分批成本)、增减资人数(按等级和部门)、典型职工的到手工资、敏感性、各方案对照和图表。', contract: '工资专项集体合同各条:期限、能级工资表、工资水平和增长机制、最低保障和技能人才最低工资、技术创新、津贴、工匠薪酬、支付日期、加班工资、特殊情况工资、女职工保护、约束力、监督、违约责任、变更解除、争议、生效;每条注明依据,文字可在下方修改。', congress: '方案摘要、表决规则;表决票和计票单各占一页,留空待填。', filing: '报送材料、报送机关和按签字日期推算的各项期限及其依据。', brief: '关键数字、方案设定、能级工资表、各方案对照、典型职工、协商轮次和图表。' },
    files: { offer: '要约书', costing: '协商方案及测算说明', contract: '工资专项集体合同草案', congress: '职代会审议材料', filing: '报送审查清单', brief: '方案简报' },
    editArticles: '修改合同条文', hideArticles: '收起条文', resetArticle: '恢复原文', placeholders: '条文中的 {{list}} 会在生成时换成方案的数字和表单内容。',
  },
  typical: { title: '典型职工:每个方案下到手多少、企业花多少', intro: '每位典型职工是工资表中的一名真实职工(该等级中现工资居中的一位,或第一位年薪制工匠),按其申报的专项附加扣除计算。金额为每月平均。', who: '典型职工', nobody: '工资表中没有这样的职工', edit: '编辑典型职工', doneEditing: '完成', reset: '恢复默认列表', label: '名称', pick: '代表谁', medianOf: '{{grade}}(现工资居中者)', craftsman: '第一位年薪制工匠(没有则首席技师居中者)', children: '子女教育/婴幼儿(人数,每人 2,000 元/月)', elderly: '赡养老人(元/月,独生子女 3,000)', education: '继续教育(元/月,学历教育 400)', housing: '住房贷款利息或租金(元/月)', add: '新增典型职工', newLabel: '新的典型职工', deductionsNote: '专项附加扣除标准:子女教育和 3 岁以下婴幼儿照护每人 2,000 元/月,赡养老人 3,000 元/月(非独生子女分摊,每人不超过 1,500 元),继续教育 400 元/月,住房贷款利息 1,000 元/月或住房租金 800/1,100/1,500 元/月(2023-01-01 起)。' },
  worker: { innovation: '技术创新奖励({{year}} 年,元;工资条按奖金计税)', innovationCell: '{{year}}(共 {{total}})', payslip: '工资条:扣除社保公积金和个税后', today: '现在', slip: { gross: '应发工资', contributions: '个人社保公积金', tax: '个人所得税(全年平均每月)', withheld: '其中 1 月 / 12 月预扣个税', net: '实发工资', employerContributions: '单位社保公积金', employerCost: '企业用工成本' }, slipNote: '个税按累计预扣法逐月预扣:同样的工资,年初扣得少、年底扣得多,全年合计相同。专项附加扣除按方案设置中填写的金额。', title: '查个人:这个方案对我有什么影响?', search: '输入工号或姓名', none: '没有找到', perMonth: '每月(元)', newMonthly: '方案月工资(比现在)', craftsman: '工匠薪酬包', components: { allowance: '津贴', position: '岗位工资', skill: '技能工资', innovation: '创新工资', performance: '绩效工资', raise: '调资额', seniority: '工龄工资', floorTopUp: '最低工资补足', guaranteeTopUp: '保底补足', gross: '应得(补足前)', current: '现月工资' } },
  craft: {
    vestingTable: '归属安排和费用',
    title: '工匠薪酬包(年薪制 / 协议工资制 / 股权激励)', minLevel: '等级不低于', template: '模板', sharesOutstanding: '公司总股本', planWide: '全部计划合计', setAside: '这些工匠不在当前工资表中,薪酬包暂时搁置(未删除):{{ids}}',
    templates: { 'chief-annual': '首席技师年薪制', 'agreement-restricted': '技师协议工资 + 限制性股票', 'annual-option': '年薪制 + 股票期权' },
    schemes: { 'annual-salary': '年薪制', agreement: '协议工资制' }, kinds: { option: '股票期权', restricted: '限制性股票' },
    current: '现年收入', cashYear1: '第 1 年现金', fairValue: '股权公允价值', unit: '股', dilution: '稀释比例',
    belowManager: '特级技师/首席技师的协议工资低于企业中层/高层管理人员基准(人社部等三部门 2025 年通知:在岗特级技师、首席技师薪酬不低于本企业中高层管理人员)',
    base: '基本年薪', perfTarget: '绩效年薪目标', deferredShare: '递延比例', deferralYears: '递延年数', agreed: '协议年薪', manager: '管理人员基准', market: '市场',
    shares: '授予数量', spot: '股价', reference: '参考价格', strike: '行权价', grantPrice: '授予价格', volatility: '波动率', expiry: '期限',
    byYear: '现金还是股权?逐年收入', cash: '当年现金', deferred: '递延兑现', equityMean: '股权(期望值,误差线 P5–P95)', runForEquity: '点击“模拟股价”后显示股权部分',
    ratingEffect: '考核等级对年薪的影响', rating: '等级', total: '合计(含递延)', band: '协议工资在市场薪酬中的位置',
    equity: '股权激励', vestYear: '年份', fraction: '解锁比例', expense: '企业费用', valueAtVest: '解锁时价值(均值,P5–P95)', perUnitValue: '每股价值',
    sensitivity: '左:每股价值随波动率变化;右:随股价变化', simulate: '模拟股价({{paths}} 条路径)', underwater: '到期无价值概率', underwaterRestricted: '到期低于授予价(亏损)概率', meanPv: '现值均值', closedForm: '解析值', mcMeansOption: '期权:到期股价高于行权价的部分(否则为 0),按无风险利率贴现到今天的均值;期望收益率等于无风险利率时应接近 Black–Scholes 公允价值。', mcMeansRestricted: '限制性股票:持有人到期持有的股票价值减去授予价(股价跌破授予价时为负,持有人承担损失),按无风险利率贴现到今天的均值。解析值 = 股数 ×(股价 × e^((μ−q)T) − 授予价)× e^(−rT)。上方的公允价值是今天的股价减授予价(会计口径),不含股息和时间价值,两者不同。', paths: '路径数',
  },
  exports: { title: '导出', csv: '导出 CSV(本方案,逐人)', xlsx: '导出 Excel(全部方案 + 汇总)', docx: '导出 Word 简报', working: '正在生成…', notReady: '本方案还没有算完,请稍候再导出', note: '假设:最低工资 {{minWage}} 元/月;指导线 {{lower}} / {{base}} / {{upper}};保底 {{guarantee}}。', sampleNote: '示例数据为虚构。' },
  brief: {
    title: '工资专项集体协商 · 方案简报',
    keyFigures: '工资总额 {{bill}} 万元(增长 {{growth}},{{status}});增资 {{winners}} 人,减资 {{losers}} 人;基尼系数 {{gini}};P90/P10 = {{p9010}}。',
    takeHome: '扣除个人社保公积金和个税后,月实发增资中位数 {{net}} 元;企业用工成本(含单位缴费){{cost}} 万元,比现在多 {{delta}} 万元;每多发 1 元实发,企业多付 {{per}} 元。',
    pool: '分配总额 {{pool}} 万元;权重:岗位价值 {{position}},能力素质 {{skill}},创新创造 {{innovation}},业绩贡献 {{performance}}。',
    raise: '普调 {{percent}},每月至少增加 {{min}} 元。', scale: '工资标准表:岗位工资 {{rate}} 元/点·月。',
    assumptions: '最低工资标准 {{minWage}} 元/月;工资指导线 {{lower}} / {{base}} / {{upper}};保底:{{guarantee}}。',
  },
  paths: {
    mode: '方案类型', annualPool: '分配总额', 'weights.position': '岗位价值权重', 'weights.skill': '能力素质权重', 'weights.innovation': '创新创造权重', 'weights.performance': '业绩贡献权重', 'raise.minMonthly': '每月至少增加', 'raise.percent': '普调比例',
  },
  bargain: {
    floorsMet: '工会:技能人才最低工资全部达标',
    floors: '技能人才最低工资(人社厅发〔2025〕52号)', floorsNeedColumn: '工资表中没有“岗位类别”列(基础类/重要类/关键类/核心类),无法判断。导入时加上这一列即可。', category: '岗位类别', share: '最低档 / 最低工资', lowestFloor: '最低档月下限(元)', below: '低于下限', liftCost: '补足成本', step: '逐级上浮', stepRatio: '按比例', stepAmount: '按金额', stepSize: '每级上浮',
    floorsTotal: '本方案下 {{below}} 人低于技能人才最低工资,补足需 {{cost}}/年', belowIds: '低于标准的:{{ids}}', belowIdsMore: '低于标准的:{{ids}} 等 {{n}} 人', unclassified: '{{n}} 人无岗位类别,未判断', underGrade: '低于最低等级', floorsNote: '各类别最低等级不低于当地最低工资的 105%/120%/150%/200%;等级低于本类别最低等级的职工(如核心类岗位上的 L1)按最低等级的标准判断,因为标准针对岗位;最低等级和逐级上浮幅度指引未规定,请协商确定(默认每级 5%,未核实)。',
    categories: { basic: '基础类', important: '重要类', key: '关键类', core: '核心类' },
    title: '谈判桌', rounds: '协商轮次', round: '第 {{n}} 轮', addRound: '新增一轮', cost: '成本:总额增长(工会/企业)', value: '职工所得:月增资中位数 · 增资人数占比 · L1–L3 月增资(工会/企业)', uGrowth: '工会报价:总额增长', mGrowth: '企业报价:总额增长', uRaise: '工会报价:月增资中位数', mRaise: '企业报价:月增资中位数',
    fingerprint: '方案指纹', solver: '求解:谈判中常问的问题', question: '问题', answer: '答案', solve: '求解', apply: '采用', inUse: '方案已是这个答案', noSolution: '无解:{{reason}}', fail: { growth: { 'below-reach': '无解:任何分配总额下工资总额增长都至少有 {{from}}(保底和最低工资补足已使总额增长这么多)', 'above-reach': '无解:分配总额加到 {{hi}} 时增长也只有 {{to}}' }, noLoss: { 'above-reach': '无解:分配总额加到 {{hi}} 时仍有 {{n}} 人减资(他们在各要素上得分为零)' }, p9010: { 'below-reach': '无解:任何技能权重下 P90/P10 都在 {{from}}–{{to}} 之间,高于上限' }, l1: { 'no-subject': '无解:没有 L1(学徒工)职工' } }, notBinding: '这个上限不起约束作用', auto: '自动',
    p9010Limit: 'P90/P10 上限', l1Share: '学徒工目标(最低工资的)',
    q: { growth: '使工资总额增长正好等于基准线 {{growth}} 的分配总额', noLoss: '不设保底时,没有人减资的最小分配总额', p9010: '使 P90/P10 ≤ {{limit}} 的最大技能权重', l1: '让每个学徒工达到最低工资 {{share}} 的最小月增资额(普调)' },
    solverNote: '单调区间上的二分法求根,容差见括号;每个答案都可在引擎中复算。“采用”前会列出将改动的每一项,采用后可撤销。',
    zone: '协议区间与纳什谈判解', maxGrowth: '企业:总额增长上限', minMedianRaise: '工会:月增资中位数至少', minLowGradeRaise: '工会:L1–L3 每人月增资至少', lowGradeDemand: '工会要求 L1–L3 每人都增资', nobodyLoses: '工会:没有人减资',
    unionOffer: '工会报价', mgmtOffer: '企业报价', findZone: '计算协议区间', poolAxis: '分配总额(万元)', skillAxis: '技能权重', inZone: '双方底线都满足', outZone: '不满足', nash: '纳什解', split: '各让一半',
    nashAt: '纳什解:分配总额 {{pool}},技能权重 {{skill}},总额增长 {{growth}},月增资中位数 {{raise}} 元', noZone: '在这个范围内没有同时满足双方底线的方案。',
    zoneNote: '纳什解:在双方底线都满足的方案中,使“企业离增长上限的余地 × 工会高于其底线的增资”乘积最大的一点;先在 15×15 网格上找,再在最好的三点周围逐级加密。各让一半:两个报价(分配总额、技能权重)的中点。',
    costing: '合同成本(分批增资)', years: '合同年数', onCost: '企业社保公积金费率', onCostMode: '企业缴费算法', onCostPerWorker: '按每人缴费基数(有上下限)', onCostFlat: '统一费率', resetPolicy: '恢复预设', socialFloor: '社保基数下限', socialCap: '社保基数上限', housingFloor: '公积金基数下限', housingCap: '公积金基数上限', rates: { pension: '单位养老', medical: '单位医疗(含生育)', unemployment: '单位失业', injury: '单位工伤', housing: '单位公积金' }, onCostsToday: '按现行工资企业每年缴费 {{v}}', onCostPerWorkerNote: '每人每月缴费 = 各项费率 × 月工资(限制在基数上下限之间);高于上限的增资不再增加社保缴费。', tranche: '批次', year: '年', month: '起始月', wages: '工资总额', increase: '比现在增加', onCosts: '五险一金(企业)', total: '合计', outside: '{{n}} 个批次在合同期以外,未计入。',
    onSchemeIntro: '上表把各批次增资加在现行工资上。协商文书(合同草案、测算说明)承诺的是方案“{{scheme}}”实施后的工资再加各批次增资,如下表;两者之差是方案本身带来的变化。', onSchemeTitle: '合同成本:在方案“{{scheme}}”的工资上', onTodayTotal: '在现行工资上(合计)', onSchemeTotal: '在方案工资上(合计,文书所用)', onSchemeGap: '差额',
    headline: '名义年增资(全年效果){{v}}', life: '合同期内增资总成本(含五险一金){{v}}', ifFromStart: '若各批次都从其所在年的 1 月起付:{{v}}', onCostNote: '企业缴费率请按当地政策填写(养老 16%、医疗约 8%、失业 0.5%、工伤约 0.5%、公积金 5–12%,合计约 30–37%,未核实)。',
    sensitivity: '敏感性(各参数 ±10%)', runSensitivity: '计算敏感性', billChange: '工资总额变化', billChangeAxis: '工资总额变化(万元)', base: '基准',
    params: { annualPool: '分配总额', minimumMonthlyWage: '最低工资', seniorityMonthlyPerYear: '工龄工资', seniorityCapYears: '工龄封顶年数', 'skillCoefficients.spread': '技能等级系数级差', 'performanceCoefficients.spread': '考核系数级差', performanceCoefficients: '考核系数(全部)', 'scale.skillRates': '技能工资标准(全部等级)', 'raise.gradeExtra': '分等级加调(全部等级)', 'weights.position': '岗位权重', 'weights.skill': '技能权重', 'weights.innovation': '创新权重', 'weights.performance': '绩效权重', 'raise.percent': '普调比例', 'raise.minMonthly': '保底增资额', 'scale.positionRate': '岗位工资率', 'scale.innovationRate': '创新奖励率' },
  },
  pwa: { update: '新版本已就绪。更新会重新载入页面(工作区已保存在本机)。', updateNow: '现在更新', later: '稍后', offlineReady: '已可离线使用:断网时也能打开本页,数据仍只在本机。' },
  storage: {
    corrupt: '本机保存的工作区无法读取({{reason}})。可以清空后重新开始,示例数据会重新载入。', restored: '已恢复上次的工作区', saveFailed: '未能保存到本机浏览器:{{reason}}', otherTab: '工作区已在另一个标签页中更新,这里已同步为那边的版本。',
    conflict: '另一个标签页也修改了这个工作区。为免互相覆盖,本页暂停了自动保存。要用哪一边的版本?', takeTheirs: '载入另一个标签页的版本(本页未保存的修改会丢失)', differences: '两边的不同(另一个标签页的值 → 本页的值):', noDifference: '两边的方案相同,只是保存的先后不同。', onlyMine: '“{{scheme}}”:只在本页', onlyTheirs: '“{{scheme}}”:只在另一个标签页', moreChanges: '另有 {{n}} 处不同', keepMine: '保留本页的版本(覆盖另一个标签页的修改)',
    fullWorkforce: '浏览器的存储空间已满:工资表(职工数据)没有保存到本机,刷新页面后需要重新导入。方案已保存。', fullSchemes: '浏览器的存储空间已满:方案和修改没有保存到本机。请下载方案文件,以免丢失。', downloadSchemes: '下载方案文件',
  },
  stored: {
    unreadable: '本机保存的工作区无法读取({{reason}}),已载入示例企业。原来保存的内容可以下载。', scheme: '保存的方案“{{name}}”已损坏({{reason}}),已单独放在一边;其他方案照常载入。', 'too-many-schemes': '保存了 {{n}} 个方案,只载入前 {{kept}} 个;其余的可以下载。',
    rounds: '{{n}} 条协商轮次记录已损坏,未载入。', 'too-many-rounds': '保存了 {{n}} 条协商轮次,只载入前 {{kept}} 条。', typical: '典型职工列表已损坏({{reason}}),已改用默认列表。', documents: '文书表单(双方名称、日期、条文)已损坏({{reason}}),已改用默认内容。', contract: '合同期限和增资批次已损坏({{reason}}),已改用默认设定。', source: '工资表来源信息已损坏,未显示。',
    workforce: '保存的工资表 {{file}} 已损坏({{reason}}),没有载入。', 'workforce-missing': '找不到保存的工资表 {{file}}(可能上次没能保存)。', sampleUnder: '已用示例企业的职工数据计算你的方案;请重新导入你的工资表。', sampleSchemes: '没有能读取的方案,已载入示例方案。',
  },
  innovation: {
    title: '技术创新集体协商:职工创新成果的奖励和分成', intro: '导入职工的创新成果(合理化建议、技术革新、技术攻关、专利、先进操作法…),为方案定下奖励规则:按类别和等级的一次性奖励、按年分享成果收益的比例、职务发明的法定最低标准、年度奖励基金封顶。这里算出每年、每项成果、每名职工得多少,企业留存多少收益。',
    import: '导入创新成果表', sample: '载入示例成果(虚构)', clear: '移除成果表', reading: '正在读取 {{file}}…',
    summary: '{{file}}:{{n}} 项成果,{{members}} 人次完成人', summarySample: '{{file}}(示例,虚构):{{n}} 项成果,{{members}} 人次完成人',
    errors: '{{file}} 中发现 {{n}} 处问题:有问题的成果没有导入(共 {{total}} 项)', errorsTable: '创新成果表的问题', warnings: '{{n}} 条提示',
    noRules: '方案“{{scheme}}”还没有技术创新奖励规则。', addRules: '按默认规则加入', removeRules: '从本方案中去掉创新奖励规则', noFile: '导入成果表(或载入示例)后,这里显示按规则计算的奖励。',
    rules: '“{{scheme}}”的创新奖励规则', planYear: '测算起始年(留空为最新成果的年份)', planYearAuto: '起始年按最新成果的年份:{{year}} 年', years: '测算年数', yearsUnit: '年',
    schedule: { profit: '新增利润分成(第 1、2… 年,%)', saving: '节约额分成(%)', licence: '许可/转让收入分成(%)' },
    scheduleHelp: '按年填写百分比,用逗号分隔,如“12, 10, 8, 6, 2”:成果第 1 年分享新增利润的 12%,第 2 年 10%……期满后不再分享。留空为不分享。',
    scheduleError: { number: '请填写百分数,用逗号分隔,如 12, 10, 8', range: '每年的比例不能超过 100%', length: '最多 10 年' },
    cap: '年度奖励基金封顶', capKinds: { none: '不封顶', amount: '固定金额', 'bill-share': '工资总额的比例', 'yield-share': '当年成果收益的比例' }, capAmount: '封顶金额', capShare: '封顶比例',
    floors: '职务发明(专利)按法定最低标准保底', inWageBill: '奖励计入工资总额', inWageBillSource: '依据:{{source}}(解读,请按本地统计口径选择)',
    oneOffTitle: '一次性奖励标准(元,按类别和等级)', kind: '类别', lawTitle: '法定标准及出处', inForce: '{{date}} 起施行', unverified: '未核实',
    law: { inventionReward: '发明专利奖金最低', utilityReward: '实用新型奖金最低', designReward: '外观设计奖金最低', useShare: '自行实施的报酬(营业利润比例)', useYears: '自行实施报酬的年数', licenceShare: '许可、转让的报酬(净收入比例)', agreementFirst: '有约定或规章制度的从其约定' },
    taxNote: '个人所得税:企业发放的创新奖励和职务发明报酬按“工资、薪金所得”并入综合所得计税,依据 {{source}}(仅省部级以上奖励免税)。',
    planYearPaid: '{{year}} 年奖励合计', totalPaid: '{{n}} 年奖励合计', totalYield: '{{n}} 年成果收益', keptShare: '企业留存收益比例', innovators: '获奖职工(人)', rewardShare: '创新奖励占获奖职工收入', raiseInnovators: '获奖职工月增收中位数(元)', raiseOthers: '其他职工月增收中位数(元)',
    billIncluded: '当年奖励 {{rewards}} 计入工资总额:工资总额 {{bill}},比现工资总额增长 {{growth}}。', billBeside: '当年奖励 {{rewards}} 不计入工资总额(单列)。', poolOverlap: '分配总额中按创新积分分配的部分有 {{share}} 给了这些获奖职工(两者奖励的是同一批人)。',
    belowFloors: '规则低于职务发明法定最低标准,已按法定标准补足:{{list}}。', belowItem: '{{kind}}{{part}} {{n}} 项,补足 {{amount}}', part: { reward: '奖金', remuneration: '报酬' }, sep: '、',
    capBelow: '{{years}} 年的封顶额低于法定最低标准,法定部分照付(至少需要 {{need}})。', absent: '{{n}} 名完成人不在工资表中({{ids}}):当年 {{amount}} 的奖励仍计入成本。',
    chartByYear: '创新奖励按年(一次性奖励 + 收益分成;误差线为收益低/高)', chartByGrade: '{{year}} 年创新奖励按技能等级', bandNote: '误差线:成果收益按 {{low}} 和 {{high}} 计算时的奖励。', year: '年份', oneOff: '一次性奖励', shares: '收益分成', paid: '奖励(万元)', low: '收益低时', high: '收益高时', yield: '成果收益', capCol: '封顶额',
    byDepartment: '{{year}} 年按部门', department: '部门', recipients: '获奖人数', workers: '{{year}} 年奖励最多的职工', workerId: '工号', workerName: '姓名', level: '等级', headcount: '人数', planYearCol: '{{year}} 年(元)', totalCol: '{{n}} 年合计(元)',
    achievements: '各项成果的奖励(按合计从高到低,前 30 项)', id: '编号', titleCol: '名称', yieldPerYear: '年收益(元)', team: '完成人数', kept: '企业留存收益(元)',
    solverTitle: '求解:企业至少留存多少收益', keepAtLeast: '企业至少留存', solve: '求分成比例', solveOk: '各项分成比例 × {{m}} 时,企业留存 {{kept}}。', solveNo: '即使不分享收益,企业最多只能留存 {{reachable}}。',
    sensitivity: '敏感性(各杠杆 ±20%):当年奖励 · 企业留存', lever: '杠杆', levers: { yield: '成果收益', schedules: '分成比例', oneOff: '一次性奖励', cap: '封顶额' }, minus20: '−20%', plus20: '+20%',
    damaged: '本机保存的创新成果表已损坏({{reason}}),没有载入;请重新导入。',
    makeContract: '生成职工技术创新专项集体合同草案(Word)', makeCosting: '生成创新奖励测算说明(Word)', making: '正在生成…', files: { 'innovation-contract': '职工技术创新专项集体合同草案', 'innovation-costing': '创新奖励测算说明' },
  },
  levels: { L1: '学徒工', L2: '初级工', L3: '中级工', L4: '高级工', L5: '技师', L6: '高级技师', L7: '特级技师', L8: '首席技师' },
};

type Tree = { [k: string]: string | Tree };

const en: typeof zh = {
  app: { title: 'Skill-based pay negotiation simulator', subtitle: 'Try collective wage bargaining schemes · your data stays in this browser', privacy: 'All data is processed on this computer and never uploaded.' },
  actions: {
    label: 'Workspace', sample: 'Load the sample enterprise', import: 'Import pay sheet', share: 'Copy share link', shared: 'Share link copied (schemes only, no worker data)', shareManual: 'Could not write to the clipboard; copy this link: {{url}}', saveScheme: 'Save scheme file', loadScheme: 'Open scheme file',
    fresh: 'Start fresh', language: '中文', add: 'New scheme', newName: 'New scheme', duplicate: 'Duplicate', remove: 'Delete', seeds: 'Load sample schemes (union / management / compromise)', cancel: 'Cancel', run: 'Run projection', close: 'Close', undo: 'Undo', redo: 'Redo', editScheme: 'Edit scheme', doneEditing: 'Done', editorLabel: 'Scheme editor', skipEditor: 'Skip to the scheme editor', skipFigures: 'Skip to the key figures and results', resultsLabel: 'Key figures and results',
  },
  history: {
    edit: 'edit "{{subject}}"', editField: 'change {{field}} of "{{subject}}"', sep: ', ', rename: 'rename to "{{subject}}"', add: 'add "{{subject}}"', duplicate: 'duplicate "{{subject}}"', remove: 'delete "{{subject}}"', import: 'import {{subject}}', sample: 'load the sample enterprise', fresh: 'start fresh', open: 'open {{subject}}', apply: 'use the solver\'s answer ("{{subject}}")', rounds: 'change the rounds', typical: 'change the typical workers', documents: 'change the documents', contract: 'change the contract\'s terms',
  },
  notices: {
    setAside: 'These craftsmen are not in this pay sheet; their packages are set aside (not deleted; they come back when a sheet with them is loaded): {{list}}.', setAsideItem: '{{ids}} ("{{scheme}}")',
    poolsCarried: 'Pools carried to the new pay sheet (same ratio to today\'s wage bill; load the old sheet again and they are as before): {{list}}.',
    poolsOpened: 'These schemes were set on another pay sheet: their pools are carried to this one at the same ratio to today\'s wage bill: {{list}}.',
    poolItem: '"{{scheme}}" {{from}} → {{to}} (today\'s bill {{ratio}})',
    basisAssumed: '{{scheme}}: the file does not say which pay sheet the pool was set on; it is read as set on this one (today\'s wage bill {{bill}}).',
    renamed: 'The name "{{from}}" is taken; the scheme is called "{{to}}".', alreadyThere: '{{scheme}}: identical to a scheme already here, not added twice.', removed: '"{{scheme}}" deleted.', applied: 'The solver\'s answer is now in "{{scheme}}".',
    title: 'Notices', more: '{{n}} earlier notice(s)', closeAll: 'Close all', download: 'Download it',  sampleLoaded: 'The sample enterprise and its schemes are loaded.', freshStart: 'Cleared; the sample enterprise is loaded again.', schemeFileInvalid: '{{file}} cannot be opened as a scheme: {{issues}}',
  },
  share: {
    title: 'The share link holds {{n}} scheme(s)', question: 'Add them to this workspace, or replace the schemes here? (The worker data stays as it is.)', isNew: 'a new scheme', isSame: 'the same model as "{{as}}" already here (same fingerprint): not added twice', isChanged: 'differs from the scheme of that name here (here → in the link): {{list}}', add: 'Add', replace: 'Replace the schemes', subject: 'share link', opened: 'Opened the {{n}} scheme(s) of the share link (on the sample enterprise\'s workers).',
    'too-long': 'The share link is too long ({{detail}} characters) to be read.', unreadable: 'The share link is damaged (perhaps not copied whole): no scheme could be read.', 'not-a-list': 'The share link does not hold a list of schemes: nothing was read.',
    'too-many': 'The share link holds {{detail}} schemes; only the first 50 were read.', invalid: 'Scheme {{index}} of the share link is not valid and was not loaded: {{detail}}',
    'not-json': 'The file is not valid JSON: {{detail}}', encoding: '{{detail}}', 'duplicate-key': '"{{detail}}" is written twice in the file (the second at line {{line}}); which one is meant cannot be known, so nothing was read. Keep one.',
  },
  field: { empty: 'Enter a number', notNumber: 'Not a number', integer: 'Enter a whole number', min: 'At least {{min}}', above: 'Must be more than {{min}}', max: 'At most {{max}}', guidelineOrder: 'Needs lower ≤ base ≤ upper', nameEmpty: 'A scheme needs a name', unusual: 'An unusual value (usually {{lo}}–{{hi}} {{unit}}): it is used; please check it.' },
  errors: { crashed: 'The calculation engine stopped unexpectedly; it has been restarted, please try again.', cancelled: 'Cancelled', input: 'Something in the scheme or the data is wrong: {{detail}}', formula: 'The allowance formula cannot be computed: see the note under "Allowance by formula" in the scheme editor.', formulaValue: 'The allowance formula cannot be used: worker {{id}} gets CNY {{value}} a month, {{why}}. No figure is computed from it.', formulaWhy: { 'not-finite': 'which is not a finite number', 'too-high': 'above the bound of CNY {{bound}} (10 × the higher of his pay today and the minimum wage)', 'too-low': 'below the bound of CNY {{bound}} (a formula may not take away more than his other allowances)' }, engine: 'Calculation failed: {{detail}}', draw: 'The "{{area}}" part could not be drawn ({{detail}}). The workspace is saved and the rest of the page is not affected.', retry: 'Try again', reload: 'Reload the page' },
  engineQuiet: {
    text: 'Still working… the calculation engine has not spoken for {{s}} s (it is {{what}}). On a busy computer or with much data this is normal; nothing is lost.', wait: 'Keep waiting', cancel: 'Cancel this calculation',
    kinds: { import: 'reading the pay sheet', importAchievements: 'reading the achievements file', table: 'making the export file', documentData: 'making the document', zone: 'computing the agreement zone', projectBlock: 'computing the projection', equityBlock: 'valuing the equity', solve: 'solving', tornado: 'computing the sensitivity', innovation: 'computing the innovation rewards', compute: 'computing the schemes', charts: 'preparing the charts', other: 'computing' },
  },
  areas: { editor: 'scheme settings', typical: 'typical workers', documents: 'documents', figures: 'key figures', compare: 'comparison', charts: 'charts', craftsmen: 'craftsmen', bargaining: 'bargaining table', projection: 'projection', worker: 'one worker', innovation: 'innovation rewards' },
  units: { yuan: 'CNY', yuanMonth: 'CNY/month', yuanYear: 'CNY/year', wan: '10k CNY', wanYear: '10k CNY/yr', years: 'years', days: 'days', shares: 'shares', yuanPerPointMonth: 'CNY/point/month', yuanPerPointYear: 'CNY/point/year' },
  ratings: { A: 'A excellent', B: 'B good', C: 'C satisfactory', D: 'D borderline', E: 'E unsatisfactory' },
  import: {
    drop: 'Drop a CSV or Excel pay sheet here, or click to choose a file', reading: 'Reading {{file}}…', read: 'Read {{file}}: {{rows}} workers', sample: 'sample data (fictional)', encoding: 'Encoding', sheet: 'Sheet', errors: '{{count}} problem(s) found; nothing imported yet',
    partial: 'Import only the {{valid}} valid rows (of {{total}}; {{left}} left out)', row: 'Row', column: 'Column', value: 'Value', problem: 'Problem', warnings: '{{count}} warning(s)', ignored: 'Columns not used (not stored): {{cols}}',
    byGrade: 'Workers by grade', byDept: 'Workers by department', payRange: 'Monthly pay range', leftOut: '{{valid}} of {{total}} rows imported; {{left}} left out',
  },
  scheme: {
    editor: 'Scheme settings', tabs: 'Schemes', setAsideTab: '{{n}} craftsman package(s) set aside', mode: 'Kind of scheme', pool: 'Pool by factor', scale: 'Pay table', raise: 'General raise', annualPool: 'Annual pool', poolAmount: 'Pool', poolGrowth: 'Over today\'s bill', marks: 'slider ticks: current bill and the three guideline lines', poolAuto: 'Automatic (guideline base line)', currentBill: 'Current wage bill',
    poolCarried: 'set as {{written}} on a wage bill of {{bill}}, carried to this pay sheet at the same ratio to today\'s bill', preset: 'Preset',
    weights: 'Weights', position: 'Position value', skill: 'Skill', innovation: 'Innovation', performance: 'Performance', skillCoef: 'Grade coefficients', perfCoef: 'Rating coefficients',
    seniority: 'Seniority pay (per year)', seniorityCap: 'Seniority cap', minWage: 'Minimum wage', noLoss: 'No-loss guarantee (nobody below today)', guideline: 'Wage guideline (lower/base/upper)',
    raisePct: 'Raise', raiseMin: 'At least', gradeExtra: 'Extra by grade', positionRate: 'Position pay', skillRates: 'Skill pay', innovationRate: 'Innovation', name: 'Scheme name', source: 'Source', allowances: 'Allowances (CNY/month)', perApprentice: 'Per apprentice taught', teamLeader: 'Team leader allowance', formula: 'Allowance by formula (CNY/month)', formulaError: 'The formula is wrong at character {{at}}: {{message}}', formulaProblems: { 'too-deep': 'brackets nested more than {{max}} deep', syntax: 'a syntax error (a bracket, operator or number is incomplete)', 'unknown-name': 'unknown name "{{name}}"', operator: 'the operator "{{op}}" is not allowed', function: 'the function "{{name}}" is not allowed or is used wrongly', 'not-number': 'only numbers may be written, not "{{text}}"', 'not-allowed': '"{{text}}" is not allowed in a formula', 'too-long': 'a formula of at most 500 characters', value: 'worker {{id}} gets {{value}} (not a number)' }, formulaHelp: 'Names: level (grade 1–8), years (of service), points (job points), innovation (points), rating (A = 5 … E = 1), pay (monthly pay today), apprentices (taught), teamLeader (1 for a team leader); functions min, max, abs, round(x, decimals), floor, ceil, sqrt, log(x, base), exp, pow, meaning what they mean in mathjs; at most 10 × a worker\'s pay (or the minimum wage) a month; e.g. 200 * level^1.5 + 30 * min(years, 20)', allowancesNote: 'Allowances are part of gross pay and of the wage bill, and are added before the minimum-wage check (they are pay for normal work); overtime and night, high-temperature or hazard allowances do not count towards the minimum wage: do not enter them here.', takeHome: 'Take-home pay and employer cost', contributionPreset: 'Social insurance and housing fund (place and year)', deductions: 'Special additional deductions (per worker, CNY/month)', bonusApart: 'Tax a craftsman\'s performance pay apart as an annual one-off bonus (allowed until 2027-12-31)', unverified: 'unverified', old: 'over 12 months old', oldLong: 'over 12 months old: check the notice for this year',
  },
  figures: {
    payCuts: '{{n}} workers are paid less than today (CNY {{total}} a month in all, at most CNY {{max}} for one). Under the Labour Contract Law, art. 55, no labour contract may pay less than the collective contract: a collective contract cannot lower pay already agreed, a cut needs the worker\'s agreement to change the contract. A no-loss guarantee would add {{cost}} a year.',
    computing: 'Computing…', wageBill: 'New wage bill', growth: 'Bill growth', within: 'within the guideline', 'below-lower': 'below the lower line', 'above-upper': 'above the upper line', winners: 'Gain', losers: 'Lose', medianRaise: 'Median raise / month', gini: 'Gini', p90p10: 'P90/P10',
    floor: 'Minimum-wage top-up', guarantee: 'No-loss top-up', unallocated: 'Unallocated', pool: 'Pool', vsCurrent: 'now {{v}}', unallocatedNote: '{{factors}}: nobody has points, this money is not handed out', netRaise: 'Median take-home raise a month (after contributions and income tax)', employerCost: 'employer cost {{v}} ({{d}})', costPerNet: 'each extra CNY 1 of take-home pay costs the employer CNY {{x}}',
  },
  charts: {
    distribution: 'Monthly pay: today vs scheme', payTable: 'Pay by grade (mean monthly)', byGrade: 'Gainers and losers by grade', byDept: 'Gainers and losers by department', lorenz: 'Lorenz curve', factors: 'Where the money goes (10k CNY/yr)', scatter: 'Each worker: today vs scheme (bigger dot, more workers)', projection: 'Five-year projection (wage bill, P5–P95)',
    netRaise: 'Gross and take-home raise (mean by grade, CNY/month)', raiseAxis: 'Raise a month (CNY)', grossRaise: 'Gross raise', takeHomeRaise: 'Take-home raise', employerRaise: 'Employer pays more (with its contributions)', netNote: 'Take-home = gross − the worker\'s contributions − income tax (cumulative withholding, over the year); below, the distribution of each worker\'s monthly raise',
    data: 'Data', copy: 'Copy table', copied: 'Copied',
    monthlyAxis: 'Monthly pay (CNY)', workersAxis: 'Workers', wanYearAxis: '10k CNY a year', shareAxis: 'Share of workers', incomeShareAxis: 'Share of pay', currentAxis: 'Monthly pay today (CNY)', proposedAxis: 'Monthly pay, scheme (CNY)',
    unitsDistribution: 'workers / CNY per month', current: 'Today', proposed: 'Scheme', workers: 'Workers', monthly: 'CNY/month', winners: 'Gain', losers: 'Lose', unchanged: 'Same', equality: 'Equality', level: 'Grade', count: 'Workers', now: 'Now', new: 'New', change: 'Change',
    schemePay: 'Scheme pay (table / after raise)', craftsmen: 'Craftsmen (cash)', seniority: 'Seniority', floorTopUp: 'Min-wage top-up', guaranteeTopUp: 'No-loss top-up', unallocated: 'Unallocated', year: 'Year {{y}}', p50: 'Median', band: 'P5–P95', working: 'Working…', progressOf: '{{done}} / {{total}} done', realPay: 'Mean real pay', overBudget: 'P(over budget)', aboveUpper: 'P(above upper line)',
  },
  compare: { printed: 'Printed {{date}}', workforceFp: 'Workforce fingerprint', craftsmen: 'Craftsmen cash + equity (beside)', equity: 'equity', craftsmenRow: 'Craftsman packages', craftsmenNote: 'craftsmen row: year-1 cash, also inside the grades above; equity is not in the wage bill', byGrade: 'Pay by grade, every scheme (mean monthly)', growthChart: 'Wage bill growth against the guideline', growthAxis: 'Wage bill growth on today (%)', lower: 'lower', base: 'base', upper: 'upper', title: 'Schemes compared with today', baseline: 'Today', scheme: 'Scheme', wageBill: 'Wage bill', delta: 'vs today', growth: 'Growth', median: 'Median annual', medianRaise: 'Median raise/month', gini: 'Gini', winners: 'Gain', losers: 'Lose', topUps: 'Top-ups', netRaise: 'Median take-home raise', employerCost: 'Employer cost', print: 'Print the comparison (A4 portrait)' },
  documents: {
    title: 'Bargaining documents', intro: 'Word documents for the scheme being edited, "{{scheme}}"; every figure comes from the engine: change the scheme and make them again. Party names, dates and wording are saved in this browser\'s workspace, never in a share link.',
    enterprise: 'Enterprise (party A)', union: 'Union (party B)', enterpriseRep: 'Management\'s chief representative', unionRep: 'The union\'s chief representative', docNumber: 'Reference number (blank: a line left to fill in)', proposedDate: 'Proposed date of the talks (YYYY-MM-DD)', signingDate: 'Date of signing (YYYY-MM-DD)', termStart: 'Contract starts (YYYY-MM-DD)', termYears: 'Term', badDate: 'Not a date on the calendar from 2000 to 2100: write it as YYYY-MM-DD',
    contractTerms: 'The term and the tranches are the ones set under "Contract costing" at the bargaining table: {{years}} year(s), {{tranches}}. Change them there and the documents follow.', noTranches: 'no raise',
    filingKind: 'What is filed', filingKinds: { 'wage-agreement': 'A wage agreement (special contract on wages): filed within 7 days of signing', 'collective-contract': 'A collective contract: filed within 10 days of signing' }, regionalFile: 'Local filing period (days; blank: the rule above)', regionalRenegotiate: 'Local renewal notice (days; blank: 3 months before expiry)', regionalNote: 'The local rule and its article', retroactive: 'The contract starts on {{start}}, before it can be in force ({{inForce}} at the latest, after filing and review): its start is retroactive, and the documents say so.', replaced: '{{n}} character(s) that cannot go into a Word file were replaced by �.',
    vote: 'The workers\' congress vote', members: 'Representatives in all', present: 'Present', yes: 'In favour', notYet: 'Not voted yet: at least {{present}} present (two thirds) and at least {{yes}} in favour (a majority of all representatives; a secret ballot for important matters). Enter those present and the votes in favour and this line says whether the draft passes.', passes: 'Passed: attendance and votes in favour are both enough.', failsQuorum: 'Not passed: too few present (at least {{present}}, two thirds, needed).', failsVotes: 'Not passed: too few in favour (at least {{yes}}, more than half of all representatives; by secret ballot).',
    make: 'Make the documents (Word)', kinds: { offer: 'Offer letter', costing: 'Scheme and costing', contract: 'Draft contract on pay by grade', congress: 'Congress material and ballot', filing: 'Filing checklist', brief: 'Brief' },
    what: { offer: 'to the enterprise: the scheme in brief (growth against the guideline, the pay table, raises and cuts, minimum guarantees, craftsmen), the data asked for before the talks, the proposed date, the 20-day answer, the signature.', costing: 'the scheme\'s settings, the costing (with employer contributions, and the contract\'s cost by tranche as the contract-costing panel sets it), who gains and loses (by grade and department), typical workers\' take-home pay, sensitivity, the schemes compared, and the charts.', contract: 'the articles of a special collective contract on wages: term, pay table, level and growth, minimum guarantees and skill-talent floors, innovation, allowances, craftsmen, pay date, overtime, special periods, women workers, the binding clause, supervision, liability, change and termination, disputes, entry into force; each with its source, the wording editable below.', congress: 'the scheme in brief and the vote rule; the ballot and the count sheet each on a page of their own, blank.', filing: 'what to file, where, and the deadlines counted from the signing date with their sources.', brief: 'key figures, settings, the pay table, the schemes compared, typical workers, the rounds of offers and the charts.' },
    files: { offer: 'offer-letter', costing: 'scheme-and-costing', contract: 'draft-contract', congress: 'congress-material', filing: 'filing-checklist', brief: 'brief' },
    editArticles: 'Change the contract\'s wording', hideArticles: 'Hide the wording', resetArticle: 'Back to the original', placeholders: 'The placeholders {{list}} are replaced by the scheme\'s figures and the form when a document is made.',
  },
  typical: { title: 'Typical workers: what each takes home, and costs, under every scheme', intro: 'Each typical worker is a real worker of the pay sheet (the one paid in the middle of his grade today, or the first craftsman on an annual salary), taxed with the deductions he would declare. Amounts are monthly means.', who: 'Typical worker', nobody: 'Nobody like this in the pay sheet', edit: 'Edit the typical workers', doneEditing: 'Done', reset: 'Back to the default list', label: 'Name', pick: 'Stands for', medianOf: '{{grade}} (paid in the middle today)', craftsman: 'The first craftsman on an annual salary (else the middle chief technician)', children: 'Children in education or under 3 (number; 2,000 each a month)', elderly: 'Elderly support (CNY/month; 3,000 for an only child)', education: 'Continuing education (CNY/month; 400 for a degree course)', housing: 'Housing loan interest or rent (CNY/month)', add: 'Add a typical worker', newLabel: 'New typical worker', deductionsNote: 'Special additional deductions: 2,000 a month per child in education or under 3, elderly support 3,000 (shared among siblings, at most 1,500 each), continuing education 400, housing loan interest 1,000 or rent 800 / 1,100 / 1,500 a month (from 2023-01-01).' },
  worker: { innovation: 'Innovation rewards ({{year}}, CNY; taxed as a bonus in the payslip)', innovationCell: '{{year}} ({{total}} in all)', payslip: 'Payslip: after contributions and income tax', today: 'Now', slip: { gross: 'Gross pay', contributions: 'Worker\'s contributions', tax: 'Income tax (monthly mean over the year)', withheld: 'of which withheld in January / December', net: 'Take-home pay', employerContributions: 'Employer\'s contributions', employerCost: 'Cost to the employer' }, slipNote: 'Income tax is withheld cumulatively: the same wage has less withheld early in the year and more late, the year\'s total being the same. Special additional deductions as set in the scheme.', title: 'One worker: what happens to me?', search: 'Employee id or name', none: 'Not found', perMonth: 'Per month (CNY)', newMonthly: 'Scheme pay per month (vs now)', craftsman: 'Craftsman package', components: { allowance: 'Allowances', position: 'Position pay', skill: 'Skill pay', innovation: 'Innovation pay', performance: 'Performance pay', raise: 'Raise', seniority: 'Seniority pay', floorTopUp: 'Min-wage top-up', guaranteeTopUp: 'No-loss top-up', gross: 'Before top-ups', current: 'Current monthly pay' } },
  craft: {
    vestingTable: 'Vesting and expense',
    title: 'Master craftsmen (annual salary / agreement wage / equity)', minLevel: 'Grade at least', template: 'Template', sharesOutstanding: 'Shares outstanding', planWide: 'All plans', setAside: 'These craftsmen are not in this pay sheet; their packages are set aside (not deleted): {{ids}}',
    templates: { 'chief-annual': 'Chief technician annual salary', 'agreement-restricted': 'Technician agreement wage + restricted stock', 'annual-option': 'Annual salary + options' },
    schemes: { 'annual-salary': 'Annual salary', agreement: 'Agreement wage' }, kinds: { option: 'Stock options', restricted: 'Restricted stock' },
    current: 'Current annual', cashYear1: 'Year-1 cash', fairValue: 'Equity fair value', unit: 'share', dilution: 'Dilution',
    belowManager: 'A principal/chief technician is paid below the managers benchmark (2025 notice for state-owned enterprises: serving principal and chief technicians are paid no less than middle and senior managers)',
    base: 'Base salary', perfTarget: 'Performance target', deferredShare: 'Deferred', deferralYears: 'Deferral years', agreed: 'Agreed annual', manager: 'Managers benchmark', market: 'Market',
    shares: 'Shares granted', spot: 'Share price', reference: 'Reference price', strike: 'Exercise price', grantPrice: 'Grant price', volatility: 'Volatility', expiry: 'Term',
    byYear: 'Cash or equity? Pay by year', cash: 'Cash', deferred: 'Deferred paid', equityMean: 'Equity (expected, P5–P95 bars)', runForEquity: 'Run the simulation to add the equity part',
    ratingEffect: 'What the rating does', rating: 'Rating', total: 'Total (with deferred)', band: 'The agreement against market pay',
    equity: 'Equity', vestYear: 'Year', fraction: 'Vesting', expense: 'Company expense', valueAtVest: 'Value at vesting (mean, P5–P95)', perUnitValue: 'Value per share',
    sensitivity: 'Left: value per share against volatility; right: against the share price', simulate: 'Simulate the share price ({{paths}} paths)', underwater: 'Chance worthless at expiry', underwaterRestricted: 'Chance of ending below the grant price (a loss)', meanPv: 'Mean present value', closedForm: 'closed form', mcMeansOption: 'Option: the share price above the strike at expiry (0 otherwise), discounted to today at the risk-free rate, averaged over paths; with an expected return equal to the risk-free rate it should be close to the Black–Scholes fair value.', mcMeansRestricted: 'Restricted stock: what the holder owns at expiry, the share less the grant price paid (negative when the share ends below the grant price: the holder bears the loss), discounted at the risk-free rate and averaged. Closed form = shares × (spot × e^((μ−q)T) − grant price) × e^(−rT). The fair value above is today\'s spot less the grant price (the accounting figure), without dividends or the time value of money, so the two differ.', paths: 'Paths',
  },
  exports: { title: 'Exports', csv: 'CSV (this scheme, per worker)', xlsx: 'Excel (all schemes + summary)', docx: 'Word brief', working: 'Working…', notReady: 'This scheme is still being computed; export again in a moment', note: 'Assumptions: minimum wage {{minWage}} CNY/month; guideline {{lower}} / {{base}} / {{upper}}; no-loss guarantee {{guarantee}}.', sampleNote: 'Sample data is fictional.' },
  brief: {
    title: 'Collective wage bargaining · scheme brief',
    keyFigures: 'Wage bill {{bill}} × 10k CNY (growth {{growth}}, {{status}}); {{winners}} gain, {{losers}} lose; Gini {{gini}}; P90/P10 = {{p9010}}.',
    takeHome: 'After the workers\' contributions and income tax, the median take-home raise is CNY {{net}} a month; the employer\'s cost (with its contributions) is {{cost}} × 10k CNY, {{delta}} × 10k more than today; each extra CNY 1 of take-home pay costs the employer CNY {{per}}.',
    pool: 'Pool {{pool}} × 10k CNY; weights: position value {{position}}, skill {{skill}}, innovation {{innovation}}, performance {{performance}}.',
    raise: 'General raise {{percent}}, at least {{min}} CNY a month.', scale: 'Pay table: position pay {{rate}} CNY per point a month.',
    assumptions: 'Minimum wage {{minWage}} CNY/month; wage guideline {{lower}} / {{base}} / {{upper}}; no-loss guarantee: {{guarantee}}.',
  },
  paths: {
    mode: 'Kind of scheme', annualPool: 'Pool', 'weights.position': 'Position weight', 'weights.skill': 'Skill weight', 'weights.innovation': 'Innovation weight', 'weights.performance': 'Performance weight', 'raise.minMonthly': 'Raise at least', 'raise.percent': 'Raise',
  },
  bargain: {
    floorsMet: 'Union: every skill-talent floor met',
    floors: 'Skill-talent minimum pay (ministry notice 2025 No. 52)', floorsNeedColumn: 'The pay sheet has no post category column (基础类/重要类/关键类/核心类); add it to use this.', category: 'Post category', share: 'Lowest grade / minimum wage', lowestFloor: 'Lowest-grade floor (CNY/month)', below: 'Below', liftCost: 'Cost to lift', step: 'Step per grade', stepRatio: 'ratio', stepAmount: 'amount', stepSize: 'Step',
    floorsTotal: 'Under this scheme {{below}} workers are below the skill-talent floor; lifting them costs {{cost}} a year', belowIds: 'Below: {{ids}}', belowIdsMore: 'Below: {{ids}} and {{more}} more', unclassified: '{{n}} without a post category, not judged', underGrade: 'Below the lowest grade', floorsNote: 'The lowest grade of each category at ≥ 105 / 120 / 150 / 200 % of the local minimum wage; a worker below his category\'s lowest grade (an L1 in a core post, say) is held to the lowest grade\'s floor, as the floor belongs to the post; the guide sets neither the lowest grade nor the step: agree them (default 5 % a grade, unverified).',
    categories: { basic: 'Basic', important: 'Important', key: 'Key', core: 'Core' },
    title: 'At the table', rounds: 'Rounds of offers', round: 'Round {{n}}', addRound: 'Add a round', cost: 'Cost: bill growth (union / management)', value: 'Members get: median raise · share gaining · L1–L3 raise (union / management)', uGrowth: 'Union offer: bill growth', mGrowth: 'Management offer: bill growth', uRaise: 'Union offer: median raise', mRaise: 'Management offer: median raise',
    fingerprint: 'Scheme fingerprint', solver: 'Solver: the questions negotiators ask', question: 'Question', answer: 'Answer', solve: 'Solve', apply: 'Use it', inUse: 'The scheme already has this answer', noSolution: 'No solution: {{reason}}', fail: { growth: { 'below-reach': 'No pool gives this: the bill grows at least {{from}} at any pool (the guarantee and minimum-wage top-ups alone give that much)', 'above-reach': 'Not reached: even a pool of {{hi}} grows the bill only {{to}}' }, noLoss: { 'above-reach': 'Not reached: even with a pool of {{hi}}, {{n}} worker(s) still lose (they score zero on every factor)' }, p9010: { 'below-reach': 'No skill weight gives this: P90/P10 stays between {{from}} and {{to}}, above the limit' }, l1: { 'no-subject': 'Nothing to solve: there is no L1 (apprentice) worker' } }, notBinding: 'the limit does not bind', auto: 'automatic',
    p9010Limit: 'P90/P10 limit', l1Share: 'Apprentices\' target (of the minimum wage)',
    q: { growth: 'The pool that makes the wage bill grow exactly at the base line {{growth}}', noLoss: 'Without the guarantee, the smallest pool at which nobody loses', p9010: 'The largest skill weight with P90/P10 ≤ {{limit}}', l1: 'The smallest monthly raise (general raise) lifting every apprentice to {{share}} of the minimum wage' },
    solverNote: 'Bisection on a monotone range, tolerance in brackets; every answer can be re-run in the engine. "Use it" lists every change it will make first, and can be undone.',
    zone: 'Agreement zone and the Nash bargaining point', maxGrowth: 'Management: bill growth at most', minMedianRaise: 'Union: median raise at least', minLowGradeRaise: 'Union: L1–L3 each gain at least', lowGradeDemand: 'Union demands a raise for every L1–L3 worker', nobodyLoses: 'Union: nobody loses',
    unionOffer: 'Union offer', mgmtOffer: 'Management offer', findZone: 'Find the zone', poolAxis: 'Pool (10k CNY)', skillAxis: 'Skill weight', inZone: 'both sides\' limits hold', outZone: 'outside', nash: 'Nash point', split: 'Split the difference',
    nashAt: 'Nash point: pool {{pool}}, skill weight {{skill}}, bill growth {{growth}}, median raise {{raise}} CNY/month', noZone: 'No scheme in this range meets both sides\' limits.',
    zoneNote: 'Nash point: among schemes meeting both sides\' limits, the one maximising (management\'s room under its growth limit) × (union\'s median raise above its floor); found on a 15×15 grid, then refined around the three best cells. Split the difference: the midpoint of the two offers (pool, skill weight).',
    costing: 'Contract costing (raises in tranches)', years: 'Contract years', onCost: 'Employer on-costs', onCostMode: 'Employer contributions', onCostPerWorker: 'Per worker on a capped base', onCostFlat: 'One rate on the bill', resetPolicy: 'Reset to the preset', socialFloor: 'Social insurance base floor', socialCap: 'Social insurance base cap', housingFloor: 'Housing fund base floor', housingCap: 'Housing fund base cap', rates: { pension: 'Employer pension', medical: 'Employer medical (maternity incl.)', unemployment: 'Employer unemployment', injury: 'Employer work injury', housing: 'Employer housing fund' }, onCostsToday: 'employer contributions at today\'s pay {{v}} a year', onCostPerWorkerNote: 'Each worker each month: each rate × the monthly wage held between the base floor and cap; a raise above the cap adds no social insurance.', tranche: 'Tranche', year: 'Year', month: 'From month', wages: 'Wage bill', increase: 'Increase', onCosts: 'On-costs', total: 'Total', outside: '{{n}} tranche(s) fall after the contract ends and are not counted.',
    onSchemeIntro: 'The table above puts the tranches on today\'s pay. The papers (the draft contract, the costing note) commit to the pay under the scheme "{{scheme}}" with the tranches on top, as below; the gap is what the scheme itself changes.', onSchemeTitle: 'Contract cost on the pay of "{{scheme}}"', onTodayTotal: 'On today\'s pay (total)', onSchemeTotal: 'On the scheme\'s pay (total, as the papers)', onSchemeGap: 'Gap',
    headline: 'Headline (full-year effect) {{v}}', life: 'Cost of the raises over the contract, on-costs included {{v}}', ifFromStart: 'If each tranche were paid from January of its year: {{v}}', onCostNote: 'Enter your local employer rates (pension 16 %, medical ≈ 8 %, unemployment 0.5 %, injury ≈ 0.5 %, housing fund 5–12 %: about 30–37 %, unverified).',
    sensitivity: 'Sensitivity (each parameter ±10 %)', runSensitivity: 'Compute sensitivity', billChange: 'Wage bill change', billChangeAxis: 'Wage bill change (10k CNY)', base: 'base',
    params: { annualPool: 'Pool', minimumMonthlyWage: 'Minimum wage', seniorityMonthlyPerYear: 'Seniority pay', seniorityCapYears: 'Seniority cap (years)', 'skillCoefficients.spread': 'Spread of grade coefficients', 'performanceCoefficients.spread': 'Spread of rating coefficients', performanceCoefficients: 'Rating coefficients (all)', 'scale.skillRates': 'Skill rates (all grades)', 'raise.gradeExtra': 'Extra by grade (all grades)', 'weights.position': 'Position weight', 'weights.skill': 'Skill weight', 'weights.innovation': 'Innovation weight', 'weights.performance': 'Performance weight', 'raise.percent': 'Raise %', 'raise.minMonthly': 'Minimum raise', 'scale.positionRate': 'Position rate', 'scale.innovationRate': 'Innovation rate' },
  },
  pwa: { update: 'A new version is ready. Updating reloads the page (the workspace is saved in this browser).', updateNow: 'Update now', later: 'Later', offlineReady: 'Ready to work offline: this page opens without a network, and your data still stays here.' },
  storage: {
    corrupt: 'The workspace saved on this computer cannot be read ({{reason}}). Start fresh to continue; the sample will be loaded again.', restored: 'Workspace restored', saveFailed: 'Could not save in this browser: {{reason}}', otherTab: 'The workspace was changed in another tab; this page now shows that version.',
    conflict: 'Another tab changed this workspace too. Autosave is paused here so neither overwrites the other. Which version do you want?', takeTheirs: 'Load the other tab\'s version (changes made here are lost)', differences: 'How this page differs from the other tab (the other tab\'s value → this page\'s):', noDifference: 'The schemes are the same on both sides; only the order of saving differs.', onlyMine: '"{{scheme}}": only in this page', onlyTheirs: '"{{scheme}}": only in the other tab', moreChanges: '{{n}} more differences', keepMine: 'Keep this page\'s version (overwrite the other tab\'s changes)',
    fullWorkforce: 'The browser\'s storage is full: the pay sheet (worker data) was not saved in this browser; after a reload import it again. The schemes are saved.', fullSchemes: 'The browser\'s storage is full: the schemes and changes were not saved in this browser. Download them as a file so nothing is lost.', downloadSchemes: 'Download the schemes',
  },
  stored: {
    unreadable: 'The workspace saved here cannot be read ({{reason}}); the sample enterprise is loaded. What was stored can be downloaded.', scheme: 'The saved scheme "{{name}}" is damaged ({{reason}}) and was set aside; the other schemes are loaded.', 'too-many-schemes': '{{n}} schemes were saved; the first {{kept}} are loaded, the rest can be downloaded.',
    rounds: '{{n}} saved round(s) of offers are damaged and were not loaded.', 'too-many-rounds': '{{n}} rounds were saved; the first {{kept}} are loaded.', typical: 'The list of typical workers is damaged ({{reason}}); the default list is shown.', documents: 'The documents\' form (parties, dates, wording) is damaged ({{reason}}); the defaults are shown.', contract: 'The contract\'s terms (years and tranches) could not be read ({{reason}}); the default terms are used.', source: 'The saved details of the pay sheet are damaged and are not shown.',
    workforce: 'The saved pay sheet {{file}} is damaged ({{reason}}) and was not loaded.', 'workforce-missing': 'The saved pay sheet {{file}} cannot be found (perhaps it could not be saved last time).', sampleUnder: 'Your schemes are computed on the sample enterprise\'s workers; import your pay sheet again.', sampleSchemes: 'No saved scheme could be read; the sample schemes are loaded.',
  },
  innovation: {
    title: "Technical-innovation bargaining: rewards and shares for workers' innovations", intro: "Import the workers' achievements (proposals, improvements, breakthroughs, patents, work methods…) and give the scheme its reward rules: one-off rewards by kind and grade, shares of the yield by year, the statutory minimums for service inventions, a yearly fund cap. The panel works out what each year, each achievement and each worker gets, and what the enterprise keeps.",
    import: 'Import achievements', sample: 'Load sample achievements (fictional)', clear: 'Remove the achievements', reading: 'Reading {{file}}…',
    summary: '{{file}}: {{n}} achievements, {{members}} team places', summarySample: '{{file}} (sample, fictional): {{n}} achievements, {{members}} team places',
    errors: '{{n}} problem(s) in {{file}}: the achievements with problems were not imported (of {{total}})', errorsTable: 'Problems in the achievements file', warnings: '{{n}} note(s)',
    noRules: 'The scheme "{{scheme}}" has no innovation reward rules yet.', addRules: 'Add the default rules', removeRules: 'Remove the innovation rules from this scheme', noFile: 'Import an achievements file (or load the sample) to see the rewards the rules give.',
    rules: 'Innovation reward rules of "{{scheme}}"', planYear: 'First year (blank: the newest achievement\'s year)', planYearAuto: 'First year from the newest achievement: {{year}}', years: 'Years', yearsUnit: 'years',
    schedule: { profit: 'Share of added profit (year 1, 2…, %)', saving: 'Share of the saving (%)', licence: 'Share of licence income (%)' },
    scheduleHelp: 'Percentages by year, separated by commas, e.g. "12, 10, 8, 6, 2": 12 % of the added profit in the achievement\'s first year, 10 % in the second… nothing after. Blank: no share.',
    scheduleError: { number: 'Write percentages separated by commas, e.g. 12, 10, 8', range: 'A year\'s share cannot exceed 100 %', length: 'At most 10 years' },
    cap: 'Yearly fund cap', capKinds: { none: 'No cap', amount: 'An amount', 'bill-share': 'A share of the wage bill', 'yield-share': "A share of the year's yields" }, capAmount: 'Cap', capShare: 'Cap share',
    floors: 'Service inventions (patents) at least at the statutory minimums', inWageBill: 'Rewards count in the wage bill', inWageBillSource: 'Basis: {{source}} (a reading: choose by your local statistics practice)',
    oneOffTitle: 'One-off rewards (CNY, by kind and grade)', kind: 'Kind', lawTitle: 'Statutory minimums and their sources', inForce: 'in force from {{date}}', unverified: 'not verified',
    law: { inventionReward: 'Invention patent reward, at least', utilityReward: 'Utility model reward, at least', designReward: 'Design reward, at least', useShare: 'Remuneration for own use (share of operating profit)', useYears: 'Years of remuneration for own use', licenceShare: 'Remuneration for a licence or transfer (share of net income)', agreementFirst: 'An agreement or the unit\'s rules come first' },
    taxNote: 'Income tax: innovation rewards and service-invention remuneration paid by an enterprise are wages, taxed with the comprehensive income: {{source}} (only awards of provincial or ministerial level and above are exempt).',
    planYearPaid: 'Rewards in {{year}}', totalPaid: 'Rewards over {{n}} years', totalYield: 'Yield over {{n}} years', keptShare: 'Share of the yield the enterprise keeps', innovators: 'Workers rewarded', rewardShare: "Rewards in the rewarded workers' pay", raiseInnovators: 'Median monthly raise of the rewarded (CNY)', raiseOthers: 'Median monthly raise of the others (CNY)',
    billIncluded: 'The year\'s rewards of {{rewards}} count in the wage bill: {{bill}}, growth {{growth}} on today\'s bill.', billBeside: 'The year\'s rewards of {{rewards}} are kept beside the wage bill.', poolOverlap: "Of the pool's money paid by innovation points, {{share}} goes to these rewarded workers (both reward the same people).",
    belowFloors: 'Rules below the statutory minimums of a service invention, topped up: {{list}}.', belowItem: '{{kind}} {{part}}: {{n}} achievement(s), {{amount}} added', part: { reward: 'reward', remuneration: 'remuneration' }, sep: ', ',
    capBelow: 'In {{years}} the cap is below the statutory minimums; those are paid in full (the cap needs at least {{need}}).', absent: '{{n}} team member(s) are not in the pay sheet ({{ids}}): their {{amount}} this year still counts in the cost.',
    chartByYear: 'Innovation rewards by year (one-off + yield shares; bars: low/high yield)', chartByGrade: 'Innovation rewards in {{year}} by skill grade', bandNote: 'Bars: the rewards with the yields at {{low}} and {{high}}.', year: 'Year', oneOff: 'One-off', shares: 'Yield shares', paid: 'Rewards (10k CNY)', low: 'Yield low', high: 'Yield high', yield: 'Yield', capCol: 'Cap',
    byDepartment: 'By department, {{year}}', department: 'Department', recipients: 'Rewarded', workers: 'Workers with the largest rewards in {{year}}', workerId: 'ID', workerName: 'Name', level: 'Grade', headcount: 'Workers', planYearCol: '{{year}} (CNY)', totalCol: '{{n}} years (CNY)',
    achievements: 'Rewards by achievement (largest first, top 30)', id: 'ID', titleCol: 'Title', yieldPerYear: 'Yield a year (CNY)', team: 'Team', kept: 'Yield kept (CNY)',
    solverTitle: 'Solve: the enterprise keeps at least a share of the yields', keepAtLeast: 'The enterprise keeps at least', solve: 'Find the shares', solveOk: 'With every yield share × {{m}}, the enterprise keeps {{kept}}.', solveNo: 'Even with no yield shares the enterprise keeps at most {{reachable}}.',
    sensitivity: 'Sensitivity (each lever ±20 %): rewards this year · share kept', lever: 'Lever', levers: { yield: 'Yields', schedules: 'Yield shares', oneOff: 'One-off rewards', cap: 'Cap' }, minus20: '−20 %', plus20: '+20 %',
    damaged: 'The achievements saved in this browser are damaged ({{reason}}) and were not loaded; import them again.',
    makeContract: 'Draft the special contract on technical innovation (Word)', makeCosting: 'Costing note on innovation rewards (Word)', making: 'Making…', files: { 'innovation-contract': 'innovation-contract-draft', 'innovation-costing': 'innovation-costing-note' },
  },
  levels: { L1: 'Apprentice', L2: 'Junior', L3: 'Intermediate', L4: 'Senior', L5: 'Technician', L6: 'Senior technician', L7: 'Principal technician', L8: 'Chief technician' },
};

export const resources = { zh: { translation: zh as Tree }, en: { translation: en as Tree } };

/** Where the chosen language is remembered. */
export const LANGUAGE_KEY = 'skillpay-lang';

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: ['zh', 'en'],
    fallbackLng: 'zh',
    // Chinese unless this browser chose English here before: the browser's own language is not asked.
    detection: { order: ['localStorage'], lookupLocalStorage: LANGUAGE_KEY, caches: ['localStorage'] },
    interpolation: { escapeValue: false },
  });

const setHtmlLang = (lng: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng === 'en' ? 'en' : 'zh-CN';
};
setHtmlLang(i18n.language);
i18n.on('languageChanged', setHtmlLang);

export default i18n;
