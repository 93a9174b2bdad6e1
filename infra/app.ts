import { createDuopulseApp } from './duopulse-app.js';

createDuopulseApp().app.synth();
