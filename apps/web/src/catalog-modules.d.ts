// Types of the catalog's chunks, which the build makes (apps/web/catalog-chunks.ts).

declare module 'virtual:catalog/start/*' {
  export const data: import('./state/catalog-index.js').StartIndex;
  /** Loaders of the records the start page leads to (the Meta platforms). */
  export const platforms: Readonly<
    Record<string, () => Promise<import('virtual:catalog/records').PlatformModule>>
  >;
  export const remedies: () => Promise<{
    readonly data: import('@widerspruch/catalog').Catalog['remedies'];
  }>;
}

declare module 'virtual:catalog/services/*' {
  export const data: readonly import('./state/catalog-index.js').ServiceEntry[];
}

declare module 'virtual:catalog/records' {
  type Catalog = import('@widerspruch/catalog').Catalog;
  type Module<T> = Promise<{ readonly data: T }>;
  /**
   * A platform's record without its sources' details (`sources` is empty; `sourceIds` names
   * them, and `sources()` loads them), and the controllers it names.
   */
  export type PlatformModule = {
    readonly data: import('@widerspruch/catalog').Platform;
    readonly sourceIds: readonly string[];
    readonly sources: () => Module<import('@widerspruch/catalog').Platform['sources']>;
    readonly controllers: readonly import('@widerspruch/catalog').Controller[];
  };
  export const platforms: Readonly<Record<string, () => Promise<PlatformModule>>>;
  export const controllers: Readonly<
    Record<string, () => Module<import('@widerspruch/catalog').Controller>>
  >;
  export const authorities: () => Module<Catalog['authorities']>;
  export const remedies: () => Module<Catalog['remedies']>;
}

declare module 'virtual:catalog/translations/*' {
  export const data: Readonly<Record<string, () => Promise<{ readonly data: unknown }>>>;
}
