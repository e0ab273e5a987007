/** The shape a translation must fill: the same keys as the English dictionary, any wording. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
