// Import and export of contacts, plain Node: the one entry the commands reach it through, on first
// use (`load.ts`); the shipped extension keeps all of it in dist/interchange.js, out of activation.
export { exportText, type ExportFormat, type ExportOptions } from './contactExport';
export { exportBytes } from './exportBytes';
export { outcomeUnder, previewImport, rowUnder } from './importPreview';
export { MAX_IMPORT_BYTES, previewInWorker } from './previewInWorker';
export { chosenRows, planImport } from './importPlan';
export { ImportJournal, MAX_AGE_DAYS } from './importJournal';
export { runImport } from './importRun';
export { reportText } from './importReport';
