import { smokeSuite } from './smoke-suite';

smokeSuite('webkit');
