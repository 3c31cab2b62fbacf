/**
 * The generic extractor: for forms no template describes. Its labels are the wordings that
 * recur across organisations' EIA forms (shared/other-forms), its impact rule reads any
 * table or list whose rows name protected characteristics.
 */
import type { TemplateDefinition } from '../src/extract/templateDefinition.js';

export const generic: TemplateDefinition = {
  id: 'generic',
  version: '1',
  name: 'Generic equality impact assessment form',
  organisation: null,
  detect: { keywords: ['equality impact assessment', 'protected characteristics'] },
  start: ['title'],
  labels: [
    { key: 'title', labels: ['Title of policy', 'Name of policy', 'Title of EIA', 'Title', 'Policy title', 'Name of the policy, service or function', 'Title of proposal', 'Name of proposal'] },
    { key: 'directorate', labels: ['Directorate', 'Department', 'Directorate/Department'] },
    { key: 'service', labels: ['Service area', 'Service', 'Team', 'Division'] },
    { key: 'author', labels: ['Lead officer', 'Completed by', 'Name of officer completing the assessment', 'Assessment completed by', 'Author', 'Officer completing'] },
    { key: 'date', labels: ['Date of assessment', 'Date completed', 'Date of completion', 'Date'] },
    { key: 'purpose', labels: ['Aims and objectives', 'Purpose', 'What are the aims', 'Background', 'Description of the proposal'] },
    { key: 'consultation', labels: ['Consultation', 'What consultation has been undertaken', 'Engagement and consultation'] },
  ],
  fields: [
    { from: 'title', to: 'title', take: 'first-line' },
    { from: 'directorate', to: 'directorate', take: 'first-line' },
    { from: 'service', to: 'service', take: 'first-line' },
    { from: 'date', to: 'assessmentDate', take: 'date' },
    { from: 'purpose', to: 'purpose' },
    { from: 'consultation', to: 'consultation' },
  ],
  people: [{ kind: 'list', from: 'author', capacity: 'author' }],
  impacts: [],
};
