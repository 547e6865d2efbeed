import type { Placement } from '../graph/placeDesign';
import { chargeAccounts, type Accounts } from './accounts';
import { computeAppCosts, type AppReport } from './appCosts';
import { computeLayerKeys, type LayerKeys } from './layerKeys';
import { computeSharing, type SharingReport } from './sharing';

/** Every cost of a placed design; the capacity rules read it too. */
export type CostModel = {
  readonly accounts: Accounts;
  readonly layerKeys: LayerKeys;
  readonly sharing: SharingReport;
  readonly apps: readonly AppReport[];
};

export function computeCosts(placement: Placement): CostModel {
  const layerKeys = computeLayerKeys(placement);
  const accounts = chargeAccounts(placement, layerKeys);
  return {
    accounts,
    layerKeys,
    sharing: computeSharing(placement, layerKeys),
    apps: computeAppCosts(placement, accounts),
  };
}
