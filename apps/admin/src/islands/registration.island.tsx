import { RegistrationIsland } from '@/modules/public/registration-island';
import { mountIsland } from './mount-island';

mountIsland(RegistrationIsland);
