/**
 * The documents of a bargaining round: the rules they apply (dated, with
 * their source), the form, the figures from the engine, the articles of the
 * draft contract, and the builders. See each file.
 */
export * from './articles';
export * from './build';
export * from './data';
export * from './form';
export * from './rules';
export * from './text';
export * from './innovation';
export * from './annex';
export * from './charts';
export * from './compliance';
