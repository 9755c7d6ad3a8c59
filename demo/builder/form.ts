/**
 * The guided form: the fields most trials need, each with a plain explanation and its own check
 * results beside it, so a site owner never has to read JSON. It edits the config object in place
 * (the JSON view is the same object, written out); every path it writes is one the zod schema
 * knows (test/pages/builder.test.ts fills every field and validates the result).
 */
import { PHASES, STATUSES } from '../../src/core/constants.js';
import type { LintFinding } from '../../src/tooling/lint.js';
import { plainProblem } from './readiness.js';
import { conditionFromRule, describeCondition, ruleFromCondition, type QuestionShape, type RuleOut } from './rules.js';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** At most this many places get their own fields; a 1,000-place study is edited in the JSON view. */
const PLACES_SHOWN = 20;

export const STATUS_WORDS: Record<(typeof STATUSES)[number], string> = {
  recruiting: 'Taking volunteers now',
  not_yet_recruiting: 'Not taking volunteers yet (opening soon)',
  enrolling_by_invitation: 'Only people the study team invites',
  active_not_recruiting: 'Running, but not taking new volunteers',
  suspended: 'Paused for now',
  terminated: 'Stopped early',
  completed: 'Finished',
  withdrawn: 'Called off before it started',
};

const PHASE_WORDS: Record<(typeof PHASES)[number], string> = {
  early_phase1: 'Early phase 1: the very first tests in a few people',
  phase1: 'Phase 1: is it safe, and what dose to use',
  phase2: 'Phase 2: does it help, and what side effects it has',
  phase3: 'Phase 3: is it better than the usual treatment',
  phase4: 'Phase 4: more about a treatment that is already approved',
  not_applicable: 'No phase: this is not a drug study',
};

const TYPE_WORDS: Record<string, string> = {
  yesno: 'Yes or no',
  choice: 'Pick one answer from a list',
  multi: 'Pick one or more answers from a list',
  number: 'A number (such as an age)',
};

interface TextSpec {
  path: string[];
  label: string;
  hint: string;
  multiline?: boolean;
  type?: 'text' | 'email' | 'tel' | 'url' | 'number';
  autocomplete?: string;
}

const ABOUT: TextSpec[] = [
  { path: ['title'], label: 'Title', hint: 'A plain title, not the official one: what the study tests, in everyday words.' },
  { path: ['summary'], label: 'Summary', hint: 'Two or three short sentences: what the study wants to learn, and who it is for.', multiline: true },
  { path: ['id'], label: 'Short name for links', hint: 'Letters, digits, “-” and “_” only, such as “sleep-study-2026”. Readers do not see it.' },
];
const PARTICIPATION: TextSpec[] = [
  { path: ['participation', 'duration'], label: 'How long it lasts', hint: 'Such as “About 6 months”.' },
  { path: ['participation', 'visits'], label: 'Visits', hint: 'How often people come in, and how long a visit takes.' },
  {
    path: ['participation', 'placebo'],
    label: 'Chance of a placebo',
    hint: 'Whether some people get a look-alike with no medicine, and the chance of it. Say so if there is none.',
  },
  { path: ['participation', 'compensation'], label: 'Payment', hint: 'What people get for their time or travel, or “You will not be paid for taking part.”' },
  { path: ['participation', 'costs'], label: 'Costs', hint: 'What the study pays for, and what insurance may be billed.' },
  { path: ['participation', 'risks'], label: 'Main risks', hint: 'The main risks and side effects, in plain words.' },
];
const OPENNESS: TextSpec[] = [
  { path: ['sponsor', 'name'], label: 'Who runs the study', hint: 'The company, university or hospital in charge.' },
  { path: ['funding'], label: 'Who pays for it', hint: 'Such as “The National Cancer Institute pays for this study.”' },
  { path: ['oversight', 'board'], label: 'Ethics board that approved it', hint: 'The IRB or ethics committee, by name.' },
  { path: ['oversight', 'approvalId'], label: 'Approval number', hint: 'So people can check the approval.' },
  { path: ['participation', 'data'], label: 'What happens to people’s information', hint: 'Who sees it, how it is kept safe, and whether it is shared.' },
  { path: ['participation', 'results'], label: 'Will people hear the results?', hint: 'Such as “The results will be posted on ClinicalTrials.gov.”' },
];
const CONTACT: TextSpec[] = [
  { path: ['contact', 'name'], label: 'Name', hint: 'A person or a team, such as “The study nurse”.' },
  { path: ['contact', 'phone'], label: 'Phone', hint: 'With the country code, such as +1 555 010 0199.', type: 'tel' },
  { path: ['contact', 'email'], label: 'Email', hint: 'Such as study@example.org.', type: 'email' },
  { path: ['contact', 'url'], label: 'Web page', hint: 'An address that starts with https://.', type: 'url' },
];
const WHO: TextSpec[] = [
  { path: ['who', 'minAge'], label: 'Youngest age (years)', hint: 'Leave empty if there is no lower limit. Use 0.5 for 6 months.', type: 'number' },
  { path: ['who', 'maxAge'], label: 'Oldest age (years)', hint: 'Leave empty if there is no upper limit.', type: 'number' },
];

const textOf = (value: unknown, lang: string): string => {
  if (typeof value === 'string') return value;
  if (isRecord(value)) {
    const own = value[lang];
    if (typeof own === 'string') return own;
    const first = Object.values(value).find((v) => typeof v === 'string');
    return typeof first === 'string' ? first : '';
  }
  return typeof value === 'number' ? String(value) : '';
};

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & { className?: string } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);

/** Whether a finding at `path` belongs to the field registered at `prefix`. */
const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

export class GuidedForm {
  config: Json = {};
  private fields = new Map<string, { list: HTMLElement; control: HTMLElement; name: string }>();
  private idFromTitle = false;
  /** While a place or a question is built: its name, so a must-fix link says "Question 2, Question". */
  private naming = '';

  constructor(
    private root: HTMLElement,
    private onChange: () => void,
  ) {}

  private get lang(): string {
    return typeof this.config.defaultLocale === 'string' ? this.config.defaultLocale : 'en';
  }

  load(config: Json) {
    this.config = config;
    // A new trial gets its short name from its title, until the person writes one.
    this.idFromTitle = config.id === undefined;
    this.render();
  }

  /** The field (its control's id and its name as the person sees it) that shows findings at `path`, if the form has one. */
  fieldFor(path: string): { id: string; name: string } | undefined {
    let best: string | undefined;
    for (const prefix of this.fields.keys()) if (under(path, prefix) && (!best || prefix.length > best.length)) best = prefix;
    if (!best) return undefined;
    const { control, name } = this.fields.get(best)!;
    return { id: control.id, name };
  }

  /** Puts each finding beside its field; returns the findings no field shows. */
  showFindings(findings: readonly LintFinding[]): LintFinding[] {
    for (const { list, control } of this.fields.values()) {
      list.replaceChildren();
      list.hidden = true;
      control.removeAttribute('aria-invalid');
    }
    const rest: LintFinding[] = [];
    for (const finding of findings) {
      let best: string | undefined;
      for (const prefix of this.fields.keys()) if (under(finding.path, prefix) && (!best || prefix.length > best.length)) best = prefix;
      if (!best) {
        rest.push(finding);
        continue;
      }
      const { list, control } = this.fields.get(best)!;
      const words = finding.severity === 'error' ? 'Must fix' : finding.severity === 'warning' ? 'Should fix' : 'Note';
      list.append(
        el(
          'li',
          { className: `finding-${finding.severity}` },
          el('strong', {}, `${words}: `),
          finding.code === 'schema' ? plainProblem(finding.message) : `${finding.message} ${finding.fix}`,
        ),
      );
      list.hidden = false;
      if (finding.severity === 'error') control.setAttribute('aria-invalid', 'true');
    }
    return rest;
  }

  // -------------------------------------------------------------------------------------------
  // Reading and writing the config

  private get(path: (string | number)[]): unknown {
    let node: unknown = this.config;
    for (const key of path) node = isRecord(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[key] : undefined;
    return node;
  }

  /** Sets a value; undefined removes it, and an object left empty goes too (the schema would reject `{}`). */
  private set(path: (string | number)[], value: unknown) {
    const parents: unknown[] = [this.config];
    let node: unknown = this.config;
    for (const key of path.slice(0, -1)) {
      const holder = node as Record<string | number, unknown>;
      if (!isRecord(holder[key]) && !Array.isArray(holder[key])) {
        if (value === undefined) return;
        holder[key] = {};
      }
      node = holder[key];
      parents.push(node);
    }
    const last = path[path.length - 1]!;
    if (value === undefined) delete (node as Record<string | number, unknown>)[last];
    else (node as Record<string | number, unknown>)[last] = value;
    for (let i = parents.length - 1; i > 0; i--) {
      const parent = parents[i];
      if (isRecord(parent) && Object.keys(parent).length === 0 && path[i - 1] !== 'contact')
        delete (parents[i - 1] as Record<string | number, unknown>)[path[i - 1]!];
    }
  }

  /** Writes a text in the config's own language, keeping its other translations. */
  private setText(path: (string | number)[], text: string) {
    const current = this.get(path);
    const trimmed = text.trim() ? text : '';
    if (isRecord(current)) {
      const next = { ...current };
      if (trimmed) next[this.lang] = trimmed;
      else delete next[this.lang];
      this.set(path, Object.keys(next).length ? next : undefined);
    } else {
      this.set(path, trimmed || undefined);
    }
  }

  private changed() {
    this.onChange();
  }

  // -------------------------------------------------------------------------------------------
  // Building the fields

  private register(prefix: string, control: HTMLElement, list: HTMLElement, name: string) {
    this.fields.set(prefix, { control, list, name });
  }

  private field(id: string, label: string, hint: string, control: HTMLElement, prefix: string): HTMLElement {
    const list = el('ul', { className: 'field-findings', id: `${id}-findings`, hidden: true });
    const hintNode = hint ? el('p', { className: 'hint', id: `${id}-hint` }, hint) : '';
    control.id = id;
    control.setAttribute('aria-describedby', `${hint ? `${id}-hint ` : ''}${id}-findings`);
    this.register(prefix, control, list, this.naming ? `${this.naming}, ${label}` : label);
    return el('div', { className: 'field' }, el('label', { htmlFor: id }, label), hintNode, control, list);
  }

  private textField(spec: TextSpec, id = `f-${spec.path.join('-')}`): HTMLElement {
    const value = this.get(spec.path);
    const control = spec.multiline ? el('textarea', { rows: 4 }) : el('input', { type: spec.type ?? 'text' });
    if (spec.type === 'number') (control as HTMLInputElement).inputMode = 'decimal';
    control.value = textOf(value, this.lang);
    control.addEventListener('input', () => {
      if (spec.type === 'number') {
        const n = control.value.trim() === '' ? undefined : Number(control.value);
        this.set(spec.path, n === undefined || Number.isNaN(n) ? undefined : n);
      } else if (spec.path.length === 1 && spec.path[0] === 'id') {
        this.idFromTitle = false;
        this.set(spec.path, control.value.trim() || undefined);
      } else this.setText(spec.path, control.value);
      if (spec.path[0] === 'title' && this.idFromTitle) {
        const id = slug(control.value);
        this.set(['id'], id || undefined);
        const idInput = this.root.querySelector<HTMLInputElement>('#f-id');
        if (idInput) idInput.value = id;
      }
      this.changed();
    });
    return this.field(id, spec.label, spec.hint, control, spec.path.join('.'));
  }

  private checkbox(id: string, label: string, checked: boolean, onToggle: (checked: boolean) => void): HTMLElement {
    const box = el('input', { type: 'checkbox', id, checked });
    box.addEventListener('change', () => {
      onToggle(box.checked);
      this.changed();
    });
    return el('label', { className: 'check' }, box, ` ${label}`);
  }

  /** A part of the form; findings about the part as a whole (`prefixes`) show under its heading. */
  private section(id: string, title: string, intro: string, prefixes: string[], ...children: HTMLElement[]): HTMLElement {
    const list = el('ul', { className: 'field-findings', id: `${id}-findings`, hidden: true });
    const part = el('section', { className: 'form-part', id }, el('h3', {}, title), intro ? el('p', { className: 'hint' }, intro) : '', list, ...children);
    const control = part.querySelector<HTMLElement>('input, select, textarea, button') ?? part;
    for (const prefix of prefixes) this.register(prefix, control, list, title);
    return part;
  }

  render(focusId?: string) {
    this.fields.clear();
    const status = el('select');
    for (const value of STATUSES) status.append(el('option', { value, selected: this.config.status === value }, STATUS_WORDS[value]));
    if (!STATUSES.includes(this.config.status as never)) status.prepend(el('option', { value: '', selected: true }, 'Choose…'));
    status.addEventListener('change', () => {
      this.set(['status'], status.value || undefined);
      this.changed();
    });

    const phases = Array.isArray(this.config.phase) ? this.config.phase : typeof this.config.phase === 'string' ? [this.config.phase] : [];
    const phaseBoxes = el('fieldset', { className: 'inline', id: 'f-phase' }, el('legend', {}, 'Phase (tick all that apply)'));
    for (const value of PHASES) {
      phaseBoxes.append(
        this.checkbox(`f-phase-${value}`, PHASE_WORDS[value], phases.includes(value), () => {
          const ticked = PHASES.filter((p) => this.root.querySelector<HTMLInputElement>(`#f-phase-${p}`)!.checked);
          this.set(['phase'], ticked.length === 0 ? undefined : ticked.length === 1 ? ticked[0] : ticked);
        }),
      );
    }
    const phaseList = el('ul', { className: 'field-findings', id: 'f-phase-findings', hidden: true });
    phaseBoxes.append(phaseList);
    this.register('phase', phaseBoxes, phaseList, 'Phase');

    const conditions = el('textarea', { rows: 3 });
    conditions.value = (Array.isArray(this.config.conditions) ? this.config.conditions : []).map((c) => textOf(c, this.lang)).join('\n');
    conditions.addEventListener('input', () => {
      const list = conditions.value
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      this.set(['conditions'], list.length ? list : undefined);
      this.changed();
    });

    const who = isRecord(this.config.who) ? this.config.who : {};
    const sex = el('select');
    for (const [value, words] of [
      ['', 'Anyone'],
      ['female', 'Women only'],
      ['male', 'Men only'],
    ] as const)
      sex.append(el('option', { value, selected: (who.sex ?? '') === value || (value === '' && who.sex === 'all') }, words));
    sex.addEventListener('change', () => {
      this.set(['who', 'sex'], sex.value || undefined);
      this.changed();
    });

    const participation = isRecord(this.config.participation) ? this.config.participation : {};
    const shareText = this.textField({
      path: ['share', 'text'],
      label: 'Text people share',
      hint: 'One or two sentences that go with the link when someone shares the study. Do not lead with payment.',
      multiline: true,
    });

    this.root.replaceChildren(
      this.section(
        'part-about',
        'About the study',
        '',
        [],
        ...ABOUT.map((spec) => this.textField(spec)),
        this.field('f-status', 'Is it taking volunteers?', 'This decides what the pre-screener may tell people.', status, 'status'),
        phaseBoxes,
        this.field('f-conditions', 'Conditions it is about', 'One per line, in everyday words, such as “lung cancer”.', conditions, 'conditions'),
      ),
      this.section(
        'part-who',
        'Who can join',
        '',
        ['who'],
        ...WHO.map((spec) => this.textField(spec)),
        this.field('f-who-sex', 'Who by sex', '', sex, 'who.sex'),
        this.checkbox('f-who-healthy', 'People without the condition (healthy volunteers) can join', who.healthyVolunteers === true, (on) =>
          this.set(['who', 'healthyVolunteers'], on ? true : undefined),
        ),
      ),
      this.section(
        'part-participation',
        'What taking part means',
        '',
        ['participation'],
        ...PARTICIPATION.map((spec) => this.textField(spec)),
        this.checkbox('f-remote', 'Some or all of it can be done from home', participation.remote === true, (on) =>
          this.set(['participation', 'remote'], on ? true : undefined),
        ),
      ),
      this.section(
        'part-openness',
        'Openness',
        'People want to know who is behind a study before they join. Answer these up front.',
        ['sponsor', 'oversight'],
        ...OPENNESS.map((spec) => this.textField(spec)),
      ),
      this.section(
        'part-contact',
        'How to reach the study team',
        'Give at least one of phone, email or web page.',
        ['contact'],
        ...CONTACT.map((spec) => this.textField(spec)),
      ),
      this.placesSection(),
      this.section('part-share', 'Sharing', '', ['share'], shareText),
      this.questionsSection(),
    );
    if (focusId) this.root.querySelector<HTMLElement>(`#${CSS.escape(focusId)}`)?.focus();
  }

  // -------------------------------------------------------------------------------------------
  // Places

  private placesSection(): HTMLElement {
    const places = Array.isArray(this.config.locations) ? (this.config.locations as Json[]) : [];
    const blocks = places.slice(0, PLACES_SHOWN).map((place, i) => {
      this.naming = `Place ${i + 1}`;
      const base = ['locations', i] as (string | number)[];
      const input = (key: string, label: string, hint: string) => {
        const control = el('input', { type: 'text' });
        control.value = textOf(place[key], this.lang);
        control.addEventListener('input', () => {
          if (key === 'name') this.setText([...base, key], control.value);
          else this.set([...base, key], control.value.trim() || undefined);
          this.changed();
        });
        return this.field(`f-place${i}-${key}`, label, hint, control, `locations[${i}].${key}`);
      };
      const remove = el('button', { type: 'button', className: 'button-secondary' }, `Remove place ${i + 1}`);
      remove.addEventListener('click', () => {
        places.splice(i, 1);
        if (!places.length) delete this.config.locations;
        this.changed();
        this.render(places.length ? `f-place${Math.max(0, i - 1)}-name` : 'f-add-place');
      });
      const block = el(
        'fieldset',
        { className: 'item' },
        el('legend', {}, `Place ${i + 1}`),
        input('name', 'Name', 'The hospital or clinic.'),
        input('city', 'City', ''),
        input('country', 'Country', 'Such as “United States”.'),
        this.checkbox(`f-place${i}-recruiting`, 'Taking volunteers here', place.recruiting !== false, (on) =>
          this.set([...base, 'recruiting'], on ? undefined : false),
        ),
        el('p', {}, remove),
      );
      this.register(`locations[${i}]`, block, el('ul'), `Place ${i + 1}`);
      return block;
    });
    this.naming = '';
    const more =
      places.length > PLACES_SHOWN
        ? [
            el(
              'p',
              { className: 'hint' },
              `And ${(places.length - PLACES_SHOWN).toLocaleString('en')} more places. Change those in the JSON view (Advanced, below).`,
            ),
          ]
        : [];
    const add = el('button', { type: 'button', id: 'f-add-place', className: 'button-secondary' }, 'Add a place');
    add.addEventListener('click', () => {
      places.push({});
      this.config.locations = places;
      this.changed();
      this.render(`f-place${Math.min(places.length, PLACES_SHOWN) - 1}-name`);
    });
    const paste = el('textarea', { rows: 3 });
    const pasteButton = el('button', { type: 'button', id: 'f-paste-places-add', className: 'button-secondary' }, 'Add these places');
    pasteButton.addEventListener('click', () => {
      const lines = paste.value
        .split('\n')
        .map((line) =>
          line
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean),
        )
        .filter((parts) => parts.length);
      for (const parts of lines) {
        const country = parts.length > 1 ? parts.pop()! : undefined;
        const city = parts.length > 1 ? parts.pop()! : undefined;
        places.push({ name: parts.join(', '), ...(city ? { city } : {}), ...(country ? { country } : {}) });
      }
      if (!lines.length) return;
      this.config.locations = places;
      this.changed();
      this.render('f-paste-places-add');
    });
    return this.section(
      'part-places',
      'Places',
      places.length
        ? `${places.length.toLocaleString('en')} place${places.length === 1 ? '' : 's'}.`
        : 'Where people take part. Leave empty if it is all done from home.',
      ['locations'],
      ...blocks,
      ...more,
      el('p', {}, add),
      this.field(
        'f-paste-places',
        'Paste a list of places',
        'One place per line: name, city, country. For example: “City Hospital, Springfield, United States”.',
        paste,
        '#paste',
      ),
      el('p', {}, pasteButton),
    );
  }

  // -------------------------------------------------------------------------------------------
  // Pre-screener questions

  private questions(): Json[] {
    const eligibility = isRecord(this.config.eligibility) ? this.config.eligibility : undefined;
    return Array.isArray(eligibility?.questions) ? (eligibility.questions as Json[]) : [];
  }

  private questionsSection(): HTMLElement {
    const questions = this.questions();
    const texts: Record<string, string> = {};
    for (const q of questions) if (typeof q.id === 'string') texts[q.id] = textOf(q.text, this.lang);
    const blocks = questions.map((q, i) => {
      this.naming = `Question ${i + 1}`;
      return this.questionBlock(q, i, questions, texts);
    });
    this.naming = '';
    const add = el('button', { type: 'button', id: 'f-add-question', className: 'button-secondary' }, 'Add a question');
    add.addEventListener('click', () => {
      const ids = new Set(questions.map((q) => q.id));
      let n = questions.length + 1;
      while (ids.has(`q${n}`)) n++;
      const list = [...questions, { id: `q${n}`, type: 'yesno' }];
      const eligibility = isRecord(this.config.eligibility) ? this.config.eligibility : {};
      this.config.eligibility = { ...eligibility, questions: list };
      this.changed();
      this.render(`f-q${list.length - 1}-text`);
    });
    return this.section(
      'part-questions',
      'Pre-screener questions',
      'Short questions a person answers to see if the study may suit them. Everyone can also answer “I’m not sure”. Say which answer rules a person out.',
      ['eligibility'],
      ...blocks,
      el('p', {}, add),
    );
  }

  private questionBlock(q: Json, i: number, all: Json[], texts: Record<string, string>): HTMLElement {
    const base = ['eligibility', 'questions', i] as (string | number)[];
    const prefix = `eligibility.questions[${i}]`;
    const id = `f-q${i}`;
    const shape = (): QuestionShape => ({
      id: String(q.id),
      type: String(q.type),
      options: Array.isArray(q.options) ? (q.options as QuestionShape['options']) : [],
    });

    const text = el('input', { type: 'text' });
    text.value = textOf(q.text, this.lang);
    text.addEventListener('input', () => {
      this.setText([...base, 'text'], text.value);
      this.changed();
    });

    const type = el('select');
    for (const [value, words] of Object.entries(TYPE_WORDS)) type.append(el('option', { value, selected: q.type === value }, words));
    type.addEventListener('change', () => {
      q.type = type.value;
      delete q.eligibleIf;
      if (type.value === 'yesno' || type.value === 'number') delete q.options;
      else if (!Array.isArray(q.options)) q.options = [];
      if (type.value !== 'number') for (const key of ['min', 'max', 'unit']) delete q[key];
      this.changed();
      this.render(`${id}-type`);
    });

    const rule = el('div', { className: 'rule', id: `${id}-rule-box` });
    const ruleList = el('ul', { className: 'field-findings', id: `${id}-rule-findings`, hidden: true });
    const drawRule = () => {
      rule.replaceChildren(this.ruleEditor(q, i, shape, all, texts, drawRule), ruleList);
      this.register(
        `${prefix}.eligibleIf`,
        rule.querySelector<HTMLElement>('input, button, fieldset') ?? rule,
        ruleList,
        `Question ${i + 1}, which answers rule a person out`,
      );
    };

    const parts: HTMLElement[] = [
      this.field(`${id}-text`, 'Question', 'One plain question, such as “Do you smoke?”.', text, `${prefix}.text`),
      this.field(`${id}-type`, 'Kind of answer', '', type, `${prefix}.type`),
    ];
    if (q.type === 'choice' || q.type === 'multi') {
      const options = el('textarea', { rows: 3 });
      options.value = (Array.isArray(q.options) ? (q.options as Json[]) : []).map((o) => textOf(o.label, this.lang)).join('\n');
      options.addEventListener('input', () => {
        const before = ruleFromCondition(shape(), q.eligibleIf);
        const old = new Map((Array.isArray(q.options) ? (q.options as Json[]) : []).map((o) => [textOf(o.label, this.lang), o]));
        const used = new Set<string>();
        q.options = options.value
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .map((label, n) => {
            const kept = old.get(label);
            let value = typeof kept?.value === 'string' ? kept.value : slug(label) || `answer-${n + 1}`;
            while (used.has(value)) value = `${value}-${n + 1}`;
            used.add(value);
            return kept ? { ...kept, value } : { value, label };
          });
        if (before.kind === 'answers') this.setRule(q, shape(), before);
        drawRule();
        this.changed();
      });
      parts.push(this.field(`${id}-options`, 'Answers to choose from', 'One answer per line.', options, `${prefix}.options`));
    }
    if (q.type === 'number') {
      const unit = el('input', { type: 'text' });
      unit.value = textOf(q.unit, this.lang);
      unit.addEventListener('input', () => {
        this.setText([...base, 'unit'], unit.value);
        this.changed();
      });
      parts.push(this.field(`${id}-unit`, 'Unit', 'Such as “years”. Leave empty if there is none.', unit, `${prefix}.unit`));
    }
    drawRule();
    parts.push(rule);
    const reason = el('input', { type: 'text' });
    reason.value = textOf(q.reason, this.lang);
    reason.addEventListener('input', () => {
      this.setText([...base, 'reason'], reason.value);
      this.changed();
    });
    parts.push(
      this.field(`${id}-reason`, 'Why this answer rules a person out', 'Shown to the person, such as “This study is only for adults.”', reason, `${prefix}.reason`),
    );
    if (q.showIf !== undefined)
      parts.push(
        el(
          'p',
          { className: 'hint' },
          `Asked only when ${describeCondition(
            q.showIf,
            all.map((x) => ({ id: String(x.id), type: String(x.type), options: x.options as QuestionShape['options'] })),
            texts,
          )}. Change this in the JSON view (Advanced).`,
        ),
      );
    const remove = el('button', { type: 'button', className: 'button-secondary' }, `Remove question ${i + 1}`);
    remove.addEventListener('click', () => {
      const list = this.questions();
      list.splice(i, 1);
      if (!list.length) delete this.config.eligibility;
      this.changed();
      this.render(list.length ? `f-q${Math.max(0, i - 1)}-text` : 'f-add-question');
    });
    parts.push(el('p', {}, remove));
    const block = el('fieldset', { className: 'item', id }, el('legend', {}, `Question ${i + 1}`), ...parts);
    this.register(prefix, block, el('ul'), `Question ${i + 1}`);
    return block;
  }

  private setRule(q: Json, shape: QuestionShape, rule: RuleOut) {
    const condition = conditionFromRule(shape, rule);
    if (condition) q.eligibleIf = condition;
    else delete q.eligibleIf;
  }

  private ruleEditor(q: Json, i: number, shape: () => QuestionShape, all: Json[], texts: Record<string, string>, redraw: () => void): HTMLElement {
    const id = `f-q${i}-rule`;
    const current = ruleFromCondition(shape(), q.eligibleIf);
    const update = (rule: RuleOut) => {
      this.setRule(q, shape(), rule);
      this.changed();
    };
    if (current.kind === 'custom') {
      const simplify = el('button', { type: 'button', id, className: 'button-secondary' }, 'Replace it with a simple rule');
      simplify.addEventListener('click', () => {
        delete q.eligibleIf;
        this.changed();
        redraw();
        this.root.querySelector<HTMLElement>(`#${id} input, #${id}`)?.focus();
      });
      const shapes = all.map((x) => ({ id: String(x.id), type: String(x.type), options: x.options as QuestionShape['options'] }));
      return el(
        'div',
        {},
        el(
          'p',
          { className: 'rule-words' },
          `Rule: this answer rules a person out unless ${describeCondition(q.eligibleIf, shapes, texts)}. It is written in the JSON view (Advanced).`,
        ),
        el('p', {}, simplify),
      );
    }
    if (q.type === 'number') {
      const range: { below?: number; above?: number } = current.kind === 'range' ? current : {};
      const box = el('fieldset', { className: 'inline', id }, el('legend', {}, 'Which answers rule a person out?'));
      const bound = (key: 'below' | 'above', label: string) => {
        const input = el('input', { type: 'number', id: `${id}-${key}`, inputMode: 'decimal' });
        if (range[key] !== undefined) input.value = String(range[key]);
        input.addEventListener('input', () => {
          const read = (k: 'below' | 'above') => {
            const value = this.root.querySelector<HTMLInputElement>(`#${id}-${k}`)!.value.trim();
            return value === '' || Number.isNaN(Number(value)) ? undefined : Number(value);
          };
          const below = read('below');
          const above = read('above');
          update({ kind: 'range', ...(below !== undefined ? { below } : {}), ...(above !== undefined ? { above } : {}) });
        });
        return el('div', { className: 'field' }, el('label', { htmlFor: input.id }, label), input);
      };
      box.append(bound('below', 'Rules out answers below (leave empty for none)'), bound('above', 'Rules out answers above (leave empty for none)'));
      return box;
    }
    const values =
      q.type === 'yesno'
        ? [
            ['yes', 'Yes'],
            ['no', 'No'],
          ]
        : (Array.isArray(q.options) ? (q.options as Json[]) : []).map((o) => [String(o.value), textOf(o.label, this.lang)]);
    const ruled = current.kind === 'answers' ? current.values : [];
    const box = el('fieldset', { className: 'inline', id }, el('legend', {}, 'Which answers rule a person out? (tick none if no answer does)'));
    if (!values.length) box.append(el('p', { className: 'hint' }, 'Write the answers to choose from first.'));
    values.forEach(([value, label], n) => {
      box.append(
        this.checkbox(`${id}-${n}`, `“${label}”`, ruled.includes(value!), () => {
          const ticked = values.filter((_, k) => this.root.querySelector<HTMLInputElement>(`#${id}-${k}`)?.checked).map(([v]) => v!);
          this.setRule(q, shape(), { kind: 'answers', values: ticked });
        }),
      );
    });
    return box;
  }
}
