import { useState } from 'react';
import type { CatalogueInfo } from '@shared/domain/indicatorCatalogue';
import { useIndicatorStore } from './indicatorStore';

/** Offers the shipped ÖJ Brottsoffer 2015 catalogue while some of it is missing from the plan file. */
export function CatalogueOffer({ catalogue, readOnly }: { catalogue: CatalogueInfo; readOnly: boolean }) {
  const addCatalogue = useIndicatorStore((s) => s.addCatalogue);
  const [busy, setBusy] = useState(false);
  if (catalogue.missing === 0) return null;
  const all = catalogue.missing === catalogue.total;
  return (
    <div className="indicator-offer">
      <p>
        <strong>Öppna jämförelser {catalogue.year} – Stöd till brottsoffer:</strong>{' '}
        {all
          ? `${catalogue.total} indikatorer med andelen ja-svar i riket, att besvara år för år.`
          : `${catalogue.missing} av katalogens ${catalogue.total} indikatorer finns inte i planfilen.`}
      </p>
      {!readOnly && (
        <button type="button" className="button button-primary" disabled={busy}
          onClick={() => {
            setBusy(true);
            void addCatalogue().finally(() => setBusy(false));
          }}>
          {all ? `Lägg till de ${catalogue.total} indikatorerna` : `Lägg till ${catalogue.missing} indikatorer`}
        </button>
      )}
    </div>
  );
}
