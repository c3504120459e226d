import { linkedinComments, linkedinProfile, linkedinShares } from '../extract/linkedin.js';
import { xProfile, xTweets } from '../extract/x.js';
import type { Layout } from './layout.js';

/** The X (Twitter) archive: `data/*.js` files (§7 of the format notes). */
export const X_LAYOUT: Layout = {
  platform: 'x',
  id: 'x-archive',
  markers: [/^data\/manifest\.js$/, /^data\/tweets?(?:-part\d+)?\.js$/, /^data\/account\.js$/],
  rules: [
    { pattern: /^data\/profile\.js$/, format: 'ytd', extract: xProfile },
    { pattern: /^data\/tweets?(?:-part\d+)?\.js$/, format: 'ytd', extract: xTweets },
  ],
  mojibake: false,
  // Files with posts of the person's own; the rest of `data/` is likes, follows, messages,
  // settings and logs.
  contentFiles:
    /^data\/(?:tweets?|note-tweet|community-tweet|article|spaces-metadata)(?:-part\d+)?\.js$/,
};

/** LinkedIn's export: flat CSV files (§8 of the format notes). */
export const LINKEDIN_LAYOUT: Layout = {
  platform: 'linkedin',
  id: 'linkedin-csv',
  markers: [
    /^(?:Profile|Shares|Comments|Connections|Positions|Education|Skills|Invitations|messages)\.csv$/,
  ],
  rules: [
    { pattern: /^Profile\.csv$/, format: 'csv', extract: linkedinProfile },
    { pattern: /^Shares\.csv$/, format: 'csv', extract: linkedinShares },
    { pattern: /^Comments\.csv$/, format: 'csv', extract: linkedinComments },
  ],
  mojibake: false,
  // Files that may hold posts or other texts of the person's own; the other CSV files are
  // contacts, messages, settings, the CV part of the profile and logs.
  contentFiles: /^(?:Shares|Posts|Articles|Comments|Profile)\.csv$/i,
};
