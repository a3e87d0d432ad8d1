import './app/styles.css';
import { startApp } from './app/app';

void startApp(document.getElementById('app')!);
