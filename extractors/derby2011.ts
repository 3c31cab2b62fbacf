/**
 * Derby City Council: Equality Impact Assessment form, version 3 (April 2010), used in
 * 2010–2011. Inline "Label: answer" lines at the top, a Name | Position team table, a
 * "Signed:" block for the approving director, Question | Response tables, a SMART objective
 * table, and the team leader's closing signature (its date is the assessment date, as the
 * form has no date field). No impact table and no action plan.
 * Samples: samples/derby-*.{txt,docx,pdf} with their expected records.
 */
import type { TemplateDefinition } from '../src/extract/template/templateDefinition.js';

export const derby2011: TemplateDefinition = {
  id: 'derby-2011',
  version: '1',
  name: 'Derby City Council Equality Impact Assessment (2010 form)',
  organisation: 'Derby City Council',
  detect: {
    keywords: [
      'Name of policy, practice, service or function',
      'Assessment team leader name',
      'Department responsible',
      'Other members of assessment team',
      'Equality Standard Project Manager',
      'Identifying potential equality issues and factors',
      'Objectives - process, impact or outcome based',
      'Response/ findings',
    ],
  },
  start: ['title'],
  labels: [
    { key: 'form-title', labels: ['Equality Impact Assessment (EIA)'], whole: true },
    { key: 'guidance', labels: ['Please use this form to record your findings, proposed actions, equality objectives and targets.'] },
    { key: 'about', labels: ['About the policy, practice, service or function you are assessing'] },
    { key: 'title', labels: ['Name of policy, practice, service or function'] },
    { key: 'team-leader', labels: ['Assessment team leader name'] },
    { key: 'department', labels: ['Department responsible'] },
    { key: 'service-area', labels: ['Service Area'], inline: true },
    { key: 'other-members', labels: ['Other members of assessment team'] },
    { key: 'name-header', labels: ['Name'], whole: true },
    { key: 'position-header', labels: ['Position'], whole: true },
    { key: 'signed', labels: ['Signed'], whole: true },
    { key: 'question-header', labels: ['Question'], whole: true },
    { key: 'response-header', labels: ['Response/ findings'], whole: true },
    { key: 'aims', labels: ['What are the main aims and objectives or purpose of the policy, practice, service or function that you are assessing?'] },
    { key: 'who-implements', labels: ['Who implements, carries out or delivers the policy, practice, service or function?'] },
    { key: 'who-affected', labels: ['Who is affected by the policy, practice, service or function, or by how it is delivered?'] },
    { key: 'outcomes', labels: ['What outcomes do we want to achieve, why and for whom?'] },
    { key: 'inspections', labels: ['What existing or previous inspections of the policy, practice, service or function are there?'] },
    { key: 'issues-heading', labels: ['Identifying potential equality issues and factors'] },
    { key: 'already-know', labels: ['What do you already know about the equality impact or need?'] },
    { key: 'take-up', labels: ['Is there any evidence of higher or lower take up under the policy or practice'] },
    { key: 'demographics', labels: ['Have there been any important demographic changes or trends locally?'] },
    { key: 'problems', labels: ['Is there an indication that any of the policies or practices involved with the service or function creates particular problems or difficulties'] },
    { key: 'data-exists', labels: ['What information or data exists?'] },
    { key: 'objectives-exist', labels: ['Does any equality or diversity objectives already exist?'] },
    { key: 'effect', labels: ['Is the service having a positive or negative effect on particular people in the community'] },
    { key: 'collecting', labels: ['Collecting the information and data about how the policy, practice, service or function, impacts on communities'] },
    { key: 'collecting-guidance', labels: ['Please record your information and data in this table and think about: what information or data you will need using both quantitative and qualitative data making sure that where possible there is information that allows all perspectives to be considered identifying any gaps in the information/ data and what it can tell you'] },
    { key: 'objectives', labels: ['Objectives - process, impact or outcome based'] },
    { key: 'objectives-guidance', labels: ['Please give your proposed objectives/ targets in this table'] },
    { key: 'objective', labels: ['Objective/Target'] },
    { key: 'specific', labels: ['Specific'], whole: true },
    { key: 'measurable', labels: ['Measurable'], whole: true },
    { key: 'achievable', labels: ['Achievable'], whole: true },
    { key: 'relevant', labels: ['Relevant'], whole: true },
    { key: 'timed', labels: ['Timed'], whole: true },
  ],
  fields: [
    { from: 'title', to: 'title', take: 'first-line' },
    { from: 'department', to: 'directorate', take: 'first-line' },
    { from: 'service-area', to: 'service', take: 'first-line' },
    { from: 'aims', to: 'purpose' },
  ],
  people: [
    { kind: 'fields', name: 'team-leader', capacity: 'author', roleFromTable: true },
    { kind: 'signature', from: 'signed', capacity: 'approver' },
    { kind: 'table', nameHeader: ['Name'], roleHeader: ['Position'], capacity: 'team' },
    { kind: 'closing-signature', capacity: 'author' },
  ],
  impacts: [],
  assessmentDateFrom: 'author',
};
