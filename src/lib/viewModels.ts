/** View models for the charts: the pure aggregates live in models/charts.ts so the worker can build them. */
export * from '../../models/charts';
