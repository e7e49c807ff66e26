import { SurveyIsland } from '@/modules/surveys/survey-island';
import { mountIsland } from './mount-island';

mountIsland(SurveyIsland);
