/**
 * What a synthetic EIA says: the answers an officer would write, drawn from small pools of
 * invented proposals, people and findings. The form it is written on (labels, grid, marks,
 * rendering) is drawn separately (synthShape.ts), so every answer meets every form.
 * Nothing here comes from a real document.
 */
import type { Random } from '../variants/seededRandom.js';

export type Rating = 'positive' | 'negative' | 'both' | 'neutral' | 'unknown';

export interface SynthImpact {
  characteristic: string;
  label: string;
  rating: Rating;
  narrative: string | null;
  mitigation: string | null;
}

export interface SynthPerson {
  name: string;
  role: string;
  capacity: 'author' | 'approver';
  /** ISO date, or null when the sign-off gives none. */
  date: string | null;
}

export interface SynthAction {
  action: string;
  owner: string;
  due: string;
}

export interface SynthContent {
  title: string;
  organisation: string;
  directorate: string;
  service: string;
  /** ISO date. */
  assessmentDate: string;
  purpose: string;
  consultation: string;
  people: SynthPerson[];
  impacts: SynthImpact[];
  actions: SynthAction[];
}

const PLACES = ['Ashcombe', 'Brindlewood', 'Carrowmore', 'Dunholt', 'Elverstone', 'Farleigh', 'Greyhaven', 'Holmbury', 'Kettlesby', 'Longmarsh'];
const BODIES = ['District Council', 'Borough Council', 'County Council', 'City Council', 'Fire and Rescue Service', 'Integrated Care Board'];
const PROPOSALS: ReadonlyArray<{ title: string; purpose: string; directorate: string; service: string }> = [
  { title: 'Closure of the {place} Road cash office', purpose: 'To close the cash office and move payments to the website, the phone line and PayPoint outlets. About 40 people a week pay in cash at the office.', directorate: 'Resources', service: 'Customer Services' },
  { title: 'Review of garden waste collection charges', purpose: 'To raise the annual garden waste charge from £45 to £52 and offer a half-price permit to households receiving Council Tax Reduction.', directorate: 'Place', service: 'Waste and Recycling' },
  { title: 'New library opening hours', purpose: 'To open the three branch libraries on Saturday afternoons and close them on Monday mornings, when visits are lowest.', directorate: 'Communities', service: 'Libraries and Information' },
  { title: 'Home to school transport policy 2026', purpose: 'To replace free taxi places for post-16 students with a travel bursary, and to train students who can travel on their own.', directorate: "Children's Services", service: 'School Transport' },
  { title: 'Public spaces protection order for the town centre', purpose: 'To renew the order that bans street drinking and aggressive begging in the town centre for a further three years.', directorate: 'Community Safety', service: 'Licensing and Enforcement' },
  { title: 'Recommissioning of the carers support service', purpose: 'To award one contract for advice, breaks and training for unpaid carers from April 2026, replacing three separate grants.', directorate: 'Adult Social Care', service: 'Commissioning' },
  { title: 'Parking charges at {place} country park', purpose: 'To introduce a £2 daily parking charge at the country park to pay for path repairs and toilets. Blue Badge holders would park free.', directorate: 'Place', service: 'Parks and Countryside' },
  { title: 'Flexible working procedure', purpose: 'To let staff ask for flexible working from their first day in post and to set out how managers decide requests within two months.', directorate: 'People and Organisational Development', service: 'Human Resources' },
];
const FIRST = ['Amara', 'Bethan', 'Callum', 'Deepa', 'Eilidh', 'Farid', 'Gwen', 'Hamish', 'Imogen', 'Jonah', 'Kiran', 'Lowri', 'Marek', 'Niamh', 'Olu', 'Priya'];
const LAST = ['Okafor', 'Pritchard', 'Maclean', 'Varma', 'Doherty', 'Hussain', 'Llewellyn', 'Strachan', 'Ferreira', 'Kowalski', 'Byrne', 'Adeyemi'];
const AUTHOR_ROLES = ['Service Manager', 'Policy Officer', 'Project Lead', 'Senior Commissioning Officer', 'Team Leader'];
const APPROVER_ROLES = ['Head of Service', 'Director of Place', 'Assistant Director', 'Chief Officer'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Characteristics a form may list, with the wordings forms use for them. */
export const CHARACTERISTICS: ReadonlyArray<{ id: string; act: string; wordings: string[] }> = [
  { id: 'age', act: 'Age', wordings: ['Age', 'Age (young and older people)', 'People of different ages'] },
  { id: 'disability', act: 'Disability', wordings: ['Disability', 'Disability (physical, sensory, learning, mental health)', 'Disabled people'] },
  { id: 'gender-reassignment', act: 'Gender reassignment', wordings: ['Gender reassignment', 'Gender identity / trans', 'Transgender people'] },
  { id: 'marriage-civil-partnership', act: 'Marriage and civil partnership', wordings: ['Marriage and civil partnership', 'Marriage & civil partnership', 'People who are married or in a civil partnership'] },
  { id: 'pregnancy-maternity', act: 'Pregnancy and maternity', wordings: ['Pregnancy and maternity', 'Pregnancy & maternity', 'Pregnant women and new mothers'] },
  { id: 'race', act: 'Race', wordings: ['Race', 'Race / ethnicity', 'People from different ethnic groups'] },
  { id: 'religion-belief', act: 'Religion or belief', wordings: ['Religion or belief', 'Religion / belief (including no belief)', 'People of different faiths or none'] },
  { id: 'sex', act: 'Sex', wordings: ['Sex', 'Sex (men and women)', 'Women and men'] },
  { id: 'sexual-orientation', act: 'Sexual orientation', wordings: ['Sexual orientation', 'Lesbian, gay and bisexual people'] },
];
/** Local additions some forms make to the Act's nine. */
export const EXTRAS: ReadonlyArray<{ id: string; wordings: string[] }> = [
  { id: 'carers', wordings: ['Carers', 'Unpaid carers'] },
  { id: 'socio-economic', wordings: ['Socio-economic disadvantage', 'People on low incomes'] },
  { id: 'rural', wordings: ['Rural communities', 'Rural isolation'] },
  { id: 'armed-forces', wordings: ['Armed forces community', 'Armed Forces veterans'] },
];

const FINDINGS: Record<Rating, string[]> = {
  negative: [
    'Older residents are less likely to pay online and may have to travel further to pay in person.',
    'Disabled people who rely on the service may find the alternative harder to reach.',
    'Families on low incomes will pay more each year.',
    'People who do not read English well may not understand the new arrangements.',
  ],
  positive: [
    'Longer opening at weekends suits people who work during the week.',
    'The bursary lets students choose how they travel and builds independence.',
    'Free parking for Blue Badge holders keeps the park open to disabled visitors.',
  ],
  both: ['Some people will benefit from the change while others who depend on the current service may lose out.'],
  neutral: ['No differential impact identified.', 'The proposal does not affect this group differently from others.', 'No impact expected.'],
  unknown: ['We hold no data on this group; monitoring will be added.', 'Not known at this stage.'],
};
const MITIGATIONS = [
  'Staff will help people set up payments by phone before the change.',
  'Leaflets will be translated into the three most spoken community languages.',
  'A half-price permit will be offered to households on Council Tax Reduction.',
  'Travel training will be offered to every student before the bursary starts.',
];
const CONSULTATIONS = [
  'An online survey ran for six weeks and received 412 responses; we also met the local disability forum.',
  'We spoke to users at the three branches and to the carers partnership board.',
  'Staff networks and the trade unions were consulted on a draft in March.',
];
const ACTIONS = [
  'Monitor complaints and take-up by age and disability every quarter.',
  'Publish the new arrangements in easy read and large print.',
  'Review the charge after one year and report to the portfolio holder.',
  'Add equality monitoring questions to the application form.',
];

export function personName(random: Random): string {
  return `${random.pick(FIRST)} ${random.pick(LAST)}`;
}

/** A date in 2019–2026 as ISO, and the day in it (the form writes it its own way). */
function drawDate(random: Random): string {
  const year = random.int(2019, 2026);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** How a form writes an ISO date: "12/03/2024", "12 March 2024" or "12.03.2024". */
export function writeDate(iso: string, style: number): string {
  const [y, m, d] = iso.split('-');
  if (style === 1) return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (style === 2) return `${d}.${m}.${y}`;
  return `${d}/${m}/${y}`;
}

export function drawContent(random: Random, characteristics: ReadonlyArray<{ id: string; label: string }>): SynthContent {
  const place = random.pick(PLACES);
  const proposal = random.pick(PROPOSALS);
  const authorDate = drawDate(random);
  const author: SynthPerson = { name: personName(random), role: random.pick(AUTHOR_ROLES), capacity: 'author', date: random.next() < 0.5 ? authorDate : null };
  const approver: SynthPerson = { name: personName(random), role: random.pick(APPROVER_ROLES), capacity: 'approver', date: drawDate(random) };
  const impacts = characteristics.map(({ id, label }): SynthImpact => {
    const rating = random.pick<Rating>(['negative', 'neutral', 'neutral', 'positive', 'unknown', 'both']);
    const narrative = random.next() < 0.85 ? random.pick(FINDINGS[rating]) : null;
    return { characteristic: id, label, rating, narrative, mitigation: rating === 'negative' || rating === 'both' ? random.pick(MITIGATIONS) : null };
  });
  return {
    title: proposal.title.replace('{place}', place),
    organisation: `${place} ${random.pick(BODIES)}`,
    directorate: proposal.directorate,
    service: proposal.service,
    assessmentDate: authorDate,
    purpose: proposal.purpose,
    consultation: random.pick(CONSULTATIONS),
    people: [author, approver],
    impacts,
    actions: random.shuffle(ACTIONS).slice(0, random.int(1, 3)).map((action) => ({ action, owner: personName(random), due: `${random.pick(MONTHS)} ${random.int(2025, 2027)}` })),
  };
}
