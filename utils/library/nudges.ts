import { defineLibrary } from './library-rows';

/**
 * The library: what each nudge is, numbered within its kind from 01, ten to a line. Its id
 * is `<kind>-<nn>`; what it says lives in locales/en.yml under that id. One code per nudge:
 *   effort   s seconds · m a minute · l longer
 *   time     a any · m morning · d day · e evening · n night
 *   tone     g gentle · p playful · s sweet (flirty) · b bold (flirty)
 *   partner  t there with you · a not needed
 * So "sngt" is a ten-second, night-time, gentle nudge to do together. A retired nudge
 * becomes "----" and keeps its place: numbers are never reused.
 */
export const library = /* @__PURE__ */ defineLibrary({
  reassurance: [
    'sagt sagt sagt sagt sngt sagt sagt saga sega saga',
    'sngt sagt segt sagt sngt sagt sagt sagt sagt sagt',
    'sdgt saga saga sega snga',
  ],
  'kind-act': [
    'maga lnga maga laga maga lagt sagt maga sagt sega',
    'magt mmga laga mega saga sagt saga maga ldga mdga',
    'mega laga legt lmga maga sega',
  ],
  'flirty-text': [
    'sdsa sasa sdsa smsa saba sasa sasa saba sesa sdsa',
    'sasa sdba saba sdba saba sesa saba sasa sasa sdba',
    'sesa sdba sasa sdba smsa sapa',
  ],
  'send-a-laugh': [
    'mapa mapa sapa mdpa sdpa mapa sapa sdpa sapa sapa',
    'smpa sdpa sdpa sapa sapa sapa sapa sapa sapa sapa',
    'mdpa mapa sapa sapa sdpa',
  ],
  'check-in': [
    'magt mega maga saga maga sapa maga maga magt maga',
    'sagt sngt megt magt sdga segt magt magt magt sdga',
    'smgt megt sagt mngt',
  ],
  'name-it': [
    'sagt sagt sagt megt saga magt sagt sagt megt sagt',
    'saga sept megt sagt sagt megt segt sdga sagt sept',
    'sagt magt megt sdga',
  ],
  appreciation: [
    'sagt smgt saga segt segt saga sagt sagt sapt sdga',
    'sagt magt maga sagt sega sagt sagt saga sagt magt',
    'magt saga segt sagt',
  ],
  touch: [
    'sagt magt sagt sagt megt segt sngt megt megt sapt',
    'sagt sagt sept segt magt magt ldgt sagt sagt sast',
    'megt sngt sagt sagt megt',
  ],
  'mental-load': [
    'magt sagt sagt magt sdga megt magt legt sagt magt',
    'laga sagt magt sagt saga megt megt segt sapt sagt',
    'sagt saga magt megt lmga',
  ],
  'tiny-date': [
    'lapt lmgt lept lest legt sdpa legt legt sept megt',
    'legt lest lest ldgt lmgt legt lept lept lept lagt',
    'mest lept sdsa ldgt mmgt sdst segt sdpa',
  ],
  'you-time': [
    'maga saga saga maga saga saga snga laga mdga ldga',
    'maga laga mnga saga mdga maga laga mmga snga saga',
    'sdga snga ldga maga mnga saga',
  ],
});
