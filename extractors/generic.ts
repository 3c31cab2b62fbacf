/**
 * The generic extractor's knowledge, as data: for forms no template describes. The wordings
 * are those that recur across organisations' EIA forms (shared/other-forms and the forms of
 * the known councils), grouped by the record field or role they ask for; the logic that
 * reads them is src/extract/generic/. Adding a wording here is how the generic extractor
 * learns a new form's label, and never names a file.
 */
import type { GenericDefinition, GenericVocabulary } from '../src/extract/generic/genericVocabulary.js';

const vocabulary: GenericVocabulary = {
  fields: [
    {
      field: 'title',
      labels: [
        'Title', 'Subject', 'Policy title', 'Title of policy', 'Title of the policy', 'Title of EIA', 'EIA title', 'Title of EqIA', 'EqIA title',
        'Title of proposal', 'Proposal title', 'Title of project', 'Project title', 'Project name', 'Name of project', 'Title of report',
        'Title of what is being assessed', 'Title of Project/Service/Policy', 'Title of service being assessed', 'Title of activity',
        'Title of plan, policy or strategy being assessed', 'Title of the policy, service or function', 'Title of the change',
        'Name of policy', 'Name of policy being assessed', 'Name of the policy', 'Name of the policy, service or function',
        'Name of the policy or function being assessed', 'Name of the function, policy or service being assessed', 'Name of policy/procedure',
        'Name of proposal', 'Name of the proposal', 'Name of service', 'Name of strategy', 'Name of activity', 'Name of scheme',
        'Name of decision', 'Name of the change', 'Name of the proposed new or changed legislation, policy, strategy, project or service being assessed',
        'Policy being assessed', 'Policy/function being assessed', 'Proposal being assessed', 'Service being assessed', 'Activity being assessed',
        'What is being assessed', 'What is the name of the policy',
      ],
    },
    { field: 'title', alsoFills: 'purpose', labels: ['Name and overview of initiative', 'Name and details of', 'Title and description of', 'Name and description of'] },
    {
      field: 'directorate',
      labels: ['Directorate/Department', 'Department/Directorate', 'Lead directorate', 'Responsible directorate', 'Department responsible', 'Directorate responsible', 'Portfolio', 'Faculty', 'Faculty / Support Service', 'School or department'],
    },
    { field: 'directorate', midText: true, labels: ['Directorate', 'Department'] },
    // A field naming an area is the directorate (LABELLING.md: "a field naming a department or area → directorate").
    { field: 'directorate', fallback: true, labels: ['Service area', 'Name of service area', 'Operational area'] },
    { field: 'directorate', alsoFills: 'service', labels: ['Service Area/Team', 'Department and section', 'Department and service', 'Directorate and service', 'Directorate/Service', 'Directorate and team', 'Department/Service area', 'Team/Department', 'Department/Team'] },
    {
      field: 'service',
      labels: ['Service', 'Service/Team', 'Team', 'Section', 'Division', 'Business unit', 'Service unit', 'Service or team'],
    },
    { field: 'activityType', labels: ['Type of activity', 'Activity type', 'Proposal type', 'Type of proposal'] },
    {
      field: 'assessmentDate',
      labels: [
        'Date of assessment', 'Assessment date', 'Date assessment completed', 'Date of completion', 'Date completed', 'Completion date',
        'Date screening completed', 'Date of screening', 'Screening date', 'EIA date', 'Date of EIA', 'EqIA date', 'Date of EqIA', 'Date of IIA',
        'Date of impact assessment', 'Date impact assessment completed', 'Date EIA completed', 'Date of analysis', 'Date of this assessment',
        'Date form completed', 'Date initial screening completed',
      ],
    },
    { field: 'assessmentDate', fallback: true, labels: ['Date', 'Date assessment started', 'Date started'] },
    {
      field: 'purpose',
      labels: [
        'Purpose', 'Aims and objectives', 'Aims', 'Objectives', 'Purpose of the policy', 'Background', 'Description', 'Brief description',
        'Brief description of policy / decision to be screened', 'Brief summary', 'Summary of proposal', 'Overview', 'Description of the proposal',
        'Details of the proposal', 'Outline of the proposal', 'Describe the proposal', 'Key aims', 'Focus of EIA',
        'Full description of function, policy, procedure or service', 'Describe the main aims, objectives and purpose of the policy',
        'Briefly describe the aims, objectives and purpose of the policy', 'Provide a comprehensive description of your Project',
        'What are the main aims', 'What are the aims', 'What is the aim', 'What is the purpose', 'What is it trying to achieve',
        'What is the policy trying to achieve', 'What are you trying to achieve', 'What will change as a result of this proposal',
      ],
    },
    { field: 'scope', labels: ['Scope', 'Scope of the assessment', 'Scope of the review', 'What is the scope'] },
    {
      field: 'consultation',
      labels: [
        'Consultation', 'Consultation and engagement', 'Engagement and consultation', 'Involvement and consultation', 'Details of consultation',
        'Consultation undertaken', 'Who was consulted', 'Who has been consulted', 'Who have you consulted', 'Who have you involved, consulted and engaged with',
        'What consultation has been undertaken', 'What engagement has been undertaken', 'What consultation and engagement has been undertaken',
        'Briefly describe public involvement in this proposal', 'Public involvement',
      ],
    },
    { field: 'outcome', labels: ['Outcome of the assessment', 'Outcome of screening', 'Screening outcome', 'Screening decision', 'Overall conclusion', 'Conclusion', 'Outcome', 'Outcome of the analysis', 'Decision', 'Decision (tick one)'] },
    { field: 'organisation', labels: ['Organisation', 'Name of organisation', 'Organisation name', 'Name of public authority', 'Public authority'] },
  ],
  people: [
    { capacity: 'author', labels: ['Lead officer', 'Name of lead officer', 'Lead officer name', 'Lead person', 'Lead assessor', 'EIA lead', 'EqIA lead', 'Assessment lead'] },
    {
      capacity: 'author',
      labels: [
        'Officer completing', 'Officer completing the assessment', 'Officer completing Equality Screening', 'Name of officer completing the assessment',
        'Completed by', 'Assessment completed by', 'Form completed by', 'Person completing', 'Person completing assessment', 'Name of person completing',
        'Name and role of officer completing', 'Assessor', 'Assessors', 'Name of assessor', 'Name and role of assessor', 'Name and role of Assessor(s)', 'Details of assessor', 'Author', 'Report author',
        'Prepared by', 'Undertaken by', 'Carried out by', 'Screened by', 'Officer responsible for completing', 'Names and roles of people completing this assessment',
        'Names and roles of the people carrying out the Impact Assessment', 'Name of lead officer/ job title and others completing this assessment',
      ],
    },
    {
      capacity: 'approver',
      labels: [
        'Approved by', 'Approver', 'Signed off by', 'Sign off', 'Signed off', 'Authorised by', 'Authorising officer', 'Agreed by', 'Countersigned by',
        'Verified by', 'Head of Service or Operational Director authorising', 'Director authorising',
      ],
    },
    { capacity: 'accountable', roleFromLabel: true, labels: ['Responsible officer', 'Policy owner', 'Service Head', 'Head of Service', 'Director', 'Responsible director', 'Lead Cabinet Member', 'Cabinet Member', 'Portfolio holder', 'Lead Member', 'SMT Champion', 'Equality Champion'] },
    { capacity: 'accountable', labels: ['Officer responsible for implementing', 'Name of officer/s responsible for implementing this policy', 'Who is responsible for the implementation', 'Responsible for implementation'] },
    {
      capacity: 'team',
      labels: [
        'Members of assessment team', 'Members of the assessment team', 'Assessment team', 'Team members', 'Others involved', 'Details of others involved in the assessment',
        'Who was present', 'Who was present at the IIA', 'Names of those involved', 'Other officers involved', 'Names and roles of people involved',
      ],
    },
  ],
  otherLabels: [
    'Reference number', 'Reference', 'Ref', 'ID No', 'ID number', 'Version', 'Version number', 'Contact telephone number', 'Contact telephone numbers', 'Telephone',
    'Email', 'E-mail', 'Contact details', 'Contact officer', 'EIA contact', 'Budget reference', 'Budget option', 'Financial year', 'Quarter', 'Date of approval', 'Date of next review',
    'Review date', 'Signature', 'Signed', 'Job title', 'Position', 'Name', 'Full name', 'Print name', 'Is this a new or existing policy', 'Is this a new or revised', 'New or existing', 'Decision type',
    'Type of decision', 'Corporate Plan priority', 'Key decision', 'Forward plan reference', 'Date of decision', 'Key stakeholders', 'Stakeholders',
    'Who is expected to benefit', 'Who is intended to benefit', 'Interim report', 'Final report', 'Risk level', 'Audit risk level',
    'Mitigating actions', 'Mitigation', 'Actions to mitigate', 'Details of impact', 'Evidence',
  ],
  // Meanings by words, for wordings not listed above; the first that fits wins, so the
  // narrower come first (a date of review is not the assessment's date; "Name and title of
  // the lead officer" is a person, not the title).
  concepts: [
    { capacity: 'approver', any: ['approved', 'approver', 'approval', 'approving', 'sign off', 'signed off', 'sign-off', 'signoff', 'authorised', 'authorized', 'authorising', 'authorizing', 'countersigned', 'ratified', 'endorsed by', 'agreed by'], not: ['date', 'when', 'next'] },
    { field: 'assessmentDate', fallback: true, any: ['date'], with: ['created', 'panel', 'started', 'start', 'drafted', 'prepared', 'submitted'], not: ['review*', 'next', 'meeting', 'committee', 'cabinet', 'publish*', 'publication', 'implement*', 'decision'] },
    { any: ['date', 'dates'], with: ['review*', 'next', 'approv*', 'sign*', 'decision', 'meeting', 'committee', 'cabinet', 'board', 'publish*', 'publication', 'implement*', 'version', 'revis*', 'consult*', 'birth', 'due', 'target', 'deadline', 'launch', 'effective', 'go-live'] },
    { field: 'assessmentDate', any: ['date'], with: ['assessment', 'assessed', 'eia', 'eqia', 'ehia', 'ehria', 'iia', 'screening', 'screened', 'completed', 'completion', 'complete', 'form', 'analysis', 'impact'] },
    { field: 'consultation', any: ['consult*', 'engag*', 'involvement', 'spoken to', 'talked to', 'co-produc*', 'coproduc*'], not: ['date', 'officer', 'name', 'names', 'plan to', 'will you', 'future'] },
    { capacity: 'author', any: ['completed by', 'completing', 'prepared by', 'author', 'authors', 'assessor', 'assessors', 'lead officer', 'project lead', 'programme lead', 'policy lead', 'service lead', 'eia lead', 'eqia lead', 'ehia lead', 'assessment lead', 'lead person', 'lead reviewer', 'lead assessor', 'undertaken by', 'undertaking', 'carried out by', 'carrying out', 'conducted by', 'conducting', 'officer responsible for the assessment', 'person responsible for the assessment', 'screened by', 'screening completed by', 'screening carried out by'], not: ['date', 'approv*', 'sign*', 'when'] },
    { capacity: 'accountable', any: ['responsible owner', 'senior responsible', 'senior officer', 'owner', 'accountable', 'sponsor', 'responsible officer', 'responsible manager', 'responsible director', 'responsible for implementing', 'responsible for the policy', 'responsible for the service', 'head of service', 'who owns', 'policy owner', 'owned by'], not: ['date', 'action*', 'mitigat*', 'risk', 'when', 'email', 'telephone'] },
    { capacity: 'team', any: ['assessment team', 'team members', 'members of', 'others involved', 'other officers', 'people involved', 'persons involved', 'staff involved', 'officers involved', 'involved in the assessment', 'involved in completing', 'contributors', 'contributed'], not: ['date', 'consult*', 'engag*'] },
    { field: 'directorate', any: ['directorate', 'department', 'portfolio', 'faculty', 'service area', 'business area', 'operational area', 'area of work', 'organisational area'], not: ['date', 'officer', 'head', 'director', 'manager', 'name and', 'contact', 'impact*', 'other'] },
    { field: 'service', any: ['division', 'service unit', 'business unit', 'team name', 'name of team', 'service name', 'name of service'], not: ['date', 'officer', 'head', 'manager', 'section 75', 'impact*', 'this section', 'next section'] },
    { field: 'title', any: ['title', 'name'], with: ['policy', 'proposal', 'project', 'programme', 'program', 'service', 'function', 'strategy', 'plan', 'decision', 'activity', 'scheme', 'change', 'initiative', 'procedure', 'review', 'eia', 'eqia', 'ehia', 'ehria', 'iia', 'assessment', 'item', 'report', 'budget', 'saving', 'savings', 'document', 'legislation', 'practice', 'guidance', 'contract', 'commission*', 'piece of work', 'work', 'restructure', 'development', 'event', 'paper'], not: ['officer', 'person', 'lead', 'author', 'assessor', 'manager', 'job', 'date', 'owner', 'organisation', 'directorate', 'department', 'team', 'contact', 'signature', 'email', 'responsible', 'approv*', 'member', 'members', 'head', 'director', 'sponsor', 'completing', 'completed'] },
    { field: 'title', any: ['being assessed', 'being screened', 'being reviewed', 'being analysed', 'being considered', 'under assessment', 'under review', 'to be assessed', 'to be screened', 'subject of the assessment', 'subject of this assessment', 'proposal being'], not: ['describ*', 'description', 'summar*', 'outline', 'aim', 'aims', 'objective*', 'purpose', 'overview', 'details', 'explain*', 'why', 'who', 'how', 'date'] },
    { field: 'purpose', any: ['describe', 'description', 'summary', 'summarise', 'summarize', 'overview', 'outline', 'aim', 'aims', 'objective', 'objectives', 'purpose', 'background', 'trying to achieve', 'intended outcome*', 'outcomes sought', 'expected outcome*', 'what is it', 'what does it', 'what is the proposal', 'what is proposed', 'what is the policy', 'what is the procedure', 'what is the service', 'what is the strategy', 'what is the project', 'what is the change', 'what does the change', 'what does the policy', 'what is being proposed', 'what are you proposing', 'what will change', 'rationale', 'context'], not: ['consult*', 'engag*', 'impact*', 'affect*', 'evidence', 'data', 'information', 'monitor*', 'action*', 'mitigat*', 'benefit*', 'stakeholder*', 'legislation', 'who', 'date', 'officer', 'name', 'title', 'protected', 'characteristic*', 'group*', 'equality', 'equalities', 'diversity', 'human rights', 'risk*', 'scope', 'assessment', 'eia', 'eqia', 'ehia', 'iia', 'screening', 'analysis', 'this form', 'conclusion*', 'findings', 'next steps', 'review'] },
    { field: 'scope', any: ['scope'], not: ['date', 'impact*', 'evidence'] },
    { field: 'outcome', any: ['conclusion', 'conclusions', 'overall outcome', 'outcome of the', 'summary of findings', 'summary of the findings', 'overall findings', 'screening decision', 'screening outcome', 'final decision', 'recommended outcome'], not: ['date', 'consult*'] },
    { field: 'activityType', any: ['type of', 'kind of', 'decision about', 'proposal about', 'activity type', 'proposal type', 'category of', 'what type', 'which type', 'what kind', 'nature of the'], with: ['activity', 'proposal', 'decision', 'change', 'policy', 'project', 'service', 'initiative', 'about', 'programme', 'work'], not: ['new or existing', 'new or revised', 'impact*', 'decision maker', 'date', 'evidence', 'data'] },
    { field: 'organisation', any: ['organisation', 'organization', 'public authority', 'name of body', 'public body', 'trust name', 'name of trust', 'council name', 'name of council'], not: ['officer', 'department', 'directorate', 'date', 'contact', 'other', 'partner*', 'stakeholder*', 'external'] },
  ],
  promptWords: [
    'name', 'names', 'job', 'title', 'titles', 'role', 'roles', 'position', 'designation', 'post', 'grade', 'email', 'e-mail', 'address', 'telephone', 'tel', 'phone',
    'number', 'extension', 'ext', 'contact', 'details', 'signature', 'sign', 'print', 'dd', 'mm', 'yy', 'yyyy', 'date',
  ],
  notNameWords: [
    'name', 'names', 'job', 'title', 'role', 'position', 'email', 'e-mail', 'date', 'signature', 'signed', 'telephone', 'tel', 'contact', 'department', 'directorate',
    'service', 'team', 'manager', 'officer', 'director', 'head', 'lead', 'leader', 'chief', 'executive', 'assistant', 'deputy', 'principal', 'senior', 'coordinator',
    'co-ordinator', 'advisor', 'adviser', 'specialist', 'analyst', 'consultant', 'commissioner', 'member', 'cabinet', 'councillor', 'council', 'county', 'borough',
    'city', 'district', 'health', 'housing', 'planning', 'transport', 'education', 'community', 'communities', 'social', 'care', 'adult', 'children', 'equality',
    'equalities', 'inequality', 'inequalities', 'diversity', 'legal', 'estate', 'human', 'resource', 'finance', 'policy', 'project', 'programme', 'strategy', 'strategic',
    'development', 'commissioning', 'partnership', 'support', 'special', 'facilitator', 'representative', 'rep', 'stakeholder', 'group', 'unit', 'network',
    'performance', 'management', 'operation', 'operational', 'public', 'law', 'engineer', 'transportation', 'highway', 'governor', 'board', 'older', 'people',
    'sector', 'assessment', 'impact', 'report', 'writer', 'training', 'school', 'place', 'sufficiency', 'organisation', 'panel', 'committee', 'employment',
    'internal', 'external', 'delivery', 'monitoring', 'quality', 'safeguarding', 'business', 'customer', 'corporate', 'general', 'library', 'libraries', 'culture',
    'leisure', 'environment', 'economy', 'growth', 'regeneration', 'revenue', 'benefit', 'communication', 'insight', 'champion', 'owner', 'secretary', 'administrator',
    'interim', 'acting', 'portfolio', 'authority', 'constabulary', 'police', 'university', 'faculty', 'student', 'staff', 'safety', 'information', 'records',
  ],
  bodySuffixes: [
    'County Council', 'City Council', 'Borough Council', 'District Council', 'Metropolitan Borough Council', 'Metropolitan District Council', 'Town Council',
    'Parish Council', 'Council', 'Constabulary', 'Police Service', 'Police Force', 'Fire and Rescue Service', 'Fire & Rescue Service', 'Fire and Rescue Authority',
    'National Park Authority', 'Combined Authority', 'Police and Crime Commissioner', 'NHS Trust', 'NHS Foundation Trust', 'Health Board', 'Clinical Commissioning Group',
    'Integrated Care Board', 'University', 'Housing Association', 'Homes Group', 'Housing Group', 'Housing Trust', 'Housing Executive',
    'Health and Social Care Trust', 'Ambulance Service', 'Fire Authority', 'Combined Fire Authority',
  ],
  bodyPrefixes: ['London Borough of', 'Royal Borough of', 'Metropolitan Borough of', 'County Borough of', 'City of', 'University of'],
  notBodyNames: [
    'the', 'this', 'that', 'these', 'our', 'your', 'their', 'a', 'an', 'each', 'every', 'any', 'all', 'local', 'lead', 'full', 'cabinet', 'executive', 'member', 'members',
    'county', 'city', 'borough', 'district', 'town', 'parish', 'metropolitan', 'council', 'councils', 'police', 'national', 'community', 'youth', 'arts', 'sports',
    'equality', 'equalities', 'regional', 'unitary', 'combined', 'joint', 'relevant', 'partner', 'neighbouring', 'other', 'host', 'responsible', 'participating',
    'constituent', 'such', 'new', 'former', 'shadow', 'proposed', 'same', 'open', 'school', 'schools', 'student', 'students', 'staff', 'and', 'of', 'in', 'on', 'at',
  ],
  guidanceStarts: [
    'Please', 'If so', 'If yes', 'If no', 'If not', 'Examples include', 'For example', 'e.g.', 'eg', 'i.e.', 'Note', 'NB', 'Identify', 'Explain', 'Describe', 'Give details',
    'List', 'Include', 'Provide', 'Give', 'State', 'Tick', 'Consider', 'Summarise', 'Outline', 'Insert', 'Enter', 'See guidance', 'Refer to', 'Delete as appropriate', 'Select',
    'Mark one', 'Mark each', 'Mark all', 'Mark the', 'Mark a', 'Mark an',
  ],
  formNames: [
    'Equality Impact Assessment', 'Equalities Impact Assessment', 'Equality Impact Analysis', 'Equality Analysis', 'Equality and Human Rights Impact Assessment',
    'Equality & Human Rights Impact Assessment', 'Integrated Impact Assessment', 'Equality Screening', 'Section 75 Screening', 'Equality and Diversity Impact Assessment',
    'Equality Impact and Outcome Assessment', 'Health and Equality Impact Assessment', 'Equality and Health Impact Assessment',
    'Equality and Health Inequalities Impact Assessment', 'Community Impact Assessment', 'Equality Analysis Tool', 'Equality Impact Screening',
    'Equality Screening Form', 'Fairness Assessment', 'Fairness Impact Assessment', 'Equality and Fairness Impact Assessment', 'Consequence Assessment',
    'Equality and Consequence Assessment', 'Equality and Diversity Assessment', 'Impact Assessment', 'EqIA', 'EIA', 'EQIA', 'EHRIA', 'EHIA', 'IIA',
  ],
  allGroupsQuestions: [
    'Will the policy have an impact', 'Will the proposal have an impact', 'Does the policy have an impact', 'Could the policy have a negative impact', 'Could the policy have a positive impact',
    'Could the proposal have a negative impact', 'Could the proposal have a positive impact',
    'Is there potential for adverse impact on any group', 'Details of positive impacts', 'Details of negative impacts', 'Are there any positive impacts', 'Are there any negative impacts',
  ],
  rating: {
    ticked: ['X', 'x', '✓', '✔', '☒', '☑', '■', 'P', 'ü'],
    unticked: ['☐', '□'],
    columns: {
      // Health-inequalities grids answer "Impact on access / outcomes" with Improves / Worsens / No change.
      positive: ['Positive', 'Positive impact', 'Positive effect', 'Beneficial', 'Improves', 'Improve'],
      negative: ['Negative', 'Negative impact', 'Adverse', 'Adverse impact', 'Negative effect', 'Worsens', 'Worsen'],
      neutral: ['None', 'No impact', 'Neutral', 'Neutral impact', 'No effect', 'Nil', 'No change'],
      unknown: ["Don't know", 'Do not know', 'Not known', 'Unknown', 'Not sure', 'Unsure'],
      yes: ['Yes'],
      no: ['No'],
    },
    // Section 75 screenings rate the level of impact "minor / major / none".
    adverseLevels: ['Low', 'Medium', 'Med', 'Moderate', 'High', 'Minor', 'Major'],
    adverseQuestions: [
      'Potential for adverse impact', 'Is there potential for adverse impact', 'Potential adverse impact', 'Adverse impact', 'Is there a negative impact',
      'Could there be a negative impact', 'Negative impact identified', 'Potential for differential impact', 'Is there potential for a differential impact', 'Differential impact',
    ],
    notApplicable: ['N/A', 'NA', 'Not applicable'],
  },
  actionColumns: {
    issue: ['Issue', 'Issues', 'Issue identified', 'Identified issue', 'Issue or barrier', 'Barrier', 'Barriers identified', 'Impact identified', 'Negative impact', 'Adverse impact', 'Risk', 'Problem', 'Area of concern', 'Protected characteristic', 'Characteristic', 'Group affected'],
    action: ['Action', 'Actions', 'Action to be taken', 'Actions to be taken', 'Action required', 'Actions required', 'Proposed action', 'Proposed actions', 'Planned action', 'Mitigating action', 'Mitigating actions', 'Mitigation', 'Mitigation action', 'What could be done', 'What will be done', 'What action will be taken', 'Action planned', 'Recommended action'],
    milestone: ['Milestone', 'Milestones', 'Key milestones', 'Progress', 'Success measure', 'Measure of success', 'Performance measure'],
    owner: ['Lead', 'Lead officer', 'Owner', 'Action owner', 'Responsible', 'Responsible officer', 'Person responsible', 'Responsibility', 'Who', 'By whom', 'Who will do it', 'Officer responsible', 'Lead person'],
    due: ['Target date', 'Timescale', 'Timescales', 'Date', 'By when', 'When', 'Deadline', 'Due', 'Due date', 'Completion date', 'Target', 'Date for completion', 'Timeframe', 'Review date'],
  },
};

export const generic: GenericDefinition = {
  id: 'generic',
  version: '24',
  vocabulary,
};
