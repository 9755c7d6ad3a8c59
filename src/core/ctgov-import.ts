/**
 * ClinicalTrials.gov API v2 study record (`GET /api/v2/studies/{nctId}`) → trial config draft.
 *
 * The draft validates, but it is registry wording: titles, summary and criteria are clinical
 * text. Each eligibility criterion becomes a yes/no question whose text starts with
 * REWRITE_MARKER, so `trialkit lint` fails until a person rewrites it for patients. What the
 * importer had to guess or leave out is listed in `notes`.
 *
 * Pure and DOM-free. In the browser it is loaded on demand (dynamic import) only when an element
 * has a `ctgov-src` attribute, so it costs nothing otherwise.
 */
import { REWRITE_MARKER, splitCriteria, unescapeMarkdown } from './ctgov-criteria.js';
import type { Contact, Question, TrialConfig, TrialLocation, TrialPhase, TrialStatus } from './schema.js';
import { isEmail, isPhone } from './safe-url.js';
import { isRecord, listOf as list } from './json.js';

export { REWRITE_MARKER };

export interface CtgovImportOptions {
  /**
   * Draft one yes/no question per eligibility criterion (default true). The browser import turns
   * this off: raw criteria are neither plain language nor approved by an ethics board.
   */
  questions?: boolean;
}

export type CtgovImportResult = { ok: true; config: TrialConfig; notes: string[] } | { ok: false; message: string };

type Json = Record<string, unknown>;
const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const rec = (value: unknown): Json => (isRecord(value) ? value : {});

const V2_HINT = "Download the study as JSON from the API v2 address https://clinicaltrials.gov/api/v2/studies/NCT01234567 (with the study's NCT number).";

/** The study URL on ClinicalTrials.gov. */
export const ctgovStudyUrl = (nctId: string) => `https://clinicaltrials.gov/study/${nctId}`;

/**
 * Imports a ClinicalTrials.gov API v2 study record: the parsed object, or its JSON text.
 * Search pages (`{ studies: [...] }`) and lists give their first study, with a note saying so;
 * anything else (classic XML, the retired v1 JSON) gets a message that says what to download.
 */
export function fromClinicalTrialsGov(input: unknown, options: CtgovImportOptions = {}): CtgovImportResult {
  const notes: string[] = [];
  let record = input;
  if (typeof record === 'string') {
    const text = record.trimStart();
    if (text.startsWith('<')) {
      return {
        ok: false,
        message: /<clinical_study[\s>]/.test(text)
          ? `This is the classic ClinicalTrials.gov XML format, which the importer does not read. ${V2_HINT}`
          : `This is XML or a web page, not an API v2 study record. ${V2_HINT}`,
      };
    }
    try {
      record = JSON.parse(text);
    } catch (error) {
      return { ok: false, message: `This is not valid JSON (${(error as Error).message}). ${V2_HINT}` };
    }
  }
  if (isRecord(record) && ('FullStudiesResponse' in record || 'StudyFieldsResponse' in record || 'FullStudy' in record)) {
    return { ok: false, message: `This is a record from the retired ClinicalTrials.gov API v1 ({ "FullStudiesResponse": … }). ${V2_HINT}` };
  }
  if (isRecord(record) && 'clinical_study' in record) {
    return { ok: false, message: `This is the classic XML format converted to JSON ({ "clinical_study": … }). ${V2_HINT}` };
  }
  const many = isRecord(record) && Array.isArray(record.studies) ? record.studies : Array.isArray(record) ? record : undefined;
  if (many) {
    const what = Array.isArray(record) ? 'a list' : 'a search result page ({ "studies": [...] })';
    if (!many.length) return { ok: false, message: `This is ${what} with no studies in it. ${V2_HINT}` };
    record = many[0];
    const first = str(rec(rec(rec(record).protocolSection).identificationModule).nctId) ?? 'the first study';
    if (many.length > 1) notes.push(`The input is ${what} of ${many.length} studies; imported only the first, ${first}.`);
    else notes.push(`The input is ${what}; imported its one study, ${first}.`);
  }
  if (!isRecord(record) || !isRecord(record.protocolSection)) {
    return { ok: false, message: `This is not a ClinicalTrials.gov API v2 study record: it has no "protocolSection". ${V2_HINT}` };
  }
  const nctId = str(rec(record.protocolSection.identificationModule).nctId);
  if (!nctId || !/^NCT\d{8}$/.test(nctId)) {
    return { ok: false, message: `The record has no valid "protocolSection.identificationModule.nctId" (such as "NCT01234567"). ${V2_HINT}` };
  }
  return { ok: true, config: convert(record, record.protocolSection, nctId, options, notes), notes };
}

// ---------------------------------------------------------------------------------------------

const STATUS: Record<string, TrialStatus> = {
  NOT_YET_RECRUITING: 'not_yet_recruiting',
  RECRUITING: 'recruiting',
  ENROLLING_BY_INVITATION: 'enrolling_by_invitation',
  ACTIVE_NOT_RECRUITING: 'active_not_recruiting',
  SUSPENDED: 'suspended',
  TERMINATED: 'terminated',
  COMPLETED: 'completed',
  WITHDRAWN: 'withdrawn',
};

const PHASE: Record<string, TrialPhase> = {
  EARLY_PHASE1: 'early_phase1',
  PHASE1: 'phase1',
  PHASE2: 'phase2',
  PHASE3: 'phase3',
  PHASE4: 'phase4',
  NA: 'not_applicable',
};

const UNIT_IN_YEARS: Record<string, number> = { year: 1, month: 1 / 12, week: 7 / 365.25, day: 1 / 365.25, hour: 1 / 8766, minute: 1 / 525960 };

/** "18 Years" → 18, "6 Months" → 0.5, "N/A" or missing → undefined. */
export function parseCtgovAge(value: unknown): number | undefined {
  const match = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*(year|month|week|day|hour|minute)s?\s*$/i.exec(value) : null;
  if (!match) return undefined;
  const years = Number(match[1]) * UNIT_IN_YEARS[match[2]!.toLowerCase()]!;
  return Math.round(years * 100) / 100;
}

/** Registry text as plain text: Markdown escapes removed, blank-line runs kept to one. */
const cleanText = (value: unknown): string | undefined => {
  const text = str(value);
  return text
    ? unescapeMarkdown(text)
        .replace(/\r\n?/g, '\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : undefined;
};

function listWords(names: string[]): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function contactFrom(raw: Json): Contact | undefined {
  const phoneText = str(raw.phone);
  const ext = str(raw.phoneExt);
  const phone = phoneText && ext ? `${phoneText} ext. ${ext}` : phoneText;
  const contact: Contact = {};
  const name = str(raw.name);
  if (phone && isPhone(phone)) contact.phone = phone;
  else if (phoneText && isPhone(phoneText)) contact.phone = phoneText;
  const email = str(raw.email);
  if (email && isEmail(email)) contact.email = email;
  if (!contact.phone && !contact.email) return undefined;
  return name ? { name, ...contact } : contact;
}

function firstContact(contacts: unknown[]): Contact | undefined {
  // People listed as the contact first, then anyone with a phone or e-mail (e.g. the investigator).
  const ordered = [...contacts.filter((c) => rec(c).role === 'CONTACT'), ...contacts.filter((c) => rec(c).role !== 'CONTACT')];
  for (const raw of ordered) {
    const contact = contactFrom(rec(raw));
    if (contact) return contact;
  }
  return undefined;
}

function convert(record: Json, protocol: Json, nctId: string, options: CtgovImportOptions, notes: string[]): TrialConfig {
  const identification = rec(protocol.identificationModule);
  const statusModule = rec(protocol.statusModule);
  const sponsors = rec(protocol.sponsorCollaboratorsModule);
  const description = rec(protocol.descriptionModule);
  const design = rec(protocol.designModule);
  const eligibility = rec(protocol.eligibilityModule);
  const contactsLocations = rec(protocol.contactsLocationsModule);
  const registryUrl = ctgovStudyUrl(nctId);

  const title = cleanText(identification.briefTitle) ?? cleanText(identification.officialTitle) ?? `Study ${nctId}`;
  const officialTitle = cleanText(identification.officialTitle);
  let summary = cleanText(description.briefSummary);
  if (!summary) {
    summary = title;
    notes.push('The record has no brief summary; the summary repeats the title. Write a plain summary.');
  }

  const config: TrialConfig = {
    schemaVersion: 1,
    id: nctId.toLowerCase(),
    defaultLocale: 'en',
    title,
    summary,
    ...(officialTitle && officialTitle !== title ? { officialTitle } : {}),
    registry: { nctId, ...registryIds(identification), url: registryUrl },
    status: statusOf(statusModule, notes),
    contact: { name: 'ClinicalTrials.gov', url: registryUrl },
  };

  const conditions = list(rec(protocol.conditionsModule).conditions)
    .map(cleanText)
    .filter((c): c is string => !!c);
  if (conditions.length) config.conditions = conditions;

  const phases = [
    ...new Set(
      list(design.phases)
        .map((p) => PHASE[String(p)])
        .filter((p): p is TrialPhase => !!p),
    ),
  ];
  if (phases.length === 1) config.phase = phases[0]!;
  else if (phases.length > 1) config.phase = phases;

  const lead = str(rec(sponsors.leadSponsor).name);
  if (lead) config.sponsor = { name: lead };
  const collaborators = list(sponsors.collaborators)
    .map((c) => str(rec(c).name))
    .filter((n): n is string => !!n);
  if (collaborators.length) {
    config.funding = `${lead ? `${lead} is the sponsor of this study. ` : ''}It works with ${listWords(collaborators)}.`;
  }

  const who: NonNullable<TrialConfig['who']> = {};
  let minAge = parseCtgovAge(eligibility.minimumAge);
  let maxAge = parseCtgovAge(eligibility.maximumAge);
  if (minAge !== undefined && minAge > 130) minAge = undefined;
  if (maxAge !== undefined && maxAge > 130) maxAge = undefined;
  if (minAge !== undefined && maxAge !== undefined && minAge > maxAge) {
    notes.push(`The minimum age (${String(eligibility.minimumAge)}) is above the maximum (${String(eligibility.maximumAge)}); both were left out.`);
    minAge = maxAge = undefined;
  }
  if (minAge !== undefined) who.minAge = minAge;
  if (maxAge !== undefined) who.maxAge = maxAge;
  const sex = str(eligibility.sex)?.toLowerCase();
  if (sex === 'all' || sex === 'female' || sex === 'male') who.sex = sex;
  if (typeof eligibility.healthyVolunteers === 'boolean') who.healthyVolunteers = eligibility.healthyVolunteers;
  if (Object.keys(who).length) config.who = who;

  const participation = participationOf(record, protocol);
  if (participation) config.participation = participation;

  const locations = locationsOf(list(contactsLocations.locations), notes);
  if (locations.length) config.locations = locations;

  const central = firstContact(list(contactsLocations.centralContacts));
  if (central) config.contact = central;
  else
    notes.push(
      "The record has no central contact with a phone or e-mail; the contact is the study's ClinicalTrials.gov page. Add the study team's phone or e-mail.",
    );

  if (options.questions !== false) {
    const questions = questionsOf(str(eligibility.eligibilityCriteria), notes);
    if (questions.length) config.eligibility = { questions };
  }

  const findings = findingsOf(record, statusModule, registryUrl, options, notes);
  if (findings) config.findings = findings;

  const whyStopped = cleanText(statusModule.whyStopped);
  if (whyStopped) {
    config.faq = [{ id: 'why-stopped', question: 'Why did the study stop?', answer: whyStopped }];
  }
  notes.push('ClinicalTrials.gov records do not name the ethics board (IRB/EC) that approved the study: add "oversight": { "board": … }.');
  return config;
}

function registryIds(identification: Json): Partial<NonNullable<TrialConfig['registry']>> {
  const ids: Partial<NonNullable<TrialConfig['registry']>> = {};
  for (const info of list(identification.secondaryIdInfos)) {
    const id = str(rec(info).id);
    if (!id) continue;
    const type = rec(info).type;
    if (type === 'CTIS' && /^\d{4}-\d{6}-\d{2}(-\d{2})?$/.test(id)) ids.euCtNumber ??= id;
    const isrctn = /^ISRCTN\d{8}$/i.exec(id.replace(/\s+/g, ''));
    if (isrctn) ids.isrctn ??= isrctn[0].toUpperCase();
  }
  return ids;
}

function statusOf(statusModule: Json, notes: string[]): TrialStatus {
  const overall = str(statusModule.overallStatus);
  const mapped = overall ? STATUS[overall] : undefined;
  if (mapped) return mapped;
  const lastKnown = str(statusModule.lastKnownStatus);
  if (lastKnown && STATUS[lastKnown]) {
    notes.push(`The overall status is ${overall ?? 'missing'}; used the last known status, ${lastKnown}. Check it with the study team.`);
    return STATUS[lastKnown]!;
  }
  notes.push(
    `The overall status is ${overall ? `"${overall}", which is not a recruitment status` : 'missing'}; set to "active_not_recruiting". Check it with the study team.`,
  );
  return 'active_not_recruiting';
}

function participationOf(record: Json, protocol: Json): TrialConfig['participation'] | undefined {
  const participation: NonNullable<TrialConfig['participation']> = {};
  const ipd = str(rec(protocol.ipdSharingStatementModule).ipdSharing);
  if (ipd === 'YES') {
    participation.data = 'The study team plans to share information about participants with other researchers, without names.';
  } else if (ipd === 'NO') {
    participation.data = 'The study team does not plan to share information about single participants with other researchers.';
  }
  if (record.hasResults === true) participation.results = 'The results are posted on ClinicalTrials.gov.';
  return Object.keys(participation).length ? participation : undefined;
}

/**
 * `hasResults: true`: a link to the record's results page, the date they were first posted, and
 * (for the CLI, not the browser) a draft summary of the primary outcome, marked for rewrite:
 * registry results are statistics, not plain words, and no ethics board has read them as such.
 */
function findingsOf(record: Json, statusModule: Json, registryUrl: string, options: CtgovImportOptions, notes: string[]): TrialConfig['findings'] | undefined {
  if (record.hasResults !== true) return undefined;
  const findings: NonNullable<TrialConfig['findings']> = { url: `${registryUrl}?tab=results` };
  const posted = str(rec(statusModule.resultsFirstPostDateStruct).date);
  if (posted && /^\d{4}-\d{2}-\d{2}$/.test(posted)) findings.postedOn = posted;
  const draft = options.questions === false ? undefined : primaryOutcomeDraft(rec(record.resultsSection));
  if (draft) {
    findings.summary = `${REWRITE_MARKER} ${draft}`;
    notes.push(
      `The record has results. "findings.url" links to them; "findings.summary" is the registry's primary outcome, marked ${REWRITE_MARKER}: say in plain words what the study learned (no claim that the treatment is safe or works), then remove the marker.`,
    );
  } else {
    notes.push('The record has results. "findings.url" links to them; add "findings.summary": what the study learned, in plain words.');
  }
  return findings;
}

/** "Main measure: … (4 years). Arm A: 84.2 percentage of participants. Arm B: …" from the first primary outcome. */
function primaryOutcomeDraft(results: Json): string | undefined {
  const measures = list(rec(results.outcomeMeasuresModule).outcomeMeasures).map(rec);
  const primary = measures.find((m) => m.type === 'PRIMARY') ?? measures[0];
  const title = primary && cleanText(primary.title);
  if (!primary || !title) return undefined;
  const time = cleanText(primary.timeFrame);
  const unit = cleanText(primary.unitOfMeasure);
  const groups = new Map(list(primary.groups).map((g) => [str(rec(g).id), cleanText(rec(g).title)]));
  const values = list(rec(list(rec(list(primary.classes)[0]).categories)[0]).measurements)
    .map(rec)
    .map((m) => {
      const group = groups.get(str(m.groupId));
      const value = str(m.value);
      return group && value ? `${group}: ${value}${unit ? ` ${unit}` : ''}.` : undefined;
    })
    .filter((v): v is string => !!v);
  return [`Main measure: ${title}${time ? ` (${time})` : ''}.`, ...values].join(' ');
}

function locationsOf(raw: unknown[], notes: string[]): TrialLocation[] {
  const out: TrialLocation[] = [];
  let noCountry = 0;
  for (const item of raw) {
    if (!isRecord(item)) continue;
    const country = str(item.country);
    if (!country) {
      noCountry++;
      continue;
    }
    const city = str(item.city);
    const location: TrialLocation = { name: str(item.facility) ?? (city ? `Study site in ${city}` : `Study site in ${country}`), country };
    if (city) location.city = city;
    const region = str(item.state);
    if (region) location.region = region;
    const zip = str(item.zip);
    if (zip) location.postalCode = zip;
    const status = str(item.status);
    if (status) location.recruiting = status === 'RECRUITING';
    const geo = rec(item.geoPoint);
    if (typeof geo.lat === 'number' && typeof geo.lon === 'number' && Math.abs(geo.lat) <= 90 && Math.abs(geo.lon) <= 180) {
      location.geo = { lat: geo.lat, lon: geo.lon };
    }
    const contact = firstContact(list(item.contacts));
    if (contact) location.contact = contact;
    out.push(location);
  }
  if (noCountry) notes.push(`${noCountry} site(s) without a country were left out.`);
  return out;
}

function questionsOf(criteria: string | undefined, notes: string[]): Question[] {
  if (!criteria) {
    notes.push('The record has no eligibility criteria; no questions were drafted.');
    return [];
  }
  const split = splitCriteria(criteria);
  notes.push(...split.notes);
  const draft = (kind: 'inclusion' | 'exclusion', text: string, i: number): Question => {
    const id = `${kind}-${i + 1}`;
    return { id, type: 'yesno', text: `${REWRITE_MARKER} ${text}`, eligibleIf: { q: id, equals: kind === 'inclusion' ? 'yes' : 'no' } };
  };
  const questions = [...split.inclusion.map((t, i) => draft('inclusion', t, i)), ...split.exclusion.map((t, i) => draft('exclusion', t, i))];
  if (questions.length) {
    notes.push(
      `Drafted ${split.inclusion.length} inclusion and ${split.exclusion.length} exclusion question(s) from the registry criteria. ` +
        `Each starts with ${REWRITE_MARKER}: rewrite it as a plain yes/no question (inclusion: "yes" can join; exclusion: "no" can join), merge or drop questions a patient cannot answer, then remove the marker.`,
    );
  }
  return questions;
}
