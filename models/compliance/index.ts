/** 履约检查: the payroll ledger held against the signed scheme (docs/model.md §13). */
export * from './rules';
export * from './ledger';
export * from './check';
export * from './words';
