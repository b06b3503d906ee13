/**
 * The documents read back from their Word files: every figure equals the
 * engine host's own answer for that scheme (asked separately, the way the
 * page asks it), the rules at their edges worked by hand, and the
 * typesetting a bureau expects (page numbers, full-width punctuation, no ISO
 * dates, no code names or English words in Chinese papers).
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, buildDocument, DEFAULT_CONTRACT, defaultForm, DOCUMENT_KINDS, tally, timeline, typeset, wan, type DocumentData, type DocumentKind, type DocumentsForm } from '../../models/documents';
import { buildDocx, docText } from '../../models/io/docx';
import { parseWorkforceCsv } from '../../models/io/csv';
import { parseScenarioJson, validateScenario, type Scenario } from '../../models/pay/scenario';
import { currentWageBill, onWorkforce } from '../../models/pay/scheme';
import { defaultTypicalWorkers } from '../../models/pay/typical';
import type { Workforce } from '../../models/types';
import { workforceFromRecords } from '../../models/pay/workforce';
import { generateWorkforce } from '../../seeds/generate';
import { inProcessSpawner } from '../../workers/client/inProcess';
import { WorkerClient } from '../../workers/client/workerClient';

const seed = (name: string): Scenario => {
  const r = parseScenarioJson(readFileSync(new URL(`../../seeds/scenarios/${name}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(name);
  return r.scenario;
};
const sample = parseWorkforceCsv(readFileSync(new URL('../../seeds/jiangsu-machinery.csv', import.meta.url)), { file: 'seed' }).workforce;
const big = workforceFromRecords(generateWorkforce(5000, 21));
const client = new WorkerClient(inProcessSpawner, 1);
afterAll(() => client.dispose());
const DATE = '2026-11-26';

/** Every text run a reader of the Word file sees, the body and the footer. */
async function wordText(bytes: Uint8Array): Promise<{ body: string; footer: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const runs = (xml: string) => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
  const footerXml = (await Promise.all(footers.map((f) => zip.file(f)!.async('string')))).join('');
  return { body: runs(await zip.file('word/document.xml')!.async('string')).replace(/&amp;/g, '&'), footer: footerXml };
}

const int = (x: number) => Math.round(x).toLocaleString('zh-CN').replace(/^-/, '−');

const cases: [string, Workforce, Scenario[]][] = [
  ['the sample', sample, [seed('union'), seed('management'), seed('compromise')]],
  // The held-out kind of case: a large plant, schemes with pay cuts and no guarantee, no craftsmen.
  ['5,000 workers', big, [{ ...seed('management'), craftsmen: [] }, { ...seed('union'), craftsmen: [] }]],
];

describe.each(cases)('documents on %s', (_, w, written) => {
  const schemes = written.map((s) => onWorkforce(s, currentWageBill(w)));
  const s = schemes[0]!;
  const form: DocumentsForm = { ...defaultForm('zh', DATE), enterprise: '江苏示例机械有限公司', union: '江苏示例机械有限公司工会委员会', docNumber: '苏机工〔2027〕1号', signingDate: '2027-01-10', termStart: '2027-03-01', members: 120 };
  const ds = client.dataset(w);
  const data = (scenario: Scenario, lang: 'zh' | 'en' = 'zh') => client.ask({ kind: 'documentData', datasetId: ds, scenario, schemes, typical: defaultTypicalWorkers(lang), contract: DEFAULT_CONTRACT });
  const made = new Map<DocumentKind, { body: string; footer: string }>();
  let d: DocumentData;

  it('carry the host\'s own answers for the scheme, in every Word file as read back', async () => {
    d = await data(s);
    // The answers the page asks for, asked separately.
    const [result] = await client.ask({ kind: 'compute', datasetId: ds, scenarios: [s], omitAnnual: true });
    const charts = await client.ask({ kind: 'charts', datasetId: ds, scenario: s });
    const contract = await client.ask({ kind: 'contract', datasetId: ds, tranches: DEFAULT_CONTRACT.tranches, years: DEFAULT_CONTRACT.years, onCosts: DEFAULT_CONTRACT.onCosts });
    const tornado = await client.ask({ kind: 'tornado', datasetId: ds, scenario: s });
    const typical = await client.ask({ kind: 'typical', datasetId: ds, scenarios: schemes, typical: defaultTypicalWorkers('zh') });
    for (const kind of DOCUMENT_KINDS) {
      const text = await wordText(await buildDocx(buildDocument(kind, d, form, 'zh', DATE), 'zh'));
      made.set(kind, text);
      const t = text.body;
      expect(t, kind).toContain(result!.fingerprint);
      if (kind !== 'filing') expect(t, kind).toContain(wan(result!.summary.wageBill, 'zh'));
      if (kind !== 'filing') {
        // The pay table: every grade's new mean monthly pay, every worker counted once (a total of all workers), craftsmen only as "其中".
        for (const r of charts.payTable) expect(t, kind).toContain(int(r.newMonthly));
        expect(t, kind).toContain(typeset(`合计(全体职工)${w.size.toLocaleString('zh-CN')}`, 'zh'));
        if (charts.craftsmenRow) expect(t, kind).toContain(typeset(`其中:工匠薪酬包(已计入所在等级)${charts.craftsmenRow.count}`, 'zh'));
        else expect(t, kind).not.toContain('工匠薪酬包');
        expect(charts.payTable.reduce((a, r) => a + r.count, 0)).toBe(w.size);
      }
      if (kind === 'costing') {
        expect(t).toContain(wan(result!.summary.employerCost!, 'zh'));
        // The contract's cost year by year: the very answer the 合同成本 panel shows.
        for (const y of contract.byYear) expect(t).toContain((y.total / 1e4).toLocaleString('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
        expect(t).toContain(wan(contract.lifeCost, 'zh'));
        expect(t).toContain(typeset('自2027年3月1日(合同第一年第1个月)起上调 3%;自2027年9月1日(合同第一年第7个月)起上调 2%;自2028年3月1日(合同第二年第1个月)起上调 3%', 'zh'));
        // The contract's commitment by year: the tranches on the scheme's pay, the same figures the contract prints.
        for (const y of d.contractOnScheme.byYear) expect(t).toContain((y.wages / 1e4).toLocaleString('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
        // The sensitivity rows: the largest bars of the host's answer, by their Chinese names.
        for (const b of tornado.bars) expect(t).toContain((b.low.wageBill / 1e4).toLocaleString('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
        expect(t).not.toMatch(/annualPool|weights\.|performanceCoefficients|spread/);
      }
      if (kind === 'costing' || kind === 'brief') {
        // One list of typical workers: the same worker in both, (年薪制) only where he has that package.
        for (const row of typical.filter((r) => r.worker)) expect(t, kind).toContain(row.worker!.id);
        expect(t.includes(typeset('(年薪制)', 'zh')), kind).toBe(typical.some((r) => r.package === 'annual-salary'));
      }
      if (kind === 'contract') {
        expect(t).toContain('江苏示例机械有限公司');
        expect(t).toContain('2027年3月1日');
        expect(t).toContain('2029年2月28日');
      }
    }
  }, 120_000);

  it('say the pay cuts plainly wherever there are losers without a guarantee, with article 55 and what the guarantee would cost', async () => {
    const charts = await client.ask({ kind: 'charts', datasetId: ds, scenario: s });
    for (const kind of DOCUMENT_KINDS.filter((k) => k !== 'filing')) {
      const t = made.get(kind)!.body;
      if (!s.noLossGuarantee && charts.losses.count > 0) {
        expect(t, kind).toContain(`${charts.losses.count.toLocaleString('zh-CN')} 名职工的工资低于现在`);
        expect(t, kind).toContain('第五十五条');
        expect(t, kind).toContain(wan(charts.losses.guaranteeCost!, 'zh'));
      }
      expect(t, kind).not.toContain('不设保底');
    }
  });

  it('are typeset for a bureau: page numbers, full-width punctuation, no ISO dates, no code names or English words', async () => {
    const ids = new Set(w.id);
    for (const [kind, { body, footer }] of made) {
      // 第 X 页 共 Y 页: the page and page-count fields in the footer.
      expect(footer, kind).toMatch(/PAGE/);
      expect(footer, kind).toMatch(/NUMPAGES/);
      expect(footer, kind).toContain('页 共');
      const plain = body
        .replace(/[0-9a-f]{64}|[0-9a-f]{16}/g, ' ') // fingerprints (whole, or their first 16 digits)
        .replace(/[A-Z]{1,3}\d{2,}/g, (m) => (ids.has(m) ? ' ' : m)); // worker ids are data
      // Half-width punctuation is allowed only inside numbers (3,500 and 10:30).
      expect(plain.replace(/\d,\d/g, '').replace(/\d:\d/g, '').match(/[,:;()?!]/g), kind).toBeNull();
      expect(plain.match(/\d{4}-\d{2}-\d{2}/), kind).toBeNull();
      const words = (plain.match(/[A-Za-z]{3,}/g) ?? []).filter((x) => !['Word'].includes(x));
      expect(words, kind).toEqual([]);
      expect(plain, kind).not.toContain('fingerprint');
      expect(plain, kind).not.toContain('docs/');
      expect(plain, kind).not.toContain('劳动保障行政部门');
      expect(plain, kind).not.toContain(typeset('条款号未核实,请对照本省规定', 'zh'));
      // One number format: the minus sign, never a hyphen before a digit.
      expect(plain.match(/(^|[^\d\w])-\d/), kind).toBeNull();
    }
  });

  it('in English keep English conventions and no Chinese words but data', async () => {
    const en = await data(s, 'en');
    for (const kind of DOCUMENT_KINDS) {
      const { body, footer } = await wordText(await buildDocx(buildDocument(kind, en, { ...form, enterprise: 'Jiangsu Example Machinery Co.', union: 'Jiangsu Example Machinery Co. union committee', enterpriseRep: 'Zhang Jianguo', unionRep: 'Li Xiuying', docNumber: '' }, 'en', DATE), 'en'));
      const names = new Set([...w.name, ...w.department, ...schemes.map((x) => x.name)]);
      let rest = body;
      for (const n of names) if (n) rest = rest.split(n).join(' ');
      expect(rest.match(/[\u3400-\u9fff]/g), kind).toBeNull();
      expect(footer, kind).toContain('Page');
      expect(body.match(/\d{4}-\d{2}-\d{2}/), kind).toBeNull();
    }
  }, 60_000);
});

describe('the articles of the contract', () => {
  const w = sample;
  const ds = client.dataset(w);
  const form = { ...defaultForm('zh', DATE), signingDate: '2027-01-10', termStart: '2027-03-01' };
  const contract = async (s: Scenario) => docText(buildDocument('contract', await client.ask({ kind: 'documentData', datasetId: ds, scenario: s, schemes: [s], typical: [], contract: DEFAULT_CONTRACT }), form, 'zh', DATE));
  it('hold what a real wage agreement holds, each with its source', async () => {
    const t = await contract(seed('union'));
    for (const title of ['合同期限', '工资分配制度与能级工资表', '工资水平及调整', '工资增长机制', '最低保障', '工资支付', '加班加点工资', '特殊情况下的工资', '女职工特殊保护', '对劳动合同的约束', '履行监督和绩效考核', '违约责任', '变更、解除和终止', '争议处理', '生效']) expect(t).toContain(title);
    expect(t).toContain('150%');
    expect(t).toContain('200%');
    expect(t).toContain('300%');
    expect(t).toContain('提前到最近的工作日支付');
    expect(t).toContain('《劳动合同法》第五十五条');
    expect(t).toContain('《劳动合同法》第五十六条');
    expect(t).toContain('《工资支付暂行规定》第七条');
    // The floors by post category, written out.
    expect(t).toContain(typeset('基础类岗位(最低技能等级学徒工)不低于最低工资的 105%', 'zh'));
    expect(t).toContain(typeset('核心类岗位(最低技能等级高级工)不低于最低工资的 200%', 'zh'));
    expect(t).toContain('人力资源社会保障行政部门');
    // Numbered in order, in Chinese numerals.
    expect(t).toMatch(/第一条 订立依据和双方[\s\S]*第二条 合同期限/);
  });
  it('leave out articles whose figures are empty: no allowances, no craftsmen', async () => {
    const t = await contract({ ...seed('management'), craftsmen: [], allowances: undefined });
    expect(t).not.toMatch(/条 津贴/);
    expect(t).not.toContain('能级津贴');
    expect(t).not.toContain('高技能人才薪酬');
    expect(t).not.toContain('附表');
    expect(t).not.toContain('全年合计 0.0 万元');
  });
  it('fill placeholders from own keys only: {{constructor}} stays as typed', async () => {
    const d = await client.ask({ kind: 'documentData', datasetId: ds, scenario: seed('union'), schemes: [seed('union')], typical: [], contract: DEFAULT_CONTRACT });
    const t = docText(buildDocument('contract', d, { ...form, articles: { parties: '{{constructor}} {{toString}} {{__proto__}} {{enterprise}}' } }, 'zh', DATE));
    expect(t).toContain('{{constructor}}');
    expect(t).not.toContain('function');
    expect(t).not.toContain('native code');
  });
});

describe('the vote, worked by hand ("以上" includes the number)', () => {
  it('120 representatives: 80 present and 60 in favour pass; 79 present fail; 59 in favour fail', () => {
    // 60 of 120 is 半数以上 (集体合同规定 第三十六条) but not 过半数 (企业民主管理规定 第二十条): 61 are asked for.
    expect(tally(120, 80, 60)).toMatchObject({ presentNeeded: 80, yesNeeded: 61, quorum: true, passes: false });
    expect(tally(120, 80, 61)).toMatchObject({ presentNeeded: 80, yesNeeded: 61, quorum: true, passes: true });
    expect(tally(120, 79, 79)).toMatchObject({ quorum: false, passes: false });
    expect(tally(120, 120, 59).passes).toBe(false);
    // 61: 41 present (40.67 up), 31 in favour (30.5 up).
    expect(tally(61, 41, 31)).toMatchObject({ presentNeeded: 41, yesNeeded: 31, passes: true });
    expect(tally(61, 41, 30).passes).toBe(false);
    expect(tally(60, 50, 51).passes).toBe(false); // more yes than present: not a valid count
  });
});

describe('the dates of a round', () => {
  it('filing within 7 days for a wage agreement and 10 for a collective contract, a regional override, renewal 3 months before expiry (or the local days)', () => {
    const base = { signingDate: '2027-01-10', termStart: '2027-03-01', termYears: 2 };
    const wage = timeline({ ...base, filingKind: 'wage-agreement' });
    expect(wage.fileBy).toBe('2027-01-17');
    expect(wage.inForceBy).toBe('2027-02-01');
    expect(wage.publishBy).toBe('2027-02-06');
    expect(wage.termEnd).toBe('2029-02-28');
    expect(wage.renegotiateFrom).toBe('2028-11-29'); // 3 months before 2029-02-28, the day after
    expect(wage.retroactive).toBe(false);
    const cc = timeline({ ...base, filingKind: 'collective-contract' });
    expect(cc.fileBy).toBe('2027-01-20');
    expect(cc.fileCite.zh).toContain('第四十二条');
    const local = timeline({ ...base, filingKind: 'collective-contract', regional: { fileWithinDays: 5, renegotiateDays: 60, note: '某市规定' } });
    expect(local.fileBy).toBe('2027-01-15');
    expect(local.renegotiateFrom).toBe(addDays('2029-02-28', -60));
    expect(local.fileCite.zh).toContain('某市规定');
    // A term starting before the contract can be in force is said to be retroactive.
    expect(timeline({ ...base, termStart: '2027-01-01', filingKind: 'collective-contract' }).retroactive).toBe(true);
    expect(addMonths('2027-03-31', -1)).toBe('2027-02-28');
  });
  it('the filing checklist prints them as dates are written in Chinese, by the kind filed', async () => {
    const ds = client.dataset(sample);
    const d = await client.ask({ kind: 'documentData', datasetId: ds, scenario: seed('union'), schemes: [seed('union')], typical: [], contract: DEFAULT_CONTRACT });
    const f = { ...defaultForm('zh', DATE), signingDate: '2027-01-10', termStart: '2027-01-01' };
    const wage = docText(buildDocument('filing', d, f, 'zh', DATE));
    expect(wage).toContain('签字后 7 日内');
    expect(wage).toContain('2027年1月17日');
    expect(wage).toContain('追溯执行');
    const cc = docText(buildDocument('filing', d, { ...f, filingKind: 'collective-contract' }, 'zh', DATE));
    expect(cc).toContain('签字后 10 日内');
    expect(cc).toContain('2027年1月20日');
  });
});

describe('typesetting', () => {
  it('writes Chinese punctuation full-width except inside numbers, and dates as 2027年3月1日', () => {
    expect(typeset('总额 3,500.00 元,增长 5%(指导线:2%);2027-03-01, 10:30', 'zh')).toBe('总额 3,500.00 元\uff0c增长 5%\uff08指导线\uff1a2%\uff09\uff1b2027年3月1日\uff0c10:30');
    expect(typeset('On 2027-03-01 (a Monday)', 'en')).toBe('On 1 March 2027 (a Monday)');
    expect(typeset('甲方\uFFFE乙方\u0001', 'zh')).toBe('甲方\uFFFD乙方\uFFFD');
  });
});

describe('the law as the papers quote it, read back from the Word files', () => {
  const w = sample;
  const ds = client.dataset(w);
  const form: DocumentsForm = { ...defaultForm('zh', DATE), enterprise: '江苏示例机械有限公司', union: '江苏示例机械有限公司工会委员会', signingDate: '2027-02-10', termStart: '2027-04-01', members: 120 };
  const read = async (kind: DocumentKind, s: Scenario) => {
    const d = await client.ask({ kind: 'documentData', datasetId: ds, scenario: s, schemes: [s], typical: [], contract: DEFAULT_CONTRACT });
    return (await wordText(await buildDocx(buildDocument(kind, d, form, 'zh', DATE), 'zh'))).body;
  };
  const z = (x: string) => typeset(x, 'zh');
  it('lowering an agreed wage: 劳动合同法 第三十五条 (written agreement); 第五十五条 only for the collective floor', async () => {
    const t = await read('contract', { ...seed('management'), noLossGuarantee: false });
    expect(t).toContain(z('依照《劳动合同法》第三十五条,降低职工劳动合同约定的工资,须与本人协商一致并采用书面形式变更劳动合同'));
    expect(t).toContain(z('依照第五十五条,劳动合同约定的劳动报酬不得低于集体合同规定的标准'));
    expect(t).not.toContain(z('依照《劳动合同法》第五十五条,劳动合同约定的劳动报酬不得低于集体合同规定的标准,集体合同不能降低'));
  });
  it('filing within 7 days under the 2000 measures 第二十二条, three copies filed and one for each side, the objection path, the latest day of entry into force', async () => {
    const t = await read('contract', seed('union'));
    expect(t).toContain(z('甲方自签字之日起7日内将本合同一式三份及说明报送'));
    expect(t).toContain(z('本合同一式五份,甲乙双方各执一份,报送审查三份'));
    expect(t).toContain(z('送达无异议的审查意见书的,本合同即行生效'));
    expect(t).toContain(z('双方就异议事项重新协商修改,按上述程序重新报送审查'));
    // Signed 2027-02-10, filed by 02-17, no objection within 15 days: 2027-03-04 at the latest.
    expect(t).toContain(z('最迟于2027年3月4日生效'));
    const filing = await read('filing', seed('union'));
    expect(filing).toContain(z('《工资集体协商试行办法》(劳动和社会保障部令第9号,2000年)第二十二条'));
    expect(filing).toContain(z('《集体合同规定》(劳动和社会保障部令第22号,2004年)第四十五条、第四十六条'));
    expect(filing).toContain('授权委托书');
    expect(filing).toContain('集体协商会议记录');
  });
  it('the vote: two thirds present, more than half of all in favour by secret ballot (61 of 120), both rules named', async () => {
    const t = await read('congress', seed('union'));
    expect(t).toContain(z('经全体职工代表过半数(即至少 61 人)同意'));
    expect(t).toContain('无记名投票');
    expect(t).toContain(z('《企业民主管理规定》(总工发〔2012〕12号)第二十条'));
    expect(t).toContain(z('《集体合同规定》(劳动和社会保障部令第22号,2004年)第三十六条'));
  });
  it('the guarantee is true of everyone it names: craftsmen on packages are left out, by name and amount', async () => {
    const s = seed('union');
    const d = await client.ask({ kind: 'documentData', datasetId: ds, scenario: s, schemes: [s], typical: [], contract: DEFAULT_CONTRACT });
    const t = (await wordText(await buildDocx(buildDocument('contract', d, form, 'zh', DATE), 'zh'))).body;
    expect(t).not.toContain('任何人不低于现工资');
    for (const p of d.packages.filter((x) => x.currentAnnual - x.cashYear1 > 1)) expect(t).toContain(`${p.id} 每年少 ${Math.round(p.currentAnnual - p.cashYear1).toLocaleString('zh-CN')} 元`);
    expect(t).toContain(z('保底不适用于按薪酬包执行的高技能人才'));
  });
  it('the form\'s fields where they belong: the offer names the place and the negotiators, the contract the place of signing and the addresses, the congress its resolution; a blank field is a line to fill in', async () => {
    const filled: DocumentsForm = { ...form, meetingPlace: '公司三楼会议室', signingPlace: '江苏省常州市', enterpriseAddress: '常州市武进区示例路1号', unionAddress: '常州市武进区示例路1号工会楼', unionNegotiators: '王强、赵敏、陈立', unionRep: '李秀英' };
    const readWith = async (kind: DocumentKind, f: DocumentsForm) => {
      const d = await client.ask({ kind: 'documentData', datasetId: ds, scenario: seed('union'), schemes: [seed('union')], typical: [], contract: DEFAULT_CONTRACT });
      return (await wordText(await buildDocx(buildDocument(kind, d, f, 'zh', DATE), 'zh'))).body;
    };
    const offer = await readWith('offer', filled);
    expect(offer).toContain(z('在公司三楼会议室举行第一次协商会议'));
    expect(offer).toContain(z('我方协商代表:首席代表 李秀英;代表 王强、赵敏、陈立。联系地址:常州市武进区示例路1号工会楼。'));
    expect(offer).toContain(z('并告知贵方的协商代表'));
    const contract = await readWith('contract', filled);
    expect(contract).toContain(z('签订地点:江苏省常州市。甲方地址:常州市武进区示例路1号;乙方地址:常州市武进区示例路1号工会楼。'));
    const congress = await readWith('congress', filled);
    expect(congress).toContain(z('职工代表大会决议'));
    // 120 representatives: at least 80 present, at least 61 in favour.
    expect(congress).toContain(z('在公司三楼会议室召开。全体职工代表 120 人,实到 ______ 人,达到全体职工代表三分之二以上(至少 80 人)'));
    expect(congress).toContain(z('同意票超过全体职工代表半数(至少 61 票)的,会议决定:通过'));
    const blank = await readWith('contract', form);
    expect(blank).toContain(z(`签订地点:${'_'.repeat(16)}。`));
  });
  it('no paper for the other side or the bureau says "unverified", names the software or uses an English word', async () => {
    for (const kind of ['offer', 'costing', 'contract', 'congress'] as const) {
      const t = await read(kind, seed('union'));
      const plain = t.replace(/[0-9a-f]{64}|[0-9a-f]{16}/g, ' ').replace(/[A-Z]{1,3}\d{2,}/g, ' ');
      expect(plain, kind).not.toContain('未核实');
      expect(plain, kind).not.toContain('软件');
      expect(plain, kind).not.toContain('模拟器');
      expect(plain.match(/[A-Za-z]{2,}/g), kind).toBeNull();
    }
  });
});

describe('the sensitivity has the same groups on the page, in the CLI and on paper', () => {
  it('the costing note\'s table lists every group of the page\'s chart (10, was 6), in the same order and with the same figures', async () => {
    const ds = client.dataset(sample);
    for (const name of ['union', 'management']) {
      const s = seed(name);
      const page = await client.ask({ kind: 'tornado', datasetId: ds, scenario: s });
      const d = await client.ask({ kind: 'documentData', datasetId: ds, scenario: s, schemes: [s], typical: [], contract: DEFAULT_CONTRACT });
      expect(page.bars.length).toBe(10);
      expect(d.tornado).toEqual(page.bars);
      const text = docText(buildDocument('costing', d, { ...defaultForm('zh', DATE) }, 'zh', DATE));
      for (const b of page.bars) expect(text).toContain(wan(b.low.wageBill, 'zh').replace(' 万元', ''));
    }
  });
});

describe('one wage bill per scheme when its innovation rewards count in it', () => {
  it('the offer, the contract, the comparison and the innovation contract give the same bill and growth as the innovation answer', async () => {
    const { innovationContract } = await import('../../models/documents');
    const { importAchievements } = await import('../../models/io/achievements');
    const ds = client.dataset(sample);
    const read = await importAchievements(new Uint8Array(readFileSync(new URL('../../seeds/jiangsu-machinery-innovations.csv', import.meta.url))), { file: 'i.csv', today: '2026-12-02' });
    if (!('achievements' in read) || !read.achievements) throw new Error('the sample achievements do not read');
    // The union's scheme with the default innovation rules (rewards counted in the wage bill).
    const v = validateScenario({ ...seed('union'), innovation: {} });
    if (!v.ok) throw new Error('the scheme does not validate');
    const s = v.scenario;
    expect(s.innovation?.inWageBill).toBe(true);
    const innovation = { achievements: read.achievements, achievementsId: 'sample' };
    const inno = (await client.ask({ kind: 'innovation', datasetId: ds, scenario: s, ...innovation })).result!;
    const d = await client.ask({ kind: 'documentData', datasetId: ds, scenario: s, schemes: [s, seed('management')], typical: [], contract: DEFAULT_CONTRACT, innovation });
    // The bill with the rewards is the pay the scheme gives plus the plan year's rewards, to the yuan.
    expect(d.rewards).toEqual({ planYear: inno.planYear, amount: inno.wageBill.rewards, bill: inno.wageBill.bill, growth: inno.wageBill.growth });
    expect(inno.wageBill.bill).toBeCloseTo(d.answer.summary.wageBill + inno.wageBill.rewards, 4);
    const form: DocumentsForm = { ...defaultForm('zh', DATE), enterprise: '江苏示例机械有限公司', union: '江苏示例机械有限公司工会委员会' };
    const z = (x: string) => typeset(x, 'zh');
    const pctText = (x: number) => `${x >= 0 ? '+' : '−'}${(Math.abs(x) * 100).toFixed(2)}%`;
    const billWords = `增至 ${wan(inno.wageBill.bill, 'zh')}(按工资计算办法计算的工资 ${wan(d.answer.summary.wageBill, 'zh')},计入 ${inno.planYear} 年职工技术创新奖励 ${wan(inno.wageBill.rewards, 'zh')}),增长 ${pctText(inno.wageBill.growth)}`;
    const offer = docText(buildDocument('offer', d, form, 'zh', DATE));
    expect(offer).toContain(z(billWords));
    const contract = docText(buildDocument('contract', d, form, 'zh', DATE));
    expect(contract).toContain(z(`调整为${wan(inno.wageBill.bill, 'zh')}(按工资计算办法计算的工资`));
    expect(contract).toContain(z(`增长${pctText(inno.wageBill.growth)}`));
    const costing = docText(buildDocument('costing', d, form, 'zh', DATE));
    expect(costing).toContain(z(`*${s.name}的工资总额计入 ${inno.planYear} 年职工技术创新奖励`));
    const innovationPaper = docText(innovationContract({ scheme: s.name, fingerprint: d.answer.fingerprint, rules: s.innovation!, result: inno, termYears: 2 }, form, 'zh', DATE));
    expect(innovationPaper).toContain(z(`工资总额比现工资总额增长 ${(inno.wageBill.growth * 100).toFixed(2)}%`));
    // Without the achievements the papers give the pay alone, as before.
    const plain = await client.ask({ kind: 'documentData', datasetId: ds, scenario: s, schemes: [s], typical: [], contract: DEFAULT_CONTRACT });
    expect(plain.rewards).toBeNull();
  });
});

describe('today\'s pay below the minimum wage, in the costing note', () => {
  it('names the workers paid below it today (count, first ids) and cites 劳动法 第四十八条; a plant with none says nothing of it', async () => {
    // Three workers of the sample paid below the scheme's minimum wage, by hand.
    const w = parseWorkforceCsv(readFileSync(new URL('../../seeds/jiangsu-machinery.csv', import.meta.url)), { file: 'seed' }).workforce;
    const s = seed('union');
    const low = [3, 10, 42];
    for (const i of low) w.monthlyPay[i] = s.minimumMonthlyWage - 100;
    const expectedCount = Array.from(w.monthlyPay).filter((p) => p < s.minimumMonthlyWage).length;
    const ds = client.dataset(w);
    const d = await client.ask({ kind: 'documentData', datasetId: ds, scenario: s, schemes: [s], typical: [], contract: DEFAULT_CONTRACT });
    expect(d.belowMinimumToday.count).toBe(expectedCount);
    const text = docText(buildDocument('costing', d, defaultForm('zh', DATE), 'zh', DATE));
    expect(text).toContain(`${expectedCount} 名职工的月工资低于最低工资标准 ${s.minimumMonthlyWage.toLocaleString('zh-CN')} 元/月`);
    for (const i of low) expect(text).toContain(w.id[i]!);
    expect(text).toContain('《劳动法》第四十八条');
    const none = await client.ask({ kind: 'documentData', datasetId: client.dataset(sample), scenario: { ...s, minimumMonthlyWage: 1 }, schemes: [s], typical: [], contract: DEFAULT_CONTRACT });
    expect(none.belowMinimumToday.count).toBe(0);
    expect(docText(buildDocument('costing', none, defaultForm('zh', DATE), 'zh', DATE))).not.toContain('低于最低工资标准 1 元');
  });
});
