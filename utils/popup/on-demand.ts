/**
 * The popup's on-demand chunk (components/popup/popup-on-demand.ts): one import() site, so one
 * chunk and one map of what it needs.
 */
export const popupOnDemand = () => import('../../components/popup/popup-on-demand');

export type PopupOnDemand = Awaited<ReturnType<typeof popupOnDemand>>;
