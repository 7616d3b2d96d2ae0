/** Names shown for the values of the analysis contract (entity types, claim types, source kinds). */

/** Entity types in legend order; each has an underline style in reader.css (not colour alone). */
export const ENTITY_TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION', 'NATIONALITY', 'MISC', 'MONEY', 'PERCENT', 'DATE'];

const ENTITY_TYPE_LABELS = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  LOCATION: 'Place',
  NATIONALITY: 'Nationality',
  MISC: 'Other name',
  MONEY: 'Money',
  PERCENT: 'Percentage',
  DATE: 'Date',
  LOADED: 'Loaded wording',
};

const CLAIM_TYPE_LABELS = {
  statistic: 'Statistic',
  quote: 'Quote',
  attribution: 'Attribution',
  event: 'Event',
  comparison: 'Comparison',
  causal: 'Cause and effect',
  prediction: 'Prediction',
  policy: 'Policy',
};

const SOURCE_KIND_LABELS = {
  cited: 'Cited in article',
  primary: 'Primary source',
  wire: 'Wire service',
  factcheck: 'Fact-check',
};

function capitalised(value) {
  const text = String(value ?? '').toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function entityTypeLabel(type) {
  return ENTITY_TYPE_LABELS[type] ?? capitalised(type);
}

export function claimTypeLabel(type) {
  return CLAIM_TYPE_LABELS[type] ?? capitalised(type);
}

export function sourceKindLabel(kind) {
  return SOURCE_KIND_LABELS[kind] ?? capitalised(kind);
}

/** "1 mention" / "3 mentions". */
export function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A readable local date for an ISO-8601 timestamp, or the timestamp itself when it does not parse. */
export function formatDate(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso ?? '') : DATE_FORMAT.format(date);
}

/** Claim workflow statuses in the order a checker moves through them (the values of the API). */
export const CLAIM_STATUSES = ['unchecked', 'in_progress', 'verified', 'false', 'misleading', 'unverifiable'];

const CLAIM_STATUS_LABELS = {
  unchecked: 'Unchecked',
  in_progress: 'In progress',
  verified: 'Verified',
  false: 'False',
  misleading: 'Misleading',
  unverifiable: 'Unverifiable',
};

export function claimStatusLabel(status) {
  return CLAIM_STATUS_LABELS[status] ?? capitalised(status);
}

const ROLE_LABELS = { admin: 'Admin', editor: 'Editor', viewer: 'Viewer', share: 'Share link' };

export function roleLabel(role) {
  return ROLE_LABELS[role] ?? capitalised(role);
}

/** Roles that may change claims, submit articles and create share links. */
const WRITING_ROLES = new Set(['editor', 'admin']);

export function canWrite(role) {
  return WRITING_ROLES.has(role);
}
