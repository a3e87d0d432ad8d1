import { smokeSuite } from './smoke-suite';

smokeSuite('firefox');
