import type { GuideStepId } from './model.js';

/**
 * Where a step stands against the objection text a person sends: before it (how to get to
 * the place where the text goes), with it (what to fill in beside the text), after it (what
 * follows, what the objection covers, other routes).
 */
export type GuidePart = 'before-text' | 'with-text' | 'after-text';

/** What a person does to object at a platform, or in one step. */
export type GuideTask = 'form' | 'email' | 'letter' | 'toggle' | 'nothing';

/** What kind of step a guide step is. */
export interface GuideStepKind {
  readonly part: GuidePart;
  /** The task the step asks for; `nothing` for steps that inform or lead the way. */
  readonly task: GuideTask;
}

const before = (task: GuideTask = 'nothing'): GuideStepKind => ({ part: 'before-text', task });
const after = (task: GuideTask = 'nothing'): GuideStepKind => ({ part: 'after-text', task });

/** Every step id with its kind; a new step id fails to compile until it is listed here. */
export const GUIDE_STEP_KINDS: Readonly<Record<GuideStepId, GuideStepKind>> = {
  'not-training': before(),
  'route-via': before(),
  'no-route': before(),
  toggle: before('toggle'),
  'open-form': before('form'),
  'in-app': before(),
  email: before('email'),
  enter: { part: 'with-text', task: 'nothing' },
  after: after(),
  coverage: after(),
  'linked-accounts': after(),
  'third-party': after(),
  'status-posts': after(),
  'good-to-know': after(),
  'other-forms': after(),
  letter: after('letter'),
};

/** Whether a task is done by sending the objection text (then the apps show it). */
export const TASK_TAKES_TEXT: Readonly<Record<GuideTask, boolean>> = {
  form: true,
  email: true,
  letter: true,
  toggle: false,
  nothing: false,
};

/** Tasks in the order they win when a platform offers several: the form is the way. */
const TASK_ORDER: readonly GuideTask[] = ['form', 'email', 'letter', 'toggle'];

/**
 * The main task of a guide: the first of form, e-mail, letter, setting that one of its steps
 * asks for, else `nothing` (a platform without a route, or one that does not train).
 */
export function guideTask(steps: readonly { readonly task: GuideTask }[]): GuideTask {
  return TASK_ORDER.find((task) => steps.some((s) => s.task === task)) ?? 'nothing';
}
