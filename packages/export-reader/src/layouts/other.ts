import { linkedinComments, linkedinProfile, linkedinShares } from '../extract/linkedin.js';
import { xProfile, xTweets } from '../extract/x.js';
import type { Layout } from './layout.js';

/** The X (Twitter) archive: `data/*.js` files (§7 of the format notes). */
export const X_LAYOUT: Layout = {
  platform: 'x',
  id: 'x-archive',
  markers: [/^data\/manifest\.js$/, /^data\/tweets?(?:-part\d+)?\.js$/, /^data\/account\.js$/],
  rules: [
    { pattern: /^data\/tweets?(?:-part\d+)?\.js$/, format: 'ytd', extract: xTweets },
    { pattern: /^data\/profile\.js$/, format: 'ytd', extract: xProfile },
  ],
  mojibake: false,
};

/** LinkedIn's export: flat CSV files (§8 of the format notes). */
export const LINKEDIN_LAYOUT: Layout = {
  platform: 'linkedin',
  id: 'linkedin-csv',
  markers: [
    /^(?:Profile|Shares|Comments|Connections|Positions|Education|Skills|Invitations|messages)\.csv$/,
  ],
  rules: [
    { pattern: /^Shares\.csv$/, format: 'csv', extract: linkedinShares },
    { pattern: /^Comments\.csv$/, format: 'csv', extract: linkedinComments },
    { pattern: /^Profile\.csv$/, format: 'csv', extract: linkedinProfile },
  ],
  mojibake: false,
};
