import { OfferEntity } from './offer.entity';

export const offersEntities = [OfferEntity];
