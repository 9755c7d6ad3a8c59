/**
 * The built-in English glossary: clinical-research words explained so a 12-year-old understands.
 * Loaded on demand (its own chunk), never part of the main bundle. A config's `glossary` adds to
 * it or replaces an entry with the same term.
 */
import type { GlossaryTerm } from '../core/glossary.js';

export const terms: GlossaryTerm[] = [
  {
    term: 'clinical trial',
    also: ['clinical study', 'clinical research'],
    definition: 'A research study that tests a medicine, treatment or test in people, to learn if it is safe and if it works.',
  },
  {
    term: 'placebo',
    definition:
      'A pill, shot or other treatment that looks like the real one but has no medicine in it. It helps researchers see if the real medicine makes a difference.',
  },
  {
    term: 'placebo-controlled',
    definition: 'Some people in the study get a placebo (a look-alike with no medicine) instead of the study medicine, so the two groups can be compared.',
  },
  {
    term: 'randomized',
    also: ['randomised', 'randomization', 'randomisation', 'randomly assigned'],
    definition:
      'A computer puts each person into a group by chance, like flipping a coin. Neither you nor your doctor picks the group. This keeps the comparison fair.',
  },
  {
    term: 'blinded',
    also: ['single-blind', 'single-blinded', 'masked', 'masking'],
    definition: 'You do not know which group you are in or which treatment you get. This keeps what people expect from changing the results.',
  },
  {
    term: 'double-blind',
    also: ['double-blinded', 'double-masked'],
    definition: 'Neither you nor the study team knows who gets which treatment until the study ends. In an emergency, the team can find out.',
  },
  {
    term: 'open-label',
    definition: 'Everyone, both you and the study team, knows which treatment you get. Nothing is hidden.',
  },
  {
    term: 'control group',
    also: ['control arm'],
    definition: 'The group that gets the usual treatment or a placebo instead of the new one. Researchers compare the other group with it.',
  },
  {
    term: 'study arm',
    also: ['treatment arm', 'treatment group'],
    definition: 'One of the groups in a study. Each group gets a different treatment or dose.',
  },
  {
    term: 'phase 1',
    also: ['phase I', 'phase one', 'early phase 1'],
    definition: 'The first tests of a new treatment in people. A small group takes part, to check how safe it is and find the right dose.',
  },
  {
    term: 'phase 2',
    also: ['phase II', 'phase two'],
    definition: 'A larger group tries the treatment, to learn if it works and to keep checking how safe it is.',
  },
  {
    term: 'phase 3',
    also: ['phase III', 'phase three'],
    definition: 'A large group of people takes part. The new treatment is compared with the usual treatment, to see which works better.',
  },
  {
    term: 'phase 4',
    also: ['phase IV', 'phase four'],
    definition: 'Studies done after a treatment is approved, to learn more about how it works and how safe it is over a long time.',
  },
  {
    term: 'investigational',
    also: ['investigational drug', 'investigational treatment', 'experimental'],
    definition: 'Still being tested. It is not yet approved for this use by the government agency that checks medicines.',
  },
  {
    term: 'informed consent',
    also: ['consent form'],
    definition:
      'Before you join, the study team explains the study, its risks and your rights. You can ask questions. Then you decide, and sign a form if you agree. You can still leave later.',
  },
  {
    term: 'adverse event',
    also: ['serious adverse event'],
    definition: 'Any health problem that happens during a study, whether or not the treatment caused it. The study team writes it down and checks it.',
  },
  {
    term: 'side effect',
    also: ['adverse effect', 'adverse reaction'],
    definition: 'An unwanted effect of a treatment, like feeling sick to your stomach, being very tired or getting a rash.',
  },
  {
    term: 'protocol',
    also: ['study protocol'],
    definition: 'The study plan. It says who can join, what tests and treatments happen, and when.',
  },
  {
    term: 'eligibility criteria',
    also: ['eligibility'],
    definition: 'The rules about who can join a study, such as age, health and past treatments.',
  },
  {
    term: 'inclusion criteria',
    definition: 'Things a person must have to join the study, such as a certain illness or age.',
  },
  {
    term: 'exclusion criteria',
    definition: 'Things that mean a person cannot join the study, often to keep them safe.',
  },
  {
    term: 'principal investigator',
    also: ['lead investigator'],
    definition: 'The doctor or scientist in charge of the study at a hospital or clinic.',
  },
  {
    term: 'investigator',
    also: ['study investigator'],
    definition: 'A doctor or scientist who runs the study and looks after the people in it.',
  },
  {
    term: 'institutional review board',
    also: ['IRB', 'review board', 'ethics board'],
    definition:
      'A group of doctors, other experts and members of the public who check that a study is fair and protects the people in it. A study cannot start without their OK.',
  },
  {
    term: 'ethics committee',
    also: ['research ethics committee', 'ethics review committee'],
    definition: 'A group of experts and members of the public who check that a study is fair and protects the people in it. Another name for an IRB.',
  },
  {
    term: 'data safety monitoring board',
    also: ['data and safety monitoring board', 'data monitoring committee', 'DSMB'],
    definition: 'A group of experts, not part of the study team, who look at the results while the study runs. They can stop it if people are at risk.',
  },
  {
    term: 'sponsor',
    definition: 'The company, university, hospital or government group that starts the study and is responsible for it. It often pays for it too.',
  },
  {
    term: 'biomarker',
    definition:
      'Something in your body that can be measured, like a substance in your blood or a change in a gene. It can show how a disease or treatment is going.',
  },
  {
    term: 'cohort',
    definition: 'A group of people in a study who have something in common, such as the same dose or the same illness.',
  },
  {
    term: 'crossover',
    also: ['cross-over'],
    definition: 'A study where people switch treatments partway through, so each person tries both.',
  },
  {
    term: 'washout period',
    also: ['washout', 'wash-out'],
    definition: 'A time when you stop taking a medicine so it leaves your body before the next part of the study.',
  },
  {
    term: 'standard of care',
    also: ['standard treatment', 'standard therapy'],
    definition: 'The treatment most doctors use today for an illness. It is what you would get if you were not in a study.',
  },
  {
    term: 'follow-up',
    also: ['follow-up visit', 'follow-up period'],
    definition: 'Check-ups after your treatment ends, so the study team can see how you are doing over time.',
  },
  {
    term: 'endpoint',
    also: ['end point', 'primary endpoint', 'secondary endpoint', 'primary outcome'],
    definition: 'What the study measures to decide if a treatment works, such as how long people live or whether a tumor shrinks.',
  },
  {
    term: 'efficacy',
    definition: 'How well a treatment works in a study.',
  },
  {
    term: 'baseline',
    definition: 'Your health and test results at the start of the study. Later results are compared with them.',
  },
  {
    term: 'screening',
    also: ['screening visit'],
    definition: 'Tests and questions at the start, to check if the study is a good fit for you.',
  },
  {
    term: 'enrollment',
    also: ['enrolment'],
    definition: 'Joining a study. It also means how many people have joined.',
  },
  {
    term: 'dose',
    also: ['dosage'],
    definition: 'How much of a medicine you take, and how often.',
  },
  {
    term: 'dose escalation',
    also: ['dose-escalation'],
    definition: 'Giving a slightly higher dose to each new small group, step by step, to find the best dose that is safe.',
  },
  {
    term: 'pharmacokinetics',
    definition: 'How your body takes in a medicine, moves it around, breaks it down and gets rid of it. Often checked with blood tests.',
  },
  {
    term: 'healthy volunteer',
    definition: 'A person without the illness being studied who takes part in a study.',
  },
  {
    term: 'chemotherapy',
    also: ['chemo'],
    definition: 'Strong medicines that kill cancer cells or stop them from growing.',
  },
  {
    term: 'immunotherapy',
    definition: "A treatment that helps your body's own defense system, the immune system, find and fight a disease such as cancer.",
  },
  {
    term: 'immune system',
    definition: "Your body's defense system. It fights germs and can also attack cancer cells.",
  },
  {
    term: 'monotherapy',
    definition: 'Treatment with just one medicine.',
  },
  {
    term: 'adjuvant',
    also: ['adjuvant therapy', 'adjuvant treatment'],
    definition: 'Treatment given after the main treatment, such as surgery, to lower the chance that the disease comes back.',
  },
  {
    term: 'metastatic',
    also: ['metastasis', 'metastases'],
    definition: 'Cancer that has spread from where it started to other parts of the body.',
  },
  {
    term: 'remission',
    definition: 'When the signs of a disease get smaller or go away for a while.',
  },
  {
    term: 'relapsed',
    also: ['relapse'],
    definition: 'When a disease comes back after it got better.',
  },
  {
    term: 'refractory',
    definition: 'A disease that did not get better with treatment.',
  },
  {
    term: 'progression',
    also: ['disease progression'],
    definition: 'When a disease grows, spreads or gets worse.',
  },
  {
    term: 'overall survival',
    definition: 'How long people in the study live, counted from when they started the study.',
  },
  {
    term: 'toxicity',
    definition: 'Harm that a treatment can cause to the body.',
  },
  {
    term: 'biopsy',
    definition: 'Taking a tiny piece of tissue from the body so a doctor can look at it under a microscope.',
  },
  {
    term: 'inhibitor',
    definition: 'A medicine that blocks something in the body, such as a protein that helps cancer cells grow.',
  },
  {
    term: 'HER2-positive',
    definition: 'Cancer cells that have too much of a protein called HER2, which helps them grow. Some medicines target HER2.',
  },
];
