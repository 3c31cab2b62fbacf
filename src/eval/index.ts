/**
 * Evaluation against labelled (gold) records: a pure port of shared/tools/eia-score.mjs's
 * unit logic, for scoring runs against gold records and for fitting the confidence model.
 */
export * from './types.js';
export { tokens, tokenF1, present, SHORT_TEXT, LONG_TEXT } from './text.js';
export { scoreRecord, TEXT_FIELDS } from './scoreRecord.js';
export { impactKey } from './impacts.js';
export { ACTION_FIELDS, ROW_ALIGNMENT } from './actions.js';
export { tally, prf, macroF1, prfBy, type Tally, type Prf } from './summary.js';
export * from './calibration.js';
export { evaluate, type Evaluation, type EvaluationInput, type ExportedRecord, type ScoredRecord } from './evaluate.js';
export { ExpectedFile, parseExpectedFile } from './expectedFile.js';
export { runReport, gate, type RunReport, type GateResult, type GoldPages } from './runReport.js';
