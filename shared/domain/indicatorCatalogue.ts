/** The shipped ÖJ Brottsoffer 2015 catalogue as the Indikatorer view offers it. */
export interface CatalogueInfo {
  source: string;
  year: number;
  total: number;
  /** Catalogue indicators whose code is not in the plan file yet. */
  missing: number;
}

export interface CatalogueAdded {
  added: number;
  alreadyPresent: number;
}
