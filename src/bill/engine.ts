/** The computing side of the page, as one lazily loaded chunk (see engine-impl.ts). */
export type Engine = typeof import('./engine-impl');

export const loadEngine = (): Promise<Engine> => import('./engine-impl');
