/**
 * Kent County Council: "EQIA Submission" form (Sections A–C). Label | answer rows, full-
 * width answer rows under a label bar, and numbered blocks 19–28 asking, characteristic by
 * characteristic, "Are there negative impacts for X?" with details, mitigating actions and
 * the officer responsible. Named officers are accountable; the form has no assessment date.
 * Samples: samples/kent-*.{txt,docx,pdf} with their expected records.
 */
import type { TemplateDefinition } from '../src/extract/template/templateDefinition.js';

/** Block header subjects, as the form words them, and the characteristic each one is. */
const blocks: Array<[string, string[]]> = [
  ['block-age', ['Age']],
  ['block-disability', ['Disability']],
  ['block-sex', ['Sex']],
  ['block-gender-identity', ['Gender identity/transgender']],
  ['block-race', ['Race']],
  ['block-religion', ['Religion and belief']],
  ['block-sexual-orientation', ['Sexual Orientation']],
  ['block-pregnancy', ['Pregnancy and Maternity']],
  ['block-marriage', ['Marriage and Civil Partnerships']],
  ['block-carers', ["Carer's responsibilities"]],
];

const activityTypes: Array<[string, string]> = [
  ['activity-service-change', 'Service Change'],
  ['activity-service-redesign', 'Service Redesign'],
  ['activity-project', 'Project/Programme'],
  ['activity-commissioning', 'Commissioning/Procurement'],
  ['activity-strategy', 'Strategy/Policy'],
  ['activity-other', 'Details of other Service Activity'],
];

export const kentEqia: TemplateDefinition = {
  id: 'kent-eqia',
  version: '1',
  name: 'Kent County Council EQIA Submission',
  organisation: 'Kent County Council',
  detect: {
    keywords: [
      'EQIA Submission',
      'EQIA Title',
      'Accountability and Responsibility',
      'Responsible Head of Service',
      'Type of Activity',
      'Details of Positive Impacts',
      'Negative impacts and Mitigating Actions',
      "Carer's responsibilities",
      'Section C – Impact',
    ],
  },
  start: ['title'],
  labels: [
    { key: 'submission', labels: ['EQIA Submission – ID Number', 'EQIA Submission'] },
    { key: 'section-a', labels: ['Section A'], whole: true },
    { key: 'title', labels: ['EQIA Title'] },
    { key: 'responsible-officer', labels: ['Responsible Officer'], whole: true },
    { key: 'activity-type', labels: ['Type of Activity'], whole: true },
    ...activityTypes.map(([key, label]) => ({ key, labels: [label], whole: true })),
    { key: 'accountability', labels: ['Accountability and Responsibility'], whole: true },
    { key: 'directorate', labels: ['Directorate'], whole: true },
    { key: 'service', labels: ['Responsible Service'], whole: true },
    { key: 'head-of-service', labels: ['Responsible Head of Service'], whole: true },
    { key: 'director', labels: ['Responsible Director'], whole: true },
    { key: 'aims', labels: ['Aims and Objectives'], whole: true },
    { key: 'section-b', labels: ['Section B – Evidence'] },
    { key: 'has-data', labels: ['Do you have data related to the protected groups of the people impacted by this activity?'] },
    { key: 'data-timely', labels: ['It is possible to get the data in a timely and cost effective way?'] },
    { key: 'national-evidence', labels: ['Is there national evidence/data that you can use?'] },
    { key: 'consulted', labels: ['Have you consulted with stakeholders?'] },
    { key: 'who-consulted', labels: ['Who have you involved, consulted and engaged with?'] },
    { key: 'previous-eqia', labels: ['Has there been a previous Equality Analysis (EQIA) in the last 3 years?'] },
    { key: 'evidence', labels: ['Do you have evidence that can help you understand the potential impact of your activity?'] },
    { key: 'section-c', labels: ['Section C – Impact'] },
    { key: 'who-impacted', labels: ['Who may be impacted by the activity?'] },
    { key: 'impacted-users', labels: ['Service Users/clients'], whole: true },
    { key: 'impacted-staff', labels: ['Staff'], whole: true },
    { key: 'impacted-residents', labels: ['Residents/Communities/Citizens'], whole: true },
    { key: 'any-positive', labels: ['Are there any positive impacts for all or any of the protected groups as a result of the activity that you are doing?'] },
    { key: 'positive-details', labels: ['Details of Positive Impacts'] },
    { key: 'negative-section', labels: ['Negative impacts and Mitigating Actions'], whole: true },
    ...blocks.map(([key, names]) => ({ key, labels: names.map((n) => `Negative Impacts and Mitigating actions for ${n}`) })),
    { key: 'negative-answer', labels: ['Are there negative impacts for'] },
    { key: 'negative-details', labels: ['Details of negative impacts for', 'Negative impacts for'] },
    { key: 'mitigation', labels: ['Mitigating actions for'] },
    { key: 'mitigation-owner', labels: ['Responsible Officer for mitigating actions for', 'Responsible Officer for'] },
  ],
  fields: [
    { from: 'title', to: 'title' },
    { from: 'directorate', to: 'directorate' },
    { from: 'service', to: 'service' },
    { from: 'aims', to: 'purpose' },
    { from: 'who-consulted', to: 'consultation' },
  ],
  choices: [{ to: 'activityType', options: activityTypes.map(([key]) => key) }],
  people: [
    { kind: 'fields', name: 'responsible-officer', roleText: 'Responsible Officer', capacity: 'accountable' },
    { kind: 'fields', name: 'head-of-service', roleText: 'Responsible Head of Service', capacity: 'accountable' },
    { kind: 'fields', name: 'director', roleText: 'Responsible Director', capacity: 'accountable' },
  ],
  impacts: [
    { kind: 'statement', from: 'positive-details', characteristic: 'all', rating: 'positive', label: 'Details of Positive Impacts' },
    {
      kind: 'question-blocks',
      blocks: blocks.map(([key]) => ({ from: key })),
      answer: 'negative-answer',
      narrative: 'negative-details',
      mitigation: 'mitigation',
      owner: 'mitigation-owner',
    },
  ],
  boilerplate: ['Not Applicable'],
};
