/** The app's tables: a header row, one row per item, numbers right-aligned, optional extra rows at the end. */
import { ScrollBox } from './ScrollBox';
import type { ReactNode } from 'react';

export interface Column<R> {
  key: string;
  header: ReactNode;
  cell: (row: R, index: number) => ReactNode;
  /** Numbers align right (the default); text left. */
  align?: 'left' | 'right';
  className?: (row: R) => string | undefined;
  testId?: string;
}

export function DataTable<R>({
  columns,
  rows,
  rowKey,
  testId,
  className = 'paytable',
  rowClassName,
  rowTestId,
  onRowClick,
  leadRows,
  extraRows,
  label,
}: {
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R, index: number) => string | number;
  testId?: string;
  className?: string;
  rowClassName?: (row: R, index: number) => string | undefined;
  rowTestId?: (row: R, index: number) => string | undefined;
  onRowClick?: (row: R, index: number) => void;
  /** Rows put first, as given (a baseline row). */
  leadRows?: ReactNode;
  /** Rows appended as given (totals). */
  extraRows?: ReactNode;
  /** What the table is, for keyboard and screen-reader users: it sits in a box that scrolls sideways on narrow screens, which takes focus under this name. */
  label: string;
}) {
  const table = (
    <table className={className} data-testid={testId}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} className={c.align === 'left' ? 'left' : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {leadRows}
        {rows.map((r, k) => (
          <tr key={rowKey(r, k)} className={rowClassName?.(r, k)} data-testid={rowTestId?.(r, k)} onClick={onRowClick ? () => onRowClick(r, k) : undefined}>
            {columns.map((c) => (
              <td key={c.key} className={[c.align === 'left' ? 'left' : '', c.className?.(r) ?? ''].filter(Boolean).join(' ') || undefined} data-testid={c.testId}>
                {c.cell(r, k)}
              </td>
            ))}
          </tr>
        ))}
        {extraRows}
      </tbody>
    </table>
  );
  return <ScrollBox label={label}>{table}</ScrollBox>;
}
