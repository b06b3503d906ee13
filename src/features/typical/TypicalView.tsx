/** Typical workers under every scheme: gross, contributions, tax, take-home and employer cost, a month; and the list, editable. */
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollBox } from '../../ui/ScrollBox';
import { LEVELS } from '../../../models/types';
import { num, signed } from '../../lib/format';
import { NumberField } from '../../ui/NumberField';
import { TextField } from '../../ui/TextField';
import { useTypical } from './useTypical';

const MEASURES = ['gross', 'contributions', 'tax', 'net', 'employerCost'] as const;

export const TypicalView = memo(function TypicalView() {
  const { t } = useTranslation();
  const m = useTypical();
  const [editing, setEditing] = useState(false);
  const rows = m.rows;
  const schemes = rows?.find((r) => r.schemes.length)?.schemes.map((s) => s.scheme) ?? [];
  return (
    <section className="card wide typical" aria-label={t('typical.title')} data-testid="typical">
      <h2>{t('typical.title')}</h2>
      <p className="note">{t('typical.intro')}</p>
      {m.error && <p className="errors">{m.error}</p>}
      {rows && (
        <ScrollBox label={t('typical.title')} className={m.current ? undefined : 'updating'}>
          <table className="paytable" data-testid="typical-table">
            <thead>
              <tr>
                <th className="left">{t('typical.who')}</th>
                <th className="left">{t('worker.perMonth')}</th>
                <th>{t('worker.today')}</th>
                {schemes.map((s) => (
                  <th key={s}>{s}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, k) => {
                const who = r.worker;
                return !who ? (
                  <tr key={k} data-testid="typical-row">
                    <td className="left">{r.label}</td>
                    <td className="left" colSpan={2 + schemes.length}>
                      {t('typical.nobody')}
                    </td>
                  </tr>
                ) : (
                  MEASURES.map((key, j) => (
                    <tr key={`${k}-${key}`} className={key === 'net' ? 'total' : undefined} data-testid={j === 0 ? 'typical-row' : undefined}>
                      {j === 0 && (
                        <td className="left" rowSpan={MEASURES.length}>
                          <strong>{r.label}</strong>
                          <br />
                          <small>
                            {who.id} {who.name} · {t(`levels.${who.level}`)}
                          </small>
                        </td>
                      )}
                      <td className="left">{t(`worker.slip.${key}`)}</td>
                      <td>{num(r.schemes[0]!.today[key] / 12)}</td>
                      {r.schemes.map((s) => (
                        <td key={s.fingerprint + s.scheme}>
                          {num(s.proposed[key] / 12)}
                          {key === 'net' && ` (${signed((s.proposed.net - s.today.net) / 12, num)})`}
                        </td>
                      ))}
                    </tr>
                  ))
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <div className="row">
        <button className="secondary" onClick={() => setEditing(!editing)} aria-expanded={editing} data-testid="typical-edit">
          {t(editing ? 'typical.doneEditing' : 'typical.edit')}
        </button>
        {m.edited && (
          <button className="link" onClick={m.reset}>
            {t('typical.reset')}
          </button>
        )}
      </div>
      {editing && (
        <div className="typical-editor">
          {m.list.map((x, k) => (
            <fieldset key={k} className="grid8">
              <legend>{x.label}</legend>
              <TextField label={t('typical.label')} value={x.label} onCommit={(v) => m.rename(k, v)} maxLength={60} />
              <label className="field">
                <span>{t('typical.pick')}</span>
                <select value={x.pick.kind === 'grade' ? x.pick.level : x.pick.kind === 'id' ? `id:${x.pick.id}` : 'craftsman'} onChange={(e) => m.setPick(k, e.target.value)}>
                  {LEVELS.map((l) => (
                    <option key={l} value={l}>
                      {t('typical.medianOf', { grade: t(`levels.${l}`) })}
                    </option>
                  ))}
                  <option value="craftsman">{t('typical.craftsman')}</option>
                  {x.pick.kind === 'id' && <option value={`id:${x.pick.id}`}>{x.pick.id}</option>}
                </select>
              </label>
              <NumberField label={t('typical.children')} value={x.deductions.children} step={1} min={0} max={20} integer onCommit={(v) => m.setDeduction(k, 'children', v)} />
              <NumberField label={t('typical.elderly')} value={x.deductions.elderly} step={500} min={0} max={3000} unit={t('units.yuanMonth')} onCommit={(v) => m.setDeduction(k, 'elderly', v)} />
              <NumberField label={t('typical.education')} value={x.deductions.education} step={400} min={0} max={400} unit={t('units.yuanMonth')} onCommit={(v) => m.setDeduction(k, 'education', v)} />
              <NumberField label={t('typical.housing')} value={x.deductions.housing} step={100} min={0} max={1500} unit={t('units.yuanMonth')} onCommit={(v) => m.setDeduction(k, 'housing', v)} />
              <button className="secondary" onClick={() => m.remove(k)}>
                {t('actions.remove')}
              </button>
            </fieldset>
          ))}
          <button className="secondary" onClick={m.add}>
            + {t('typical.add')}
          </button>
          <small className="note">{t('typical.deductionsNote')}</small>
        </div>
      )}
    </section>
  );
});
