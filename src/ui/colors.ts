/** The colours of charts live beside the engine: the papers' charts (models/documents/charts.ts) use the same. */
export * from '../../models/colors';
