/**
 * Coventry City Council: EIA template v2.1 (April 2023). A header table of author, director
 * and cabinet member; a background box; a coded impact grid for residents/service users
 * (one code and statement per proposal: P, N, PN, NI, UI); a health and digital
 * inequalities question; a coded staff grid; an action plan; a ticked completion statement;
 * a post-consultation table rating each proposal; and the approval block.
 * Samples: samples/coventry-*.{txt,docx,pdf} with their expected records.
 */
import type { TemplateDefinition } from '../src/extract/template/templateDefinition.js';

const CHARACTERISTIC_HEADER = ['Protected Characteristic'];
const CODE_HEADER = ['Impact type P, N, PN, NI, UI', 'Impact type'];
const NATURE_HEADER = ['Nature of impact and any mitigations required', 'Nature of impact'];

export const coventry: TemplateDefinition = {
  id: 'coventry',
  version: '1',
  name: 'Coventry City Council Equality Impact Assessment (template v2.1)',
  organisation: 'Coventry City Council',
  detect: {
    keywords: [
      'Title of EIA – Policy Proposal',
      'PLEASE REFER TO EIA GUIDANCE FOR ADVICE ON COMPLETING THIS FORM',
      'Context & Background',
      'Consideration of Impact',
      'Baseline data and information',
      'Impact type P, N, PN, NI, UI',
      'health and/or digital inequalities',
      'Completion Statement',
      'Name of Lead Elected Member',
    ],
  },
  start: ['title'],
  labels: [
    { key: 'title', labels: ['Title of EIA – Policy Proposal', 'Title of EIA'] },
    { key: 'author-block', labels: ['EIA Author'], whole: true },
    { key: 'name', labels: ['Name'], whole: true },
    { key: 'position', labels: ['Position'], whole: true },
    { key: 'completion-date', labels: ['Date of completion'] },
    { key: 'director-block', labels: ['Director'], whole: true },
    { key: 'cabinet-block', labels: ['Cabinet Member'], whole: true },
    { key: 'portfolio', labels: ['Portfolio'], whole: true },
    { key: 'guidance', labels: ['PLEASE REFER TO EIA GUIDANCE FOR ADVICE ON COMPLETING THIS FORM'] },
    { key: 'section-1', labels: ['SECTION 1 – Context & Background'] },
    { key: 'background', labels: ['In summary, what is the background to this proposal?'] },
    { key: 'section-2', labels: ['SECTION 2 – Consideration of Impact'] },
    { key: 'section-2-guidance', labels: ['Refer to guidance note for more detailed advice on completing this section.'] },
    { key: 'duty', labels: ['In order to ensure that we do not discriminate in the way our activities are designed, developed and delivered, we must look at our duty to: Eliminate discrimination, harassment, victimisation and any other conflict that is prohibited by the Equality Act 2010 Advance equality of opportunity between two persons who share a relevant protected characteristic and those who do not Foster good relations between persons who share a relevant protected characteristic and those who do not'] },
    { key: 'baseline', labels: ['Baseline data and information'] },
    { key: 'residents-grid', labels: ['On the basis of evidence, complete the table below to show what the potential impact is for each of the protected groups of residents/service users Positive impact (P), Negative impact (N) Both positive and negative impacts (PN) No impact (NI) Unknown impact (UI)'] },
    { key: 'health', labels: ['Will there be any potential impacts in relation to health and/or digital inequalities? Please think about issues such as socio-economic groups, areas of deprivation etc'] },
    { key: 'staff-grid', labels: ['Will there be any potential impacts on Council staff from protected groups? If yes complete the table below.'] },
    { key: 'monitor', labels: ['How could you monitor and evaluate the effect of this proposal?'] },
    { key: 'action-planning', labels: ['Action Planning'] },
    { key: 'completion', labels: ['Completion Statement'] },
    { key: 'completion-options', labels: ['The potential equality impact of this proposal is as follows:'] },
    { key: 'post-consultation', labels: ['The potential impact of the proposals below remains unchanged following the consultation.'] },
    { key: 'approval', labels: ['Approval'], whole: true },
    { key: 'director-name', labels: ['Name of Director'] },
    { key: 'approval-date', labels: ['Date'], inline: true, minScore: 1 },
    { key: 'member-name', labels: ['Name of Lead Elected Member'] },
    { key: 'date-sent', labels: ['Date sent to Councillor'] },
  ],
  fields: [
    { from: 'title', to: 'title', take: 'first-line' },
    { from: 'completion-date', to: 'assessmentDate', take: 'date' },
    { from: 'background', to: 'purpose' },
  ],
  people: [
    { kind: 'fields', name: 'name', nameOccurrence: 1, role: 'position', roleOccurrence: 1, date: 'completion-date', capacity: 'author' },
    { kind: 'fields', name: 'name', nameOccurrence: 2, role: 'position', roleOccurrence: 2, date: 'approval-date', capacity: 'approver' },
    { kind: 'fields', name: 'name', nameOccurrence: 3, role: 'portfolio', honorificInRole: true, capacity: 'accountable' },
  ],
  impacts: [
    {
      kind: 'coded-grid',
      after: 'residents-grid',
      table: CHARACTERISTIC_HEADER,
      codeHeader: CODE_HEADER,
      narrativeHeader: NATURE_HEADER,
      group: 'service-users',
      proposals: true,
    },
    { kind: 'statement', from: 'health', characteristic: 'health-inequalities', label: 'Health and/or digital inequalities' },
    {
      kind: 'coded-grid',
      after: 'staff-grid',
      table: CHARACTERISTIC_HEADER,
      codeHeader: CODE_HEADER,
      narrativeHeader: NATURE_HEADER,
      extraNarrativeHeader: ['Number of Employees impacted in percentage'],
      group: 'staff',
      proposals: false,
    },
    { kind: 'proposal-table', proposalHeader: ['Proposal'], ratingHeader: ['Initial Assessment'], narrativeHeader: ['Initial Analysis'] },
  ],
  actions: {
    columns: {
      issue: ['Issue Identified'],
      action: ['Planned Actions'],
      due: ['Timeframe'],
    },
  },
  outcome: { from: 'completion-options' },
};
