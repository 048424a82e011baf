// Builds the Hub's front end from npm packages into wwwroot (run by the .NET build).
// GOV.UK Frontend's Sass is compiled with Arial: GDS Transport is for GOV.UK services only.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import * as sass from 'sass';

const govuk = 'node_modules/govuk-frontend/dist/govuk';
mkdirSync('wwwroot/lib', { recursive: true });

const css = sass.compile('Styles/hub.scss', {
  loadPaths: ['node_modules'],
  style: 'compressed',
  quietDeps: true,
  silenceDeprecations: ['import'],
});
writeFileSync('wwwroot/lib/hub.css', css.css);

cpSync(`${govuk}/govuk-frontend.min.js`, 'wwwroot/lib/govuk-frontend.min.js');
cpSync(`${govuk}/assets/images`, 'wwwroot/assets/images', { recursive: true });
console.log('front end built into wwwroot/lib');
