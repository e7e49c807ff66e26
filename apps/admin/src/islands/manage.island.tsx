import { ManageIsland } from '@/modules/public/manage-island';
import { mountIsland } from './mount-island';

mountIsland(ManageIsland);
